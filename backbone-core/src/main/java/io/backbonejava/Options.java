package io.backbonejava;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options of one call to a {@link Model} or {@link Collection} method: Backbone's options object as a
 * small immutable value. Each setter returns new options and leaves the receiver as it was, so one value can
 * be shared by many calls and no call can change another's. A flag you did not set lets each method apply its
 * own default (for example {@code merge} is on in {@link Collection#set} and off in {@link Collection#add});
 * its getter then answers false ({@link #sort()}: true), whatever the method will do.
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
    private static final Options NONE = new Options();

    // Package-private, for the library to tell a flag left unset (null: the method's default) from one set.
    Boolean silent;
    Boolean unset;
    Boolean validate;
    Boolean merge;
    Boolean add;
    Boolean remove;
    Boolean parse;
    Boolean sort;
    private int at;
    private boolean hasAt;
    private Collection<?> collection;
    /** The caller's own values; never changed once shared (a put copies it). */
    private Map<String, Object> extras;
    /** The persistence options; never changed once shared (a setter copies it). */
    private SyncFields sync;

    /** Creates options with nothing set. */
    public Options() {
    }

    /** A copy that shares the extras and persistence fields, for a setter to change before handing it out. */
    private Options with() {
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
        copy.hasAt = hasAt;
        copy.collection = collection;
        copy.extras = extras;
        copy.sync = sync;
        return copy;
    }

    /** {@code options} itself, or options with nothing set when it is null. */
    /** The one options of a trailing {@code Options...} parameter, or null when none was given. */
    static Options optional(Options[] options) {
        if (options == null || options.length == 0) {
            return null;
        }
        if (options.length > 1) {
            throw new IllegalArgumentException("at most one Options");
        }
        return options[0];
    }

    static Options orNew(Options options) {
        return options == null ? NONE : options;
    }

    static boolean isTrue(Boolean flag) {
        return flag != null && flag;
    }

    static boolean isTrue(Boolean flag, boolean otherwise) {
        return flag == null ? otherwise : flag;
    }

    // Flags

    /** Whether events are suppressed. */
    public boolean silent() {
        return isTrue(silent);
    }

    /**
     * Suppresses the events the call would trigger.
     *
     * @param value the flag
     * @return new options
     */
    public Options silent(boolean value) {
        Options copy = with();
        copy.silent = value;
        return copy;
    }

    /** Whether {@link Model#set} removes the given attributes instead of setting them. */
    public boolean unset() {
        return isTrue(unset);
    }

    /**
     * Makes {@link Model#set} remove the named attributes.
     *
     * @param value the flag
     * @return new options
     */
    public Options unset(boolean value) {
        Options copy = with();
        copy.unset = value;
        return copy;
    }

    /** Whether {@link Model#validate} runs before attributes are set (false when left to the method). */
    public boolean validate() {
        return isTrue(validate);
    }

    /**
     * Runs {@link Model#validate} before setting attributes; {@link Model#save} does unless told false.
     *
     * @param value the flag
     * @return new options
     */
    public Options validate(boolean value) {
        Options copy = with();
        copy.validate = value;
        return copy;
    }

    /** Whether a collection merges attributes into models it already holds (false when left to the method). */
    public boolean merge() {
        return isTrue(merge);
    }

    /**
     * Merges incoming attributes into models already in the collection: on in {@link Collection#set}, off in
     * {@link Collection#add} unless given.
     *
     * @param value the flag
     * @return new options
     */
    public Options merge(boolean value) {
        Options copy = with();
        copy.merge = value;
        return copy;
    }

    /** Whether {@link Collection#set} adds models it does not hold yet (false when left to the method). */
    public boolean add() {
        return isTrue(add);
    }

    /**
     * Lets {@link Collection#set} add new models (on unless given).
     *
     * @param value the flag
     * @return new options
     */
    public Options add(boolean value) {
        Options copy = with();
        copy.add = value;
        return copy;
    }

    /** Whether {@link Collection#set} removes models missing from its input (false when left to the method). */
    public boolean remove() {
        return isTrue(remove);
    }

    /**
     * Lets {@link Collection#set} remove the models its input leaves out (on unless given).
     *
     * @param value the flag
     * @return new options
     */
    public Options remove(boolean value) {
        Options copy = with();
        copy.remove = value;
        return copy;
    }

    /** Whether input passes through {@code parse} first (false when left to the method). */
    public boolean parse() {
        return isTrue(parse);
    }

    /**
     * Passes input through the model's or collection's {@code parse} first; {@code fetch} and {@code save}
     * do unless told false.
     *
     * @param value the flag
     * @return new options
     */
    public Options parse(boolean value) {
        Options copy = with();
        copy.parse = value;
        return copy;
    }

    /** Whether a collection with a comparator re-sorts after adding: true unless set to false. */
    public boolean sort() {
        return isTrue(sort, true);
    }

    /**
     * Set to false to keep a sorted collection from re-sorting after this call.
     *
     * @param value the flag
     * @return new options
     */
    public Options sort(boolean value) {
        Options copy = with();
        copy.sort = value;
        return copy;
    }

    /**
     * Whether an index was set with {@link #at(int)}; without one a collection adds at the end, or in sorted
     * order.
     */
    public boolean hasAt() {
        return hasAt;
    }

    /**
     * The index at which a collection inserts.
     *
     * @return the index given to {@link #at(int)}
     * @throws IllegalStateException when none was given ({@link #hasAt()} is false)
     */
    public int at() {
        if (!hasAt) {
            throw new IllegalStateException("no \"at\" index was given");
        }
        return at;
    }

    /**
     * Inserts at this index: negative counts from the end, past the end appends.
     *
     * @param value the index
     * @return new options
     */
    public Options at(int value) {
        Options copy = with();
        copy.at = value;
        copy.hasAt = true;
        return copy;
    }

    /** The collection a model is being created for, when a collection creates it; else null. */
    public Collection<?> collection() {
        return collection;
    }

    /**
     * Names the collection a new model belongs to, as Backbone's {@code {collection: c}} constructor option.
     *
     * @param value the collection
     * @return new options
     */
    public Options collection(Collection<?> value) {
        Options copy = with();
        copy.collection = value;
        return copy;
    }

    // The caller's own values

    /**
     * Stores a value of your own, handed unchanged to every event handler of the call.
     *
     * @param key the name
     * @param value the value
     * @return new options
     */
    public Options put(String key, Object value) {
        Options copy = with();
        copy.extras = extras == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extras);
        copy.extras.put(key, value);
        return copy;
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
     * (Backbone's {@code wait}; {@code wait()} itself is taken by {@link Object}).
     *
     * @return the flag
     */
    public boolean waits() {
        return sync != null && isTrue(sync.wait);
    }

    /** {@code wait} as given: null when unset. */
    Boolean waitFlag() {
        return sync == null ? null : sync.wait;
    }

    /**
     * Waits for the server before changing anything locally: {@code save} sets the attributes, {@code destroy}
     * removes the model and {@code create} adds it only once the server agreed.
     *
     * @param value the flag
     * @return new options
     */
    public Options wait(boolean value) {
        Options copy = withSync();
        copy.sync.wait = value;
        return copy;
    }

    /** Whether {@link Model#save} sends only the given attributes with HTTP PATCH. */
    public boolean patch() {
        return sync != null && isTrue(sync.patch);
    }

    /**
     * Makes {@link Model#save} of a model that has an id send only the given attributes, as a {@code "patch"}.
     *
     * @param value the flag
     * @return new options
     */
    public Options patch(boolean value) {
        Options copy = withSync();
        copy.sync.patch = value;
        return copy;
    }

    /** Whether {@link Collection#fetch} resets the collection instead of merging. */
    public boolean reset() {
        return sync != null && isTrue(sync.reset);
    }

    /**
     * Makes {@link Collection#fetch} replace the models with one {@code "reset"} event rather than
     * {@link Collection#set} them (adds, merges and removes with their own events).
     *
     * @param value the flag
     * @return new options
     */
    public Options reset(boolean value) {
        Options copy = withSync();
        copy.sync.reset = value;
        return copy;
    }

    /** The address to use instead of the model's or collection's {@code url()}; null when not set. */
    public String url() {
        return sync == null ? null : sync.url;
    }

    /**
     * Sends the request to this address instead of the model's or collection's {@code url()}.
     *
     * @param value such as {@code "/api/todos/search"}
     * @return new options
     */
    public Options url(String value) {
        Options copy = withSync();
        copy.sync.url = value;
        return copy;
    }

    /** The attributes to send instead of {@code toJSON()}, read-only; null when not set. */
    public Map<String, Object> attrs() {
        return sync == null ? null : sync.attrs;
    }

    /**
     * Sends these attributes instead of the model's {@code toJSON()}; {@link Model#save} with {@code patch}
     * sends the attributes being saved.
     *
     * @param value the attributes to send (copied)
     * @return new options
     */
    public Options attrs(Map<String, ?> value) {
        Options copy = withSync();
        copy.sync.attrs = value == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(value));
        return copy;
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
     * @return new options
     */
    public Options success(Sync.SuccessCallback callback) {
        Options copy = withSync();
        copy.sync.success = callback;
        return copy;
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
     * @return new options
     */
    public Options error(Sync.ErrorCallback callback) {
        Options copy = withSync();
        copy.sync.error = callback;
        return copy;
    }

    /**
     * The handle of the operation, as Backbone's {@code options.xhr}: what the model method returns. The
     * options a {@link Sync} receives from {@code fetch}, {@code save} or {@code destroy} carry it, so that the
     * sync resolves that very handle and {@code parse} and the callbacks can read it (response headers).
     *
     * @return the handle, or null outside an operation
     */
    public Request request() {
        return sync == null ? null : sync.request;
    }

    /**
     * Names the handle of the operation: set by the model methods for their sync, and by a sync called
     * directly, for the callbacks, events and {@code parse} to read.
     *
     * @param value the handle
     * @return new options
     */
    public Options request(Request value) {
        Options copy = withSync();
        copy.sync.request = value;
        return copy;
    }

    /** A copy whose persistence fields are its own, for a persistence setter to change. */
    private Options withSync() {
        Options copy = with();
        copy.sync = sync == null ? new SyncFields() : sync.copy();
        return copy;
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
