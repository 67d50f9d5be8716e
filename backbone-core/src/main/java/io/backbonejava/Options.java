package io.backbonejava;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of one call to a {@link Model} or {@link Collection} method: Backbone's options object as a
 * small typed value. Every flag is unset until you set it, so each method can apply its own default (for
 * example {@code merge} defaults to true in {@link Collection#set} and to false in {@link Collection#add}).
 *
 * <p>The same value is handed to the event handlers the call triggers, last in their argument list, so a
 * handler can see how it was caused. It also carries your own values through, as a Backbone user passes
 * extra keys in the options object:
 *
 * <pre>{@code
 * todos.add(attrs, new Options().at(0).put("source", "keyboard"));
 * todos.on("add", e -> log(e.options().get("source")));   // "keyboard"
 * }</pre>
 *
 * <p>Some fields are written by the library for the handlers to read: {@link #index()} in {@code "add"} and
 * {@code "remove"}, {@link #changes()} in {@code "update"}, {@link #previousModels()} in {@code "reset"},
 * {@link #validationError()} in {@code "invalid"}.
 */
public final class Options {
    private Boolean silent;
    private Boolean unset;
    private Boolean validate;
    private Boolean merge;
    private Boolean add;
    private Boolean remove;
    private Boolean parse;
    private Boolean sort;
    private Integer at;
    private Integer index;
    private Collection<?> collection;
    private Changes<?> changes;
    private List<?> previousModels;
    private Object validationError;
    private Map<String, Object> extras;

    /** Creates options with nothing set. */
    public Options() {
    }

    /**
     * A copy whose later changes do not reach this one (the extras map is copied too; its values are shared).
     *
     * @return the copy
     */
    public Options copy() {
        Options copy = new Options();
        copy.silent = silent;
        copy.unset = unset;
        copy.validate = validate;
        copy.merge = merge;
        copy.add = add;
        copy.remove = remove;
        copy.parse = parse;
        copy.sort = sort;
        copy.at = at;
        copy.index = index;
        copy.collection = collection;
        copy.changes = changes;
        copy.previousModels = previousModels;
        copy.validationError = validationError;
        copy.extras = extras == null ? null : new LinkedHashMap<>(extras);
        return copy;
    }

    /** A copy of {@code options}, or fresh options when it is null. */
    static Options copyOf(Options options) {
        return options == null ? new Options() : options.copy();
    }

    /** {@code options} itself, or fresh options when it is null. */
    static Options orNew(Options options) {
        return options == null ? new Options() : options;
    }

    static boolean isTrue(Boolean flag) {
        return flag != null && flag;
    }

    static boolean isTrue(Boolean flag, boolean otherwise) {
        return flag == null ? otherwise : flag;
    }

    // Flags

    /** Whether events are suppressed; null when not set. */
    public Boolean silent() {
        return silent;
    }

    /**
     * Suppresses the events the call would trigger.
     *
     * @param value the flag
     * @return this value, for chaining
     */
    public Options silent(boolean value) {
        silent = value;
        return this;
    }

    /** Whether {@link Model#set} removes the given attributes instead of setting them; null when not set. */
    public Boolean unset() {
        return unset;
    }

    /**
     * Makes {@link Model#set} remove the named attributes.
     *
     * @param value the flag
     * @return this value
     */
    public Options unset(boolean value) {
        unset = value;
        return this;
    }

    /** Whether {@link Model#validate} runs before attributes are set; null when not set. */
    public Boolean validate() {
        return validate;
    }

    /**
     * Runs {@link Model#validate} before setting attributes.
     *
     * @param value the flag
     * @return this value
     */
    public Options validate(boolean value) {
        validate = value;
        return this;
    }

    /** Whether a collection merges attributes into models it already holds; null when not set. */
    public Boolean merge() {
        return merge;
    }

    /**
     * Merges incoming attributes into models already in the collection.
     *
     * @param value the flag
     * @return this value
     */
    public Options merge(boolean value) {
        merge = value;
        return this;
    }

    /** Whether {@link Collection#set} adds models it does not hold yet; null when not set. */
    public Boolean add() {
        return add;
    }

    /**
     * Lets {@link Collection#set} add new models.
     *
     * @param value the flag
     * @return this value
     */
    public Options add(boolean value) {
        add = value;
        return this;
    }

    /** Whether {@link Collection#set} removes models missing from its input; null when not set. */
    public Boolean remove() {
        return remove;
    }

    /**
     * Lets {@link Collection#set} remove the models its input leaves out.
     *
     * @param value the flag
     * @return this value
     */
    public Options remove(boolean value) {
        remove = value;
        return this;
    }

    /** Whether input passes through {@code parse} first; null when not set. */
    public Boolean parse() {
        return parse;
    }

    /**
     * Passes input through the model's or collection's {@code parse} first.
     *
     * @param value the flag
     * @return this value
     */
    public Options parse(boolean value) {
        parse = value;
        return this;
    }

    /** Whether a collection with a comparator re-sorts after adding; null when not set (it does). */
    public Boolean sort() {
        return sort;
    }

    /**
     * Set to false to keep a sorted collection from re-sorting after this call.
     *
     * @param value the flag
     * @return this value
     */
    public Options sort(boolean value) {
        sort = value;
        return this;
    }

    /** The index at which a collection inserts; null when not set. */
    public Integer at() {
        return at;
    }

    /**
     * Inserts at this index: negative counts from the end, past the end appends.
     *
     * @param value the index
     * @return this value
     */
    public Options at(Integer value) {
        at = value;
        return this;
    }

    // Values the library writes for event handlers

    /** In {@code "add"} (with {@code at}) and {@code "remove"} events: the model's index. */
    public Integer index() {
        return index;
    }

    void index(Integer value) {
        index = value;
    }

    /** In {@code "update"} events: what the call added, removed and merged. */
    @SuppressWarnings("unchecked")
    public <M extends Model> Changes<M> changes() {
        return (Changes<M>) changes;
    }

    void changes(Changes<?> value) {
        changes = value;
    }

    /** In {@code "reset"} events: the models the collection held before. */
    @SuppressWarnings("unchecked")
    public <M extends Model> List<M> previousModels() {
        return (List<M>) previousModels;
    }

    void previousModels(List<?> value) {
        previousModels = value;
    }

    /** In {@code "invalid"} events: what {@link Model#validate} returned. */
    public Object validationError() {
        return validationError;
    }

    void validationError(Object value) {
        validationError = value;
    }

    /** The collection a model is being created for, when a collection creates it; else null. */
    public Collection<?> collection() {
        return collection;
    }

    /**
     * Names the collection a new model belongs to, as Backbone's {@code {collection: c}} constructor option.
     *
     * @param value the collection
     * @return this value
     */
    public Options collection(Collection<?> value) {
        collection = value;
        return this;
    }

    // The caller's own values

    /**
     * Stores a value of your own, handed unchanged to every event handler of the call.
     *
     * @param key the name
     * @param value the value
     * @return this value
     */
    public Options put(String key, Object value) {
        if (extras == null) {
            extras = new LinkedHashMap<>();
        }
        extras.put(key, value);
        return this;
    }

    /**
     * A value stored with {@link #put}, or null.
     *
     * @param key the name
     * @param <T> the expected type
     * @return the value, or null
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key) {
        return extras == null ? null : (T) extras.get(key);
    }

    /**
     * Whether {@link #put} stored a value under {@code key}.
     *
     * @param key the name
     * @return true when present
     */
    public boolean has(String key) {
        return extras != null && extras.containsKey(key);
    }

    /**
     * What a call to {@link Collection#set} (or {@code add}, {@code remove}) changed, reported in
     * {@code "update"} events.
     *
     * @param <M> the collection's model type
     */
    public static final class Changes<M extends Model> {
        private final List<M> added;
        private final List<M> removed;
        private final List<M> merged;

        Changes(List<M> added, List<M> removed, List<M> merged) {
            this.added = added;
            this.removed = removed;
            this.merged = merged;
        }

        /** The models added, in insertion order. */
        public List<M> added() {
            return added;
        }

        /** The models removed. */
        public List<M> removed() {
            return removed;
        }

        /** The models already present whose attributes were merged. */
        public List<M> merged() {
            return merged;
        }
    }
}
