package io.backbonejava;

/**
 * A callback for events triggered on an {@link Events} source: what {@code object.on("change", ...)} takes.
 *
 * <p>Backbone passes a variable list of arguments to its callbacks; a Java listener receives them packed
 * into one {@link EventArgs} value, which also names the event (the first argument of an {@code "all"}
 * handler in Backbone) and the object it was triggered on.
 *
 * <pre>{@code
 * todo.on("all", e -> log.add(e.name()));   // the built-in events also have typed listeners: todo.onChange(...)
 * }</pre>
 */
@FunctionalInterface
public interface Listener {
    /**
     * Called once for each matching {@code trigger}.
     *
     * @param event the event's name, source and arguments
     */
    void handle(EventArgs event);
}
