package io.backbonejava;

import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * How a {@link View} gets its element: Backbone's view options {@code el}, {@code id}, {@code attributes},
 * {@code className}, {@code tagName} and {@code events}, as a small fluent value. Each option given here wins
 * over the method a view subclass overrides for it, as an option passed to Backbone's constructor wins over
 * the prototype. The model and the collection, which type the view, are the constructor's own arguments
 * ({@link View#View(Model, ViewOptions)}, {@link View#View(Collection, ViewOptions)}).
 *
 * <pre>{@code
 * View<Todo> item = new View<>(todo, new ViewOptions().tagName("li").className("todo"));
 * View<Todo> app = new View<>(todos, new ViewOptions().el("#todoapp"));
 * View<Model> banner = new View<>(new ViewOptions().el("#banner").events(new DomEvents()
 *         .onClick(".close", (event, button) -> hideBanner())));
 * }</pre>
 */
public final class ViewOptions {
    private String tagName;
    private String className;
    private String id;
    private Map<String, Object> attributes;
    private HTMLElement element;
    private String selector;
    private DomEvents events;

    /** Creates empty options: the view falls back on its own methods for everything. */
    public ViewOptions() {
    }

    /**
     * The tag of the element the view creates when it is given none.
     *
     * @param value a tag name such as {@code "li"}
     * @return these options
     */
    public ViewOptions tagName(String value) {
        tagName = value;
        return this;
    }

    /**
     * The {@code class} attribute of the created element; it wins over a {@code "class"} in attributes.
     *
     * @param value one or more space-separated class names
     * @return these options
     */
    public ViewOptions className(String value) {
        className = value;
        return this;
    }

    /**
     * The {@code id} attribute of the created element; it wins over an {@code "id"} in attributes.
     *
     * @param value the id
     * @return these options
     */
    public ViewOptions id(String value) {
        id = value;
        return this;
    }

    /**
     * Attributes for the created element, set safely (see {@link Html#attr}); these replace what the view's
     * {@link View#attributes()} would give.
     *
     * @param value attribute names to values
     * @return these options
     */
    public ViewOptions attributes(Map<String, ?> value) {
        attributes = value == null ? null : new LinkedHashMap<>(value);
        return this;
    }

    /**
     * An existing element for the view to take over instead of creating one.
     *
     * @param value the element
     * @return these options
     */
    public ViewOptions el(HTMLElement value) {
        element = value;
        selector = null;
        return this;
    }

    /**
     * A CSS selector for the existing element the view takes over, looked up in the document when the view
     * is built. When nothing matches the view has no element.
     *
     * @param value a selector such as {@code "#todoapp"}
     * @return these options
     */
    public ViewOptions el(String value) {
        selector = value;
        element = null;
        return this;
    }

    /**
     * A declarative events map, used instead of the view's {@link View#events()}.
     *
     * @param value the events to delegate, in their order
     * @return these options
     */
    public ViewOptions events(DomEvents value) {
        events = value;
        return this;
    }

    String tagName() {
        return tagName;
    }

    String className() {
        return className;
    }

    String id() {
        return id;
    }

    Map<String, Object> attributes() {
        return attributes;
    }

    HTMLElement element() {
        return element;
    }

    String selector() {
        return selector;
    }

    DomEvents events() {
        return events;
    }
}
