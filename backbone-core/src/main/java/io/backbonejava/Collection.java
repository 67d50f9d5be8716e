package io.backbonejava;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An ordered set of models: Backbone's {@code Collection}. It finds its models by id or cid, keeps them
 * sorted when it has a comparator, turns plain attribute maps into models through a {@link ModelFactory},
 * and announces every change with {@code "add"}, {@code "remove"}, {@code "update"}, {@code "reset"} and
 * {@code "sort"} events. Every event of a member model is forwarded too, so a view can listen to
 * {@code "change:title"} on the whole list; a model that fires {@code "destroy"} leaves it.
 *
 * <pre>{@code
 * Collection<Todo> todos = new Collection<>(Todo::new);
 * todos.comparator("order");
 * todos.onAdd(todo -> render(todo));
 * todos.add(Attributes.of("title", "Buy milk", "order", 1));
 * List<Todo> done = todos.where(Attributes.of("completed", true));
 * }</pre>
 *
 * <p>It is also a Java {@link Iterable} with a {@link #stream()}, and it offers the list methods Backbone
 * borrows from Underscore ({@link #filter}, {@link #map}, {@link #groupBy}, {@link #sortBy}...) directly.
 *
 * <p>Like Backbone, {@link #add}, {@link #remove} and {@link #set} take one model (or attribute map) or a
 * list; the static type of the argument picks the form, and a list passed where one model goes is refused
 * with an {@link IllegalArgumentException}, never taken for a model. The built-in events have typed listeners
 * ({@link #onAdd}, {@link #onRemove}, {@link #onChange(Attribute, BiConsumer)}...), so no handler has to read
 * its arguments by position.
 *
 * <p>Deliberate differences from Backbone, each where Backbone's answer is a JavaScript accident:
 * <ul>
 *   <li>Whatever event handlers do while {@link #set}, {@link #add} or {@link #reset} runs, the list and the
 *       id index agree afterwards. A model a handler removes before the call has put it in the list (say from
 *       a {@code "change"} fired by a merge of the same call) stays out, and no {@code "add"} is fired for
 *       it; a model a handler adds is kept, after the call's own. Backbone can leave a model in the list that
 *       {@link #get} no longer finds, or the reverse.
 *   <li>A {@link #comparator(Function) key function} that returns null sorts that model last, as
 *       JavaScript's {@code undefined}; Java has no second null to sort as 0.
 *   <li>Sort keys that JavaScript cannot order against each other (a word beside a number, NaN) leave those
 *       models in an unspecified order; Backbone's order for them depends on the browser's sort algorithm.
 * </ul>
 * {@code backbone-core/PORTING.md} lists every deliberate difference from Backbone in one table.
 *
 * @param <M> the model type
 */
public class Collection<M extends Model> extends Events implements Iterable<M> {
    private static final ModelFactory<Model> PLAIN_MODELS = Model::new;

    private final ModelFactory<? extends M> factory;
    private List<M> models = new ArrayList<>();
    /** Models by {@link Values#key key} of their cid and of their id. */
    private Map<Object, M> byId = new HashMap<>();
    private Comparator<? super M> comparator;
    /**
     * Puts the models in the comparator's order. Made by the comparator setters, so that TeaVM compiles the
     * sorting code only into apps that sort.
     */
    private Consumer<List<M>> sorter;
    private String sortAttribute;
    private String url;
    /**
     * Counts every model joining or leaving (and every reset), so that {@link #setAny} can tell whether event
     * handlers changed the membership while it ran.
     */
    private int membershipChanges;
    /** The id attribute of the models this collection holds, or null: see {@link #plainIdAttribute()}. */
    private String modelIdAttribute;
    /** Whether {@link #modelIdAttribute} comes from a model the factory made, which outranks any other. */
    private boolean idAttributeFromFactory;
    /** The one listener every member model forwards its events through; one instance so off() finds it. */
    private final Listener modelEvents = this::onModelEvent;

    /** An empty collection of plain {@link Model}s; use it as {@code Collection<Model>}. */
    @SuppressWarnings("unchecked")
    public Collection() {
        this((ModelFactory<? extends M>) PLAIN_MODELS);
    }

    /**
     * A collection of plain {@link Model}s starting with the given models or attribute maps (added silently).
     *
     * @param models models or attribute maps
     */
    @SuppressWarnings("unchecked")
    public Collection(List<?> models) {
        this((ModelFactory<? extends M>) PLAIN_MODELS, models);
    }

    /**
     * An empty collection whose factory makes models from attribute maps.
     *
     * @param factory usually a constructor reference such as {@code Todo::new}
     */
    public Collection(ModelFactory<? extends M> factory) {
        if (factory == null) {
            throw new NullPointerException("factory == null");
        }
        this.factory = factory;
    }

    /**
     * A collection with a factory and initial models (added silently). To start sorted, create it empty,
     * set the {@link #comparator(CharSequence) comparator}, then {@link #reset(List)}.
     *
     * @param factory usually a constructor reference such as {@code Todo::new}
     * @param models models or attribute maps
     */
    public Collection(ModelFactory<? extends M> factory, List<?> models) {
        this(factory);
        if (models != null) {
            reset(models, new Options().silent(true));
        }
    }

    /**
     * A collection with a factory and initial models, added with options: with {@code parse} the input may be
     * a server response that {@link #parse} unwraps (a subclass's override already applies here), and each
     * model parses its own attributes. Added silently unless {@code silent} says otherwise.
     *
     * @param factory usually a constructor reference such as {@code Todo::new}
     * @param models models or attribute maps, or with {@code parse} a response; null for none
     * @param options the options, or null
     */
    public Collection(ModelFactory<? extends M> factory, Object models, Options options) {
        this(factory);
        if (models != null) {
            Options opts = Options.orNew(options);
            if (opts.silent == null) {
                opts = opts.silent(true);
            }
            reset(models, opts);
        }
    }

    // What subclasses may override

    /**
     * Turns a server response into a list of models or attribute maps; the default takes the response as
     * it is. Override to unwrap envelopes such as {@code {"items": [...]}}.
     *
     * @param response the parsed response
     * @param options the options of the call
     * @return a list of models or attribute maps (or a single one), or null for none
     */
    protected Object parse(Object response, Options options) {
        return response;
    }

    /**
     * The id under which plain attributes (or a model's attributes) are indexed: the value of the id
     * attribute. Override for collections of several model types with different id schemes.
     *
     * @param attrs the attributes, to read only: for a model, its live attributes, as in Backbone
     * @param idAttribute the model's id attribute, or null for plain attributes (then the factory's)
     * @return the id, or null
     */
    protected Object modelId(Map<String, ?> attrs, String idAttribute) {
        return attrs.get(idAttribute != null ? idAttribute : plainIdAttribute());
    }

    /**
     * The id attribute of plain attributes: the factory's when it names one, else that of the models this
     * collection has held (a {@code Todo::new} factory cannot tell that todos keep their id in {@code "_id"},
     * but the first todo can), else {@code "id"}.
     */
    private String plainIdAttribute() {
        String named = factory.idAttribute();
        return !"id".equals(named) || modelIdAttribute == null ? named : modelIdAttribute;
    }

    /** The URL of this collection on the server, which its models' URLs start with; null unless set. */
    public String url() {
        return url;
    }

    /**
     * Sets the collection's URL.
     *
     * @param value such as {@code "/api/todos"}
     * @return this collection
     */
    public Collection<M> url(String value) {
        url = value;
        return this;
    }

    // Sorting

    /**
     * Keeps the collection sorted by an attribute, in the order Underscore's {@code sortBy} gives: numbers by
     * value, strings by UTF-16 code unit, a number beside a numeric string by value (JavaScript's {@code <}),
     * an explicit null as 0, a missing attribute last, ties in their earlier order. Keys JavaScript cannot
     * order against each other (a non-numeric string beside a number) keep an unspecified order. Null removes
     * the comparator.
     *
     * @param name the attribute's name, or null
     * @return this collection
     */
    public Collection<M> comparator(CharSequence name) {
        return sortByName(name == null ? null : name.toString());
    }

    private Collection<M> sortByName(String attr) {
        return sortKey(attr, attr == null ? null : model -> model.sortValue(attr));
    }

    /**
     * Keeps the collection sorted by a key computed from each model (Backbone's one-argument comparator), in
     * the order of {@link #comparator(CharSequence)}. One difference: Java has one null where JavaScript has two,
     * and a key function's null sorts like JavaScript's {@code undefined}, last.
     *
     * @param key the sort key of a model, or null to remove the comparator
     * @return this collection
     */
    public Collection<M> comparator(Function<? super M, ?> key) {
        return sortKey(null, key == null ? null : model -> Values.missingIfNull(key.apply(model)));
    }

    /**
     * Keeps the collection sorted by a typed attribute, in the order of {@link #comparator(CharSequence)}.
     *
     * This is the overload {@code comparator(null)} picks: it removes the comparator.
     *
     * @param attr the attribute, or null to remove the comparator
     * @return this collection
     */
    public Collection<M> comparator(Attribute<?> attr) {
        return sortByName(attr == null ? null : attr.name());
    }

    private Collection<M> sortKey(String attr, Function<M, Object> key) {
        sortAttribute = attr;
        sorter = key == null ? null : list -> SortByKey.sort(list, key);
        comparator = key == null ? null : (a, b) -> Values.compare(key.apply(a), key.apply(b));
        return this;
    }

    /**
     * Keeps the collection sorted with a Java comparator (Backbone's two-argument comparator).
     *
     * @param order the order
     * @return this collection
     */
    public Collection<M> comparator(Comparator<? super M> order) {
        sortAttribute = null;
        sorter = order == null ? null : list -> list.sort(order);
        comparator = order;
        return this;
    }

    /** The comparator, or null when the collection keeps insertion order. */
    public Comparator<? super M> comparator() {
        return comparator;
    }

    /**
     * Sorts by the comparator and fires {@code "sort"}. Rarely needed: a sorted collection re-sorts itself
     * when models are added; call it after changing an attribute the order depends on.
     *
     * @return this collection
     * @throws IllegalStateException when there is no comparator
     */
    public Collection<M> sort() {
        return sort(null);
    }

    /**
     * Sorts with options ({@code silent} suppresses the event).
     *
     * @param options the options, or null
     * @return this collection
     * @throws IllegalStateException when there is no comparator
     */
    public Collection<M> sort(Options options) {
        if (comparator == null) {
            throw new IllegalStateException("Cannot sort a set without a comparator");
        }
        Options opts = Options.orNew(options);
        sorter.accept(models);
        if (!opts.silent()) {
            fire("sort", this, EventOptions.of(opts));
        }
        return this;
    }

    // Typed listeners for the collection's events. Each is the string event of the same name, read for you.

    /**
     * Calls {@code listener} with each model added: the {@code "add"} event.
     *
     * <pre>{@code
     * listenTo(todos.onAdd(todo -> list.appendChild(new TodoView(todo).render().el())));
     * }</pre>
     *
     * @param listener receives the model
     * @return the binding; hand it to {@link Events#listenTo(Subscription)} to tie it to a view's life
     */
    @SuppressWarnings("unchecked")
    public Subscription onAdd(Consumer<? super M> listener) {
        return on("add", e -> listener.accept((M) e.arg(0)));
    }

    /**
     * Calls {@code listener} with each model removed: the {@code "remove"} event.
     *
     * @param listener receives the model
     * @return the binding
     */
    @SuppressWarnings("unchecked")
    public Subscription onRemove(Consumer<? super M> listener) {
        return on("remove", e -> listener.accept((M) e.arg(0)));
    }

    /**
     * Calls {@code listener} with each model removed and the index it had: the {@code "remove"} event, for a
     * view that keeps one child per model in the collection's order.
     *
     * <pre>{@code
     * listenTo(rows.onRemove((row, index) -> views.remove(index).remove()));
     * }</pre>
     *
     * @param listener receives the model and its index before the removal
     * @return the binding
     */
    @SuppressWarnings("unchecked")
    public Subscription onRemove(ObjIntConsumer<? super M> listener) {
        return on("remove", e -> {
            Integer index = EventOptions.of(e).index();
            listener.accept((M) e.arg(0), index == null ? -1 : index);
        });
    }

    /**
     * Calls {@code listener} with the model and the new value each time a typed attribute of a member
     * changes: the {@code "change:<name>"} event its models pass on.
     *
     * @param attr the attribute
     * @param listener receives the model and the new value
     * @param <T> the attribute's type
     * @return the binding
     */
    @SuppressWarnings("unchecked")
    public <T> Subscription onChange(Attribute<T> attr, BiConsumer<? super M, ? super T> listener) {
        return on(Values.concat("change:", attr.name()), e -> listener.accept((M) e.arg(0), attr.read(e.arg(1))));
    }

    /**
     * Calls {@code listener} once per {@link #add}, {@link #remove} or {@link #set} that changed the
     * collection: the {@code "update"} event.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onUpdate(Runnable listener) {
        return on("update", e -> listener.run());
    }

    /**
     * Calls {@code listener} with what each {@link #add}, {@link #remove} or {@link #set} changed: the
     * {@code "update"} event with its {@link Changes}.
     *
     * <pre>{@code
     * listenTo(todos.onUpdate(changes -> counter.add(changes.added().size() - changes.removed().size())));
     * }</pre>
     *
     * @param listener receives the models added, removed and merged
     * @return the binding
     */
    @SuppressWarnings("unchecked")
    public Subscription onUpdate(Consumer<? super Changes<M>> listener) {
        return on("update", e -> listener.accept((Changes<M>) EventOptions.of(e).changes()));
    }

    /**
     * Calls {@code listener} after each {@link #reset}: the {@code "reset"} event.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onReset(Runnable listener) {
        return on("reset", e -> listener.run());
    }

    /**
     * Calls {@code listener} with the models held before each {@link #reset}: the {@code "reset"} event with
     * Backbone's {@code options.previousModels}.
     *
     * @param listener receives the previous models, in their order
     * @return the binding
     */
    @SuppressWarnings("unchecked")
    public Subscription onReset(Consumer<? super List<M>> listener) {
        return on("reset", e -> listener.accept((List<M>) EventOptions.of(e).previousModels()));
    }

    /**
     * Calls {@code listener} each time the order changed: the {@code "sort"} event.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onSort(Runnable listener) {
        return on("sort", e -> listener.run());
    }

    /**
     * Calls {@code listener} each time a request of one of this collection's models failed: the model's
     * {@code "error"} event, which the collection hears too. A failed {@link #fetch} of the collection
     * itself is not reported here (use the fetch's error callback, or {@code on("error", ...)}).
     *
     * <pre>{@code
     * listenTo(todos.onError((todo, failure) -> {
     *     if (failure.status() == 404) {
     *         todos.remove(todo);
     *     }
     * }));
     * }</pre>
     *
     * @param listener receives the model and the failure
     * @return the binding
     */
    @SuppressWarnings("unchecked")
    public Subscription onError(BiConsumer<? super M, ? super Failure> listener) {
        return on("error", e -> {
            Object model = e.arg(0);
            Object failure = e.arg(1);
            if (model != this && model instanceof Model && failure instanceof Failure) {
                listener.accept((M) model, (Failure) failure);
            }
        });
    }

    /**
     * Calls {@code listener} each time one of this collection's models refused attributes because its
     * {@link Model#validate} found them wrong: the model's {@code "invalid"} event, which the collection hears
     * too. An {@link #add} or {@link #create} of attributes the new model refuses is not reported here, since no
     * member refused them: the call returns null, and {@code on("invalid", ...)} hears it with the collection
     * as its first argument, as in Backbone.
     *
     * <pre>{@code
     * listenTo(todos.onInvalid((todo, error) -> status.setTextContent(error.message())));
     * }</pre>
     *
     * @param listener receives the model and what its validation found
     * @return the binding
     */
    @SuppressWarnings("unchecked")
    public Subscription onInvalid(BiConsumer<? super M, ? super ValidationError> listener) {
        return on("invalid", e -> {
            Object model = e.arg(0);
            Object error = e.arg(1);
            if (model != this && model instanceof Model && error instanceof ValidationError) {
                listener.accept((M) model, (ValidationError) error);
            }
        });
    }

    // Adding and removing

    /**
     * Adds a model, or a model made from an attribute map; a model already present is left as it is.
     *
     * @param model a model or an attribute map
     * @return the model added (or already present), or null when validation refused it
     */
    public M add(Object model) {
        return add(model, null);
    }

    /**
     * Adds a model with options: {@code at} inserts at an index, {@code merge} merges into a model already
     * present, {@code silent} suppresses events, {@code parse} parses the input first.
     *
     * @param model a model or an attribute map
     * @param options the options, or null
     * @return the model, or null when validation refused it
     */
    @SuppressWarnings("unchecked")
    public M add(Object model, Options options) {
        refuseList(model, "add");
        Object result = setAny(model, addOptions(options));
        // A parse may turn the single input into a list; the caller still gets one model.
        if (result instanceof List) {
            List<M> list = (List<M>) result;
            return list.isEmpty() ? null : list.get(0);
        }
        return (M) result;
    }

    /**
     * Adds several models or attribute maps.
     *
     * @param models models or attribute maps
     * @return the models, in input order (null where validation refused one)
     */
    public List<M> add(List<?> models) {
        return add(models, null);
    }

    /**
     * Adds several models with options.
     *
     * @param models models or attribute maps
     * @param options the options, or null
     * @return the models, in input order (null where validation refused one)
     */
    @SuppressWarnings("unchecked")
    public List<M> add(List<?> models, Options options) {
        Object result = setAny(models, addOptions(options));
        // A parse may turn the list into a single model; the caller still gets a list.
        if (result == null || result instanceof List) {
            return (List<M>) result;
        }
        List<M> one = new ArrayList<>();
        one.add((M) result);
        return one;
    }

    /**
     * Removes a model, given as the model, its id, its cid or its attributes.
     *
     * @param model what identifies the model
     * @return the model removed, or null if none matched
     */
    public M remove(Object model) {
        return remove(model, null);
    }

    /**
     * Removes a model with options.
     *
     * @param model what identifies the model
     * @param options the options, or null
     * @return the model removed, or null
     */
    public M remove(Object model, Options options) {
        refuseList(model, "remove");
        List<Object> single = new ArrayList<>();
        single.add(model);
        List<M> removed = removeAll(single, options);
        return removed.isEmpty() ? null : removed.get(0);
    }

    /**
     * Removes several models.
     *
     * @param models what identifies each model
     * @return the models removed
     */
    public List<M> remove(List<?> models) {
        return remove(models, null);
    }

    /**
     * Removes several models with options.
     *
     * @param models what identifies each model
     * @param options the options, or null
     * @return the models removed
     */
    public List<M> remove(List<?> models, Options options) {
        // A bare null lands here (the most specific overload); like Backbone's remove(undefined), it removes none.
        return removeAll(models == null ? new ArrayList<>() : new ArrayList<>(models), options);
    }

    private List<M> removeAll(List<Object> items, Options options) {
        Options opts = Options.orNew(options);
        List<M> removed = removeModels(items, opts);
        if (!opts.silent() && !removed.isEmpty()) {
            fire("update", this, EventOptions.update(opts, new Changes<>(new ArrayList<M>(), removed, new ArrayList<M>())));
        }
        return removed;
    }

    /**
     * Makes the collection hold exactly these models: adds the new, merges the known, removes the missing,
     * and fires one {@code "update"} for the lot. This is what a fetch does with the server's list.
     *
     * @param models models or attribute maps
     * @return the models, in input order
     */
    public List<M> set(List<?> models) {
        return set(models, null);
    }

    /**
     * {@link #set(List)} with options: {@code add}, {@code remove} and {@code merge} (all true by default)
     * switch each part off; {@code at}, {@code sort}, {@code parse} and {@code silent} work as in
     * {@link #add(Object, Options)}.
     *
     * @param models a list of models or attribute maps, a single one, or (with {@code parse}) whatever
     *     {@link #parse} understands, such as a server response wrapping the list
     * @param options the options, or null
     * @return the models, in input order (null where validation refused one)
     */
    public List<M> set(Object models, Options options) {
        return asList(setAny(models, options));
    }

    /**
     * Replaces every model at once, firing a single {@code "reset"} (whose {@link EventOptions} carry the
     * {@link EventOptions#previousModels() previous models}) instead of an add or remove per model.
     *
     * @param models models or attribute maps (or, with {@code parse}, a response {@link #parse} understands);
     *     null empties the collection
     * @param options the options, or null
     * @return the new models
     */
    public List<M> reset(Object models, Options options) {
        Options opts = Options.orNew(options);
        for (M model : this.models) {
            // The whole index goes below: no need to take each model out of it first.
            release(model);
        }
        List<M> previousModels = this.models;
        this.models = new ArrayList<>();
        byId = new HashMap<>();
        membershipChanges++;
        Options adding = opts.silent == null ? opts.silent(true) : opts;
        Object added = models == null ? null : setAny(models, addOptions(adding));
        if (!opts.silent()) {
            fire("reset", this, EventOptions.reset(opts, previousModels));
        }
        return added == null ? new ArrayList<>() : asList(added);
    }

    /**
     * Replaces every model at once.
     *
     * @param models models or attribute maps; null empties the collection
     * @return the new models
     */
    public List<M> reset(List<?> models) {
        return reset(models, null);
    }

    /**
     * Removes every model, firing {@code "reset"}.
     *
     * @return an empty list
     */
    public List<M> reset() {
        return reset(null, null);
    }

    /**
     * Adds a model at the end (even in a sorted collection, as with {@code at}).
     *
     * @param model a model or an attribute map
     * @return the model
     */
    public M push(Object model) {
        return push(model, null);
    }

    /**
     * Adds a model at the end, with options.
     *
     * @param model a model or an attribute map
     * @param options the options, or null
     * @return the model
     */
    public M push(Object model, Options options) {
        Options opts = Options.orNew(options);
        if (!opts.hasAt()) {
            opts = opts.at(models.size());
        }
        return add(model, opts);
    }

    /**
     * Removes and returns the last model.
     *
     * @return the model, or null when empty
     */
    public M pop() {
        return pop(null);
    }

    /**
     * Removes and returns the last model, with options.
     *
     * @param options the options, or null
     * @return the model, or null when empty
     */
    public M pop(Options options) {
        return remove(at(models.size() - 1), options);
    }

    /**
     * Adds a model at the start.
     *
     * @param model a model or an attribute map
     * @return the model
     */
    public M unshift(Object model) {
        return unshift(model, null);
    }

    /**
     * Adds a model at the start, with options.
     *
     * @param model a model or an attribute map
     * @param options the options, or null
     * @return the model
     */
    public M unshift(Object model, Options options) {
        Options opts = Options.orNew(options);
        if (!opts.hasAt()) {
            opts = opts.at(0);
        }
        return add(model, opts);
    }

    /**
     * Removes and returns the first model.
     *
     * @return the model, or null when empty
     */
    public M shift() {
        return shift(null);
    }

    /**
     * Removes and returns the first model, with options.
     *
     * @param options the options, or null
     * @return the model, or null when empty
     */
    public M shift(Options options) {
        return remove(at(0), options);
    }

    // Finding

    /**
     * The model with this id or cid, or the same model as a model or attribute map given.
     *
     * @param obj an id, a cid, a model, or attributes holding an id
     * @return the model, or null
     */
    public M get(Object obj) {
        if (obj == null) {
            return null;
        }
        if (obj instanceof Model) {
            Model model = (Model) obj;
            // The id before the cid, as in Backbone: a model whose id another member has taken since finds
            // that member, the one a server would mean.
            Object id = modelId(model.attributeMap(), model.idAttribute());
            M found = id == null ? null : byId.get(Values.key(id));
            return found != null ? found : byId.get(Values.key(model.cid()));
        }
        if (obj instanceof Map) {
            Map<?, ?> attrs = (Map<?, ?>) obj;
            @SuppressWarnings("unchecked")
            M found = byId.get(Values.key(modelId((Map<String, ?>) attrs, null)));
            if (found != null) {
                return found;
            }
            Object cid = attrs.get("cid");
            return cid == null ? null : byId.get(Values.key(cid));
        }
        return byId.get(Values.key(obj));
    }

    /**
     * Whether {@link #get} finds the model.
     *
     * @param obj an id, a cid, a model, or attributes holding an id
     * @return true when present
     */
    public boolean has(Object obj) {
        return get(obj) != null;
    }

    /**
     * The model at an index; negative indexes count from the end.
     *
     * @param index the index
     * @return the model, or null when out of range
     */
    public M at(int index) {
        int i = index < 0 ? index + models.size() : index;
        return i >= 0 && i < models.size() ? models.get(i) : null;
    }

    /**
     * The models whose attributes match all the given ones (see {@link Model#matches}).
     *
     * @param attrs the attributes to match
     * @return the matching models, in order
     */
    public List<M> where(Map<String, ?> attrs) {
        // The attributes are unpacked once, not once per model; matching cannot change the list, so no copy.
        String[] keys = attrs.keySet().toArray(new String[0]);
        Object[] values = attrs.values().toArray();
        List<M> result = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            M model = models.get(i);
            if (matchesAll(model, keys, values)) {
                result.add(model);
            }
        }
        return result;
    }

    /**
     * The models whose typed attribute holds a value: {@code todos.where(Todo.COMPLETED, true)}.
     *
     * @param attr the attribute
     * @param value the value it must hold (compared as JavaScript's {@code ===} does)
     * @param <T> its type
     * @return the matching models, in order
     */
    public <T> List<M> where(Attribute<T> attr, T value) {
        String name = attr.name();
        List<M> result = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).matches(name, value)) {
                result.add(models.get(i));
            }
        }
        return result;
    }

    /**
     * The first model whose typed attribute holds a value.
     *
     * @param attr the attribute
     * @param value the value it must hold
     * @param <T> its type
     * @return the model, or null
     */
    public <T> M findWhere(Attribute<T> attr, T value) {
        List<M> found = where(attr, value);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The first model whose attributes match all the given ones.
     *
     * @param attrs the attributes to match
     * @return the model, or null
     */
    public M findWhere(Map<String, ?> attrs) {
        String[] keys = attrs.keySet().toArray(new String[0]);
        Object[] values = attrs.values().toArray();
        for (int i = 0; i < models.size(); i++) {
            if (matchesAll(models.get(i), keys, values)) {
                return models.get(i);
            }
        }
        return null;
    }

    private static boolean matchesAll(Model model, String[] keys, Object[] values) {
        for (int k = 0; k < keys.length; k++) {
            if (!model.matches(keys[k], values[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every model's value of one attribute.
     *
     * @param attr the attribute's name
     * @return the values, in order
     */
    public List<Object> pluck(String attr) {
        return map(model -> model.get(attr));
    }

    /**
     * Every model's value of one typed attribute.
     *
     * @param attr the attribute
     * @param <T> its type
     * @return the values, in order
     */
    public <T> List<T> pluck(Attribute<T> attr) {
        return map(model -> model.get(attr));
    }

    // The list itself

    /** How many models the collection holds. */
    public int size() {
        return models.size();
    }

    /** The same as {@link #size()}, under Backbone's name. */
    public int length() {
        return models.size();
    }

    /** Whether the collection holds no models. */
    public boolean isEmpty() {
        return models.isEmpty();
    }

    /** A read-only view of the models, in order. */
    public List<M> models() {
        return Collections.unmodifiableList(models);
    }

    /**
     * A copy of part of the list, with JavaScript's {@code slice} rules (negative indexes count from the end).
     *
     * @param begin the first index
     * @param end the index after the last
     * @return the models
     */
    public List<M> slice(int begin, int end) {
        int size = models.size();
        int from = begin < 0 ? Math.max(size + begin, 0) : Math.min(begin, size);
        int to = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
        return from >= to ? new ArrayList<>() : new ArrayList<>(models.subList(from, to));
    }

    /**
     * A copy of the list from an index on.
     *
     * @param begin the first index, negative counting from the end
     * @return the models
     */
    public List<M> slice(int begin) {
        return slice(begin, models.size());
    }

    /** Every model's {@link Model#toJSON()}, in order: what is sent to a server. */
    public List<Map<String, Object>> toJSON() {
        return map(Model::toJSON);
    }

    /**
     * A new collection with the same factory, comparator, URL and models (the models themselves are shared).
     *
     * @return the copy
     */
    public Collection<M> clone() {
        Collection<M> copy = new Collection<>(factory);
        copy.comparator = comparator;
        copy.sorter = sorter;
        copy.sortAttribute = sortAttribute;
        copy.url = url;
        copy.reset(models, new Options().silent(true));
        return copy;
    }

    @Override
    public Iterator<M> iterator() {
        return models().iterator();
    }

    /** The models as a Java stream, for everything the methods below do not cover. */
    public Stream<M> stream() {
        return new ArrayList<>(models).stream();
    }

    /**
     * The id of each model, in order, as the collection indexes it (through {@link #modelId}); null for a
     * model without one. Backbone's {@code keys()}; the models themselves are what this collection iterates.
     *
     * @return the ids
     */
    public List<Object> keys() {
        return map(model -> modelId(model.attributeMap(), model.idAttribute()));
    }

    /**
     * Each model with its id (as in {@link #keys()}), in order: Backbone's {@code entries()}.
     *
     * @return id and model pairs
     */
    public List<Map.Entry<Object, M>> entries() {
        return map(model -> new AbstractMap.SimpleImmutableEntry<>(
                modelId(model.attributeMap(), model.idAttribute()), model));
    }

    // Underscore's list methods, as Backbone proxies them

    /**
     * The result of a function for each model.
     *
     * @param fn the function
     * @param <R> its result type
     * @return the results, in order
     */
    public <R> List<R> map(Function<? super M, ? extends R> fn) {
        List<R> result = new ArrayList<>(models.size());
        for (M model : new ArrayList<>(models)) {
            result.add(fn.apply(model));
        }
        return result;
    }

    /**
     * The models a predicate accepts.
     *
     * @param test the predicate
     * @return those models, in order
     */
    public List<M> filter(Predicate<? super M> test) {
        List<M> result = new ArrayList<>();
        for (M model : new ArrayList<>(models)) {
            if (test.test(model)) {
                result.add(model);
            }
        }
        return result;
    }

    /**
     * The models a predicate rejects.
     *
     * @param test the predicate
     * @return the other models, in order
     */
    public List<M> reject(Predicate<? super M> test) {
        return filter(test.negate());
    }

    /**
     * The first model a predicate accepts.
     *
     * @param test the predicate
     * @return the model, or null
     */
    public M find(Predicate<? super M> test) {
        int index = findIndex(test);
        return index < 0 ? null : models.get(index);
    }

    /**
     * The index of the first model a predicate accepts.
     *
     * @param test the predicate
     * @return the index, or -1
     */
    public int findIndex(Predicate<? super M> test) {
        for (int i = 0; i < models.size(); i++) {
            if (test.test(models.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of the last model a predicate accepts.
     *
     * @param test the predicate
     * @return the index, or -1
     */
    public int findLastIndex(Predicate<? super M> test) {
        for (int i = models.size() - 1; i >= 0; i--) {
            if (test.test(models.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether any model satisfies the predicate.
     *
     * @param test the predicate
     * @return true if one does
     */
    public boolean some(Predicate<? super M> test) {
        return findIndex(test) >= 0;
    }

    /**
     * Whether every model satisfies the predicate (true for an empty collection).
     *
     * @param test the predicate
     * @return true if all do
     */
    public boolean every(Predicate<? super M> test) {
        return findIndex(test.negate()) < 0;
    }

    /**
     * Whether the collection holds this very model.
     *
     * @param model the model
     * @return true when present
     */
    public boolean contains(Object model) {
        return models.contains(model);
    }

    /**
     * The position of a model in the list.
     *
     * @param model the model
     * @return its index, or -1
     */
    public int indexOf(Object model) {
        return models.indexOf(model);
    }

    /**
     * The last position of a model in the list.
     *
     * @param model the model
     * @return its index, or -1
     */
    public int lastIndexOf(Object model) {
        return models.lastIndexOf(model);
    }

    /** The first model, or null when empty. */
    public M first() {
        return at(0);
    }

    /**
     * The first {@code n} models.
     *
     * @param n how many
     * @return at most {@code n} models
     */
    public List<M> first(int n) {
        return slice(0, Math.max(n, 0));
    }

    /** The last model, or null when empty. */
    public M last() {
        return at(-1);
    }

    /**
     * The last {@code n} models.
     *
     * @param n how many
     * @return at most {@code n} models
     */
    public List<M> last(int n) {
        return n <= 0 ? new ArrayList<>() : slice(Math.max(models.size() - n, 0));
    }

    /**
     * Every model but the first {@code n}.
     *
     * @param n how many to skip
     * @return the rest
     */
    public List<M> rest(int n) {
        return slice(Math.max(n, 0));
    }

    /**
     * Every model but the last {@code n}.
     *
     * @param n how many to leave out
     * @return the others
     */
    public List<M> initial(int n) {
        return slice(0, Math.max(models.size() - Math.max(n, 0), 0));
    }

    /**
     * The models other than those given.
     *
     * @param excluded the models to leave out
     * @return the others, in order
     */
    public List<M> without(Object... excluded) {
        List<Object> out = Arrays.asList(excluded);
        return filter(model -> !out.contains(model));
    }

    /**
     * The models not in the given list: {@link #without} for a list you already hold.
     *
     * @param others the models to leave out
     * @return the others, in order
     */
    public List<M> difference(List<?> others) {
        return filter(model -> !others.contains(model));
    }

    /**
     * Folds the models into one value, left to right.
     *
     * @param initial the starting value
     * @param fn combines the value so far with the next model
     * @param <R> the value's type
     * @return the final value
     */
    public <R> R reduce(R initial, BiFunction<R, ? super M, R> fn) {
        R value = initial;
        for (M model : new ArrayList<>(models)) {
            value = fn.apply(value, model);
        }
        return value;
    }

    /**
     * Folds the models into one value, right to left.
     *
     * @param initial the starting value
     * @param fn combines the value so far with the next model
     * @param <R> the value's type
     * @return the final value
     */
    public <R> R reduceRight(R initial, BiFunction<R, ? super M, R> fn) {
        List<M> copy = new ArrayList<>(models);
        R value = initial;
        for (int i = copy.size() - 1; i >= 0; i--) {
            value = fn.apply(value, copy.get(i));
        }
        return value;
    }

    /**
     * The models grouped by a key, groups in order of first appearance.
     *
     * @param key computes each model's group
     * @param <K> the key type
     * @return key to models
     */
    public <K> Map<K, List<M>> groupBy(Function<? super M, K> key) {
        Map<K, List<M>> groups = new LinkedHashMap<>();
        for (M model : new ArrayList<>(models)) {
            groups.computeIfAbsent(key.apply(model), k -> new ArrayList<>()).add(model);
        }
        return groups;
    }

    /**
     * The models grouped by the value of an attribute, groups in order of first appearance. As in Backbone,
     * the keys are the values' text ({@code 1} and {@code "1"} fall in one group, {@code "1"}); group by a
     * typed attribute to keep the values' type.
     *
     * @param attr the attribute's name
     * @return the text of each value to its models
     */
    public Map<String, List<M>> groupBy(String attr) {
        return groupBy(model -> Values.toJsString(model.sortValue(attr)));
    }

    /**
     * The models grouped by the value of a typed attribute, groups in order of first appearance.
     *
     * @param attr the attribute
     * @param <T> its type
     * @return each value to its models (null for models without one)
     */
    public <T> Map<T, List<M>> groupBy(Attribute<T> attr) {
        return groupBy(model -> model.get(attr));
    }

    /**
     * A sorted copy by a typed attribute, in the order of {@link #comparator(CharSequence)}.
     *
     * @param attr the attribute
     * @return the sorted models
     */
    public List<M> sortBy(Attribute<?> attr) {
        return sortBy(attr.name());
    }

    /**
     * How many models fall under each key.
     *
     * @param key computes each model's group
     * @param <K> the key type
     * @return key to count
     */
    public <K> Map<K, Integer> countBy(Function<? super M, K> key) {
        Map<K, Integer> counts = new LinkedHashMap<>();
        for (M model : new ArrayList<>(models)) {
            counts.merge(key.apply(model), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The models by a unique key; a later model replaces an earlier one with the same key.
     *
     * @param key computes each model's key
     * @param <K> the key type
     * @return key to model
     */
    public <K> Map<K, M> indexBy(Function<? super M, K> key) {
        Map<K, M> index = new LinkedHashMap<>();
        for (M model : new ArrayList<>(models)) {
            index.put(key.apply(model), model);
        }
        return index;
    }

    /**
     * A sorted copy by a computed key, in the order of {@link #comparator(Function)} (stable; null keys last),
     * leaving the collection's own order alone.
     *
     * @param key computes each model's sort key
     * @return the sorted models
     */
    public List<M> sortBy(Function<? super M, ?> key) {
        List<M> sorted = new ArrayList<>(models);
        SortByKey.sort(sorted, model -> Values.missingIfNull(key.apply(model)));
        return sorted;
    }

    /**
     * A sorted copy by an attribute, in the order of {@link #comparator(CharSequence)} (stable; missing values last).
     *
     * @param attr the attribute's name
     * @return the sorted models
     */
    public List<M> sortBy(String attr) {
        List<M> sorted = new ArrayList<>(models);
        SortByKey.sort(sorted, model -> model.sortValue(attr));
        return sorted;
    }

    /**
     * The models split in two by a predicate: under {@code true} those it accepts, under {@code false} the
     * rest, both in order.
     *
     * @param test the predicate
     * @return the two lists
     */
    public Map<Boolean, List<M>> partition(Predicate<? super M> test) {
        Map<Boolean, List<M>> parts = new LinkedHashMap<>();
        parts.put(Boolean.TRUE, filter(test));
        parts.put(Boolean.FALSE, reject(test));
        return parts;
    }

    /**
     * The model with the greatest value by a comparator.
     *
     * @param order the comparator
     * @return the model, or null when empty
     */
    public M max(Comparator<? super M> order) {
        M best = null;
        for (M model : models) {
            if (best == null || order.compare(model, best) > 0) {
                best = model;
            }
        }
        return best;
    }

    /**
     * The model with the smallest value by a comparator.
     *
     * @param order the comparator
     * @return the model, or null when empty
     */
    public M min(Comparator<? super M> order) {
        return max(order.reversed());
    }

    /**
     * The models in a random order.
     *
     * @return a shuffled copy
     */
    public List<M> shuffle() {
        List<M> copy = new ArrayList<>(models);
        Collections.shuffle(copy, new Random());
        return copy;
    }

    /**
     * One model picked at random.
     *
     * @return the model, or null when empty
     */
    public M sample() {
        return models.isEmpty() ? null : models.get(new Random().nextInt(models.size()));
    }

    /** For debugging: each model's {@link Model#toString()}, in order, such as {@code Collection[Model(c1){...}]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Collection[");
        for (int i = 0; i < models.size(); i++) {
            out.append(i > 0 ? ", " : "").append(models.get(i).toString());
        }
        return out.append(']').toString();
    }

    // Internals: Backbone's set algorithm and the bookkeeping behind it

    /** What {@code add} without options does: Options are immutable, so one value serves every call. */
    private static final Options ADD = new Options().merge(false).add(true).remove(false);

    /** The options of {@code add}: always add, never remove, merge only when asked. */
    private static Options addOptions(Options options) {
        if (options == null) {
            return ADD;
        }
        Options opts = options;
        if (opts.merge == null) {
            opts = opts.merge(false);
        }
        return opts.add(true).remove(false);
    }

    /** What {@link #setAny} returned, as a list: a single model becomes a list of one. */
    @SuppressWarnings("unchecked")
    private List<M> asList(Object result) {
        if (result == null || result instanceof List) {
            return (List<M>) result;
        }
        List<M> one = new ArrayList<>();
        one.add((M) result);
        return one;
    }

    /**
     * Backbone's {@code Collection.set}, for a single model or a list: returns the same shape it was given.
     * Package-private so that sync can hand it a parsed response of any shape.
     */
    @SuppressWarnings("unchecked")
    final Object setAny(Object input, Options options) {
        if (input == null) {
            return null;
        }
        Options opts = Options.orNew(options);
        if (opts.parse() && !(input instanceof Model)) {
            input = parse(input, opts);
            if (input == null) {
                input = new ArrayList<>();
            }
        }
        boolean singular = !(input instanceof List);
        List<Object> items = new ArrayList<>();
        if (singular) {
            items.add(input);
        } else {
            items.addAll((List<Object>) input);
        }

        // Where new models go: a negative index counts from the end; past the end appends.
        boolean placed = opts.hasAt();
        int at = placed ? opts.at() : models.size();
        if (at > models.size()) {
            at = models.size();
        }
        if (at < 0) {
            at += models.size() + 1;
        }

        // Backbone's defaults for set are written into the options, so handlers read the same flags whichever
        // of add, set or reset began the call.
        boolean add = Options.isTrue(opts.add, true);
        boolean merge = Options.isTrue(opts.merge, true);
        boolean remove = Options.isTrue(opts.remove, true);
        if (opts.add == null || opts.merge == null || opts.remove == null) {
            opts = opts.add(add).merge(merge).remove(remove);
        }
        boolean parse = opts.parse();
        boolean sortable = comparator != null && !placed && opts.sort();
        boolean sort = false;
        // Which models the input holds matters only to a call that removes the others: add() keeps no record.
        List<M> kept = remove ? new ArrayList<>() : null;
        List<M> toAdd = new ArrayList<>();
        List<M> toMerge = new ArrayList<>();
        List<M> toRemove = new ArrayList<>();
        // The cids the result keeps, needed only to remove the others. A map rather than a HashSet (which wraps
        // one anyway): apps that use no set then carry no set classes.
        Map<String, Model> seen = remove ? new HashMap<>() : null;

        // Membership changes this call makes itself are counted below; any others are a handler's doing.
        int changesBefore = membershipChanges;
        int removedHere = 0;

        // Sort the input into models to add and models to merge; note which ones the result keeps.
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            M existing = get(item);
            if (existing != null) {
                if (merge && item != existing) {
                    Map<String, Object> attrs = item instanceof Model
                            ? new LinkedHashMap<>(((Model) item).attributeMap())
                            : (Map<String, Object>) item;
                    if (parse) {
                        attrs = existing.parse(attrs, opts);
                    }
                    if (existing.set(attrs, opts) && parse) {
                        // Parsed input is the server's: merged, it is no longer unsaved.
                        existing.confirmedByServer(attrs);
                    }
                    toMerge.add(existing);
                    if (sortable && !sort) {
                        sort = existing.hasChanged(sortAttribute);
                    }
                }
                if (remove && seen.put(existing.cid(), existing) == null) {
                    kept.add(existing);
                }
                items.set(i, existing);
            } else if (add) {
                M model = prepareModel(item, opts);
                items.set(i, model);
                if (model != null) {
                    toAdd.add(model);
                    addReference(model);
                    if (remove) {
                        seen.put(model.cid(), model);
                        kept.add(model);
                    }
                }
            } else if (!(item instanceof Model)) {
                // Not added: Backbone returns the input as it came; a map of attributes is no model, though.
                items.set(i, null);
            }
        }

        // Remove the models the input left out.
        if (remove) {
            for (M model : models) {
                if (!seen.containsKey(model.cid())) {
                    toRemove.add(model);
                }
            }
            if (!toRemove.isEmpty()) {
                removedHere = removeModels(new ArrayList<>(toRemove), opts).size();
            }
        }

        // Handlers that ran during the merges and removals may have removed models this call meant to add or
        // keep, or added others: only what the index still holds goes into the list, so the two always agree.
        // Checked only when a handler changed the membership, so a plain add pays nothing for it.
        boolean handlersChanged = membershipChanges - changesBefore != toAdd.size() + removedHere;
        if (handlersChanged) {
            withdrawRemoved(toAdd);
            if (remove) {
                withdrawRemoved(kept);
            }
        }

        // With add and remove both on and no sorting, the input's order becomes the collection's order.
        boolean orderChanged = false;
        boolean replace = !sortable && add && remove;
        if (replace && !kept.isEmpty()) {
            orderChanged = models.size() != kept.size();
            for (int i = 0; !orderChanged && i < kept.size(); i++) {
                orderChanged = models.get(i) != kept.get(i);
            }
            // Members a handler added meanwhile stay, after the input's.
            List<M> joined = null;
            for (int i = 0; handlersChanged && i < models.size(); i++) {
                M model = models.get(i);
                if (!seen.containsKey(model.cid())) {
                    if (joined == null) {
                        joined = new ArrayList<>();
                    }
                    joined.add(model);
                }
            }
            models.clear();
            models.addAll(kept);
            if (joined != null) {
                models.addAll(joined);
            }
        } else if (!toAdd.isEmpty()) {
            if (sortable) {
                sort = true;
            }
            int index = placed ? Math.min(Math.max(at, 0), models.size()) : models.size();
            models.addAll(index, toAdd);
        }

        if (sort) {
            sort(new Options().silent(true));
        }

        // Announce: an "add" per new model, then "sort", then one "update" for the whole call.
        if (!opts.silent()) {
            EventOptions told = EventOptions.of(opts);
            for (int i = 0; i < toAdd.size(); i++) {
                M model = toAdd.get(i);
                // Collections only pass a model's "add" on: skip it when they would pass it to nobody.
                if (model.isHeardPastRelays()) {
                    model.fire("add", model, this, placed ? EventOptions.at(opts, at + i) : told);
                }
            }
            if (sort || orderChanged) {
                fire("sort", this, told);
            }
            if (!toAdd.isEmpty() || !toRemove.isEmpty() || !toMerge.isEmpty()) {
                fire("update", this, EventOptions.update(opts, new Changes<>(toAdd, toRemove, toMerge)));
            }
        }
        return singular ? items.get(0) : items;
    }

    /** One-model methods take one model: a list that reached them as an {@code Object} is a mistake. */
    private static void refuseList(Object model, String method) {
        if (model instanceof List) {
            throw new IllegalArgumentException(method + "(Object) takes one model or attribute map, not a List");
        }
    }

    /** Drops from a list the models that are no longer indexed: a handler removed them mid-call. */
    private void withdrawRemoved(List<M> list) {
        for (int i = list.size() - 1; i >= 0; i--) {
            M model = list.get(i);
            if (byId.get(Values.key(model.cid())) != model) {
                list.remove(i);
            }
        }
    }

    /** Turns input into a model that may join: a model as it is, attributes through the factory. */
    @SuppressWarnings("unchecked")
    private M prepareModel(Object item, Options options) {
        // A null entry makes a model with no attributes, as Backbone does with undefined.
        if (item == null) {
            item = new LinkedHashMap<String, Object>();
        }
        if (item instanceof Model) {
            Model model = (Model) item;
            if (model.collection() == null) {
                model.collection(this);
            }
            return (M) model;
        }
        if (!(item instanceof Map)) {
            throw new IllegalArgumentException("expected a Model or a Map of attributes, got " + Values.toJsString(item));
        }
        Options opts = options.collection(this);
        M model = factory.create((Map<String, Object>) item, opts);
        if (!idAttributeFromFactory) {
            modelIdAttribute = model.idAttribute();
            idAttributeFromFactory = true;
        }
        if (model.validationError() == null) {
            return model;
        }
        trigger("invalid", this, model.validationError(), EventOptions.invalid(opts, model.validationError()));
        return null;
    }

    private List<M> removeModels(List<Object> items, Options options) {
        List<M> removed = new ArrayList<>();
        boolean silent = options.silent();
        for (Object item : items) {
            M model = get(item);
            if (model == null) {
                continue;
            }
            int index = models.indexOf(model);
            if (index >= 0) {
                models.remove(index);
            }
            byId.remove(Values.key(model.cid()));
            Object id = modelId(model.attributeMap(), model.idAttribute());
            if (id != null) {
                byId.remove(Values.key(id));
            }
            if (!silent && model.isHeardPastRelays()) {
                model.fire("remove", model, this, EventOptions.at(options, index));
            }
            removed.add(model);
            removeReference(model);
        }
        return removed;
    }

    private void addReference(M model) {
        membershipChanges++;
        if (modelIdAttribute == null) {
            modelIdAttribute = model.idAttribute();
        }
        byId.put(Values.key(model.cid()), model);
        Object id = modelId(model.attributeMap(), model.idAttribute());
        if (id != null) {
            byId.put(Values.key(id), model);
        }
        model.bindRelay("all", modelEvents, this);
    }

    private void removeReference(M model) {
        membershipChanges++;
        byId.remove(Values.key(model.cid()));
        Object id = modelId(model.attributeMap(), model.idAttribute());
        if (id != null) {
            byId.remove(Values.key(id));
        }
        release(model);
    }

    /** Lets go of a model: it no longer names this collection, and its events no longer come here. */
    private void release(M model) {
        if (model.collection() == this) {
            model.collection(null);
        }
        if (model.hasListeners()) {
            model.offName("all", modelEvents, this);
        }
    }

    /**
     * Every event of a member model passes through here and is re-triggered on the collection, except the
     * "add" and "remove" of other collections. A "destroy" removes the model; a "changeId" re-indexes it.
     */
    @SuppressWarnings("unchecked")
    private void onModelEvent(EventArgs event) {
        String name = event.name();
        Object first = event.arg(0);
        if (first instanceof Model) {
            M model = (M) first;
            if (("add".equals(name) || "remove".equals(name)) && event.arg(1) != this) {
                return;
            }
            if ("destroy".equals(name)) {
                remove(model, EventOptions.of(event).options());
            }
            if ("changeId".equals(name)) {
                Object previousId = modelId(model.previousAttributes(), model.idAttribute());
                Object id = modelId(model.attributeMap(), model.idAttribute());
                if (previousId != null) {
                    byId.remove(Values.key(previousId));
                }
                if (id != null) {
                    byId.put(Values.key(id), model);
                }
            }
        }
        forward(event);
    }

    // Persistence: fetch and create through a Sync

    /** This collection's own sync, set with {@link #sync(Sync)}; null to use the default. */
    private Sync ownSync;

    /**
     * Gives this collection, and the models in it that have none of their own, a sync in place of the
     * {@link Sync#getDefault() default}; Backbone's {@code collection.sync = ...}.
     *
     * @param sync the sync; null to go back to the default
     * @return this collection
     */
    public Collection<M> sync(Sync sync) {
        ownSync = sync;
        return this;
    }

    /** The sync set with {@link #sync(Sync)}, which the models in this collection use too; or null. */
    final Sync ownSync() {
        return ownSync;
    }

    /**
     * Hands one operation to the sync set with {@link #sync(Sync)}, else to {@link Sync#getDefault()}.
     * Override to change how this kind of collection is read.
     *
     * @param method normally {@link Sync#READ}
     * @param target the collection (normally this one)
     * @param options the options
     * @return the handle the sync returned, possibly null
     * @throws IllegalStateException when no sync is installed anywhere
     */
    public Request sync(String method, Events target, Options options) {
        return Persistence.require(ownSync).sync(method, target, options);
    }

    /**
     * Reads the collection from the server ({@code "read"}) and {@link #set(List, Options) sets} the list
     * that comes back, passed through {@link #parse}: new models are added, known ones merged, missing ones
     * removed, each with its event. Then the {@code success} option runs and {@code "sync"} fires; a failure
     * runs the {@code error} option and fires {@code "error"}, and leaves the collection as it was.
     *
     * @return the handle of the request
     */
    public Request fetch() {
        return fetch(null);
    }

    /**
     * {@link #fetch()} with options: {@code reset} to replace the models with one {@code "reset"} event,
     * {@code parse}, {@code success}, {@code error}, those of {@link #set(List, Options)} ({@code add},
     * {@code remove}, {@code merge}), and whatever the sync reads there (backbone-sync's {@code HttpOptions}:
     * query data, headers, timeout).
     *
     * @param options the options, or null
     * @return the handle of the request
     */
    public Request fetch(Options options) {
        Options base = Options.orNew(options);
        if (base.parse == null) {
            base = base.parse(true);
        }
        Request request = new Request();
        // The options as the sync receives them, success and error wrapped: what those wrappers hand on when
        // the sync reports without options (a sync reports with the options it was given, or added to).
        Options[] sent = new Options[1];
        Sync.SuccessCallback success = base.success();
        Options opts = base.success((target, response, reported) -> {
            Options asSent = reported != null ? reported : sent[0];
            if (asSent.reset()) {
                reset(response, asSent);
            } else {
                setAny(response, asSent);
            }
            if (success != null) {
                success.handle(this, response, asSent);
            }
            trigger("sync", this, response, EventOptions.of(asSent));
            request.resolve(response);
        });
        opts = Persistence.wrapError(this, opts, request, sent).request(request);
        sent[0] = opts;
        return Persistence.link(request, sync(Sync.READ, this, opts));
    }

    /**
     * Creates a model in this collection and saves it (see {@link #create(Object, Options)}).
     *
     * @param model a model or an attribute map
     * @return the model, or null when validation refused to create it
     */
    public M create(Object model) {
        return create(model, null);
    }

    /**
     * Creates a model in this collection and saves it: Backbone's {@code create}. The model is added at once
     * and then saved, or, with {@code wait}, saved first and added once the server agreed. A model that fails
     * validation while being made from attributes (with the {@code validate} option) is refused: the
     * collection fires {@code "invalid"} and this returns null, where Backbone returns {@code false}. One that
     * fails the validation of {@link Model#save} is returned, added, with its
     * {@link Model#validationError()} set and nothing sent.
     *
     * <p>Like Backbone, this returns the model rather than the handle of its save; the handle reaches the
     * {@code success} and {@code error} options, and the {@code "request"}, {@code "sync"} and {@code "error"}
     * events, as {@code options.request()}. While a waiting model is not yet added, its {@code "error"} event
     * is still forwarded to the collection.
     *
     * @param model a model or an attribute map
     * @param options {@code wait}, {@code success}, {@code error}, the options of {@link Model#save} and of
     *     {@link #add(Object, Options)}; or null
     * @return the model, or null when it was refused
     */
    public M create(Object model, Options options) {
        refuseList(model, "create");
        Options opts = Options.orNew(options);
        boolean wait = opts.waits();
        M created = prepareModel(model, opts);
        if (created == null) {
            return null;
        }
        if (!wait) {
            add(created, opts);
        }
        // A model not yet added is not forwarded by the collection, so forward its error once by hand.
        Subscription pristineError = wait
                ? created.once("error", event -> {
                    if (!has(((Model) event.arg(0)))) {
                        forward(event);
                    }
                })
                : null;
        Sync.SuccessCallback success = opts.success();
        created.save((Map<String, ?>) null, opts.success((target, response, callbackOptions) -> {
            if (wait) {
                pristineError.dispose();
                add(target, callbackOptions);
            }
            if (success != null) {
                success.handle(target, response, callbackOptions);
            }
        }));
        return created;
    }

    /**
     * What one call to {@link Collection#set} (or {@code add}, {@code remove}) changed: what an
     * {@link Collection#onUpdate(Consumer) update listener} receives, and Backbone's {@code options.changes}.
     *
     * <pre>{@code
     * todos.onUpdate(changes -> changes.added().forEach(todo -> list.append(new TodoView(todo))));
     * }</pre>
     *
     * @param <M> the collection's model type
     */
    public static final class Changes<M extends Model> {
        private final List<M> added;
        private final List<M> removed;
        private final List<M> merged;

        Changes(List<M> added, List<M> removed, List<M> merged) {
            this.added = Collections.unmodifiableList(added);
            this.removed = Collections.unmodifiableList(removed);
            this.merged = Collections.unmodifiableList(merged);
        }

        /** The models added, in insertion order; read-only. */
        public List<M> added() {
            return added;
        }

        /** The models removed; read-only. */
        public List<M> removed() {
            return removed;
        }

        /** The models already present whose attributes were merged; read-only. */
        public List<M> merged() {
            return merged;
        }
    }
}
