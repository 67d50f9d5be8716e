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
    /**
     * The arguments when the trigger passed an array, as {@code trigger(name, a, b, c, d)} does; null when
     * {@link #first} to {@link #third} hold them. The library's own events and {@code trigger(name)} and
     * {@code trigger(name, arg)} have at most three arguments, and make no array: in TeaVM's JavaScript an
     * array is two objects (a wrapper and its data), and made per event it cost more than the rest of a
     * trigger (MicroCompare's trigger took about three times as long with one).
     */
    private final Object[] array;
    private final int size;
    private final Object first;
    private final Object second;
    private final Object third;

    /**
     * An event of the arguments in {@code array}, kept (not copied), when it is not null, with {@code size} -1;
     * else of {@code size} arguments, at most three, in the three fields (the unused ones null).
     */
    EventArgs(String name, Events source, Object[] array, int size, Object first, Object second, Object third) {
        this.name = name;
        this.source = source;
        this.array = array;
        this.size = array != null ? array.length : size;
        this.first = first;
        this.second = second;
        this.third = third;
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
        return size;
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
        if (index < 0 || index >= size) {
            return null;
        }
        if (array != null) {
            return array[index];
        }
        return index == 0 ? first : index == 1 ? second : third;
    }

    /** All arguments, read-only, in trigger order. */
    public List<Object> args() {
        return Collections.unmodifiableList(Arrays.asList(toArray()));
    }

    /**
     * The same arguments under another name or from another source: each name of a space-separated trigger
     * gets its own, and a collection forwards its models' events as its own.
     */
    EventArgs as(String otherName, Events otherSource) {
        return new EventArgs(otherName, otherSource, array, size, first, second, third);
    }

    private Object[] toArray() {
        if (array != null) {
            return array;
        }
        Object[] all = new Object[size];
        for (int i = 0; i < size; i++) {
            all[i] = arg(i);
        }
        return all;
    }

    @Override
    public String toString() {
        return name + Arrays.asList(toArray());
    }
}
