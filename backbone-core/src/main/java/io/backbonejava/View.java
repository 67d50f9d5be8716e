package io.backbonejava;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;
import org.teavm.jso.dom.xml.NodeList;

/**
 * A view owns one DOM element ({@link #el()}), draws a model or collection into it with {@link #render()},
 * and turns the user's clicks and keystrokes on it into calls on your code through a declarative events
 * map. It is Backbone's {@code View}, on the browser's own DOM (no jQuery): a view is also an
 * {@link Events} source, and {@link #remove()} takes its element out of the page and drops every listener
 * it holds, on the DOM and on models, so removed views never linger as zombies.
 *
 * <p>A view is typed by the model it presents: a {@code View<Todo>} built with a todo has {@link #model()}
 * return that {@code Todo}, and one built with a collection of todos has {@link #collection()} return it as
 * a {@code Collection<Todo>}. A view of neither is a {@code View<Model>}.
 *
 * <pre>{@code
 * public class TodoView extends View<Todo> {
 *     private static final Template ITEM = Template.of(
 *             "<input class=\"toggle\" type=\"checkbox\" checked=\"{{completed}}\"><label>{{title}}</label>"
 *             + "<input class=\"edit\" value=\"{{title}}\"><button class=\"destroy\"></button>");
 *
 *     public TodoView(Todo todo) {
 *         super(todo, new ViewOptions().tagName("li"));
 *         listenTo(todo, "change", e -> render());
 *         listenTo(todo, "destroy", e -> remove());
 *     }
 *
 *     protected DomEvents events() {
 *         return new DomEvents()
 *                 .onClick(".toggle", (event, toggle) -> model().toggle())
 *                 .onDblClick("label", (event, label) -> el().getClassList().add("editing"))
 *                 .onKeyDown(".edit", (KeyboardEvent event, HTMLInputElement field) -> {
 *                     if ("Enter".equals(event.getKey())) {
 *                         model().save(Todo.TITLE, field.getValue());
 *                     }
 *                 })
 *                 .onClick(".destroy", (event, button) -> model().collection().remove(model()));
 *     }
 *
 *     public TodoView render() {
 *         el().clear().appendChild(ITEM.render(model().attributes()));
 *         return this;
 *     }
 * }
 * }</pre>
 *
 * <p><b>The element.</b> Given none, a view creates one from {@link #tagName()}, {@link #className()},
 * {@link #id()} and {@link #attributes()}, which subclasses override (or {@link ViewOptions} sets, winning
 * over the methods). These are read while the {@code View} constructor runs, before the subclass's own
 * fields are assigned: compute them from constants, from {@link #model()}, or pass them as options.
 * {@link ViewOptions#el} attaches the view to an element that already exists instead; {@link #setElement}
 * moves it to another one later. {@link #$(String)} finds an element under it, and {@link #$input},
 * {@link #$select}, {@link #$textArea} and {@link #$button} find one of a known kind, typed.
 *
 * <p><b>Events.</b> {@link #events()} returns a {@link DomEvents}: entries such as
 * {@code onClick(".toggle", ...)}, {@code onKeyDown(".edit", ...)}, or Backbone's string form
 * {@code on("dblclick label", ...)}; an entry without selector listens on the view's element itself. Events
 * are delegated: one listener per event type sits on {@link #el()} and runs the handler whose selector
 * matches the event's target or the nearest ancestor of it inside {@code el()} (so a click on an icon inside
 * a {@code .toggle} button counts), deepest matches first, then the handlers without selector. {@code focus}
 * and {@code blur} do not bubble, so with a selector they listen to {@code focusin} and {@code focusout};
 * {@code mouseenter} and {@code mouseleave} likewise ride on {@code mouseover} and {@code mouseout}. Each
 * view removes only its own listeners, so several views can share an element, and delegating again never
 * binds twice.
 *
 * <p><b>Child views.</b> A view that builds other views should own them with {@link #addChild}, which
 * returns the child for chaining. {@link #remove()} removes the children first, and {@link #removeChildren()}
 * drops the old ones when the parent renders again; a child that removes itself leaves its parent's list.
 *
 * <pre>{@code
 * public TodoListView render() {
 *     removeChildren();                        // the previous render's item views, and their listeners
 *     el().clear().appendChild(LAYOUT.render(Attributes.of("count", collection().size())));
 *     HTMLElement list = $(".todo-list");
 *     for (Todo todo : collection()) {
 *         list.appendChild(addChild(new TodoView(todo)).render().el());
 *     }
 *     return this;
 * }
 * }</pre>
 *
 * <p>Rendering user data goes through {@link Template} or {@link Html}, which escape by default.
 *
 * @param <M> the class of the model the view presents, or of the collection's models; {@link Model} for a
 *     view of neither
 */
public class View<M extends Model> extends Events {
    private static int nextCid = 1;

    /** The number in {@link #cid()}, taken when the view is built; the string is made on first demand. */
    private final int cidNumber;
    private String cid;
    private final M model;
    private final Collection<M> collection;
    private final DomEvents optionEvents;
    private HTMLElement el;

    /**
     * This view's delegated handlers, in the order they were bound: the first {@link #delegationCount}
     * entries. Only ever appended to in place (undelegating builds a new array), so that a dispatch can take
     * the array and count it started with as its snapshot. An array rather than a list: a view is built per
     * row or item, and every list is two more objects to build.
     */
    private Delegation[] delegations;
    private int delegationCount;
    /**
     * The one DOM listener this view keeps on {@link #el} per native event type, linked through
     * {@link Dispatcher#next}: a view listens to one or two types.
     */
    private Dispatcher dispatchers;

    private List<View<?>> children;
    private View<?> parent;

    /** Creates a view of no model with a new element from its own {@link #tagName()} and friends. */
    public View() {
        this(null, null, null);
    }

    /**
     * Creates a view of no model, with its element as the options say.
     *
     * @param options the options, or null for none
     */
    public View(ViewOptions options) {
        this(null, null, options);
    }

    /**
     * Creates a view of one model, Backbone's {@code new View({model: todo, ...})}.
     *
     * @param model the model, read back with {@link #model()}
     * @param options the options, or null for none
     */
    public View(M model, ViewOptions options) {
        this(model, null, options);
    }

    /**
     * Creates a view of a collection, Backbone's {@code new View({collection: todos, ...})}.
     *
     * @param collection the collection, read back with {@link #collection()}
     * @param options the options, or null for none
     */
    public View(Collection<M> collection, ViewOptions options) {
        this(null, collection, options);
    }

    /**
     * Creates a view of a model and a collection, then gives it its element (the one named by the options, or
     * a new one) and delegates its events there.
     *
     * @param model the model, or null
     * @param collection the collection, or null
     * @param options the options, or null for none
     */
    public View(M model, Collection<M> collection, ViewOptions options) {
        ViewOptions opts = options == null ? new ViewOptions() : options;
        cidNumber = nextCid++;
        this.model = model;
        this.collection = collection;
        optionEvents = opts.events();
        ensureElement(opts);
    }

    // What subclasses declare

    /** The tag of the element this view creates when given none: {@code "div"} unless overridden. */
    protected String tagName() {
        return "div";
    }

    /** The {@code class} attribute of the created element, or null (the default) for none. */
    protected String className() {
        return null;
    }

    /** The {@code id} attribute of the created element, or null (the default) for none. */
    protected String id() {
        return null;
    }

    /**
     * Further attributes of the created element, set safely (see {@link Html#attr}); {@link #id()} and
     * {@link #className()} win over an {@code "id"} or {@code "class"} here. Null (the default) for none.
     */
    protected Map<String, ?> attributes() {
        return null;
    }

    /**
     * The declarative events map, delegated whenever the view gets an element; see {@link DomEvents}. Null
     * (the default) for none.
     */
    protected DomEvents events() {
        return null;
    }

    /**
     * Makes the element a view creates when it is given none; override to build it differently.
     *
     * @param tagName the tag from {@link #tagName()} or the options
     * @return a new, detached element
     */
    protected HTMLElement createElement(String tagName) {
        return HTMLDocument.current().createElement(tagName);
    }

    // Reading

    /** The view's unique client id, such as {@code "view12"}. */
    public String cid() {
        // Few views are ever asked: a table of rows would otherwise print a name per row for nothing.
        if (cid == null) {
            cid = Values.concat("view", cidNumber);
        }
        return cid;
    }

    /** The view's element; null only when it was attached by a selector that matched nothing. */
    public HTMLElement el() {
        return el;
    }

    /**
     * The model the view was built with.
     *
     * @return the model, or null
     */
    public M model() {
        return model;
    }

    /**
     * The collection the view was built with.
     *
     * @return the collection, or null
     */
    public Collection<M> collection() {
        return collection;
    }

    /**
     * The first element under {@link #el()} that the CSS selector selects: Backbone's {@code view.$},
     * scoped to this view so it never reaches into another view's markup. As with
     * {@code querySelector}, the selector itself is matched against the whole document.
     *
     * @param selector a CSS selector
     * @return the element, or null when there is none
     */
    public HTMLElement $(String selector) {
        return el == null ? null : el.querySelector(selector);
    }

    /**
     * Every element under {@link #el()} that the CSS selector selects, in document order.
     *
     * @param selector a CSS selector
     * @return a new list, empty when there is none
     */
    public List<HTMLElement> $$(String selector) {
        List<HTMLElement> found = new ArrayList<>();
        if (el != null) {
            NodeList<? extends HTMLElement> nodes = el.querySelectorAll(selector);
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add(nodes.item(i));
            }
        }
        return found;
    }

    /**
     * The first {@code <input>} under {@link #el()} that the CSS selector selects.
     *
     * @param selector a CSS selector, such as {@code ".new-todo"}
     * @return the input, or null when nothing matches
     * @throws ClassCastException when the first match is another kind of element
     */
    public HTMLInputElement $input(String selector) {
        return (HTMLInputElement) $(selector, "input");
    }

    /**
     * The first {@code <select>} under {@link #el()} that the CSS selector selects.
     *
     * @param selector a CSS selector
     * @return the select, or null when nothing matches
     * @throws ClassCastException when the first match is another kind of element
     */
    public HTMLSelectElement $select(String selector) {
        return (HTMLSelectElement) $(selector, "select");
    }

    /**
     * The first {@code <textarea>} under {@link #el()} that the CSS selector selects.
     *
     * @param selector a CSS selector
     * @return the text area, or null when nothing matches
     * @throws ClassCastException when the first match is another kind of element
     */
    public HTMLTextAreaElement $textArea(String selector) {
        return (HTMLTextAreaElement) $(selector, "textarea");
    }

    /**
     * The first {@code <button>} under {@link #el()} that the CSS selector selects.
     *
     * @param selector a CSS selector
     * @return the button, or null when nothing matches
     * @throws ClassCastException when the first match is another kind of element
     */
    public HTMLButtonElement $button(String selector) {
        return (HTMLButtonElement) $(selector, "button");
    }

    /**
     * {@link #$(String)}, checked against a tag: in the browser a cast between DOM types checks nothing, so
     * a wrong element would only fail later, far from here, on a property it lacks.
     */
    private HTMLElement $(String selector, String localName) {
        HTMLElement found = $(selector);
        if (found != null && !localName.equals(found.getLocalName())) {
            throw new ClassCastException("\"" + selector + "\" selects a <" + found.getLocalName() + ">, not a <"
                    + localName + ">");
        }
        return found;
    }

    // Life cycle

    /**
     * Draws the view into its element. Override it; the convention, kept by this default that draws
     * nothing, is to return the view so that {@code parent.appendChild(view.render().el())} reads well.
     *
     * @return this view
     */
    public View<M> render() {
        return this;
    }

    /**
     * Removes the view: its child views first, then its element from the page, its delegated DOM listeners,
     * and every binding it made with {@link #listenTo}. Its parent, if any, forgets it.
     *
     * @return this view
     */
    public View<M> remove() {
        removeChildren();
        if (parent != null) {
            parent.children.remove(this);
            parent = null;
        }
        undelegateEvents();
        removeElement();
        stopListening();
        return this;
    }

    /** Takes the element out of the document; override when something else manages the element's place. */
    protected void removeElement() {
        if (el != null && el.getParentNode() != null) {
            el.getParentNode().removeChild(el);
        }
    }

    /**
     * Moves the view to another element: its delegated events leave the old element and are bound again on
     * the new one.
     *
     * @param element the new element, or null for none
     * @return this view
     */
    public View<M> setElement(HTMLElement element) {
        undelegateEvents();
        el = element;
        delegateEvents();
        return this;
    }

    // Child views

    /**
     * Makes {@code child} a child of this view, so that removing this view, or calling
     * {@link #removeChildren()}, removes it too. A child of another view moves here. Where its element goes
     * in the page stays up to you.
     *
     * @param child the child view
     * @param <V> the child's class
     * @return the child, for chaining such as {@code addChild(new ItemView(item)).render().el()}
     */
    public <V extends View<?>> V addChild(V child) {
        if (child == null) {
            throw new IllegalArgumentException("child == null");
        }
        if (child == this) {
            throw new IllegalArgumentException("a view cannot be its own child");
        }
        View<?> view = child;
        if (view.parent != null) {
            view.parent.children.remove(view);
        }
        view.parent = this;
        if (children == null) {
            children = new ArrayList<>();
        }
        children.add(view);
        return child;
    }

    /** The child views added with {@link #addChild} and not yet removed, read-only, in the order added. */
    public List<View<?>> children() {
        return children == null ? Collections.emptyList() : Collections.unmodifiableList(children);
    }

    /**
     * Removes every child view (each with {@link #remove()}, so their own children and listeners go too):
     * what a parent calls first when it renders again.
     *
     * @return this view
     */
    public View<M> removeChildren() {
        if (children != null) {
            // Detach the list first: each child then has no parent's list to search and shift on its way
            // out, which made emptying a view of n children cost n * n.
            List<View<?>> removing = children;
            children = null;
            for (int i = 0; i < removing.size(); i++) {
                View<?> child = removing.get(i);
                child.parent = null;
                child.remove();
            }
        }
        return this;
    }

    // Delegated DOM events

    /**
     * Delegates the events of {@link #events()} (or of the options' events map) on the element, after
     * removing what this view delegated before.
     *
     * @return this view
     */
    public View<M> delegateEvents() {
        return delegateEvents(null);
    }

    /**
     * Delegates the given events on the element, after removing what this view delegated before.
     *
     * @param events the events to delegate; null for the view's own ({@link #events()}, or the options')
     * @return this view
     */
    public View<M> delegateEvents(DomEvents events) {
        DomEvents map = events;
        if (map == null) {
            map = optionEvents != null ? optionEvents : events();
        }
        if (map == null) {
            return this;
        }
        undelegateEvents();
        if (el == null) {
            return this;
        }
        if (map.size() > 0) {
            delegations = new Delegation[map.size()];
        }
        for (int i = 0; i < map.size(); i++) {
            if (map.handler(i) != null) {
                delegate(map.eventName(i), map.selector(i), map.handler(i));
            }
        }
        return this;
    }

    /**
     * Delegates one event: {@code handler} runs for events of that name on elements under {@link #el()}
     * that {@code selector} matches (or that sit inside such an element), or on the element itself when the
     * selector is null. With an untyped lambda it receives an {@code Event} and an {@code HTMLElement}; a
     * lambda that declares its types, {@code (MouseEvent event, HTMLButtonElement button) -> ...}, receives
     * those.
     *
     * @param eventName one event name, such as {@code "click"}, or several separated by spaces
     * @param selector a CSS selector, or null for the view's element
     * @param handler the handler
     * @param <V> the event's type
     * @param <E> the matched element's type
     * @return this view
     */
    public <V extends Event, E extends HTMLElement> View<M> delegate(String eventName, String selector,
            DomHandler<V, E> handler) {
        if (el == null || handler == null) {
            return this;
        }
        if (isSingleName(eventName)) {
            addDelegation(eventName, selector, handler);
        } else {
            for (String name : splitNames(eventName)) {
                addDelegation(name, selector, handler);
            }
        }
        return this;
    }

    private void addDelegation(String name, String selector, DomHandler<?, ?> handler) {
        Delegation delegation = new Delegation(name, selector, handler);
        if (delegations == null) {
            delegations = new Delegation[2];
        } else if (delegationCount == delegations.length) {
            Delegation[] grown = new Delegation[delegationCount * 2];
            System.arraycopy(delegations, 0, grown, 0, delegationCount);
            delegations = grown;
        }
        delegations[delegationCount++] = delegation;
        if (!hasDispatcher(delegation.type)) {
            Dispatcher dispatcher = new Dispatcher(delegation.type, dispatchers);
            dispatchers = dispatcher;
            el.addEventListener(delegation.type, dispatcher);
        }
    }

    /** Whether this view has a DOM listener for a native event type on its element. */
    private boolean hasDispatcher(String type) {
        for (Dispatcher dispatcher = dispatchers; dispatcher != null; dispatcher = dispatcher.next) {
            if (dispatcher.type.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Delegates one event on the view's element itself: {@code delegate(eventName, null, handler)}.
     *
     * @param eventName the event name
     * @param handler the handler
     * @param <V> the event's type
     * @param <E> the element's type
     * @return this view
     */
    public <V extends Event, E extends HTMLElement> View<M> delegate(String eventName, DomHandler<V, E> handler) {
        return delegate(eventName, null, handler);
    }

    /**
     * Removes this view's delegated handlers for an event name, narrowed to one selector and one handler
     * when those are given.
     *
     * @param eventName the event name as it was delegated, or null for every name
     * @param selector the selector, or null for any (including none)
     * @param handler the handler, or null for any
     * @return this view
     */
    public View<M> undelegate(String eventName, String selector, DomHandler<?, ?> handler) {
        if (eventName == null && selector == null && handler == null) {
            return undelegateEvents();
        }
        if (delegations == null) {
            return this;
        }
        List<String> names = splitNames(eventName);
        Delegation[] kept = new Delegation[delegations.length];
        int keptCount = 0;
        for (int i = 0; i < delegationCount; i++) {
            Delegation delegation = delegations[i];
            boolean hit = (eventName == null || names.contains(delegation.name))
                    && (selector == null || selector.equals(delegation.selector))
                    && (handler == null || handler == delegation.handler);
            if (hit) {
                delegation.removed = true;
            } else {
                kept[keptCount++] = delegation;
            }
        }
        delegations = kept;
        delegationCount = keptCount;
        // Take the DOM listener off for each event type nobody here listens to any more.
        Dispatcher first = null;
        Dispatcher last = null;
        Dispatcher dispatcher = dispatchers;
        while (dispatcher != null) {
            Dispatcher following = dispatcher.next;
            boolean used = false;
            for (int i = 0; i < keptCount; i++) {
                used |= kept[i].type.equals(dispatcher.type);
            }
            if (used) {
                dispatcher.next = null;
                if (last == null) {
                    first = dispatcher;
                } else {
                    last.next = dispatcher;
                }
                last = dispatcher;
            } else if (el != null) {
                el.removeEventListener(dispatcher.type, dispatcher);
            }
            dispatcher = following;
        }
        dispatchers = first;
        return this;
    }

    /**
     * Removes this view's delegated handlers for an event name, whatever their selector and handler.
     *
     * @param eventName the event name as it was delegated
     * @return this view
     */
    public View<M> undelegate(String eventName) {
        return undelegate(eventName, null, null);
    }

    /**
     * Removes every listener this view delegated on its element, and only those: other views on the same
     * element keep theirs.
     *
     * @return this view
     */
    public View<M> undelegateEvents() {
        // Everything goes, as when the view is removed: nothing to filter, nothing to keep. Apart from
        // undelegate(), so that apps that never undelegate one event do not carry the filtering code.
        if (delegations == null) {
            return this;
        }
        for (int i = 0; i < delegationCount; i++) {
            delegations[i].removed = true;
        }
        if (el != null) {
            for (Dispatcher dispatcher = dispatchers; dispatcher != null; dispatcher = dispatcher.next) {
                el.removeEventListener(dispatcher.type, dispatcher);
            }
        }
        delegations = null;
        delegationCount = 0;
        dispatchers = null;
        return this;
    }

    // Internals

    /** Backbone's {@code _ensureElement}: take the element the options name, or build one. */
    private void ensureElement(ViewOptions opts) {
        if (opts.element() != null) {
            setElement(opts.element());
            return;
        }
        if (opts.selector() != null) {
            setElement(HTMLDocument.current().querySelector(opts.selector()));
            return;
        }
        Map<String, ?> declared = opts.attributes() != null ? opts.attributes() : attributes();
        String idValue = opts.id() != null ? opts.id() : id();
        String classValue = opts.className() != null ? opts.className() : className();
        setElement(createElement(opts.tagName() != null ? opts.tagName() : tagName()));
        // Most views (a row, an item) have no attributes at all: no map for them.
        if (declared == null && idValue == null && classValue == null) {
            return;
        }
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (declared != null) {
            attrs.putAll(declared);
        }
        if (idValue != null) {
            attrs.put("id", idValue);
        }
        if (classValue != null) {
            attrs.put("class", classValue);
        }
        for (Map.Entry<String, Object> entry : attrs.entrySet()) {
            Html.setAttribute(el, entry.getKey(), entry.getValue());
        }
    }

    /**
     * Runs the handlers of one native event type, jQuery's way: first find, from the event's target up to
     * (not including) the element, the nearest match of each selector; then call those deepest first, then
     * the handlers without selector. Handlers removed meanwhile are skipped.
     */
    private void dispatch(String type, Event event) {
        HTMLElement root = el;
        // The handlers bound when the event came: the array only grows in place (undelegating replaces it),
        // so its first entries are a snapshot without a copy.
        Delegation[] bound = delegations;
        int count = delegationCount;
        if (root == null || bound == null) {
            return;
        }
        List<Match> queue = null;
        Node node = (Node) event.getTarget();
        while (node != null && node != root) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                for (int i = 0; i < count; i++) {
                    Delegation delegation = bound[i];
                    if (delegation.selector != null && delegation.type.equals(type) && !queued(queue, delegation)
                            && Browser.matches((Element) node, delegation.selector)
                            && delegation.crosses(event, node)) {
                        if (queue == null) {
                            queue = new ArrayList<>(2);
                        }
                        queue.add(new Match(delegation, (HTMLElement) node));
                    }
                }
            }
            node = node.getParentNode();
        }
        if (node != null && queue != null) {
            // The target is still inside the element; one removed by an earlier listener matches nothing.
            for (Match match : queue) {
                if (!match.delegation.removed) {
                    match.delegation.handler.handle(event, match.element);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            Delegation delegation = bound[i];
            if (delegation.selector == null && delegation.type.equals(type) && !delegation.removed) {
                delegation.handler.handle(event, root);
            }
        }
    }

    private static boolean queued(List<Match> queue, Delegation delegation) {
        if (queue == null) {
            return false;
        }
        for (Match match : queue) {
            if (match.delegation == delegation) {
                return true;
            }
        }
        return false;
    }

    /** A delegated handler paired with the element its selector matched for the event being dispatched. */
    private static final class Match {
        final Delegation delegation;
        final HTMLElement element;

        Match(Delegation delegation, HTMLElement element) {
            this.delegation = delegation;
            this.element = element;
        }
    }

    /** The DOM listener for one event type on the element; it hands every event to {@link #dispatch}. */
    private final class Dispatcher implements EventListener<Event> {
        private final String type;
        /** The view's next dispatcher, for another event type. */
        private Dispatcher next;

        Dispatcher(String type, Dispatcher next) {
            this.type = type;
            this.next = next;
        }

        @Override
        public void handleEvent(Event event) {
            dispatch(type, event);
        }
    }

    /** One delegated handler: the name it was given, the native type it listens to, selector, handler. */
    private static final class Delegation {
        final String name;
        final String type;
        final String selector;
        /**
         * The handler, called with any event and element: its declared types are the user's promise, and a
         * cast between DOM types checks nothing in the browser anyway.
         */
        final DomHandler<Event, HTMLElement> handler;
        boolean removed;

        @SuppressWarnings("unchecked")
        Delegation(String name, String selector, DomHandler<?, ?> handler) {
            this.name = name;
            this.selector = selector;
            this.handler = (DomHandler<Event, HTMLElement>) handler;
            this.type = selector == null ? name : bubblingType(name);
        }

        /** Events that do not bubble are delegated through the bubbling twin jQuery also uses. */
        private static String bubblingType(String name) {
            switch (name) {
                case "focus": return "focusin";
                case "blur": return "focusout";
                case "mouseenter": return "mouseover";
                case "mouseleave": return "mouseout";
                default: return name;
            }
        }

        /**
         * For mouseenter and mouseleave: whether the pointer really crossed the matched element's border,
         * that is, came from (or went to) a node outside it.
         */
        boolean crosses(Event event, Node matched) {
            if (!"mouseenter".equals(name) && !"mouseleave".equals(name)) {
                return true;
            }
            Node related = (Node) ((MouseEvent) event).getRelatedTarget();
            while (related != null) {
                if (related == matched) {
                    return false;
                }
                related = related.getParentNode();
            }
            return true;
        }
    }
}
