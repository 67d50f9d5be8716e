package io.backbonejava;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.DocumentFragment;
import org.teavm.jso.dom.xml.Node;

/**
 * A view that shows a collection as a list: one child view per model, made by a factory, kept in the
 * collection's order as models are added, removed, sorted, reset or merged by {@code set}. Backbone leaves
 * this to each app (or to Marionette); here the list is keyed by model, so each change costs the fewest DOM
 * operations it can: adding a model inserts one element, removing one removes one, a swap moves two, a
 * sort moves only the elements that left their order, and a reset or a bulk add builds the new elements
 * off the page and inserts them at once. A child view that stays keeps its element and its state (an edit in
 * progress, the focus, a selection).
 *
 * <p>It is typed by both the model and the child view, so nothing needs a cast:
 *
 * <pre>{@code
 * CollectionView<Todo, TodoView> list =
 *         new CollectionView<>(todos, TodoView::new, new ViewOptions().el(".todo-list"));
 * list.filter(todo -> !todo.isCompleted(), Todo.COMPLETED)   // "active": re-checked when completed changes
 *     .render();
 * list.onChild("edit", (TodoView item, EventArgs e) -> focus(item));
 * }</pre>
 *
 * <p>Nothing is drawn until {@link #render()}; from then on the collection's events keep the list up to
 * date. The children's elements go into {@link #childContainer()}, the view's own element unless a
 * subclass says otherwise (a table view puts its rows into its {@code tbody}), after whatever else the
 * container holds. {@link #filter} hides the children whose model it refuses, without removing their views,
 * and is asked again about a model when one of the attributes it names changes; {@link #emptyView} shows a
 * view of its own while no child is shown. {@link #onChild} hears the children's events on this view.
 *
 * <p>Removing a model removes its child view with every listener it holds; {@link #remove()} and a reset do
 * the same for all of them.
 *
 * @param <M> the class of the collection's models
 * @param <V> the class of the child views
 */
public class CollectionView<M extends Model, V extends View<M>> extends View<M> {
    private final Function<? super M, ? extends V> factory;
    /** The child of each model that has one, shown or filtered out. */
    private Map<M, KeyedOrder.Child<V>> views = new HashMap<>();
    /** The same views, as a list to walk. */
    private List<V> made = new ArrayList<>();
    /** The children whose elements are in the container, in the container's order; each knows its index here. */
    private List<KeyedOrder.Child<V>> shown = new ArrayList<>();
    private Predicate<? super M> filter;
    /** Hears the collection's changes of the attributes the filter reads. */
    private Listener recheck;
    private Supplier<? extends View<?>> emptyFactory;
    private View<?> empty;
    private List<ChildBinding<V>> childBindings;
    /** Passes a child's events on to {@link #childBindings}; bound to every child while there are some. */
    private Listener relay;
    private boolean rendered;
    /** Models were added and get their views at the {@code "update"} that ends the call. */
    private boolean pending;

    /**
     * Creates a collection view and starts following the collection; call {@link #render()} to draw it.
     *
     * @param collection the collection whose models get a child view each
     * @param factory makes the child view of a model; it need not render it
     * @param options the options of this view's own element, or null for a new {@code div}
     */
    public CollectionView(Collection<M> collection, Function<? super M, ? extends V> factory, ViewOptions options) {
        super(null, checked(collection), options);
        if (factory == null) {
            throw new IllegalArgumentException("factory == null");
        }
        this.factory = factory;
        listenTo(collection, "add remove update sort reset", this::collectionChanged);
    }

    private static <M extends Model> Collection<M> checked(Collection<M> collection) {
        if (collection == null) {
            throw new IllegalArgumentException("collection == null");
        }
        return collection;
    }

    /**
     * The element the children's elements go into: this view's element unless overridden, for instance with
     * {@code $("tbody")} in a view of a whole table. The children are kept after whatever else it holds.
     *
     * @return the container
     */
    protected HTMLElement childContainer() {
        return el();
    }

    /**
     * Draws the list from scratch: the old child views are removed with their listeners, and a child view is
     * made and rendered for each model the filter accepts; their elements go into the container at once.
     *
     * @return this view
     */
    @Override
    public CollectionView<M, V> render() {
        rendered = true;
        rebuild();
        return this;
    }

    /**
     * Shows only the children whose model {@code accepts}, and asks it again about a model whenever one of the
     * attributes named changes (on any model of the collection). The children refused keep their views,
     * off the page; a child that becomes accepted or refused is inserted or taken out alone.
     *
     * @param accepts whether to show a model's child view; null shows every one
     * @param dependsOn the attributes the answer depends on
     * @return this view
     */
    public CollectionView<M, V> filter(Predicate<? super M> accepts, Attribute<?>... dependsOn) {
        if (recheck == null) {
            recheck = this::recheck;
        } else {
            stopListening(collection(), null, recheck);
        }
        filter = accepts;
        for (Attribute<?> attr : dependsOn) {
            listenTo(collection(), Values.concat("change:", attr.name()), recheck);
        }
        if (rendered) {
            arrange();
        }
        return this;
    }

    /**
     * Shows a view of its own while no child is shown (the collection is empty, or the filter accepts
     * nothing): made by {@code factory} and rendered when needed, removed when a child comes.
     *
     * @param factory makes the empty view; null for none
     * @return this view
     */
    public CollectionView<M, V> emptyView(Supplier<? extends View<?>> factory) {
        emptyFactory = factory;
        if (empty != null) {
            empty.remove();
            empty = null;
        }
        if (rendered) {
            arrange();
        }
        return this;
    }

    /**
     * The child view of a model.
     *
     * @param model a model of the collection
     * @return its child view, or null when it has none (not rendered yet, or never accepted by the filter)
     */
    public V childView(M model) {
        KeyedOrder.Child<V> child = views.get(model);
        return child == null ? null : child.view;
    }

    /**
     * The child views shown, in the order of their elements in the container (the collection's order).
     *
     * @return a read-only copy, taken at the call: later changes do not show in it
     */
    public List<V> childViews() {
        List<V> list = new ArrayList<>(shown.size());
        for (KeyedOrder.Child<V> child : shown) {
            list.add(child.view);
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Hears events of the child views on this view, with the child that triggered them, Marionette's
     * {@code childview:} events in typed form: {@code onChild("select", (row, e) -> choose(row.model()))}.
     * The listener hears children made later too; removing this view ends it.
     *
     * @param names one or more space-separated event names, or {@code "all"}
     * @param listener called with the child and the event
     * @return a handle that stops the listener
     */
    public Subscription onChild(String names, ChildListener<? super V> listener) {
        if (names == null || listener == null) {
            throw new IllegalArgumentException(names == null ? "names == null" : "listener == null");
        }
        ChildBinding<V> binding = new ChildBinding<>(splitNames(names), listener);
        if (childBindings == null) {
            childBindings = new ArrayList<>();
            relay = this::relay;
            for (V child : made) {
                child.on("all", relay);
            }
        }
        childBindings.add(binding);
        return () -> {
            if (childBindings != null && childBindings.remove(binding) && childBindings.isEmpty()) {
                for (V child : made) {
                    child.off("all", relay);
                }
                childBindings = null;
            }
        };
    }

    /** Removes every child view with its listeners, then this view as {@link View#remove()} does. */
    @Override
    public CollectionView<M, V> remove() {
        dropAll();
        showEmpty(false);
        rendered = false;
        super.remove();
        return this;
    }

    // Keeping the container in step

    /**
     * The collection's events, in one listener. "add" only notes the change: the "update" (or "sort") that
     * ends the same call places every new model at once, so that a bulk add inserts one fragment rather than
     * an element per model. A removed model's child goes at once.
     */
    @SuppressWarnings("unchecked")
    private void collectionChanged(EventArgs event) {
        String name = event.name();
        if (!rendered) {
            return;
        } else if ("add".equals(name)) {
            pending = true;
        } else if ("remove".equals(name)) {
            removed((M) event.arg(0));
        } else if ("reset".equals(name)) {
            rebuild();
        } else if (pending || "sort".equals(name)) {
            arrange();
        }
    }

    /** A reset (or a render): every old child goes, and the list is drawn again. */
    private void rebuild() {
        dropAll();
        arrange();
    }

    /**
     * Makes the container show exactly the child views of the models the filter accepts, in the collection's
     * order, with the fewest DOM operations: the children that keep their relative order stay where they are
     * (the longest increasing run of their old positions, see {@link KeyedOrder}), and only the others move;
     * views new to the page are inserted in runs, each run as one fragment.
     */
    private void arrange() {
        pending = false;
        HTMLElement box = childContainer();
        List<M> models = collection().models();
        List<KeyedOrder.Child<V>> target = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            M model = models.get(i);
            if (filter == null || filter.test(model)) {
                target.add(childOf(model));
            }
        }
        if (!target.isEmpty()) {
            showEmpty(false);
        }
        // The common cases, a first render and models appended at the end, keep every shown child in place.
        int same = 0;
        while (same < shown.size() && same < target.size() && shown.get(same) == target.get(same)) {
            same++;
        }
        if (same == shown.size()) {
            if (same < target.size()) {
                insert(box, target, same, target.size(), null);
            }
        } else {
            // Step 1: each shown child's old position; the ones not claimed are no longer shown.
            int[] was = KeyedOrder.claim(target);
            for (KeyedOrder.Child<V> child : shown) {
                if (child.position != KeyedOrder.CLAIMED) {
                    child.position = KeyedOrder.HIDDEN;
                    box.removeChild(child.view.el());
                }
            }
            // Step 2: from the end, each run of children out of place goes before the first one after it
            // that stayed (or was just placed), so that every reference element is already where it belongs.
            boolean[] stays = KeyedOrder.stable(was);
            Node next = null;
            int i = was.length - 1;
            while (i >= 0) {
                if (stays[i]) {
                    next = target.get(i).view.el();
                    i--;
                } else {
                    int first = i;
                    while (first > 0 && !stays[first - 1]) {
                        first--;
                    }
                    insert(box, target, first, i + 1, next);
                    next = target.get(first).view.el();
                    i = first - 1;
                }
            }
        }
        KeyedOrder.number(target);
        shown = target;
        if (target.isEmpty()) {
            showEmpty(true);
        }
    }

    /** Puts the elements of {@code children[from, to)} before {@code next}: one insertion, through a fragment. */
    private static void insert(HTMLElement box, List<? extends KeyedOrder.Child<? extends View<?>>> children,
            int from, int to, Node next) {
        if (to - from == 1) {
            box.insertBefore(children.get(from).view.el(), next);
            return;
        }
        DocumentFragment fragment = HTMLDocument.current().createDocumentFragment();
        for (int i = from; i < to; i++) {
            fragment.appendChild(children.get(i).view.el());
        }
        box.insertBefore(fragment, next);
    }

    /** The model's child, its view made and rendered on first demand. */
    private KeyedOrder.Child<V> childOf(M model) {
        KeyedOrder.Child<V> child = views.get(model);
        if (child == null) {
            V view = factory.apply(model);
            if (view == null) {
                throw new IllegalStateException("the child view factory returned null");
            }
            view.render();
            child = new KeyedOrder.Child<>(view);
            views.put(model, child);
            made.add(view);
            if (relay != null) {
                view.on("all", relay);
            }
        }
        return child;
    }

    /** A model left the collection: its view goes, taking its element (one removal) and its listeners. */
    private void removed(M model) {
        KeyedOrder.Child<V> child = views.remove(model);
        if (child != null) {
            made.remove(child.view);
            if (child.position >= 0) {
                // Only the children after it move up one place.
                shown.remove(child.position);
                KeyedOrder.number(shown, child.position);
            }
            dropChild(child.view);
            if (shown.isEmpty()) {
                showEmpty(true);
            }
        }
    }

    /** An attribute the filter reads changed: arrange again only when the model's child comes or goes. */
    @SuppressWarnings("unchecked")
    private void recheck(EventArgs event) {
        M model = (M) event.arg(0);
        if (!rendered || pending) {
            return;
        }
        KeyedOrder.Child<V> child = views.get(model);
        // A child off the page is one the filter refused (or one not placed yet, which pending covers).
        boolean isShown = child != null && child.position >= 0;
        if (isShown != (filter == null || filter.test(model))) {
            arrange();
        }
    }

    /**
     * Removes every child view. When the container holds nothing but their elements it is emptied in one
     * operation first, so that each view then has no element to take out.
     */
    private void dropAll() {
        HTMLElement box = childContainer();
        if (!shown.isEmpty() && box != null && box.getChildNodes().getLength() == shown.size()) {
            box.setTextContent("");
        }
        for (V view : made) {
            dropChild(view);
        }
        views = new HashMap<>();
        made = new ArrayList<>();
        shown = new ArrayList<>();
    }

    private void dropChild(V view) {
        if (relay != null) {
            view.off("all", relay);
        }
        view.remove();
    }

    /** Shows the empty view (when there is a factory for one) or takes it away. */
    private void showEmpty(boolean show) {
        if (show && empty == null && emptyFactory != null && rendered) {
            empty = emptyFactory.get();
            childContainer().appendChild(empty.render().el());
        } else if (!show && empty != null) {
            empty.remove();
            empty = null;
        }
    }

    /** Hands a child's event to each {@link #onChild} listener whose names include it. */
    @SuppressWarnings("unchecked")
    private void relay(EventArgs event) {
        // Only children carry the relay, so the source is one of them.
        V child = (V) event.source();
        for (ChildBinding<V> binding : new ArrayList<>(childBindings)) {
            if (binding.names.contains(event.name()) || binding.names.contains("all")) {
                binding.listener.handle(child, event);
            }
        }
    }

    /**
     * A listener for the events of a {@link CollectionView}'s children, with the child that triggered them.
     *
     * @param <V> the class of the child views
     */
    @FunctionalInterface
    public interface ChildListener<V> {
        /**
         * Called for each matching event of a child view.
         *
         * @param child the child view that triggered it
         * @param event the event's name, source (the child) and arguments
         */
        void handle(V child, EventArgs event);
    }

    private static final class ChildBinding<V> {
        final List<String> names;
        final ChildListener<? super V> listener;

        ChildBinding(List<String> names, ChildListener<? super V> listener) {
            this.names = names;
            this.listener = listener;
        }
    }
}
