package io.backbonejava;

import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A {@link DomHandler} for any event on any element: the untyped callback of Backbone's string form,
 * {@code "event selector"}, in {@link DomEvents#on(String, DomListener)} and
 * {@link View#delegate(String, String, DomHandler)}. Give it a name when you mean to remove it later with
 * {@link View#undelegate(String, String, DomHandler)}.
 *
 * <pre>{@code
 * DomListener highlight = (event, row) -> row.getClassList().add("hover");
 * view.delegate("mouseenter", "tr", highlight);
 * view.undelegate("mouseenter", "tr", highlight);
 * }</pre>
 *
 * <p>For the event's own type ({@code KeyboardEvent}...) or the element's ({@code HTMLInputElement}...), use
 * {@link DomEvents}' typed methods, such as {@link DomEvents#onKeyDown}.
 */
@FunctionalInterface
public interface DomListener extends DomHandler<Event, HTMLElement> {
}
