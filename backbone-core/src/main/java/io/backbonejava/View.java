package io.backbonejava;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
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
 * <pre>{@code
 * public class TodoView extends View {
 *     private static final Template ITEM = Template.of(
 *             "<input class=\"toggle\" type=\"checkbox\" checked=\"{{completed}}\"><label>{{title}}</label>"
 *             + "<button class=\"destroy\"></button>");
 *
 *     public TodoView(Todo todo) {
 *         super(new ViewOptions().model(todo).tagName("li"));
 *         listenTo(todo, "change", e -> render());
 *         listenTo(todo, "destroy", e -> remove());
 *     }
 *
 *     protected Map<String, DomListener> events() {
 *         return Map.of(
 *                 "click .toggle", (event, input) -> this.<Todo>model().toggle(),
 *                 "dblclick label", (event, label) -> el().getClassList().add("editing"),
 *                 "click .destroy", (event, button) -> this.<Todo>model().collection().remove(model()));
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
 * moves it to another one later.
 *
 * <p><b>Events.</b> Keys of {@link #events()} read {@code "event selector"}: {@code "click .toggle"},
 * {@code "dblclick label"}, {@code "keydown .edit"}; a key without selector, such as {@code "keypress"},
 * listens on the view's element itself. Events are delegated: one listener per event type sits on
 * {@link #el()} and runs the handler whose selector matches the event's target or the nearest ancestor of
 * it inside {@code el()} (so a click on an icon inside a {@code .toggle} button counts), deepest matches
 * first, then the handlers without selector. {@code focus} and {@code blur} do not bubble, so with a
 * selector they listen to {@code focusin} and {@code focusout}; {@code mouseenter} and {@code mouseleave}
 * likewise ride on {@code mouseover} and {@code mouseout}. Each view removes only its own listeners, so
 * several views can share an element, and delegating again never binds twice.
 *
 * <p><b>Child views.</b> A view that builds other views should own them with {@link #addChild}, which
 * returns the child for chaining. {@link #remove()} removes the children first, and {@link #removeChildren()}
 * drops the old ones when the parent renders again; a child that removes itself leaves its parent's list.
 *
 * <pre>{@code
 * public TodoListView render() {
 *     removeChildren();                        // the previous render's item views, and their listeners
 *     el().clear().appendChild(LAYOUT.render(Attributes.of("count", todos.size())));
 *     HTMLElement list = $(".todo-list");
 *     for (Todo todo : todos) {
 *         list.appendChild(addChild(new TodoView(todo)).render().el());
 *     }
 *     return this;
 * }
 * }</pre>
 *
 * <p>Rendering user data goes through {@link Template} or {@link Html}, which escape by default.
 */
public class View extends Events {
    private static int nextCid = 1;
    private static final int MAX_PARSED_KEYS = 512;
    private static final Map<String, String[]> PARSED_KEYS = new HashMap<>();

    /** The number in {@link #cid()}, taken when the view is built; the string is made on first demand. */
    private final int cidNumber;
    private String cid;
    private final Model model;
    private final Collection<?> collection;
    private final Map<String, DomListener> optionEvents;
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

    private List<View> children;
    private View parent;

    /** Creates a view with a new element from its own {@link #tagName()} and friends. */
    public View() {
        this(null);
    }

    /**
     * Creates a view from options, then gives it its element (the one named by the options, or a new one)
     * and delegates its events there.
     *
     * @param options the options, or null for none
     */
    public View(ViewOptions options) {
        ViewOptions opts = options == null ? new ViewOptions() : options;
        cidNumber = nextCid++;
        model = opts.model();
        collection = opts.collection();
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
     * The declarative events map: {@code "event selector"} keys to listeners, delegated whenever the view
     * gets an element. Null (the default) for none. A null listener is skipped.
     */
    protected Map<String, DomListener> events() {
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
     * The model given in the options.
     *
     * @param <M> the model's class, as the caller expects it
     * @return the model, or null
     */
    @SuppressWarnings("unchecked")
    public <M extends Model> M model() {
        return (M) model;
    }

    /**
     * The collection given in the options.
     *
     * @param <C> the collection's type, as the caller expects it
     * @return the collection, or null
     */
    @SuppressWarnings("unchecked")
    public <C extends Collection<?>> C collection() {
        return (C) collection;
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

    // Life cycle

    /**
     * Draws the view into its element. Override it; the convention, kept by this default that draws
     * nothing, is to return the view so that {@code parent.appendChild(view.render().el())} reads well.
     *
     * @return this view
     */
    public View render() {
        return this;
    }

    /**
     * Removes the view: its child views first, then its element from the page, its delegated DOM listeners,
     * and every binding it made with {@link #listenTo}. Its parent, if any, forgets it.
     *
     * @return this view
     */
    public View remove() {
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
    public View setElement(HTMLElement element) {
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
    public <V extends View> V addChild(V child) {
        if (child == null) {
            throw new IllegalArgumentException("child == null");
        }
        if (child == this) {
            throw new IllegalArgumentException("a view cannot be its own child");
        }
        View view = child;
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
    public List<View> children() {
        return children == null ? Collections.emptyList() : Collections.unmodifiableList(children);
    }

    /**
     * Removes every child view (each with {@link #remove()}, so their own children and listeners go too):
     * what a parent calls first when it renders again.
     *
     * @return this view
     */
    public View removeChildren() {
        if (children != null) {
            // Detach the list first: each child then has no parent's list to search and shift on its way
            // out, which made emptying a view of n children cost n * n.
            List<View> removing = children;
            children = null;
            for (int i = 0; i < removing.size(); i++) {
                View child = removing.get(i);
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
    public View delegateEvents() {
        return delegateEvents(null);
    }

    /**
     * Delegates the given events map on the element, after removing what this view delegated before.
     *
     * @param events {@code "event selector"} keys to listeners; null for the view's own map
     * @return this view
     */
    public View delegateEvents(Map<String, ? extends DomListener> events) {
        Map<String, ? extends DomListener> map = events;
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
        if (!map.isEmpty()) {
            delegations = new Delegation[map.size()];
        }
        for (Map.Entry<String, ? extends DomListener> entry : map.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            String[] parsed = parseKey(entry.getKey());
            delegate(parsed[0], parsed[1], entry.getValue());
        }
        return this;
    }

    /**
     * An events-map key split into its event names and its selector (null when there is none). The keys of
     * a view class's map are the same strings for every instance, so each is split once and remembered.
     */
    private static String[] parseKey(String key) {
        String[] parsed = PARSED_KEYS.get(key);
        if (parsed == null) {
            String trimmed = key.trim();
            int space = 0;
            while (space < trimmed.length() && trimmed.charAt(space) > ' ') {
                space++;
            }
            String selector = trimmed.substring(space).trim();
            parsed = new String[] {trimmed.substring(0, space), selector.isEmpty() ? null : selector};
            // Keys built on the fly (a selector with an id in it, say) would grow the cache without end.
            if (PARSED_KEYS.size() < MAX_PARSED_KEYS) {
                PARSED_KEYS.put(key, parsed);
            }
        }
        return parsed;
    }

    /**
     * Delegates one event: {@code listener} runs for events of that name on elements under {@link #el()}
     * that {@code selector} matches (or that sit inside such an element), or on the element itself when the
     * selector is null.
     *
     * @param eventName one event name, such as {@code "click"}, or several separated by spaces
     * @param selector a CSS selector, or null for the view's element
     * @param listener the listener
     * @return this view
     */
    public View delegate(String eventName, String selector, DomListener listener) {
        if (el == null || listener == null) {
            return this;
        }
        if (isSingleName(eventName)) {
            addDelegation(eventName, selector, listener);
        } else {
            for (String name : splitNames(eventName)) {
                addDelegation(name, selector, listener);
            }
        }
        return this;
    }

    private void addDelegation(String name, String selector, DomListener listener) {
        Delegation delegation = new Delegation(name, selector, listener);
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
     * Delegates one event on the view's element itself: {@code delegate(eventName, null, listener)}.
     *
     * @param eventName the event name
     * @param listener the listener
     * @return this view
     */
    public View delegate(String eventName, DomListener listener) {
        return delegate(eventName, null, listener);
    }

    /**
     * Removes this view's delegated listeners for an event name, narrowed to one selector and one listener
     * when those are given.
     *
     * @param eventName the event name as it was delegated, or null for every name
     * @param selector the selector, or null for any (including none)
     * @param listener the listener, or null for any
     * @return this view
     */
    public View undelegate(String eventName, String selector, DomListener listener) {
        if (eventName == null && selector == null && listener == null) {
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
                    && (listener == null || listener == delegation.listener);
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
     * Removes this view's delegated listeners for an event name, whatever their selector and listener.
     *
     * @param eventName the event name as it was delegated
     * @return this view
     */
    public View undelegate(String eventName) {
        return undelegate(eventName, null, null);
    }

    /**
     * Removes every listener this view delegated on its element, and only those: other views on the same
     * element keep theirs.
     *
     * @return this view
     */
    public View undelegateEvents() {
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
                    match.delegation.listener.handle(event, match.element);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            Delegation delegation = bound[i];
            if (delegation.selector == null && delegation.type.equals(type) && !delegation.removed) {
                delegation.listener.handle(event, root);
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

    /** One delegated handler: the name it was given, the native type it listens to, selector, listener. */
    private static final class Delegation {
        final String name;
        final String type;
        final String selector;
        final DomListener listener;
        boolean removed;

        Delegation(String name, String selector, DomListener listener) {
            this.name = name;
            this.selector = selector;
            this.listener = listener;
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
