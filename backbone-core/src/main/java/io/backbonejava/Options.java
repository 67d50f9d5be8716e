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
    private ValidationError validationError;
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
        copy.index = index;
        copy.collection = collection;
        copy.changes = changes;
        copy.previousModels = previousModels;
        copy.validationError = validationError;
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
    public ValidationError validationError() {
        return validationError;
    }

    void validationError(ValidationError value) {
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

    /** The request data given in place of the model's JSON; null when not set. */
    public Object data() {
        return sync == null ? null : sync.data;
    }

    /**
     * Sends this instead of the model's JSON: a map becomes the query string of a read (as in
     * {@code todos.fetch(new Options().data(Attributes.of("page", 2)))}) or form fields otherwise; a string
     * is sent as it is.
     *
     * @param value a map of parameters or a string
     * @return this value
     */
    public Options data(Object value) {
        syncFields().data = value;
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

    /** Whether PUT, PATCH and DELETE are sent as POST for old servers; null when not set. */
    public Boolean emulateHTTP() {
        return sync == null ? null : sync.emulateHTTP;
    }

    /**
     * Sends PUT, PATCH and DELETE as POST with an {@code X-HTTP-Method-Override} header (and a
     * {@code _method} field with {@code emulateJSON}), for servers that only understand GET and POST.
     *
     * @param value the flag
     * @return this value
     */
    public Options emulateHTTP(boolean value) {
        syncFields().emulateHTTP = value;
        return this;
    }

    /** Whether the body is sent as a form field instead of JSON; null when not set. */
    public Boolean emulateJSON() {
        return sync == null ? null : sync.emulateJSON;
    }

    /**
     * Sends the JSON as the form field {@code model} of an {@code application/x-www-form-urlencoded} body,
     * for servers that cannot read JSON bodies.
     *
     * @param value the flag
     * @return this value
     */
    public Options emulateJSON(boolean value) {
        syncFields().emulateJSON = value;
        return this;
    }

    /** The extra request headers, read-only and in order; empty when none were given. */
    public Map<String, String> headers() {
        if (sync == null || sync.headers == null) {
            return java.util.Collections.emptyMap();
        }
        return java.util.Collections.unmodifiableMap(sync.headers);
    }

    /**
     * Adds a request header, such as an authorization token or a CSRF token.
     *
     * @param name the header's name
     * @param value its value
     * @return this value
     */
    public Options header(String name, String value) {
        SyncFields fields = syncFields();
        if (fields.headers == null) {
            fields.headers = new LinkedHashMap<>();
        }
        fields.headers.put(name, value);
        return this;
    }

    /** How many milliseconds the request may take; null when not set (the transport's default). */
    public Integer timeout() {
        return sync == null ? null : sync.timeout;
    }

    /**
     * Fails the request with a {@link Failure#TIMEOUT} failure when it takes longer than this.
     *
     * @param millis the time limit in milliseconds; 0 for none
     * @return this value
     */
    public Options timeout(int millis) {
        syncFields().timeout = millis;
        return this;
    }

    /** The {@code Content-Type} of the request body in place of the sync's own; null when not set. */
    public String contentType() {
        return sync == null ? null : sync.contentType;
    }

    /**
     * Sends the body with this {@code Content-Type} instead of {@code application/json}.
     *
     * @param value the media type
     * @return this value
     */
    public Options contentType(String value) {
        syncFields().contentType = value;
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

    /** In {@code "error"} events and error callbacks: jQuery's text status of the failure. */
    public String textStatus() {
        return sync == null ? null : sync.textStatus;
    }

    /**
     * Records jQuery's text status of a failure; set by Sync implementations before the error callback.
     *
     * @param value such as {@link Failure#TIMEOUT}
     * @return this value
     */
    public Options textStatus(String value) {
        syncFields().textStatus = value;
        return this;
    }

    /** In {@code "error"} events and error callbacks: the status text or message of the failure. */
    public String errorThrown() {
        return sync == null ? null : sync.errorThrown;
    }

    /**
     * Records the status text or message of a failure; set by Sync implementations before the error callback.
     *
     * @param value such as {@code "Not Found"}
     * @return this value
     */
    public Options errorThrown(String value) {
        syncFields().errorThrown = value;
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
        Object data;
        Sync.SuccessCallback success;
        Sync.ErrorCallback error;
        Boolean emulateHTTP;
        Boolean emulateJSON;
        Map<String, String> headers;
        Integer timeout;
        String contentType;
        Request request;
        String textStatus;
        String errorThrown;

        SyncFields copy() {
            SyncFields copy = new SyncFields();
            copy.wait = wait;
            copy.patch = patch;
            copy.reset = reset;
            copy.url = url;
            copy.attrs = attrs;
            copy.data = data;
            copy.success = success;
            copy.error = error;
            copy.emulateHTTP = emulateHTTP;
            copy.emulateJSON = emulateJSON;
            copy.headers = headers == null ? null : new LinkedHashMap<>(headers);
            copy.timeout = timeout;
            copy.contentType = contentType;
            copy.request = request;
            copy.textStatus = textStatus;
            copy.errorThrown = errorThrown;
            return copy;
        }
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
