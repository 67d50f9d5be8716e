package io.backbonejava;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a {@link Listener} receives: the name of the event that fired, the {@link Events} object it was
 * triggered on, and the arguments passed to {@link Events#trigger}, in Backbone's order.
 *
 * <p>Backbone's built-in events keep Backbone's argument lists, so {@code arg(0)} is the model or collection
 * and the last argument is the {@link Options} of the call that caused the event:
 * {@code "change:attr"} gives (model, value, options), {@code "add"} and {@code "remove"} give (model,
 * collection, options), {@code "update"}, {@code "reset"} and {@code "sort"} give (collection, options),
 * {@code "invalid"} gives (model, error, options).
 *
 * <pre>{@code
 * todos.on("add", e -> {
 *     Todo todo = e.arg(0);
 *     Integer index = e.options().index();
 * });
 * }</pre>
 */
public final class EventArgs {
    private final String name;
    private final Events source;
    private final Object[] args;

    EventArgs(String name, Events source, Object[] args) {
        this.name = name;
        this.source = source;
        this.args = args;
    }

    /** The event's name, such as {@code "change:title"}; an {@code "all"} handler sees the real name. */
    public String name() {
        return name;
    }

    /** The object whose {@code trigger} ran: for model events forwarded by a collection, the collection. */
    public Events source() {
        return source;
    }

    /** How many arguments the event was triggered with. */
    public int size() {
        return args.length;
    }

    /**
     * The argument at {@code index}, cast to the type the caller expects, or {@code null} past the end
     * (as a missing JavaScript argument is {@code undefined}).
     *
     * @param index zero-based position in the trigger's argument list
     * @param <T> the expected type; a wrong guess fails with {@link ClassCastException} at the call site
     * @return the argument, or null
     */
    @SuppressWarnings("unchecked")
    public <T> T arg(int index) {
        return index >= 0 && index < args.length ? (T) args[index] : null;
    }

    /** All arguments, read-only, in trigger order. */
    public List<Object> args() {
        return Collections.unmodifiableList(Arrays.asList(args));
    }

    /**
     * The options of the call that caused the event: the last argument when it is an {@link Options},
     * else an empty value, so handlers can always read flags such as {@code silent} or the caller's own.
     */
    public Options options() {
        if (args.length > 0 && args[args.length - 1] instanceof Options) {
            return (Options) args[args.length - 1];
        }
        return new Options();
    }

    Object[] rawArgs() {
        return args;
    }

    @Override
    public String toString() {
        return name + Arrays.asList(args);
    }
}
