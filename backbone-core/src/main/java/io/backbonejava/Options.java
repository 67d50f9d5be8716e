package io.backbonejava;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options of one call to a {@link Model} or {@link Collection} method: Backbone's options object as a
 * small typed value. Every flag is unset until you set it, so each method can apply its own default (for
 * example {@code merge} defaults to true in {@link Collection#set} and to false in {@link Collection#add}).
 *
 * <p>The event handlers the call triggers see these options through {@link EventOptions}, last in their
 * argument list, so a handler can see how it was caused. They also carry your own values through, as a
 * Backbone user passes extra keys in the options object:
 *
 * <pre>{@code
 * todos.add(attrs, new Options().at(0).put("source", "keyboard"));
 * todos.on("add", e -> log(EventOptions.of(e).options().get("source")));   // "keyboard"
 * }</pre>
 *
 * <p>The library never writes into your options: what it reports (an index, the changes of an update, the
 * previous models of a reset, a validation error) reaches handlers in {@link EventOptions} and as parameters of
 * the typed listeners.
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
    private Collection<?> collection;
    private Map<String, Object> extras;
    private SyncFields sync;

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
        copy.collection = collection;
        copy.extras = extras == null ? null : new LinkedHashMap<>(extras);
        copy.sync = sync == null ? null : sync.copy();
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
     * @return the value, or null
     */
    public Object get(String key) {
        return extras == null ? null : extras.get(key);
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

    // Persistence: the options of fetch, save, destroy, create and Sync

    /**
     * Whether {@link Model#save}, {@link Model#destroy} or {@link Collection#create} waits for the server
     * (Backbone's {@code wait}; {@code wait()} itself is taken by {@link Object}); null when not set.
     *
     * @return the flag, or null
     */
    public Boolean waits() {
        return sync == null ? null : sync.wait;
    }

    /**
     * Waits for the server before changing anything locally: {@code save} sets the attributes, {@code destroy}
     * removes the model and {@code create} adds it only once the server agreed.
     *
     * @param value the flag
     * @return this value
     */
    public Options wait(boolean value) {
        syncFields().wait = value;
        return this;
    }

    /** Whether {@link Model#save} sends only the changed attributes with HTTP PATCH; null when not set. */
    public Boolean patch() {
        return sync == null ? null : sync.patch;
    }

    /**
     * Makes {@link Model#save} of a model that has an id send only the given attributes, as a {@code "patch"}.
     *
     * @param value the flag
     * @return this value
     */
    public Options patch(boolean value) {
        syncFields().patch = value;
        return this;
    }

    /** Whether {@link Collection#fetch} resets the collection instead of merging; null when not set. */
    public Boolean reset() {
        return sync == null ? null : sync.reset;
    }

    /**
     * Makes {@link Collection#fetch} replace the models with one {@code "reset"} event rather than
     * {@link Collection#set} them (adds, merges and removes with their own events).
     *
     * @param value the flag
     * @return this value
     */
    public Options reset(boolean value) {
        syncFields().reset = value;
        return this;
    }

    /** The address to use instead of the model's or collection's {@code url()}; null when not set. */
    public String url() {
        return sync == null ? null : sync.url;
    }

    /**
     * Sends the request to this address instead of the model's or collection's {@code url()}.
     *
     * @param value such as {@code "/api/todos/search"}
     * @return this value
     */
    public Options url(String value) {
        syncFields().url = value;
        return this;
    }

    /** The attributes to send instead of {@code toJSON()}; null when not set. */
    public Map<String, Object> attrs() {
        return sync == null ? null : sync.attrs;
    }

    /**
     * Sends these attributes instead of the model's {@code toJSON()}; {@link Model#save} with {@code patch}
     * sets it to the attributes being saved.
     *
     * @param value the attributes to send
     * @return this value
     */
    public Options attrs(Map<String, ?> value) {
        syncFields().attrs = value == null ? null : new LinkedHashMap<>(value);
        return this;
    }

    /** The callback run when the operation succeeds; null when not set. */
    public Sync.SuccessCallback success() {
        return sync == null ? null : sync.success;
    }

    /**
     * Runs {@code callback} with the target, the response and these options once the operation succeeded
     * and the model or collection was updated, just before the {@code "sync"} event.
     *
     * @param callback the callback
     * @return this value
     */
    public Options success(Sync.SuccessCallback callback) {
        syncFields().success = callback;
        return this;
    }

    /** The callback run when the operation fails; null when not set. */
    public Sync.ErrorCallback error() {
        return sync == null ? null : sync.error;
    }

    /**
     * Runs {@code callback} with the target, the {@link Failure} and these options when the operation
     * failed, just before the {@code "error"} event.
     *
     * @param callback the callback
     * @return this value
     */
    public Options error(Sync.ErrorCallback callback) {
        syncFields().error = callback;
        return this;
    }

    /** The handle of the operation, as Backbone's {@code options.xhr}: set once the call has started. */
    public Request request() {
        return sync == null ? null : sync.request;
    }

    /**
     * Records the handle of the operation. Set by the model methods and by Sync implementations, for the
     * callbacks, events and {@code parse} to read.
     *
     * @param value the handle
     * @return this value
     */
    public Options request(Request value) {
        syncFields().request = value;
        return this;
    }

    private SyncFields syncFields() {
        if (sync == null) {
            sync = new SyncFields();
        }
        return sync;
    }

    /** The persistence options, kept apart so that options of plain set/add calls stay small. */
    private static final class SyncFields {
        Boolean wait;
        Boolean patch;
        Boolean reset;
        String url;
        Map<String, Object> attrs;
        Sync.SuccessCallback success;
        Sync.ErrorCallback error;
        Request request;

        SyncFields copy() {
            SyncFields copy = new SyncFields();
            copy.wait = wait;
            copy.patch = patch;
            copy.reset = reset;
            copy.url = url;
            copy.attrs = attrs;
            copy.success = success;
            copy.error = error;
            copy.request = request;
            return copy;
        }
    }
}
