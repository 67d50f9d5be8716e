package io.backbonejava;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A model holds the data of one thing in your app (a todo, a user, a row) as a map of named attributes, and
 * tells whoever listens when they change. It is Backbone's {@code Model}: {@link #get}/{@link #set} with
 * {@code "change:attr"} and {@code "change"} events, change tracking, validation, and the id that a
 * {@link Collection} indexes it by and that {@link #url()} puts in its address.
 *
 * <p>Subclass it to declare your attributes with {@link Attribute} constants, defaults, validation and
 * computed helpers; override methods where Backbone sets properties on the prototype:
 *
 * <pre>{@code
 * public class Todo extends Model {
 *     public static final Attribute<String> TITLE = Attribute.string("title");
 *     public static final Attribute<Boolean> COMPLETED = Attribute.bool("completed");
 *
 *     public Todo(Map<String, ?> attributes, Options options) {
 *         super(attributes, options);
 *     }
 *
 *     protected Map<String, ?> defaults() {
 *         return Attributes.of(TITLE, "", COMPLETED, false);
 *     }
 *
 *     protected ValidationError validate(Candidate attrs, Options options) {
 *         return attrs.get(TITLE).isEmpty() ? ValidationError.of(TITLE, "Title is required") : null;
 *     }
 *
 *     public void toggle() {
 *         set(COMPLETED, !get(COMPLETED));
 *     }
 * }
 * }</pre>
 *
 * <p>Attribute values are what JSON holds: strings, numbers, booleans, null, lists and maps (and, if you
 * wish, nested models). Changes are detected by deep equality, with JavaScript's single number type:
 * setting {@code 1.0} over {@code 1} is no change. A model is single-threaded, as in the browser.
 */
public class Model extends Events {
    private static int nextCid = 1;

    private final String cid;
    /** The attributes, Backbone's {@code attributes}: {@link #attributes()} hands out this very map, read-only. */
    private final AttributeTable attributes = new AttributeTable();
    /**
     * The attributes as they were when the latest round of {@code set} began, Backbone's
     * {@code _previousAttributes}; {@link #NONE} until the first round, then a table of the model's own.
     */
    private AttributeTable previous = NONE;
    /**
     * What the latest round changed, in the order it did (Backbone's {@code changed}), removed attributes
     * mapping to null; null until a round changes something. Each round empties it and fills it again.
     */
    private AttributeTable changed;
    /** The previous attributes of a model that has had no round yet: always empty, so shared. */
    private static final AttributeTable NONE = new AttributeTable();
    /** The id, {@link Values#UNDEFINED} while the id attribute is absent (JavaScript tells that from null). */
    private Object id = Values.UNDEFINED;
    private Collection<?> collection;
    private ValidationError validationError;
    private String urlRoot;
    /**
     * The attributes as the server last confirmed them (by a fetch, a save, or the data the model was made
     * from with {@code parse}): what {@link #unsavedAttributes()} compares with. Null while never synced.
     */
    private Map<String, Object> synced;

    /** True while the constructor's call of {@link #set} has not begun its round. */
    private boolean building;
    /** True while a {@link #set} is running, so nested sets join the outermost one's change event. */
    private boolean changing;
    /** The options of the latest nested set still owed a {@code "change"} event, or null. */
    private Options pending;

    /** Creates a model with only its {@link #defaults()}. */
    public Model() {
        this(null, null);
    }

    /**
     * Creates a model from initial attributes, laid over {@link #defaults()}.
     *
     * @param attributes initial attributes; null for none
     */
    public Model(Map<String, ?> attributes) {
        this(attributes, null);
    }

    /**
     * Creates a model from initial attributes with options: {@code parse} runs {@link #parse} on them first,
     * {@code collection} names the collection the model belongs to, {@code validate} checks them (a failure
     * leaves {@link #validationError()} set, which is how a collection refuses invalid models).
     *
     * @param attributes initial attributes; null for none
     * @param options the options, or null
     */
    public Model(Map<String, ?> attributes, Options options) {
        Options opts = Options.orNew(options);
        cid = Values.concat(cidPrefix(), nextCid++);
        if (opts.collection() != null) {
            collection = opts.collection();
        }
        // set only reads the map, so the caller's own is used as it is unless defaults must be laid under it.
        Map<String, ?> attrs = attributes == null ? new LinkedHashMap<>() : attributes;
        if (opts.parse()) {
            // parse gets the caller's own object, as in Backbone, where a response is parsed as it arrived.
            Map<String, Object> parsed = parse(attrs, opts);
            attrs = parsed == null ? new LinkedHashMap<>() : parsed;
        }
        Map<String, ?> defaults = defaults();
        if (defaults != null) {
            Map<String, Object> merged = new LinkedHashMap<>(defaults);
            merged.putAll(attrs);
            attrs = merged;
        }
        // Through set(), which a subclass may override; its first round takes the short way (see there).
        building = true;
        try {
            set(attrs, opts);
        } finally {
            building = false;
        }
        // What the constructor sets is no change.
        if (changed != null) {
            changed.deleteAll();
        }
        // Attributes that come with parse are the server's (a collection's fetch makes its models so).
        if (opts.parse()) {
            synced = copyAttributes();
        }
    }

    // What subclasses declare

    /**
     * The attributes every new model starts with, under those given to the constructor. Called once per
     * model, so return fresh lists and maps. Null (the default) for none.
     */
    protected Map<String, ?> defaults() {
        return null;
    }

    /**
     * The name of the attribute that holds the model's id: {@code "id"} unless overridden (for example
     * {@code "_id"} for a MongoDB backend). Return a constant: it is read during construction.
     */
    public String idAttribute() {
        return "id";
    }

    /** The prefix of {@link #cid()}, {@code "c"} unless overridden. Read during construction. */
    protected String cidPrefix() {
        return "c";
    }

    /**
     * Checks a candidate set of attributes (the current ones with the incoming ones laid over them). Return
     * null when they are valid, or an error naming what is wrong, about the model or about attributes, to
     * refuse them: the model is then left unchanged and an {@code "invalid"} event carries the error. Runs on
     * {@link #save} and on {@link #set} with {@code validate}; the default accepts everything.
     *
     * @param attrs the attributes as they would be
     * @param options the options of the call
     * @return null if valid, otherwise the error
     */
    protected ValidationError validate(Candidate attrs, Options options) {
        return null;
    }

    /**
     * Turns a server response (or constructor input, with {@code parse}) into attributes. The default takes
     * a map as it is; override to unwrap envelopes such as {@code {"data": {...}}}.
     *
     * @param response the response body as parsed JSON, or the constructor's attributes
     * @param options the options of the call
     * @return the attributes, or null for none
     */
    @SuppressWarnings("unchecked")
    protected Map<String, Object> parse(Object response, Options options) {
        return response instanceof Map ? (Map<String, Object>) response : null;
    }

    // Reading

    /** The client id, unique among all models of this page or JVM: set before the server assigns an id. */
    public String cid() {
        return cid;
    }

    /** The id: the value of the {@link #idAttribute()} attribute, or null while the model is new. */
    public Object id() {
        return id == Values.UNDEFINED ? null : id;
    }

    /**
     * The collection this model belongs to (the first that added it), or null. It is returned as the type the
     * caller expects, so a view of a row can write {@code Rows rows = model().collection();} or
     * {@code model().collection().remove(model())} without a cast; like any unchecked read, asking for a
     * class the collection is not fails with a {@link ClassCastException} where the value is used.
     *
     * @param <C> the collection's class, as the caller expects it
     * @return the collection, or null
     */
    @SuppressWarnings("unchecked")
    public <C extends Collection<?>> C collection() {
        return (C) collection;
    }

    void collection(Collection<?> value) {
        collection = value;
    }

    /**
     * The value of an attribute, or null when it is absent.
     *
     * @param attr the attribute's name
     * @return the value
     */
    public Object get(String attr) {
        return attributes.get(attr);
    }

    /**
     * The value of a typed attribute, or null when it is absent.
     *
     * @param attr the attribute
     * @param <T> its type
     * @return the value
     */
    public <T> T get(Attribute<T> attr) {
        return attr.read(get(attr.name()));
    }

    /**
     * {@link #escape(String)} for a typed attribute.
     *
     * @param attr the attribute
     * @return the escaped text
     */
    public String escape(Attribute<?> attr) {
        return escape(attr.name());
    }

    /**
     * Whether a typed attribute holds a value other than null.
     *
     * @param attr the attribute
     * @return true when set and not null
     */
    public boolean has(Attribute<?> attr) {
        return has(attr.name());
    }

    /**
     * The value of an attribute with HTML's special characters escaped, for putting into markup; absent and
     * null values give the empty string.
     *
     * @param attr the attribute's name
     * @return the escaped text
     */
    public String escape(String attr) {
        return Values.escapeHtml(get(attr));
    }

    /**
     * Whether an attribute holds a value other than null.
     *
     * @param attr the attribute's name
     * @return true when set and not null
     */
    public boolean has(String attr) {
        return get(attr) != null;
    }

    /**
     * Whether every given attribute is present with a strictly equal value (JavaScript's {@code ===}: numbers
     * and strings by value, lists and maps by identity), as {@link Collection#where} uses it.
     *
     * @param attrs the attributes to look for
     * @return true when all match
     */
    public boolean matches(Map<String, ?> attrs) {
        for (Map.Entry<String, ?> entry : attrs.entrySet()) {
            if (!matches(entry.getKey(), entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** Whether one attribute is present with a strictly equal value. */
    final boolean matches(String attr, Object expected) {
        Object value = attributes.value(attr);
        return value != Values.UNDEFINED && Values.strictEquals(value, expected);
    }

    /** A read-only view of the current attributes, in the order they were first set; it follows changes. */
    public Map<String, Object> attributes() {
        return attributeMap();
    }

    /** The same view for the collection's id lookups, whatever a subclass makes of {@link #attributes()}. */
    final Map<String, Object> attributeMap() {
        return attributes;
    }

    /**
     * A copy of the attributes, ready to be sent as JSON. Override to shape what is sent.
     *
     * @return a new map
     */
    public Map<String, Object> toJSON() {
        return copyAttributes();
    }

    // Typed listeners for the model's own events. Each is the string event of the same name, read for you.

    /**
     * Calls {@code listener} with the new value each time a typed attribute changes: the
     * {@code "change:<name>"} event, typed.
     *
     * <pre>{@code
     * listenTo(todo.onChange(Todo.TITLE, title -> label.setTextContent(title)));
     * }</pre>
     *
     * @param attr the attribute
     * @param listener receives the new value (null when the attribute was removed)
     * @param <T> its type
     * @return the binding; hand it to {@link Events#listenTo(Subscription)} to tie it to a view's life
     */
    public <T> Subscription onChange(Attribute<T> attr, Consumer<? super T> listener) {
        return on(Values.concat("change:", attr.name()), e -> listener.accept(attr.read(e.arg(1))));
    }

    /**
     * Calls {@code listener} once per {@code set} that changed anything: the {@code "change"} event.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onChange(Runnable listener) {
        return on("change", e -> listener.run());
    }

    /**
     * Calls {@code listener} when the model is destroyed: the {@code "destroy"} event.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onDestroy(Runnable listener) {
        return on("destroy", e -> listener.run());
    }

    /**
     * Calls {@code listener} with the error each time validation refuses a change: the {@code "invalid"}
     * event.
     *
     * @param listener receives the error
     * @return the binding
     */
    public Subscription onInvalid(Consumer<? super ValidationError> listener) {
        return on("invalid", e -> {
            Object error = e.arg(1);
            listener.accept(error instanceof ValidationError ? (ValidationError) error : validationError);
        });
    }

    /**
     * Calls {@code listener} with the failure each time a request of this model fails: the {@code "error"}
     * event.
     *
     * @param listener receives the failure
     * @return the binding
     */
    public Subscription onError(Consumer<? super Failure> listener) {
        return on("error", e -> {
            Object failure = e.arg(1);
            if (failure instanceof Failure) {
                listener.accept((Failure) failure);
            }
        });
    }

    /**
     * Calls {@code listener} each time the server confirmed a fetch, save or destroy: the {@code "sync"}
     * event.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onSync(Runnable listener) {
        return on("sync", e -> listener.run());
    }

    // Writing

    /**
     * Sets one attribute, firing {@code "change:attr"} and {@code "change"} if its value changed:
     * {@code set("title", "x")}, or with options ({@code silent}, {@code unset}, {@code validate}, your own
     * values) {@code set("title", "x", options)}. The options trail as a varargs parameter so that
     * Backbone's {@code set(null, options)} compiles, as {@link #set(Map, Options)} with no attributes.
     *
     * @param attr the attribute's name; null does nothing
     * @param value the new value
     * @param options at most one {@link Options}; none, or a null one, means no options
     * @return false only when validation refused the change
     * @throws IllegalArgumentException if more than one {@code Options} is given
     */
    public boolean set(String attr, Object value, Options... options) {
        Options opts = Options.optional(options);
        if (attr == null) {
            return true;
        }
        return set(Collections.singletonMap(attr, value), opts);
    }

    /**
     * Sets a typed attribute: {@code set(TITLE, "x")}, or with options {@code set(TITLE, "x", options)}.
     *
     * @param attr the attribute
     * @param value the new value
     * @param options at most one {@link Options}; none, or a null one, means no options
     * @param <T> its type
     * @return false only when validation refused the change
     * @throws IllegalArgumentException if more than one {@code Options} is given
     */
    public <T> boolean set(Attribute<T> attr, T value, Options... options) {
        return set(attr.name(), value, Options.optional(options));
    }

    /**
     * Sets several attributes at once: each changed one fires {@code "change:attr"} (in map order, after all
     * are assigned), then one {@code "change"} fires.
     *
     * @param attrs the attributes; null does nothing
     * @return false only when validation refused the change
     */
    public boolean set(Map<String, ?> attrs) {
        return set(attrs, null);
    }

    /**
     * Sets several attributes with options. This is the heart of the model; step by step:
     * validate if asked; remember the attributes as they were when the outermost set began; assign every
     * attribute, noting which really changed; fire {@code "change:attr"} for each; and only in the outermost
     * call fire {@code "change"}, again as long as handlers made further changes.
     *
     * @param attrs the attributes; null does nothing
     * @param options the options ({@code silent}, {@code unset}, {@code validate}, ...), or null
     * @return false only when validation refused the change
     */
    public boolean set(Map<String, ?> attrs, Options options) {
        if (attrs == null) {
            return true;
        }
        Options opts = Options.orNew(options);
        if (!checkValid(attrs, opts)) {
            return false;
        }
        boolean unset = opts.unset();
        if (building) {
            building = false;
            if (!unset && !hasListeners()) {
                // The round that builds the model, which nobody can hear yet, amounts to this: the
                // attributes, the id, and nothing before them. Collections build models by the thousand.
                attributes.fill(attrs);
                // The stored id, not get()'s: a subclass's get may use fields its constructor has yet to set.
                id = attributes.value(idAttribute());
                return true;
            }
        }
        boolean silent = opts.silent();
        // Allocated on the first change: a set that changes nothing (a merge of equal values) needs none.
        List<String> changes = null;
        boolean nested = changing;
        changing = true;

        // The first set of a round decides what "previous" means for every nested one.
        if (!nested) {
            if (previous == NONE) {
                previous = attributes.copy();
            } else {
                previous.copyFrom(attributes);
            }
            if (changed != null) {
                changed.deleteAll();
            }
        }

        try {
            // Assign everything first, so that handlers below see the whole new state. Unsetting removes
            // entries, so loop over a copy in case the caller passed this model's own attributes.
            Iterable<? extends Map.Entry<String, ?>> entries = unset ? new ArrayList<>(attrs.entrySet()) : attrs.entrySet();
            for (Map.Entry<String, ?> entry : entries) {
                String attr = entry.getKey();
                Object value = entry.getValue();
                if (!Values.deepEquals(attributes.value(attr), value)) {
                    if (changes == null) {
                        changes = new ArrayList<>(4);
                    }
                    changes.add(attr);
                }
                if (!Values.deepEquals(previous.value(attr), value)) {
                    if (changed == null) {
                        changed = new AttributeTable();
                    }
                    changed.store(attr, value == Values.UNDEFINED ? null : value);
                } else if (changed != null) {
                    changed.delete(attr);
                }
                if (unset) {
                    attributes.delete(attr);
                } else {
                    attributes.store(attr, value);
                }
            }

            // Keep the id in step with its attribute; collections re-index on "changeId".
            if (attrs.containsKey(idAttribute())) {
                Object previousId = id;
                id = get(idAttribute());
                if (id == null && !attributes.containsKey(idAttribute())) {
                    id = Values.UNDEFINED;
                }
                // Absent and null differ here, as undefined and null do in Backbone's !==.
                if (!Values.strictEquals(id, previousId) && hasListeners()) {
                    fire("changeId", this, previousId == Values.UNDEFINED ? null : previousId, EventOptions.of(opts));
                }
            }

            if (!silent && changes != null) {
                pending = opts;
                EventOptions told = null;
                for (String attr : changes) {
                    // Skip building event names nobody would hear, in a collection nobody listens to too.
                    if (isHeardPastRelays()) {
                        if (told == null) {
                            told = EventOptions.of(opts);
                        }
                        fire(Values.concat("change:", attr), this, attributes.get(attr), told);
                    }
                }
            }

            // A nested set leaves the "change" event to the outermost one.
            if (nested) {
                return true;
            }
            if (!silent) {
                while (pending != null) {
                    Options round = pending;
                    pending = null;
                    if (isHeardPastRelays()) {
                        fire("change", this, EventOptions.of(round));
                    }
                }
            }
        } finally {
            if (!nested) {
                pending = null;
                changing = false;
            }
        }
        return true;
    }

    /**
     * Removes an attribute, firing change events if it was present.
     *
     * @param attr the attribute's name
     * @return false only when validation refused the change
     */
    public boolean unset(String attr) {
        return unset(attr, null);
    }

    /**
     * Removes an attribute with options.
     *
     * @param attr the attribute's name
     * @param options the options, or null
     * @return false only when validation refused the change
     */
    public boolean unset(String attr, Options options) {
        return set(Collections.singletonMap(attr, Values.UNDEFINED), Options.orNew(options).unset(true));
    }

    /**
     * Removes a typed attribute, firing change events if it was present.
     *
     * @param attr the attribute
     * @return false only when validation refused the change
     */
    public boolean unset(Attribute<?> attr) {
        return unset(attr.name(), null);
    }

    /**
     * Removes a typed attribute with options.
     *
     * @param attr the attribute
     * @param options the options, or null
     * @return false only when validation refused the change
     */
    public boolean unset(Attribute<?> attr, Options options) {
        return unset(attr.name(), options);
    }

    /**
     * Removes every attribute, id included.
     *
     * @param options the options, or null
     * @return false only when validation refused the change
     */
    public boolean clear(Options options) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            attrs.put(attributes.nameAt(i), Values.UNDEFINED);
        }
        return set(attrs, Options.orNew(options).unset(true));
    }

    /**
     * Removes every attribute.
     *
     * @return false only when validation refused the change
     */
    public boolean clear() {
        return clear(null);
    }

    // Change tracking

    /** Whether the last {@code set} round changed anything. */
    public boolean hasChanged() {
        return changed != null && !changed.isEmpty();
    }

    /**
     * Whether the last {@code set} round changed a typed attribute.
     *
     * @param attr the attribute
     * @return true when it changed
     */
    public boolean hasChanged(Attribute<?> attr) {
        return hasChanged(attr.name());
    }

    /**
     * Whether the last {@code set} round changed the given attribute.
     *
     * @param attr the attribute's name; null asks about any attribute
     * @return true when it changed
     */
    public boolean hasChanged(String attr) {
        if (attr == null) {
            return hasChanged();
        }
        return changed != null && changed.containsKey(attr);
    }

    /**
     * A read-only map of what the last {@code set} round changed (removed attributes map to null), in the
     * order they changed. Taken during a round, it holds what had changed by then.
     */
    public Map<String, Object> changed() {
        return hasChanged() ? changed.copy() : Collections.emptyMap();
    }

    /**
     * A copy of what the last {@code set} round changed, or null when nothing did (Backbone's {@code false}).
     *
     * @return the changed attributes, or null
     */
    public Map<String, Object> changedAttributes() {
        return hasChanged() ? new LinkedHashMap<>(changed()) : null;
    }

    /**
     * Which of the given attributes differ from the model's: handy to decide whether a server response
     * needs a re-render. Inside a change handler, compares with the state before the round began.
     *
     * @param diff candidate attributes; null behaves as {@link #changedAttributes()}
     * @return those that differ, or null when none do
     */
    public Map<String, Object> changedAttributes(Map<String, ?> diff) {
        if (diff == null) {
            return changedAttributes();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : diff.entrySet()) {
            String attr = entry.getKey();
            Object old = (changing ? previous : attributes).value(attr);
            if (!Values.deepEquals(old, entry.getValue())) {
                result.put(entry.getKey(), entry.getValue());
            }
        }
        return result.isEmpty() ? null : result;
    }

    /**
     * The value an attribute had before the last {@code set} round.
     *
     * @param attr the attribute's name
     * @return the old value, or null
     */
    public Object previous(String attr) {
        if (attr == null) {
            return null;
        }
        Object value = previous.value(attr);
        return value == Values.UNDEFINED ? null : value;
    }

    /**
     * The value a typed attribute had before the last {@code set} round.
     *
     * @param attr the attribute
     * @param <T> its type
     * @return the old value, or null
     */
    public <T> T previous(Attribute<T> attr) {
        return attr.read(previous(attr.name()));
    }

    /** A copy of all attributes as they were before the last {@code set} round. */
    public Map<String, Object> previousAttributes() {
        return new LinkedHashMap<>(previous);
    }

    // Unsaved changes

    /**
     * What changed since the server last confirmed the model, by a fetch, a save, or the data the model was
     * made from with {@code parse} (as a collection's fetch makes them); for a model never synced, all of its
     * attributes. Where {@link #changedAttributes()} covers only the last {@code set}, this covers every set
     * since the last sync: what a PATCH should send ({@link #saveUnsaved()}). A failed save leaves them
     * unsaved. Removed attributes map to null.
     *
     * @return a copy, in attribute order; empty when nothing is unsaved
     */
    public Map<String, Object> unsavedAttributes() {
        Map<String, Object> unsaved = new LinkedHashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            String attr = attributes.nameAt(i);
            Object value = attributes.valueAt(i);
            if (synced == null || !synced.containsKey(attr) || !Values.deepEquals(synced.get(attr), value)) {
                unsaved.put(attr, value);
            }
        }
        if (synced != null) {
            for (Map.Entry<String, Object> entry : synced.entrySet()) {
                if (!attributes.containsKey(entry.getKey())) {
                    unsaved.put(entry.getKey(), null);
                }
            }
        }
        return unsaved;
    }

    /** Whether anything changed since the server last confirmed the model (see {@link #unsavedAttributes()}). */
    public boolean hasUnsavedChanges() {
        return !unsavedAttributes().isEmpty();
    }

    /** The attributes as the server last confirmed them (live, not a copy), or null when never synced. */
    final Map<String, Object> confirmedAttributes() {
        return synced;
    }

    /** Notes that the server holds these attributes as they are now: a collection merged them from a fetch. */
    final void confirmedByServer(Map<String, ?> serverAttrs) {
        Map<String, Object> confirmed = synced == null ? new LinkedHashMap<>() : synced;
        // Entries rather than keySet(): apps then carry no class for a map's key view.
        for (Map.Entry<String, ?> entry : serverAttrs.entrySet()) {
            String attr = entry.getKey();
            Object value = attributes.value(attr);
            if (value != Values.UNDEFINED) {
                confirmed.put(attr, value);
            } else {
                confirmed.remove(attr);
            }
        }
        synced = confirmed;
    }

    // Validation

    /** What {@link #validate} returned the last time it ran (or the server's field errors), or null. */
    public ValidationError validationError() {
        return validationError;
    }

    /**
     * Runs {@link #validate} on the current attributes, firing {@code "invalid"} on failure.
     *
     * @return true when valid
     */
    public boolean isValid() {
        return isValid(null);
    }

    /**
     * Runs {@link #validate} on the current attributes with options.
     *
     * @param options handed to {@code validate} and the {@code "invalid"} event
     * @return true when valid
     */
    public boolean isValid(Options options) {
        return checkValid(new LinkedHashMap<>(), Options.orNew(options).validate(true));
    }

    /** Backbone's {@code _validate}: only with the {@code validate} option; records and announces failure. */
    final boolean checkValid(Map<String, ?> attrs, Options options) {
        if (!options.validate()) {
            return true;
        }
        Map<String, Object> candidate = copyAttributes();
        for (Map.Entry<String, ?> entry : attrs.entrySet()) {
            if (entry.getValue() == Values.UNDEFINED) {
                candidate.remove(entry.getKey());
            } else {
                candidate.put(entry.getKey(), entry.getValue());
            }
        }
        ValidationError error = validate(new Candidate(candidate), options);
        validationError = error;
        if (error == null) {
            return true;
        }
        trigger("invalid", this, error, EventOptions.invalid(options, error));
        return false;
    }

    /**
     * Records a validation error the server answered with (a 400 naming invalid attributes) as if
     * {@link #validate} had returned it: {@link #validationError()} holds it and {@code "invalid"} fires.
     */
    final void refusedByServer(ValidationError error, Options options) {
        validationError = error;
        trigger("invalid", this, error, EventOptions.invalid(options, error));
    }

    // Identity and addresses

    /** Whether the model has never been saved: it has no id. */
    public boolean isNew() {
        return !has(idAttribute());
    }

    /**
     * The root of this model's URL when it is not in a collection, such as {@code "/api/todos"}; null unless
     * set with {@link #urlRoot(String)} or overridden.
     */
    public String urlRoot() {
        return urlRoot;
    }

    /**
     * Sets the URL root used when the model has no collection.
     *
     * @param value the root, such as {@code "/api/todos"}
     * @return this model
     */
    public Model urlRoot(String value) {
        urlRoot = value;
        return this;
    }

    /**
     * Where the model lives on the server: {@link #urlRoot()} (or else its collection's url), followed by
     * {@code /} and the URL-encoded id once it has one. Override for other schemes.
     *
     * @return the URL
     * @throws IllegalStateException when neither a url root nor a collection url is known
     */
    public String url() {
        String base = urlRoot();
        if (base == null || base.isEmpty()) {
            base = collection == null ? null : collection.url();
        }
        if (base == null || base.isEmpty()) {
            throw new IllegalStateException("A \"url\" property or function must be specified");
        }
        if (isNew()) {
            return base;
        }
        String separator = base.endsWith("/") ? "" : "/";
        return base + separator + Values.encodeUriComponent(Values.toJsString(get(idAttribute())));
    }

    /**
     * A new model with a copy of these attributes. Subclasses return their own type by overriding this with
     * a call to their constructor.
     *
     * @return the copy
     */
    @Override
    public Model clone() {
        return new Model(copyAttributes());
    }

    // Underscore's object methods, as Backbone proxies them

    /** The attribute names, in order. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(attributes.size());
        for (int i = 0; i < attributes.size(); i++) {
            keys.add(attributes.nameAt(i));
        }
        return keys;
    }

    /** The attribute values, in order. */
    public List<Object> values() {
        List<Object> values = new ArrayList<>(attributes.size());
        for (int i = 0; i < attributes.size(); i++) {
            values.add(attributes.valueAt(i));
        }
        return values;
    }

    /** Whether the model has no attributes at all. */
    public boolean isEmpty() {
        return attributes.isEmpty();
    }

    /**
     * A copy of just the named attributes that are present.
     *
     * @param attrs the names to keep
     * @return a new map
     */
    public Map<String, Object> pick(String... attrs) {
        Map<String, Object> result = new LinkedHashMap<>();
        for (String attr : attrs) {
            Object value = attributes.value(attr);
            if (value != Values.UNDEFINED) {
                result.put(attr, value);
            }
        }
        return result;
    }

    /**
     * A copy of just the given typed attributes that are present.
     *
     * @param attrs the attributes to keep
     * @return a new map
     */
    public Map<String, Object> pick(Attribute<?>... attrs) {
        String[] names = new String[attrs.length];
        for (int i = 0; i < attrs.length; i++) {
            names[i] = attrs[i].name();
        }
        return pick(names);
    }

    /**
     * A copy of the attributes without the named ones.
     *
     * @param attrs the names to leave out
     * @return a new map
     */
    public Map<String, Object> omit(String... attrs) {
        Map<String, Object> result = copyAttributes();
        for (String attr : attrs) {
            result.remove(attr);
        }
        return result;
    }

    /** The attributes with names and values swapped, values turned into strings as JavaScript does. */
    public Map<String, String> invert() {
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            result.put(Values.toJsString(attributes.valueAt(i)), attributes.nameAt(i));
        }
        return result;
    }

    /** For debugging: the cid and the attributes, such as {@code Model(c1){title=Buy milk, order=1}}. */
    @Override
    public String toString() {
        // Values as JavaScript prints them, never through their own toString (see Values.toJsString).
        StringBuilder out = new StringBuilder("Model(").append(cid).append("){");
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(attributes.nameAt(i)).append('=').append(Values.toJsString(attributes.valueAt(i)));
        }
        return out.append('}').toString();
    }

    // Copies of the attributes

    /**
     * What a string comparator sorts by, as Backbone's {@code model.get(attr)} gives it: the value, or
     * {@link Values#UNDEFINED} when the attribute is absent, which sorts last where a stored null sorts as 0.
     */
    final Object sortValue(String attr) {
        Object value = get(attr);
        return value == null && !attributes.containsKey(attr) ? Values.UNDEFINED : value;
    }

    /** A new, modifiable map of the attributes, in their order. */
    private Map<String, Object> copyAttributes() {
        return new LinkedHashMap<>(attributes);
    }

    // Persistence: fetch, save and destroy through a Sync

    /** This model's own sync, set with {@link #sync(Sync)}; null to use its collection's or the default. */
    private Sync ownSync;

    /**
     * Gives this model a sync of its own, in place of its collection's and the {@link Sync#getDefault()
     * default}; Backbone's {@code model.sync = ...}.
     *
     * @param sync the sync; null to go back to the collection's or the default
     * @return this model
     */
    public Model sync(Sync sync) {
        ownSync = sync;
        return this;
    }

    /**
     * Hands one operation to the sync: the one set with {@link #sync(Sync)}, else the one set on the
     * model's collection with {@link Collection#sync(Sync)} (as Backbone.localStorage does), else
     * {@link Sync#getDefault()}. Override to change how this kind of model is persisted, for example to add
     * options and then call {@code super.sync(...)}.
     *
     * @param method {@link Sync#CREATE}, {@link Sync#READ}, {@link Sync#UPDATE}, {@link Sync#PATCH} or
     *     {@link Sync#DELETE}
     * @param target the model (normally this one)
     * @param options the options
     * @return the handle the sync returned, possibly null
     * @throws IllegalStateException when no sync is installed anywhere
     */
    public Request sync(String method, Events target, Options options) {
        return chosenSync().sync(method, target, options);
    }

    private Sync chosenSync() {
        Sync own = ownSync;
        if (own == null && collection != null) {
            own = collection.ownSync();
        }
        return Persistence.require(own);
    }

    /**
     * Reads the model from the server ({@code "read"}) and sets what comes back, passed through
     * {@link #parse} unless {@code parse} is false. Success fires {@code "change"} events as the attributes
     * change, then runs the {@code success} option, then fires {@code "sync"}; failure runs the {@code error}
     * option, then fires {@code "error"} with the {@link Failure}, and leaves the model as it was.
     *
     * @return the handle of the request
     */
    public Request fetch() {
        return fetch(null);
    }

    /**
     * {@link #fetch()} with options: {@code parse}, {@code success}, {@code error}, {@code url}, those of
     * {@link #set(Map, Options)} for setting the response, and whatever the sync reads there (backbone-sync's
     * {@code HttpOptions}: query data, headers, timeout).
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
            Map<String, Object> serverAttrs = asSent.parse() ? parse(response, asSent) : asAttributes(response);
            if (set(serverAttrs, asSent)) {
                synced = copyAttributes();
                if (success != null) {
                    success.handle(this, response, asSent);
                }
                trigger("sync", this, response, EventOptions.of(asSent));
            }
            request.resolve(response);
        });
        opts = Persistence.wrapError(this, opts, request, sent).request(request);
        sent[0] = opts;
        return Persistence.link(request, sync(Sync.READ, this, opts));
    }

    /**
     * Saves the model as it is: {@code "create"} when it is new, {@code "update"} otherwise.
     *
     * @return the handle of the request; already rejected when validation refused the model
     */
    public Request save() {
        return save((Map<String, ?>) null, null);
    }

    /**
     * Saves the model as it is, with options (see {@link #save(Map, Options)}).
     *
     * @param options the options, or null
     * @return the handle of the request; already rejected when validation refused the model
     */
    public Request save(Options options) {
        return save((Map<String, ?>) null, options);
    }

    /**
     * Sets one attribute and saves the model: {@code save("title", "x")}, or with options
     * {@code save("title", "x", options)}. The options are a trailing optional parameter rather than a
     * separate overload so that Backbone's {@code save(null, options)} compiles and means
     * {@link #save(Map, Options)}: a bare null first argument has then one two-argument candidate.
     *
     * @param attr the attribute's name
     * @param value its value
     * @param options at most one {@link Options}; none, or a null one, means no options
     * @return the handle of the request; already rejected when validation refused the change
     * @throws IllegalArgumentException if more than one {@code Options} is given
     */
    public Request save(String attr, Object value, Options... options) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put(attr, value);
        return save(attrs, Options.optional(options));
    }

    /**
     * Sets a typed attribute and saves the model: {@code save(TITLE, "x")}, or with options
     * {@code save(TITLE, "x", options)} (see {@link #save(String, Object, Options...)} for why the options
     * trail).
     *
     * @param attr the attribute
     * @param value its value
     * @param options at most one {@link Options}; none, or a null one, means no options
     * @param <T> its type
     * @return the handle of the request; already rejected when validation refused the change
     * @throws IllegalArgumentException if more than one {@code Options} is given
     */
    public <T> Request save(Attribute<T> attr, T value, Options... options) {
        return save(attr.name(), value, Options.optional(options));
    }

    /**
     * Sets several attributes and saves the model.
     *
     * @param attrs the attributes
     * @return the handle of the request; already rejected when validation refused the change
     */
    public Request save(Map<String, ?> attrs) {
        return save(attrs, null);
    }

    /**
     * Sets attributes and saves the model: Backbone's {@code save}. Step by step: {@link #validate} runs first
     * (unless {@code validate} is false); without {@code wait} the attributes are set at once, with it only
     * checked, and sent in place of the current ones; the method is {@code "create"} for a new model,
     * {@code "patch"} with the {@code patch} option (sending only {@code attrs}), else {@code "update"}. When
     * the server answers, its attributes (through {@link #parse}) are set, then the {@code success} option
     * runs and {@code "sync"} fires. A failure runs the {@code error} option and fires {@code "error"}; the
     * model keeps what was set before sending, as in Backbone.
     *
     * <p>Where Backbone returns {@code false} for a model that fails validation, this returns a handle that
     * is already rejected with a {@link Failure#INVALID} failure holding the validation error; nothing is sent,
     * and the {@code "invalid"} event (not {@code "error"}) has fired.
     *
     * @param attrs the attributes to set and save; null saves the model as it is
     * @param options {@code wait}, {@code patch}, {@code validate}, {@code parse}, {@code success},
     *     {@code error}, and the request options such as {@code url} and headers; or null
     * @return the handle of the request
     */
    public Request save(Map<String, ?> attrs, Options options) {
        Options base = Options.orNew(options);
        if (base.validate == null) {
            base = base.validate(true);
        }
        if (base.parse == null) {
            base = base.parse(true);
        }
        boolean wait = base.waits();

        // Without wait, save is a validated set followed by a save; with it, the attributes are only checked.
        if (attrs != null && !wait) {
            if (!set(attrs, base)) {
                return Request.rejected(Failure.invalid(validationError));
            }
        } else if (!checkValid(attrs == null ? new LinkedHashMap<String, Object>() : attrs, base)) {
            return Request.rejected(Failure.invalid(validationError));
        }

        // With wait, the attributes are in place only while the request is built (so that the url, isNew
        // and toJSON see them), and again from the response on success.
        TemporaryAttributes temporary = new TemporaryAttributes(wait ? attrs : null);
        // What the request sends, which the server confirms on success: the unsaved attributes then shrink.
        Map<String, Object>[] sending = new Map[1];
        // The options as the sync receives them, success and error wrapped: what those wrappers hand on when
        // the sync reports without options (a sync reports with the options it was given, or added to).
        Options[] sent = new Options[1];
        Request request = new Request();
        Sync.SuccessCallback success = base.success();
        Options opts = base.success((target, response, reported) -> {
            Options asSent = reported != null ? reported : sent[0];
            temporary.restore();
            Map<String, Object> serverAttrs = asSent.parse() ? parse(response, asSent) : asAttributes(response);
            if (wait) {
                Map<String, Object> merged = new LinkedHashMap<>(attrs == null ? new LinkedHashMap<>() : attrs);
                if (serverAttrs != null) {
                    merged.putAll(serverAttrs);
                }
                serverAttrs = merged;
            }
            if (serverAttrs == null || set(serverAttrs, asSent)) {
                Map<String, Object> confirmed = asSent.patch() && synced != null
                        ? new LinkedHashMap<>(synced) : new LinkedHashMap<>();
                confirmed.putAll(sending[0]);
                if (serverAttrs != null) {
                    confirmed.putAll(serverAttrs);
                }
                synced = confirmed;
                if (success != null) {
                    success.handle(this, response, asSent);
                }
                trigger("sync", this, response, EventOptions.of(asSent));
            }
            request.resolve(response);
        });
        opts = Persistence.wrapError(this, opts, request, sent);
        // Unlike Backbone, also put the real attributes back before a failure that arrives during the sync
        // call (a blocking transport), so error handlers never see the values that were not saved.
        Sync.ErrorCallback reportError = opts.error();
        opts = opts.error((target, failure, callbackOptions) -> {
            temporary.restore();
            reportError.handle(target, failure, callbackOptions);
        });

        temporary.apply();
        try {
            String method = isNew() ? Sync.CREATE : opts.patch() ? Sync.PATCH : Sync.UPDATE;
            if (Sync.PATCH.equals(method) && opts.attrs() == null) {
                opts = opts.attrs(attrs);
            }
            sending[0] = Sync.PATCH.equals(method) && opts.attrs() != null ? new LinkedHashMap<>(opts.attrs())
                    : copyAttributes();
            opts = opts.request(request);
            sent[0] = opts;
            return Persistence.link(request, sync(method, this, opts));
        } finally {
            temporary.restore();
        }
    }

    /**
     * Saves what changed since the server last confirmed the model ({@link #unsavedAttributes()}) with a
     * {@code "patch"}: Django REST Framework's partial update, which sends only those attributes. A new model
     * is created with all of its attributes, as {@link #save()} does. When nothing is unsaved, nothing is sent:
     * the handle is resolved at once with null, and no event fires. On failure the attributes stay unsaved.
     *
     * <pre>{@code
     * todo.set(Todo.TITLE, "Buy bread");
     * todo.set(Todo.ORDER, 2);
     * todo.saveUnsaved();   // PATCH /api/todos/3/ {"title":"Buy bread","order":2}
     * }</pre>
     *
     * @return the handle of the request
     */
    public Request saveUnsaved() {
        return saveUnsaved(null);
    }

    /**
     * {@link #saveUnsaved()} with the options of {@link #save(Map, Options)} ({@code patch} and {@code attrs}
     * are set here).
     *
     * @param options the options, or null
     * @return the handle of the request
     */
    public Request saveUnsaved(Options options) {
        if (isNew()) {
            return save(options);
        }
        Map<String, Object> unsaved = unsavedAttributes();
        if (unsaved.isEmpty()) {
            return Request.resolved(null);
        }
        return save((Map<String, ?>) null, Options.orNew(options).patch(true).attrs(unsaved));
    }

    /**
     * Deletes the model on the server ({@code "delete"}) and fires {@code "destroy"}, which removes it from
     * every collection holding it. Without {@code wait} that happens at once, before the server answers (and
     * stays so if the request fails); with {@code wait}, only on success. A new model is not sent at all:
     * {@code "destroy"} fires and its success is reported a moment later through the sync's
     * {@link Sync#defer}, with no {@code "sync"} event.
     *
     * @return the handle of the request (for a new model, one resolved with null once success has run)
     */
    public Request destroy() {
        return destroy(null);
    }

    /**
     * {@link #destroy()} with options: {@code wait}, {@code success}, {@code error} and the request options.
     *
     * @param options the options, or null
     * @return the handle of the request
     */
    public Request destroy(Options options) {
        Options base = Options.orNew(options);
        boolean wait = base.waits();
        Request request = new Request();
        // The options as the sync receives them, success (and error) wrapped: what those wrappers hand on when
        // the sync reports without options (a sync reports with the options it was given, or added to).
        Options[] sent = new Options[1];
        Sync.SuccessCallback success = base.success();
        Runnable destroy = () -> {
            stopListening();
            trigger("destroy", this, collection, EventOptions.of(sent[0]));
        };
        Sync.SuccessCallback done = (target, response, reported) -> {
            Options asSent = reported != null ? reported : sent[0];
            if (wait) {
                destroy.run();
            }
            if (success != null) {
                success.handle(this, response, asSent);
            }
            if (!isNew()) {
                trigger("sync", this, response, EventOptions.of(asSent));
            }
            request.resolve(response);
        };
        Options opts = base.success(done).request(request);
        if (isNew()) {
            sent[0] = opts;
            // Success comes after "destroy" even where deferring runs a task at once (on the JVM, or with no
            // sync at all), as it does in Backbone, where it waits for the next turn of the event loop.
            if (!wait) {
                destroy.run();
            }
            Sync deferrer = ownSync != null ? ownSync : collection != null ? collection.ownSync() : null;
            if (deferrer == null) {
                deferrer = Sync.getDefault();
            }
            Runnable later = () -> done.handle(this, null, sent[0]);
            if (deferrer != null) {
                deferrer.defer(later);
            } else {
                later.run();
            }
            return request;
        }
        opts = Persistence.wrapError(this, opts, request, sent);
        sent[0] = opts;
        Persistence.link(request, sync(Sync.DELETE, this, opts));
        if (!wait) {
            destroy.run();
        }
        return request;
    }

    /** A response that is not a map sets nothing, as a JavaScript non-object does in Backbone's set. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asAttributes(Object response) {
        return response instanceof Map ? (Map<String, Object>) response : null;
    }

    /** Backbone's save swaps {@code model.attributes} while a waiting save is being sent; this does the same. */
    private final class TemporaryAttributes {
        private final Map<String, ?> attrs;
        private AttributeTable saved;

        TemporaryAttributes(Map<String, ?> attrs) {
            this.attrs = attrs;
        }

        void apply() {
            if (attrs == null) {
                return;
            }
            // The previous attributes are a copy of their own, so previous() still answers with the real values.
            saved = attributes.copy();
            for (Map.Entry<String, ?> entry : attrs.entrySet()) {
                attributes.store(entry.getKey(), entry.getValue());
            }
        }

        /** Puts the real attributes back, once: a success during the sync call restores them first. */
        void restore() {
            if (saved == null) {
                return;
            }
            attributes.deleteAll();
            attributes.fill(saved);
            saved = null;
        }
    }
}
