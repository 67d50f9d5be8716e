package io.backbonejava;

import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A view's declarative events map: Backbone's {@code events} hash, built entry by entry with typed handlers.
 * {@link View#events()} returns one (or {@link ViewOptions#events} passes one), and the view delegates each
 * entry at its element: the handler runs for events of that name on elements under {@link View#el()} that the
 * selector matches. Each typed method fixes the event's type ({@code onClick} gives a {@code MouseEvent},
 * {@code onKeyDown} a {@code KeyboardEvent}); the element's type is the one your lambda declares, so an input
 * arrives as an {@code HTMLInputElement} without a cast. Backbone's string form stays, through
 * {@link #on(String, DomListener)}.
 *
 * <pre>{@code
 * protected DomEvents events() {
 *     return new DomEvents()
 *             .onClick(".toggle", (event, toggle) -> model().toggle())
 *             .onDblClick("label", (event, label) -> edit())
 *             .onKeyDown(".edit", (KeyboardEvent event, HTMLInputElement field) -> {
 *                 if ("Enter".equals(event.getKey())) {
 *                     model().save(Todo.TITLE, field.getValue());
 *                 }
 *             })
 *             .onBlur(".edit", (event, field) -> close())
 *             .on("click .destroy", (event, button) -> model().destroy());
 * }
 * }</pre>
 *
 * <p>A null selector (or an empty one) means the view's element itself, as a Backbone key without selector
 * does. Entries are delegated in the order they were added; unlike the keys of a JavaScript object, two
 * entries for the same event and selector are both kept. A null handler is skipped, as Backbone skips a
 * method name it cannot find. Entries can only be added, never removed.
 */
public final class DomEvents {
    /** Backbone's keys, split once for all the views that use them; bounded, as keys can be built on the fly. */
    private static final int MAX_PARSED_KEYS = 512;
    private static final Map<String, String[]> PARSED_KEYS = new HashMap<>();

    /** Entry i: its event name(s) at 3i, its selector (or null) at 3i + 1, its handler at 3i + 2. */
    private Object[] entries = new Object[3 * 4];
    private int size;

    /** Creates an empty events map. */
    public DomEvents() {
    }

    /**
     * Backbone's string form: {@code "event selector"}, such as {@code "click .toggle"}, or a bare event name
     * such as {@code "keypress"} for the view's element itself.
     *
     * @param key the event name, a space, and the CSS selector (or the event name alone)
     * @param listener the listener, or null to skip the entry
     * @return this map
     */
    public DomEvents on(String key, DomListener listener) {
        String[] parsed = parseKey(key);
        return add(parsed[0], parsed[1], listener);
    }

    /**
     * Any event, typed: the event's and the element's types are those the lambda declares (the base types
     * {@code Event} and {@code HTMLElement} when it declares none), such as
     * {@code on("mouseenter", "tr", (MouseEvent event, HTMLTableRowElement row) -> ...)}.
     *
     * @param eventName the event name, such as {@code "mouseenter"}
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler, or null to skip the entry
     * @param <V> the event's type
     * @param <E> the matched element's type
     * @return this map
     */
    public <V extends Event, E extends HTMLElement> DomEvents on(String eventName, String selector,
            DomHandler<V, E> handler) {
        if (eventName == null) {
            throw new IllegalArgumentException("eventName == null");
        }
        return add(eventName, selector, handler);
    }

    /**
     * {@code click}, as a {@code MouseEvent}.
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onClick(String selector, DomHandler<MouseEvent, E> handler) {
        return add("click", selector, handler);
    }

    /**
     * {@code dblclick}, as a {@code MouseEvent}.
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onDblClick(String selector, DomHandler<MouseEvent, E> handler) {
        return add("dblclick", selector, handler);
    }

    /**
     * {@code keydown}, as a {@code KeyboardEvent}: the one that also fires for Escape and the arrows.
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it ({@code HTMLInputElement}...)
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onKeyDown(String selector, DomHandler<KeyboardEvent, E> handler) {
        return add("keydown", selector, handler);
    }

    /**
     * {@code keyup}, as a {@code KeyboardEvent}.
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onKeyUp(String selector, DomHandler<KeyboardEvent, E> handler) {
        return add("keyup", selector, handler);
    }

    /**
     * {@code input}: a field's value changed as the user typed.
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onInput(String selector, DomHandler<Event, E> handler) {
        return add("input", selector, handler);
    }

    /**
     * {@code change}: a field's value was committed (a checkbox clicked, a select chosen, a text field left).
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onChange(String selector, DomHandler<Event, E> handler) {
        return add("change", selector, handler);
    }

    /**
     * {@code submit}, of a form; call {@code event.preventDefault()} to keep the page.
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it ({@code HTMLFormElement})
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onSubmit(String selector, DomHandler<Event, E> handler) {
        return add("submit", selector, handler);
    }

    /**
     * {@code focus}; with a selector it is delegated through {@code focusin}, which bubbles.
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onFocus(String selector, DomHandler<Event, E> handler) {
        return add("focus", selector, handler);
    }

    /**
     * {@code blur}; with a selector it is delegated through {@code focusout}, which bubbles.
     *
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <E> the matched element's type, as the handler declares it
     * @return this map
     */
    public <E extends HTMLElement> DomEvents onBlur(String selector, DomHandler<Event, E> handler) {
        return add("blur", selector, handler);
    }

    private DomEvents add(String eventName, String selector, DomHandler<?, ?> handler) {
        if (size * 3 == entries.length) {
            Object[] grown = new Object[entries.length * 2];
            System.arraycopy(entries, 0, grown, 0, entries.length);
            entries = grown;
        }
        entries[size * 3] = eventName;
        entries[size * 3 + 1] = selector == null || selector.isEmpty() ? null : selector;
        entries[size * 3 + 2] = handler;
        size++;
        return this;
    }

    /** The number of entries, skipped ones (null handlers) included. */
    int size() {
        return size;
    }

    String eventName(int index) {
        return (String) entries[index * 3];
    }

    String selector(int index) {
        return (String) entries[index * 3 + 1];
    }

    DomHandler<?, ?> handler(int index) {
        return (DomHandler<?, ?>) entries[index * 3 + 2];
    }

    /**
     * Backbone's key split into its event name and its selector (null when there is none). A view class's
     * keys are the same strings for every instance, so each is split once and remembered.
     */
    private static String[] parseKey(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key == null");
        }
        String[] parsed = PARSED_KEYS.get(key);
        if (parsed == null) {
            String trimmed = key.trim();
            int space = 0;
            while (space < trimmed.length() && trimmed.charAt(space) > ' ') {
                space++;
            }
            String selector = trimmed.substring(space).trim();
            parsed = new String[] {trimmed.substring(0, space), selector.isEmpty() ? null : selector};
            if (PARSED_KEYS.size() < MAX_PARSED_KEYS) {
                PARSED_KEYS.put(key, parsed);
            }
        }
        return parsed;
    }
}
