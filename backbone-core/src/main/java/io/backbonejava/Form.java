package io.backbonejava;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The fields of a {@link View} bound to its model, both ways, with the model's errors shown next to them: what
 * Backbone left to plugins (stickit, Epoxy) and Django gives as a ModelForm. A form belongs to one view and
 * one model; each {@link #bind} ties a field of the view's markup to an {@link Attribute}, converting as the
 * attribute's type asks, and the view's {@link View#remove()} undoes all of it.
 *
 * <pre>{@code
 * public class BookForm extends View<Book> {
 *     private static final Template FIELDS = Template.of(
 *             "<label>Title <input class=\"title\"></label>"
 *             + "<label>Pages <input class=\"pages\" inputmode=\"numeric\"></label>"
 *             + "<label><input class=\"read\" type=\"checkbox\"> Read</label>"
 *             + "<button type=\"submit\">Save</button>");
 *
 *     public BookForm(Book book) {
 *         super(book, new ViewOptions().tagName("form"));
 *         el().appendChild(FIELDS.render(Attributes.of()));
 *         new Form<>(this)
 *                 .bind(".title", Book.TITLE)                          // a String, set as the user types
 *                 .bind(".pages", Book.PAGES, Form.Update.ON_CHANGE)   // an Integer, set when the field is left
 *                 .bind(".read", Book.READ)                            // a checkbox and a Boolean
 *                 .onLeave(Form.Leave.REVERT);                         // removed unsaved: the book goes back
 *     }
 * }
 * }</pre>
 *
 * <p><b>Fields.</b> A text, number, email... {@code <input>}, a {@code <textarea>} and a {@code <select>}
 * bind to string, boolean and number attributes ({@link Attribute#string}, {@link Attribute#bool},
 * {@link Attribute#integer}, {@link Attribute#longInteger}, {@link Attribute#number}); a checkbox to a boolean;
 * a selector that selects several radio buttons binds the group, its checked button's value being the
 * attribute's. A blank number field sets null. The model follows the field on each keystroke
 * ({@link Update#ON_INPUT}, the default) or when the user leaves it ({@link Update#ON_CHANGE}); the field
 * follows the model's {@code "change:<name>"} events, and a field the user is typing in is left alone when it
 * already shows the new value, so its caret does not jump (when it does not, the caret is put back where it
 * was).
 *
 * <p><b>Errors.</b> Text that is no value of the attribute ("abc" for a number) is not set: the field keeps it
 * and shows "Enter a number". Otherwise the value is set and the model's {@link Model#validate} judges the
 * result: the field shows its attribute's messages, or none. A refused {@link #save()}, by {@code validate}
 * or by the server (whose 400 and 422 answers reach the model as the same {@link ValidationError} through its
 * {@code "invalid"} event), shows every field's messages. A server's message stays on its field until that
 * field is edited (or its attribute changes): editing the author does not take away the server's "this title
 * is already listed", which {@code validate} cannot judge. A field's messages go in the element of the view
 * marked {@code data-error-for="<name>"}, or in a {@code <span class="field-error">} put right after the
 * field; the field gets {@code aria-invalid="true"} and names that element in {@code aria-describedby}, and
 * both go when the field becomes valid. Messages about the model as a whole, and about attributes no field
 * binds, go in the element marked {@code data-form-errors} (made a polite live region, as the fields' message
 * elements are). Messages are set as text, never as markup.
 *
 * <p><b>Saving.</b> Submitting the view's {@code <form>} (the view's element or the first one in it) runs
 * {@link #save()}: nothing is sent while a field holds text that is no value; otherwise the model is saved,
 * the submit buttons are disabled until the server answers, and a refusal leaves every field as the user
 * typed it, with the messages beside them; a failure that names no field (no answer, a 500) is said in the
 * {@code data-form-errors} element ("Not saved: the server answered 500 Server Error"), and so is an app not
 * set up to save ("Not saved: No Sync: ...", where {@link #save()} itself throws). A view that is no
 * {@code <form>} and holds none is not submitted by its buttons: call {@link #save()} yourself.
 * {@link #onLeave} says what happens to unsaved edits when the form goes with its view: kept in the model
 * ({@link Leave#KEEP}, the default) or reverted ({@link Leave#REVERT}).
 *
 * @param <M> the model's class
 */
public final class Form<M extends Model> implements Subscription {
    /** When a field's value goes into the model. */
    public enum Update {
        /** On each change of the field's value, as the user types: the {@code input} event. */
        ON_INPUT,
        /** When the user commits the value, usually by leaving the field: the {@code change} event. */
        ON_CHANGE
    }

    /** What happens to edits the server has not confirmed when the form goes. */
    public enum Leave {
        /** The model keeps them (they stay in {@link Model#unsavedAttributes()}). */
        KEEP,
        /** The model goes back to what the server last confirmed ({@link #revert()}). */
        REVERT
    }

    private final View<M> view;
    private final M model;
    private final List<Field> fields = new ArrayList<>();
    private final List<Subscription> modelBindings = new ArrayList<>();
    /** The model's attributes when the form was made or last saved: what a never-saved model reverts to. */
    private Map<String, Object> snapshot;
    private final HTMLElement formElement;
    private final EventListener<Event> submitListener;
    private Leave leave = Leave.KEEP;
    private Consumer<? super M> onSaved;
    private Request pending;
    private boolean disposed;

    /**
     * Creates the form of a view's model, which the view's {@link View#remove()} disposes. Bind its fields
     * with {@link #bind} once the view's markup holds them: a form holds on to the elements it bound, so a
     * view that draws its fields again disposes its old form and makes a new one.
     *
     * @param view the view whose fields and model are bound
     * @throws IllegalArgumentException when the view is null or has no model
     */
    public Form(View<M> view) {
        this.view = require(view, "view");
        if (view.model() == null) {
            throw new IllegalArgumentException("the view has no model: give it one, as in super(book, options),"
                    + " before making its Form");
        }
        this.model = view.model();
        snapshot = new LinkedHashMap<>(model.attributes());
        modelBindings.add(model.onInvalid(this::showErrors));
        modelBindings.add(model.onSync(() -> snapshot = new LinkedHashMap<>(model.attributes())));
        HTMLElement root = view.el();
        formElement = root == null ? null : "form".equals(root.getLocalName()) ? root : root.querySelector("form");
        submitListener = event -> {
            event.preventDefault();
            try {
                save();
            } catch (IllegalStateException e) {
                // An app not set up to save (no sync, no url): a TeaVM exception reaches the browser's console
                // as a bare "Uncaught Error", so the one who clicked Save reads the reason in the form instead.
                List<String> general = new ArrayList<>();
                general.add("Not saved: " + e.getMessage());
                showGeneral(general);
            }
        };
        if (formElement != null) {
            formElement.addEventListener("submit", submitListener);
        }
        // A live region is heard when its text changes, so it is marked before the first message.
        HTMLElement general = root == null ? null : view.$("[data-form-errors]");
        if (general != null && !general.hasAttribute("aria-live")) {
            general.setAttribute("aria-live", "polite");
        }
        view.listenTo(this);
    }

    // Binding

    /**
     * Binds a field to an attribute, the model following the field as the user types.
     *
     * @param selector a CSS selector, within the view, of one field or of a group of radio buttons
     * @param attribute the attribute; a string, boolean or number one
     * @param <T> its type
     * @return this form
     * @throws IllegalArgumentException when an argument is null, the selector selects nothing, or no field
     *     that can show this kind of attribute
     * @throws IllegalStateException when the form was disposed (its view removed)
     */
    public <T> Form<M> bind(String selector, Attribute<T> attribute) {
        return bind(selector, attribute, Update.ON_INPUT);
    }

    /**
     * Binds a field to an attribute, the model following the field when the {@code update} says.
     *
     * @param selector a CSS selector, within the view, of one field or of a group of radio buttons
     * @param attribute the attribute; a string, boolean or number one
     * @param update on each keystroke, or when the user leaves the field
     * @param <T> its type
     * @return this form
     * @throws IllegalArgumentException when an argument is null, the selector selects nothing, or no field
     *     that can show this kind of attribute
     * @throws IllegalStateException when the form was disposed (its view removed)
     */
    public <T> Form<M> bind(String selector, Attribute<T> attribute, Update update) {
        require(selector, "selector");
        require(attribute, "attribute");
        require(update, "update");
        if (disposed) {
            throw new IllegalStateException("the form was disposed with its view: make a new Form for the new"
                    + " view");
        }
        Field field = new Field(selector, attribute, update);
        fields.add(field);
        field.write(model.get(attribute.name()));
        return this;
    }

    /**
     * Says what happens to unsaved edits when the form is disposed, as its view is removed.
     *
     * @param policy keep them in the model (the default) or revert them
     * @return this form
     * @throws IllegalArgumentException when the policy is null
     */
    public Form<M> onLeave(Leave policy) {
        leave = require(policy, "policy");
        return this;
    }

    /**
     * Runs {@code callback} each time a {@link #save()} of this form succeeded, after the model took the
     * server's answer.
     *
     * @param callback receives the saved model
     * @return this form
     * @throws IllegalArgumentException when the callback is null
     */
    public Form<M> onSaved(Consumer<? super M> callback) {
        onSaved = require(callback, "callback");
        return this;
    }

    // Bad arguments fail as they do in View and CollectionView: an IllegalArgumentException naming the argument.
    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " == null");
        }
        return value;
    }

    // Saving and leaving

    /**
     * Saves the model, as submitting the form does. Nothing is sent while a field holds text that is no value
     * of its attribute, nor when {@link Model#validate} refuses the model: the handle is then already rejected
     * with a {@link Failure#INVALID} failure, and the messages are shown. While the request is pending the
     * form's submit buttons are disabled and another save returns the same handle; when the server refuses,
     * the fields keep what the user typed and show its messages.
     *
     * @return the handle of the request
     */
    public Request save() {
        if (pending != null) {
            return pending;
        }
        ValidationError unreadable = null;
        for (Field field : fields) {
            if (field.conversionError != null) {
                unreadable = unreadable == null ? ValidationError.of(field.name, field.conversionError)
                        : unreadable.and(field.name, field.conversionError);
            }
        }
        if (unreadable != null) {
            showErrors(unreadable);
            focusFirstError();
            return Request.rejected(Failure.invalid(unreadable));
        }
        Request request = model.save();
        if (!request.isPending()) {
            settled(request);
            return request;
        }
        pending = request;
        setBusy(true);
        request.always(() -> {
            pending = null;
            setBusy(false);
            settled(request);
        });
        return request;
    }

    /**
     * After a save: success clears the messages and tells the app; a refusal puts the focus on a field at
     * fault; a failure that names no field (no answer, a 500) says so in the form's general messages, so that
     * a click on Save never ends in silence.
     */
    private void settled(Request request) {
        if (disposed) {
            return;
        }
        if (request.isResolved()) {
            showErrors(null);
            if (onSaved != null) {
                onSaved.accept(model);
            }
            return;
        }
        Failure failure = request.failure();
        if (failure != null && failure.validationError() == null && !Failure.ABORT.equals(failure.textStatus())) {
            List<String> general = new ArrayList<>();
            general.add(notSaved(failure));
            showGeneral(general);
        }
        focusFirstError();
    }

    /** What the user reads when the server did not take the model and said nothing about its fields. */
    static String notSaved(Failure failure) {
        if (failure.status() == 0) {
            return Failure.TIMEOUT.equals(failure.textStatus()) ? "Not saved: the server took too long to answer"
                    : "Not saved: the server could not be reached";
        }
        String reason = failure.errorThrown();
        return "Not saved: the server answered " + failure.status()
                + (reason == null || reason.isEmpty() ? "" : " " + reason);
    }

    /** Whether a save is waiting for the server. */
    public boolean isSaving() {
        return pending != null;
    }

    /**
     * Whether the model holds edits the server has not confirmed ({@link Model#hasUnsavedChanges()}), or, for
     * a model never saved, whether it differs from when the form was made; or whether a field holds text that
     * is no value.
     *
     * @return true when leaving now would lose or keep something unsaved
     */
    public boolean hasUnsavedChanges() {
        for (Field field : fields) {
            if (field.conversionError != null) {
                return true;
            }
        }
        if (model.confirmedAttributes() != null) {
            return model.hasUnsavedChanges();
        }
        return !Values.deepEquals(snapshot, new LinkedHashMap<>(model.attributes()));
    }

    /**
     * Puts the model back as the server last confirmed it (a model never saved: as it was when the form was
     * made), and every field with it; their messages go.
     *
     * @return this form
     */
    public Form<M> revert() {
        Map<String, Object> confirmed = model.confirmedAttributes();
        if (confirmed != null) {
            for (Map.Entry<String, Object> unsaved : model.unsavedAttributes().entrySet()) {
                String name = unsaved.getKey();
                if (confirmed.containsKey(name)) {
                    model.set(name, confirmed.get(name));
                } else {
                    model.unset(name);
                }
            }
        } else {
            for (String name : new ArrayList<>(model.keys())) {
                if (!snapshot.containsKey(name)) {
                    model.unset(name);
                }
            }
            model.set(new LinkedHashMap<>(snapshot));
        }
        for (Field field : fields) {
            field.conversionError = null;
            field.serverMessages = null;
            field.write(model.get(field.name));
            field.show(null);
        }
        showGeneral(new ArrayList<>());
        return this;
    }

    /**
     * Unbinds every field and the form's submit, removes the error elements the form added, and applies the
     * {@link #onLeave} policy. The view's {@link View#remove()} calls it; calling it again does nothing.
     */
    @Override
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        for (Subscription binding : modelBindings) {
            binding.dispose();
        }
        modelBindings.clear();
        if (formElement != null) {
            formElement.removeEventListener("submit", submitListener);
        }
        for (Field field : fields) {
            field.dispose();
        }
        if (leave == Leave.REVERT) {
            revert();
        }
        fields.clear();
    }

    // Errors

    /**
     * Shows an error's messages next to their fields, and clears those of the fields it does not name, keeping
     * any field's own "Enter a number". The model's {@code "invalid"} event calls it, with the messages of
     * {@code validate} or of the server.
     *
     * @param error the error, or null to clear every message
     */
    public void showErrors(ValidationError error) {
        if (disposed) {
            return;
        }
        List<String> general = new ArrayList<>();
        if (error != null) {
            general.addAll(error.messages());
            for (Map.Entry<String, List<String>> entry : error.fieldMessages().entrySet()) {
                if (field(entry.getKey()) == null) {
                    for (String message : entry.getValue()) {
                        general.add(entry.getKey() + ": " + message);
                    }
                }
            }
        }
        // What validate says now tells the server's messages apart: those stay on a field until it is edited.
        ValidationError client = error == null ? null : clientError();
        for (Field field : fields) {
            List<String> given = error == null ? null : error.messages(field.name);
            field.serverMessages = given == null ? null : without(given, client == null ? null
                    : client.messages(field.name));
            field.show(given);
        }
        showGeneral(general);
    }

    /** The messages of a list that are not in another. */
    private static List<String> without(List<String> messages, List<String> known) {
        List<String> rest = new ArrayList<>();
        for (String message : messages) {
            if (known == null || !known.contains(message)) {
                rest.add(message);
            }
        }
        return rest.isEmpty() ? null : rest;
    }

    /** What the model's validate says about its attributes as they are. */
    private ValidationError clientError() {
        return model.validate(new Candidate(new LinkedHashMap<>(model.attributes())), new Options());
    }

    private Field field(String name) {
        for (Field field : fields) {
            if (field.name.equals(name)) {
                return field;
            }
        }
        return null;
    }

    private void showGeneral(List<String> messages) {
        HTMLElement box = view.$("[data-form-errors]");
        if (box != null) {
            box.setTextContent(join(messages));
            box.setHidden(messages.isEmpty());
        }
    }

    private void focusFirstError() {
        for (Field field : fields) {
            if (field.shown) {
                field.elements.get(0).focus();
                return;
            }
        }
    }

    /** Disables or enables the form's submit buttons and marks it busy for screen readers. */
    private void setBusy(boolean busy) {
        if (formElement == null) {
            return;
        }
        var buttons = formElement.querySelectorAll("button[type=submit], input[type=submit], button:not([type])");
        for (int i = 0; i < buttons.getLength(); i++) {
            if (busy) {
                buttons.item(i).setAttribute("disabled", "");
            } else {
                buttons.item(i).removeAttribute("disabled");
            }
        }
        if (busy) {
            formElement.setAttribute("aria-busy", "true");
        } else {
            formElement.removeAttribute("aria-busy");
        }
    }

    /**
     * The messages after a field has been edited: validate's for it, and for the fields showing some. A
     * message of the server stays on its field until that field is edited: validate cannot say whether the
     * server would still refuse it (a title already listed, a year the server does not accept).
     */
    private void validateAfterEdit(Field edited) {
        ValidationError error = clientError();
        for (Field field : fields) {
            if (field == edited) {
                field.serverMessages = null;
            }
            if (field == edited || field.shown) {
                List<String> messages = new ArrayList<>();
                if (error != null) {
                    messages.addAll(error.messages(field.name));
                }
                if (field.serverMessages != null) {
                    messages.addAll(field.serverMessages);
                }
                field.show(messages);
            }
        }
    }

    private static String join(List<String> messages) {
        StringBuilder text = new StringBuilder();
        for (String message : messages) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(message);
        }
        return text.toString();
    }

    /** How a field holds its value. */
    private static final int TEXT = 0;
    private static final int CHECKBOX = 1;
    private static final int RADIO = 2;

    /** One bound field (or radio group): its elements, DOM listeners, conversion and message element. */
    private final class Field implements EventListener<Event> {
        final String name;
        final int kind;
        final List<HTMLElement> elements;
        final int widget;
        final Update update;
        final Subscription modelChange;
        final HTMLElement errorElement;
        final boolean errorElementAdded;
        /** The message of text that is no value ("Enter a number"), or null. */
        String conversionError;
        /** Whether the field shows messages now. */
        boolean shown;
        /** The server's messages about the field since the last save, until the field is edited; or null. */
        List<String> serverMessages;
        /** True while the field sets the model, so that the change it causes is not written back. */
        boolean setting;

        Field(String selector, Attribute<?> attribute, Update update) {
            name = attribute.name();
            kind = attribute.kind();
            this.update = update;
            elements = view.$$(selector);
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("no field in the view matches \"" + selector
                        + "\": bind once the view's element holds the fields");
            }
            widget = widgetOf(selector, elements);
            if (!FieldText.supports(kind)) {
                throw new IllegalArgumentException("attribute \"" + name + "\" is neither a string, a boolean nor"
                        + " a number: declare it with Attribute.string, bool, integer, longInteger or number");
            }
            if (widget == CHECKBOX && kind != Attribute.BOOLEAN) {
                throw new IllegalArgumentException("\"" + selector + "\" is a checkbox: bind it to a boolean"
                        + " attribute, not \"" + name + "\"");
            }
            HTMLElement marked = view.$("[data-error-for=\"" + name + "\"]");
            errorElementAdded = marked == null;
            errorElement = marked != null ? marked : addErrorElement(elements.get(elements.size() - 1));
            if (errorElement.getId() == null || errorElement.getId().isEmpty()) {
                errorElement.setId(view.cid() + "-" + name + "-error");
            }
            errorElement.setAttribute("aria-live", "polite");
            errorElement.setHidden(true);
            for (HTMLElement element : elements) {
                element.addEventListener("change", this);
                if (update == Update.ON_INPUT) {
                    element.addEventListener("input", this);
                }
            }
            modelChange = model.on("change:" + name, e -> {
                if (!setting) {
                    conversionError = null;
                    serverMessages = null;
                    write(e.arg(1));
                    if (shown) {
                        validateAfterEdit(null);
                    }
                }
            });
        }

        private HTMLElement addErrorElement(HTMLElement after) {
            HTMLElement span = HTMLDocument.current().createElement("span");
            span.setClassName("field-error");
            after.getParentNode().insertBefore(span, after.getNextSibling());
            return span;
        }

        /** The user changed the field: convert its value and set it, or keep the text and say what is wrong. */
        @Override
        public void handleEvent(Event event) {
            if (update == Update.ON_CHANGE && !"change".equals(event.getType())) {
                return;
            }
            Object value;
            try {
                value = read();
            } catch (IllegalArgumentException e) {
                conversionError = e.getMessage();
                show(null);
                return;
            }
            conversionError = null;
            setting = true;
            try {
                model.set(name, value);
            } finally {
                setting = false;
            }
            validateAfterEdit(this);
        }

        /** The field's value as the attribute's type. */
        Object read() {
            if (widget == CHECKBOX) {
                return Boolean.valueOf(Browser.checked(elements.get(0)));
            }
            if (widget == RADIO) {
                for (HTMLElement radio : elements) {
                    if (Browser.checked(radio)) {
                        return FieldText.parse(kind, Browser.value(radio));
                    }
                }
                return null;
            }
            HTMLElement element = elements.get(0);
            if (Browser.badInput(element)) {
                throw new IllegalArgumentException(FieldText.NOT_A_NUMBER);
            }
            return FieldText.parse(kind, Browser.value(element));
        }

        /** Shows a value of the model, leaving alone a field the user is in that shows it already. */
        void write(Object value) {
            if (widget == CHECKBOX) {
                Browser.setChecked(elements.get(0), Boolean.TRUE.equals(value));
                return;
            }
            String text = FieldText.format(value);
            if (widget == RADIO) {
                for (HTMLElement radio : elements) {
                    Browser.setChecked(radio, text.equals(Browser.value(radio)));
                }
                return;
            }
            HTMLElement element = elements.get(0);
            String current = Browser.value(element);
            if (current.equals(text)) {
                return;
            }
            boolean focused = HTMLDocument.current().getActiveElement() == element;
            if (focused && showsValue(current, value)) {
                return;   // "1.50" for 1.5, while the user types: rewriting it would move the caret
            }
            int start = focused ? Browser.selectionStart(element) : -1;
            int end = focused ? Browser.selectionEnd(element) : -1;
            Browser.setValue(element, text);
            if (start >= 0) {
                Browser.setSelectionRange(element, Math.min(start, text.length()), Math.min(end, text.length()));
            }
        }

        private boolean showsValue(String current, Object value) {
            try {
                return Values.deepEquals(FieldText.parse(kind, current), value);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        /**
         * Shows the field's messages: its own "Enter a number" first, else those given; none clears the message
         * element and the field's accessibility attributes.
         */
        void show(List<String> messages) {
            List<String> all = new ArrayList<>();
            if (conversionError != null) {
                all.add(conversionError);
            } else if (messages != null) {
                all.addAll(messages);
            }
            shown = !all.isEmpty();
            errorElement.setTextContent(join(all));
            errorElement.setHidden(!shown);
            for (HTMLElement element : elements) {
                if (shown) {
                    element.setAttribute("aria-invalid", "true");
                    element.setAttribute("aria-describedby", withToken(element.getAttribute("aria-describedby"),
                            errorElement.getId()));
                } else {
                    element.removeAttribute("aria-invalid");
                    String rest = withoutToken(element.getAttribute("aria-describedby"), errorElement.getId());
                    if (rest.isEmpty()) {
                        element.removeAttribute("aria-describedby");
                    } else {
                        element.setAttribute("aria-describedby", rest);
                    }
                }
            }
        }

        void dispose() {
            modelChange.dispose();
            for (HTMLElement element : elements) {
                element.removeEventListener("change", this);
                element.removeEventListener("input", this);
            }
            show(null);
            if (errorElementAdded && errorElement.getParentNode() != null) {
                errorElement.getParentNode().removeChild(errorElement);
            }
        }
    }

    /** What kind of field the selector selected: several elements must all be radio buttons. */
    private static int widgetOf(String selector, List<HTMLElement> elements) {
        int radios = 0;
        for (HTMLElement element : elements) {
            String tag = element.getLocalName();
            String type = element.getAttribute("type");
            if ("input".equals(tag) && "radio".equals(type)) {
                radios++;
            } else if ("select".equals(tag) && Browser.multiple(element)) {
                throw new IllegalArgumentException("\"" + selector + "\" is a multiple select: bind one value");
            } else if (!"input".equals(tag) && !"select".equals(tag) && !"textarea".equals(tag)) {
                throw new IllegalArgumentException("\"" + selector + "\" selects a <" + tag + ">, not a form field");
            }
        }
        if (radios > 0) {
            if (radios < elements.size()) {
                throw new IllegalArgumentException("\"" + selector + "\" selects radio buttons and other fields");
            }
            return RADIO;
        }
        if (elements.size() > 1) {
            throw new IllegalArgumentException("\"" + selector + "\" selects " + elements.size()
                    + " fields; only radio buttons bind as a group");
        }
        return "checkbox".equals(elements.get(0).getAttribute("type")) ? CHECKBOX : TEXT;
    }

    /** A space-separated token list with one more token, unless it is there already. */
    private static String withToken(String tokens, String token) {
        if (tokens == null || tokens.isEmpty()) {
            return token;
        }
        return (" " + tokens + " ").contains(" " + token + " ") ? tokens : tokens + " " + token;
    }

    /** A space-separated token list without one token. */
    private static String withoutToken(String tokens, String token) {
        if (tokens == null) {
            return "";
        }
        StringBuilder rest = new StringBuilder();
        int start = 0;
        while (start <= tokens.length()) {
            int end = tokens.indexOf(' ', start);
            if (end < 0) {
                end = tokens.length();
            }
            String part = tokens.substring(start, end);
            if (!part.isEmpty() && !part.equals(token)) {
                rest.append(rest.length() > 0 ? " " : "").append(part);
            }
            start = end + 1;
        }
        return rest.toString();
    }
}
