package io.backbonejava;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What a {@link Listener} receives: the name of the event that fired, the {@link Events} object it was
 * triggered on, and the arguments passed to {@link Events#trigger}, in Backbone's order.
 *
 * <p>Backbone's built-in events keep Backbone's argument lists, so {@code arg(0)} is the model or collection
 * and the last argument holds the options of the call that caused the event (read by the model layer's
 * {@code EventOptions.of(event)}; this class knows nothing of models):
 * {@code "change:attr"} gives (model, value, options), {@code "add"} and {@code "remove"} give (model,
 * collection, options), {@code "update"}, {@code "reset"} and {@code "sort"} give (collection, options),
 * {@code "invalid"} gives (model, error, options).
 *
 * <pre>{@code
 * todos.on("all", e -> log.add(e.name() + " with " + e.size() + " arguments"));
 * bus.on("selected", e -> select((String) e.arg(0)));   // your own event, your own argument
 * }</pre>
 *
 * <p>For the built-in events, the typed listeners read the arguments for you:
 * {@code todos.onAdd(todo -> ...)}, {@code todo.onChange(Todo.TITLE, title -> ...)}.
 */
public final class EventArgs {
    private final String name;
    private final Events source;
    /** The arguments in trigger order, as the trigger passed them. */
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
     * The argument at {@code index}, or {@code null} past the end (as a missing JavaScript argument is
     * {@code undefined}). It is an {@code Object}: the built-in events have typed listeners
     * ({@code Model.onChange(attr, listener)}, {@code Collection.onAdd(listener)}...), and your
     * own events' arguments are yours to cast.
     *
     * @param index zero-based position in the trigger's argument list
     * @return the argument, or null
     */
    public Object arg(int index) {
        return index < 0 || index >= args.length ? null : args[index];
    }

    /** All arguments, read-only, in trigger order. */
    public List<Object> args() {
        return Collections.unmodifiableList(Arrays.asList(args));
    }

    /** The arguments themselves, for passing the event on unchanged: how a collection forwards. */
    Object[] arguments() {
        return args;
    }

    @Override
    public String toString() {
        return name + Arrays.asList(args);
    }
}
