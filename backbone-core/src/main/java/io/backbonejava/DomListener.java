package io.backbonejava;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A callback for a DOM event delegated by a {@link View}: the value side of a view's events map, and what
 * {@link View#delegate(String, String, DomListener)} takes.
 *
 * <p>It receives the browser's event and the element the event was delegated to: for {@code "click .toggle"}
 * the {@code .toggle} element that was clicked or that contains the clicked node, for a bare
 * {@code "keypress"} the view's own element. Cast the event for its specific fields.
 *
 * <pre>{@code
 * view.delegate("keydown", ".edit", (event, input) -> {
 *     if ("Enter".equals(((KeyboardEvent) event).getKey())) {
 *         save(((HTMLInputElement) input).getValue());
 *     }
 * });
 * }</pre>
 */
@FunctionalInterface
public interface DomListener {
    /**
     * Called for each delegated event that reaches a matching element.
     *
     * @param event the DOM event
     * @param matched the element the selector matched, or the view's element for a handler without selector
     */
    void handle(Event event, HTMLElement matched);
}
