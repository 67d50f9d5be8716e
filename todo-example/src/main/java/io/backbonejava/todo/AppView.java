package io.backbonejava.todo;

import io.backbonejava.Attributes;
import io.backbonejava.CollectionView;
import io.backbonejava.DomEvents;
import io.backbonejava.Options;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.ArrayList;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The whole app: the field for new todos, the list, the "mark all" checkbox and the footer with the counter,
 * the filters and "Clear completed".
 *
 * <p>It does not build its markup: the page already holds the skeleton ({@code <section class="todoapp">}),
 * so the app is styled and usable as soon as the script runs, and this view takes it over with
 * {@code el(".todoapp")}. The list is a {@link CollectionView} of {@link TodoView}s on {@code .todo-list};
 * the rest listens to the collection, not to its own children: whatever changed a todo, the collection's
 * events tell this view to bring the counters and the footer up to date, in {@link #render()}.
 */
final class AppView extends View<Todo> {
    // The footer. The filter links carry "selected" or nothing; the button is always there, and only
    // hidden when there is nothing to clear. Every value is filled in as text or attribute, never as HTML.
    private static final Template STATS = Template.of(
            "<span class=\"todo-count\"><strong>{{remaining}}</strong> {{items}} left</span>"
            + "<ul class=\"filters\">"
            + "<li><a class=\"{{all}}\" href=\"#/\">All</a></li>"
            + "<li><a class=\"{{active}}\" href=\"#/active\">Active</a></li>"
            + "<li><a class=\"{{completed}}\" href=\"#/completed\">Completed</a></li>"
            + "</ul>"
            + "<button class=\"clear-completed\" hidden=\"{{hideClear}}\">Clear completed</button>");

    /** The id of the message shown under the new-todo field when its title was refused. */
    static final String NEW_TODO_ERROR = "new-todo-error";

    private final Todos todos;
    private final HTMLInputElement toggleAll;
    private final HTMLElement main;
    private final CollectionView<Todo, TodoView> list;
    private final HTMLElement footer;
    private TodoFilter filter = TodoFilter.ALL;
    /** True while one action changes many todos: the footer is redrawn once at the end, not once per todo. */
    private boolean batch;

    AppView(Todos todos) {
        super(todos, new ViewOptions().el(".todoapp"));
        this.todos = todos;
        toggleAll = $input(".toggle-all");
        main = $(".main");
        footer = $(".footer");
        // The list keeps one TodoView per todo the filter shows, in the collection's order, through every
        // add, remove, reset and sort: a todo that joins or leaves it is inserted or taken out alone, and
        // the others keep their state (an edit in progress, the focus). The filter reads "completed", so
        // ticking a todo under "Active" takes just its item away. Owned by this view through addChild, so
        // that removing the app removes the list and its items too.
        list = addChild(new CollectionView<>(todos, TodoView::new, new ViewOptions().el($(".todo-list"))));
        refilter();
        list.render();
        // The rest redraws for every way the counters can change: "update" after adds and removes, "reset"
        // after a fetch, and "change:completed", which moves a todo between the counters.
        listenTo(todos, "update reset change:completed", e -> {
            if (!batch) {
                render();
            }
        });
        render();
    }

    @Override
    protected DomEvents events() {
        return new DomEvents()
                .onKeyDown(".new-todo", (KeyboardEvent event, HTMLInputElement field) -> {
                    if (TodoView.isKey(event, "Enter")) {
                        createOnEnter(field);
                    }
                })
                .onChange(".toggle-all", (Event event, HTMLInputElement checkbox) ->
                        toggleAllComplete(checkbox.isChecked()))
                .onClick(".clear-completed", (event, button) -> clearCompleted());
    }

    /**
     * Shows the todos of another filter; the router calls this for each route.
     *
     * @param shown the filter of the new route
     */
    void filter(TodoFilter shown) {
        filter = shown;
        refilter();
        render();
    }

    // One place hands the list its filter, so the bundle has one class for the method reference.
    private void refilter() {
        list.filter(this::shows, Todo.COMPLETED);
    }

    private boolean shows(Todo todo) {
        return filter.accepts(todo);
    }

    /**
     * Brings the "mark all" checkbox and the footer up to date with the collection (the list follows it on
     * its own). With no todos at all, the list and the footer are hidden, not removed, so the
     * page keeps its shape.
     */
    @Override
    public AppView render() {
        int size = todos.size();
        int remaining = todos.remaining().size();
        main.setHidden(size == 0);
        footer.setHidden(size == 0);
        footer.clear().appendChild(STATS.render(Attributes.of(
                "remaining", remaining,
                "items", remaining == 1 ? "item" : "items",
                "all", selectedIf(TodoFilter.ALL),
                "active", selectedIf(TodoFilter.ACTIVE),
                "completed", selectedIf(TodoFilter.COMPLETED),
                "hideClear", remaining == size)));
        // Checked exactly when every todo is done, so clicking it does the opposite of what it shows.
        toggleAll.setChecked(size > 0 && remaining == 0);
        return this;
    }

    // A null class value leaves the attribute out altogether.
    private String selectedIf(TodoFilter candidate) {
        return candidate == filter ? "selected" : null;
    }

    // Enter in the top field: a todo with the trimmed text, at the end of the list. With validate, a title
    // that TodoRules refuses is not created at all and stays in the field to be corrected, with the rule's
    // message under it. With wait, the todo joins the list once the store has it: from then on it has its
    // id, so a click on it updates that record. Shown any earlier, a quick click could only send a second
    // "create" while the first was still on its way. With localStorage the wait is nothing; with the
    // server, one round trip. The field is emptied at once, ready for the next todo; if the store refuses
    // this one after all, its text comes back (unless the user is already typing the next) with the
    // server's reason under it.
    private void createOnEnter(HTMLInputElement field) {
        String title = TodoRules.normalizeTitle(field.getValue());
        if (title.isEmpty()) {
            return;
        }
        TitleError.clear(field);
        Todo created = todos.create(Attributes.of(
                Todo.TITLE, title,
                Todo.COMPLETED, false,
                Todo.ORDER, todos.nextOrder()), new Options().validate(true).wait(true)
                .error((todo, failure, options) -> {
                    if (field.getValue().isEmpty()) {
                        field.setValue(title);
                    }
                    TitleError.show(field, NEW_TODO_ERROR, TitleError.messageOf(failure));
                }));
        if (created == null) {
            TitleError.show(field, NEW_TODO_ERROR, TodoRules.validateTitle(title));
        } else {
            field.setValue("");
        }
    }

    // The browser has already flipped the checkbox; every todo follows it. Only todos that differ are
    // saved, so marking ten done when nine already are sends one request, not ten.
    private void toggleAllComplete(boolean completed) {
        batch = true;
        try {
            for (Todo todo : new ArrayList<>(todos.models())) {
                if (todo.isCompleted() != completed) {
                    todo.save(Todo.COMPLETED, completed);
                }
            }
        } finally {
            batch = false;
        }
        render();
    }

    // destroy() removes each todo from the collection (and its item from the page) before the store
    // answers; completed() is a copy, so removing while looping is safe.
    private void clearCompleted() {
        batch = true;
        try {
            for (Todo todo : todos.completed()) {
                todo.destroy();
            }
        } finally {
            batch = false;
        }
        render();
    }
}
