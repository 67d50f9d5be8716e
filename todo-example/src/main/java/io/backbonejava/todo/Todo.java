package io.backbonejava.todo;

import io.backbonejava.Attribute;
import io.backbonejava.Attributes;
import io.backbonejava.Candidate;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.ValidationError;
import java.util.Map;

/**
 * One todo: a title, whether it is done, and its place in the list. This is all the data the app has; the
 * views only show it and change it through this class, so every change fires the model's events and
 * reaches the store.
 *
 * <pre>{@code
 * Todo milk = todos.create(Attributes.of(Todo.TITLE, "Buy milk", Todo.ORDER, 1));
 * milk.toggle();                  // completed: saved, and "change:completed" redraws the item
 * milk.get(Todo.TITLE);           // "Buy milk", a String, no cast
 * }</pre>
 */
public class Todo extends Model {
    /** The id the store gave it; none until it is saved. */
    public static final Attribute<Object> ID = Attribute.of("id");
    /** What the todo says. Checked by {@link TodoRules}, the rule the demo server applies too. */
    public static final Attribute<String> TITLE = Attribute.string("title");
    /** Whether it is done. */
    public static final Attribute<Boolean> COMPLETED = Attribute.bool("completed");
    /** Its place in the list: {@link Todos} keeps itself sorted by it. */
    public static final Attribute<Integer> ORDER = Attribute.integer("order");

    /**
     * Creates a todo from stored or typed attributes; {@link Todos} calls this for each record it reads.
     *
     * @param attributes the attributes, laid over the defaults
     * @param options the options of the call that brought them
     */
    public Todo(Map<String, ?> attributes, Options options) {
        super(attributes, options);
    }

    // A new todo is not done yet. The title has no useful default: validate refuses an empty one.
    @Override
    protected Map<String, ?> defaults() {
        return Attributes.of(TITLE, "", COMPLETED, false);
    }

    // One rule, one place: the browser refuses exactly the titles the server would refuse, because both
    // ask TodoRules. A refused save never leaves the browser, and the model keeps its old title.
    @Override
    protected ValidationError validate(Candidate attrs, Options options) {
        String error = TodoRules.validateTitle(attrs.raw(TITLE));
        return error == null ? null : ValidationError.of(TITLE, error);
    }

    // What is sent to the store: exactly the fields the server's API accepts. Anything else a view might
    // one day set on the model stays in the browser instead of being refused with a 400.
    @Override
    public Map<String, Object> toJSON() {
        return pick(ID, TITLE, COMPLETED, ORDER);
    }

    /** The title, as typed (trimmed). */
    public String title() {
        return get(TITLE);
    }

    /** Whether the todo is done; a todo stored without the field counts as not done. */
    public boolean isCompleted() {
        return Boolean.TRUE.equals(get(COMPLETED));
    }

    /**
     * Flips {@code completed} and saves it. Views listening to {@code "change:completed"} redraw at once,
     * before the store has answered: the store only confirms what the user already sees.
     */
    public void toggle() {
        save(COMPLETED, !isCompleted());
    }
}
