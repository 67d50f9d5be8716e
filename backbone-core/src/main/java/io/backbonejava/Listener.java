package io.backbonejava;

/**
 * A callback for events triggered on an {@link Events} source: what {@code object.on("change", ...)} takes.
 *
 * <p>Backbone passes a variable list of arguments to its callbacks; a Java listener receives them packed
 * into one {@link EventArgs} value, which also names the event (the first argument of an {@code "all"}
 * handler in Backbone) and the object it was triggered on.
 *
 * <pre>{@code
 * todo.on("change:title", e -> label.setText(e.arg(1)));
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
