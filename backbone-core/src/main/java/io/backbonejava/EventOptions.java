package io.backbonejava;

import java.util.List;

/**
 * The options a built-in event of a {@link Model} or {@link Collection} hands its handlers, last in their
 * argument list as in Backbone: the flags and own values of the call that caused the event, and what the
 * library reports about this one event. It is read-only; the library writes nothing into the caller's
 * {@link Options}.
 *
 * <p>What is reported depends on the event: {@link #index()} in {@code "add"} (with {@code at}) and
 * {@code "remove"}, {@link #changes()} in {@code "update"}, {@link #previousModels()} in {@code "reset"},
 * {@link #validationError()} in {@code "invalid"}. The typed listeners receive the same values as parameters
 * ({@link Collection#onUpdate(java.util.function.Consumer)}, {@link Collection#onReset(java.util.function.Consumer)},
 * {@link Collection#onRemove(java.util.function.ObjIntConsumer)}); a string handler reads them here:
 *
 * <pre>{@code
 * todos.on("remove", e -> list.removeRow(EventOptions.of(e).index()));
 * todos.add(attrs, new Options().put("source", "keyboard"));
 * todos.on("add", e -> log(EventOptions.of(e).options().get("source")));   // "keyboard"
 * }</pre>
 */
public final class EventOptions {
    private static final EventOptions NONE = new EventOptions(null, null, null, null, null);

    private final Options options;
    private final Integer index;
    private final Collection.Changes<?> changes;
    private final List<? extends Model> previousModels;
    private final ValidationError validationError;

    private EventOptions(Options options, Integer index, Collection.Changes<?> changes,
            List<? extends Model> previousModels, ValidationError validationError) {
        this.options = options;
        this.index = index;
        this.changes = changes;
        this.previousModels = previousModels;
        this.validationError = validationError;
    }

    /**
     * The options of an event: its last argument when that is an {@code EventOptions} (every built-in event)
     * or an {@link Options} (an event you triggered with one), else options with nothing set.
     *
     * @param event what a {@link Listener} received
     * @return the event's options, never null
     */
    public static EventOptions of(EventArgs event) {
        Object last = event.arg(event.size() - 1);
        if (last instanceof EventOptions) {
            return (EventOptions) last;
        }
        return last instanceof Options ? of((Options) last) : NONE;
    }

    /** The options of a call, reporting nothing more. */
    static EventOptions of(Options options) {
        return new EventOptions(options, null, null, null, null);
    }

    /** An {@code "add"} (with {@code at}) or {@code "remove"}: the model's index. */
    static EventOptions at(Options options, int index) {
        return new EventOptions(options, index, null, null, null);
    }

    /** An {@code "update"}: what the call changed. */
    static EventOptions update(Options options, Collection.Changes<?> changes) {
        return new EventOptions(options, null, changes, null, null);
    }

    /** A {@code "reset"}: the models held before. */
    static EventOptions reset(Options options, List<? extends Model> previousModels) {
        return new EventOptions(options, null, null, previousModels, null);
    }

    /** An {@code "invalid"}: what validation returned. */
    static EventOptions invalid(Options options, ValidationError error) {
        return new EventOptions(options, null, null, null, error);
    }

    /**
     * The options of the call that caused the event (immutable, as all {@link Options}): read its flags and
     * your own values ({@link Options#get}), or hand them on to another call, as a Backbone handler passes
     * {@code options} on.
     *
     * @return the options; options with nothing set when the event had none
     */
    public Options options() {
        return Options.orNew(options);
    }

    /** Whether the call that caused the event was {@code silent} (a handler still runs for some events). */
    public boolean silent() {
        return options != null && options.silent();
    }

    /** In {@code "add"} (when the call gave {@code at}) and {@code "remove"}: the model's index; else null. */
    public Integer index() {
        return index;
    }

    /** In {@code "update"}: what the call added, removed and merged; else null. */
    public Collection.Changes<?> changes() {
        return changes;
    }

    /** In {@code "reset"}: the models the collection held before, in their order; else null. */
    public List<? extends Model> previousModels() {
        return previousModels;
    }

    /** In {@code "invalid"}: what {@link Model#validate} (or the server) found wrong; else null. */
    public ValidationError validationError() {
        return validationError;
    }

    @Override
    public String toString() {
        return "EventOptions(index=" + index + ", changes=" + (changes != null) + ")";
    }
}
