package io.backbonejava;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A typed callback for a DOM event a {@link View} delegates: it receives the event as its own type and the
 * element the selector matched as the type you declare, so a handler reads {@code field.getValue()} with no
 * cast. {@link DomEvents}' {@code onClick}, {@code onKeyDown}... fix the event's type; the element's type is
 * the one your lambda names (an {@code HTMLElement} when it names none).
 *
 * <pre>{@code
 * new DomEvents()
 *         .onKeyDown(".edit", (KeyboardEvent event, HTMLInputElement field) -> {
 *             if ("Enter".equals(event.getKey())) {
 *                 save(field.getValue());
 *             }
 *         })
 *         .onClick(".destroy", (event, button) -> model().destroy());
 * }</pre>
 *
 * <p>The browser does not check the element's type for you: declare the type your selector selects
 * ({@code HTMLInputElement} for {@code ".edit"} when {@code .edit} is an {@code <input>}).
 *
 * @param <V> the event's type, such as {@code MouseEvent} or {@code KeyboardEvent}
 * @param <E> the matched element's type, such as {@code HTMLInputElement}
 */
@FunctionalInterface
public interface DomHandler<V extends Event, E extends HTMLElement> {
    /**
     * Called for each delegated event that reaches a matching element.
     *
     * @param event the DOM event
     * @param element the element the selector matched (the event's target or its nearest ancestor that
     *     matches), or the view's own element for a handler without selector
     */
    void handle(V event, E element);
}
