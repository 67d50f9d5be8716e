package ${package};

import io.backbonejava.Attribute;
import io.backbonejava.Attributes;
import io.backbonejava.Candidate;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.ValidationError;
import java.util.Map;

/**
 * One task: what to do, and whether it is done. The views only show a task and change it through this
 * class, so every change fires the model's events ({@code "change:done"}) and reaches the store.
 *
 * <pre>{@code
 * Task milk = tasks.create(Attributes.of(Task.TITLE, "Buy milk"));
 * milk.toggle();               // saved; "change:done" redraws its item
 * milk.get(Task.TITLE);        // "Buy milk", a String
 * }</pre>
 */
public class Task extends Model {
    /** What to do. Required, at most {@link #MAX_TITLE} characters. */
    public static final Attribute<String> TITLE = Attribute.string("title");
    /** Whether it is done. */
    public static final Attribute<Boolean> DONE = Attribute.bool("done");
    /** The longest title {@link #validate} accepts. */
    public static final int MAX_TITLE = 80;

    /**
     * Creates a task from stored or typed attributes; {@link Tasks} calls this for each record it reads.
     *
     * @param attributes the attributes, laid over the defaults
     * @param options the options of the call that brought them
     */
    public Task(Map<String, ?> attributes, Options options) {
        super(attributes, options);
    }

    @Override
    protected Map<String, ?> defaults() {
        return Attributes.of(TITLE, "", DONE, false);
    }

    // Runs before every save, and on set with validate(true): a refused task never reaches the store, and
    // the error, naming the attribute, is the model's validationError() and reaches the "invalid" event.
    @Override
    protected ValidationError validate(Candidate attrs, Options options) {
        String title = attrs.get(TITLE);
        if (title == null || title.trim().isEmpty()) {
            return ValidationError.of(TITLE, "A task needs a title");
        }
        if (title.length() > MAX_TITLE) {
            return ValidationError.of(TITLE, "A title has at most " + MAX_TITLE + " characters");
        }
        return null;
    }

    /** What to do. */
    public String title() {
        return get(TITLE);
    }

    /** Whether it is done; a task stored without the field is not. */
    public boolean isDone() {
        return Boolean.TRUE.equals(get(DONE));
    }

    /** Flips {@code done} and saves it. */
    public void toggle() {
        save(DONE, !isDone());
    }
}
