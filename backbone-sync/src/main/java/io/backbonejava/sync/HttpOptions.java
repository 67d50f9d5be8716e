package io.backbonejava.sync;

import io.backbonejava.Options;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The HTTP settings of one request made through {@link RestSync}: what Backbone passes on to
 * {@code jQuery.ajax} with the other options ({@code data}, {@code headers}, {@code timeout},
 * {@code contentType}, {@code emulateHTTP}, {@code emulateJSON}). They belong to HTTP, not to models, so they
 * live here and ride along in the call's {@link Options}; a {@link LocalStorageSync} ignores them.
 *
 * <p>An immutable value: each method returns a new one. {@link #options()} wraps it in fresh options;
 * {@link #in(Options)} adds it to options of your own.
 *
 * <pre>{@code
 * todos.fetch(new HttpOptions().data(Attributes.of("page", 2)).options());        // GET /todos?page=2
 * todo.save(null, new HttpOptions().header("X-Token", token).timeout(5_000).in(new Options().wait(true)));
 * }</pre>
 */
public final class HttpOptions {
    /** The key under which {@link Options#put} carries the value; a prefix no caller's own key uses. */
    static final String KEY = "backbone-sync:http";
    private static final HttpOptions NONE = new HttpOptions();

    private final Object data;
    private final Map<String, String> headers;
    private final int timeout;
    private final String contentType;
    private final Boolean emulateHTTP;
    private final Boolean emulateJSON;

    /** Settings with nothing set: the sync's own defaults apply. */
    public HttpOptions() {
        this(null, Collections.emptyMap(), 0, null, null, null);
    }

    private HttpOptions(Object data, Map<String, String> headers, int timeout, String contentType,
            Boolean emulateHTTP, Boolean emulateJSON) {
        this.data = data;
        this.headers = headers;
        this.timeout = timeout;
        this.contentType = contentType;
        this.emulateHTTP = emulateHTTP;
        this.emulateJSON = emulateJSON;
    }

    /**
     * The settings a call's options carry, or settings with nothing set.
     *
     * @param options the call's options; null for none
     * @return the settings, never null
     */
    public static HttpOptions of(Options options) {
        Object carried = options == null ? null : options.get(KEY);
        return carried instanceof HttpOptions ? (HttpOptions) carried : NONE;
    }

    /**
     * Fresh options carrying these settings, to chain the model's own options on:
     * {@code new HttpOptions().timeout(50).options().wait(true)}.
     *
     * @return new options
     */
    public Options options() {
        return in(new Options());
    }

    /**
     * Adds these settings to {@code options}, replacing any given before.
     *
     * @param options the call's options
     * @return the same options, for chaining
     */
    public Options in(Options options) {
        if (options == null) {
            throw new NullPointerException("options == null");
        }
        return options.put(KEY, this);
    }

    /**
     * Sends this instead of the model's JSON: a map becomes the query string of a read (Backbone's
     * {@code fetch({data: {page: 3}})}) or form fields otherwise; a string is sent as it is.
     *
     * @param value a map of parameters or a string; null for none
     * @return the new settings
     */
    public HttpOptions data(Object value) {
        return new HttpOptions(value, headers, timeout, contentType, emulateHTTP, emulateJSON);
    }

    /**
     * Adds a request header, such as an authorization token; after {@link RestSync#header}'s, before
     * {@link RestSync#beforeSend}'s.
     *
     * @param name the header's name
     * @param value its value
     * @return the new settings
     */
    public HttpOptions header(String name, String value) {
        if (name == null) {
            throw new NullPointerException("name == null");
        }
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new HttpOptions(data, Collections.unmodifiableMap(more), timeout, contentType, emulateHTTP,
                emulateJSON);
    }

    /**
     * Fails the request with a {@code Failure.TIMEOUT} failure when it takes longer than this.
     *
     * @param millis the limit in milliseconds; 0 for the transport's own
     * @return the new settings
     */
    public HttpOptions timeout(int millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout < 0: " + millis);
        }
        return new HttpOptions(data, headers, millis, contentType, emulateHTTP, emulateJSON);
    }

    /**
     * Sends the body with this {@code Content-Type} instead of {@code application/json}.
     *
     * @param value the media type
     * @return the new settings
     */
    public HttpOptions contentType(String value) {
        return new HttpOptions(data, headers, timeout, value, emulateHTTP, emulateJSON);
    }

    /**
     * Sends PUT, PATCH and DELETE as POST with an {@code X-HTTP-Method-Override} header (and a
     * {@code _method} field with {@code emulateJSON}) for this request, whatever {@link RestSync#emulateHTTP}
     * says.
     *
     * @param value the flag
     * @return the new settings
     */
    public HttpOptions emulateHTTP(boolean value) {
        return new HttpOptions(data, headers, timeout, contentType, value, emulateJSON);
    }

    /**
     * Sends the JSON as the form field {@code model} of an {@code application/x-www-form-urlencoded} body for
     * this request, whatever {@link RestSync#emulateJSON} says.
     *
     * @param value the flag
     * @return the new settings
     */
    public HttpOptions emulateJSON(boolean value) {
        return new HttpOptions(data, headers, timeout, contentType, emulateHTTP, value);
    }

    /** The data given in place of the model's JSON, or null. */
    public Object data() {
        return data;
    }

    /** The extra headers, read-only and in order. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The time limit in milliseconds; 0 when none was given. */
    public int timeout() {
        return timeout;
    }

    /** The body's content type in place of the sync's own, or null. */
    public String contentType() {
        return contentType;
    }

    /** Whether this request emulates HTTP methods, {@code otherwise} when the settings leave it to the sync. */
    boolean emulatesHTTP(boolean otherwise) {
        return emulateHTTP == null ? otherwise : emulateHTTP;
    }

    /** Whether this request emulates JSON, {@code otherwise} when the settings leave it to the sync. */
    boolean emulatesJSON(boolean otherwise) {
        return emulateJSON == null ? otherwise : emulateJSON;
    }
}
