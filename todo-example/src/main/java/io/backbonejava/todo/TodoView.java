package io.backbonejava.todo;

import io.backbonejava.Attributes;
import io.backbonejava.DomEvents;
import io.backbonejava.Failure;
import io.backbonejava.Html;
import io.backbonejava.Request;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * One item of the list: an {@code <li>} showing one {@link Todo}, with its checkbox, its title, its delete
 * button and, while it is being edited, a text field.
 *
 * <p>There is one view per todo, and the two are tied by events in both directions. The user's clicks and
 * keys arrive through the events map and become calls on the model; the model's {@code "change:completed"},
 * {@code "change:title"} events come back and redraw just the part that changed. The
 * view never redraws itself from its own handlers: whatever the cause of a change (this item, the
 * "mark all" checkbox, a server answer), the model's event is the one path to the screen.
 */
final class TodoView extends View<Todo> {
    // The markup TodoMVC's stylesheet expects. Both placeholders are filled as text and as an attribute
    // value, never parsed as HTML: a title such as "<img onerror=...>" shows up as typed.
    private static final Template ITEM = Template.of(
            "<div class=\"view\">"
            + "<input class=\"toggle\" type=\"checkbox\">"
            + "<label>{{title}}</label>"
            + "<button class=\"destroy\"></button>"
            + "</div>"
            + "<input class=\"edit\" value=\"{{title}}\">");

    /** Whether the item is marked as not saved, so that thousands of saves touch the page only when it changes. */
    private boolean shownUnsaved;

    TodoView(Todo todo) {
        super(todo, new ViewOptions().tagName("li"));
        // A destroyed todo leaves the collection, and the app's list (a CollectionView) then removes this
        // view: its element, these listeners and the DOM ones, so nothing keeps the view alive afterwards.
        listenTo(todo.onChange(Todo.COMPLETED, completed -> renderCompleted()));
        listenTo(todo.onChange(Todo.TITLE, title -> renderTitle()));
        // The item is marked while the server does not have it as shown: from the save ("request") until
        // the answer, and after a failure until a later save gets through. (The app changes todos only by
        // saving them.)
        listenTo(todo, "request", e -> markUnsaved(true));
        listenTo(todo, "sync error", e -> renderUnsaved());
    }

    // The user's side of the item. Escape and Enter are both keydown: keypress never fires for Escape.
    @Override
    protected DomEvents events() {
        return new DomEvents()
                .onClick(".toggle", (event, toggle) -> model().toggle())
                .onDblClick("label", (event, label) -> edit())
                .onClick(".destroy", (event, button) -> model().destroy())
                .onKeyDown(".edit", (KeyboardEvent event, HTMLInputElement field) -> {
                    if (isKey(event, "Enter")) {
                        close(field);
                    } else if (isKey(event, "Escape")) {
                        revert(field);
                    }
                })
                .onBlur(".edit", (Event event, HTMLInputElement field) -> close(field));
    }

    /** Draws the whole item once; afterwards the model's events update only what changed. */
    @Override
    public TodoView render() {
        el().clear().appendChild(ITEM.render(model().attributes()));
        renderCompleted();
        shownUnsaved = !model().hasUnsavedChanges();   // forces the first drawing of the mark
        renderUnsaved();
        return this;
    }

    private void renderUnsaved() {
        markUnsaved(model().hasUnsavedChanges());
    }

    // A request on its way is unsaved by definition: no need to compare the attributes with the server's,
    // which matters when "mark all" sends thousands at once.
    private void markUnsaved(boolean unsaved) {
        if (unsaved == shownUnsaved) {
            return;
        }
        shownUnsaved = unsaved;
        toggleClass(el(), "unsaved", unsaved);
        if (unsaved) {
            el().setAttribute("title", "Not saved yet");
        } else {
            el().removeAttribute("title");
        }
    }

    // The checkbox's checked property, not its attribute: the attribute is only the initial state, and the
    // user's own clicks have long since moved the property away from it.
    private void renderCompleted() {
        boolean completed = model().isCompleted();
        toggleClass(el(), "completed", completed);
        $input(".toggle").setChecked(completed);
    }

    private void renderTitle() {
        Html.text($("label"), model().title());
    }

    // Editing is a state of this view only, marked by the "editing" class that the stylesheet uses to swap
    // the label for the field. It is never set on the model, so it is never saved.
    private void edit() {
        el().getClassList().add("editing");
        HTMLInputElement field = $input(".edit");
        field.focus();
        // Writing the title into the focused field leaves the caret at its end, ready to type. Browsers
        // move the caret only when the value really changes, hence the empty value first.
        field.setValue("");
        field.setValue(model().title());
    }

    /**
     * Ends the edit and keeps the text: on Enter, and on blur when the user clicks elsewhere. An empty
     * title means "delete this". Enter and Escape end the edit before the field loses focus, so the blur
     * that follows finds the item no longer editing and does nothing: that is what keeps Escape's
     * cancel from being saved after all.
     */
    private void close(HTMLInputElement field) {
        if (!isEditing()) {
            return;
        }
        String title = TodoRules.normalizeTitle(field.getValue());
        if (title.isEmpty()) {
            stopEditing();
            model().destroy();
            return;
        }
        String saved = model().title();
        Request save = model().save(Todo.TITLE, title);
        if (save.isRejected()) {
            // The title broke TodoRules (it is too long): keep the field open with the text in it.
            TitleError.show(field, errorId(), model().validationError().message());
            return;
        }
        stopEditing();
        save.catchError(failure -> {
            if (failure.validationError() != null) {
                refused(field, title, saved, failure);
            }
        });
    }

    // The server refused the new title (a backend's own rule, such as a shorter maximum length). The item
    // shows the title the server still holds, and the edit opens again with the refused text in it and the
    // server's reason under it, so nothing the user typed is lost.
    private void refused(HTMLInputElement field, String title, String saved, Failure failure) {
        model().set(Attributes.of(Todo.TITLE, saved));
        el().getClassList().add("editing");
        field.setValue(title);
        TitleError.show(field, errorId(), TitleError.messageOf(failure));
    }

    private String errorId() {
        return "title-error-" + model().cid();
    }

    /** Escape: leave the edit and put the title back in the field, for the next time. */
    private void revert(HTMLInputElement field) {
        stopEditing();
        field.setValue(model().title());
    }

    private void stopEditing() {
        el().getClassList().remove("editing");
        TitleError.clear($input(".edit"));
    }

    private boolean isEditing() {
        return el().getClassList().contains("editing");
    }

    /**
     * Whether a keydown is the given key. Keys pressed while an input method is composing text (Japanese,
     * Chinese...) belong to the composition: Enter there confirms a word, not the todo.
     */
    static boolean isKey(KeyboardEvent event, String key) {
        return key.equals(event.getKey()) && !event.isComposing();
    }

    /** Adds or removes a class; jso-apis lacks the two-argument {@code classList.toggle}. */
    static void toggleClass(HTMLElement element, String name, boolean on) {
        if (on) {
            element.getClassList().add(name);
        } else {
            element.getClassList().remove(name);
        }
    }
}
