package io.backbonejava.sync;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as {@link RestSync} describes it to a {@link Transport}: the settings Backbone hands
 * {@code Backbone.ajax}. {@link #type()}, {@link #url()} and {@link #data()} are what Backbone computed;
 * {@link #fullUrl()} and {@link #body()} are what goes on the wire, encoded as jQuery would (a map of data
 * becomes the query string of a GET and a form body otherwise).
 *
 * <pre>{@code
 * // What RestSync hands the transport for todo.save() of a new todo:
 * request.type();         // "POST"
 * request.url();          // "/api/todos"
 * request.contentType();  // "application/json"
 * request.body();         // {"title":"Buy milk","completed":false}
 * }</pre>
 */
public final class AjaxRequest {
    private final String type;
    private final String url;
    private final Object data;
    private final String contentType;
    private final Map<String, String> headers;
    private final int timeout;

    /**
     * Describes a request. RestSync builds these; construct one yourself to drive a transport directly.
     *
     * @param type the HTTP method, such as {@code "PUT"}
     * @param url the address, as the model or options give it
     * @param data a JSON string, a map of form or query fields, or null
     * @param contentType the body's media type, or null
     * @param headers extra request headers, in order; null for none
     * @param timeout the time limit in milliseconds, or 0 for the transport's own
     */
    public AjaxRequest(String type, String url, Object data, String contentType, Map<String, String> headers,
            int timeout) {
        if (type == null) {
            throw new NullPointerException("type == null");
        }
        if (url == null) {
            throw new NullPointerException("url == null");
        }
        this.type = type;
        this.url = url;
        this.data = data;
        this.contentType = contentType;
        this.headers = headers == null ? Collections.<String, String>emptyMap()
                : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.timeout = timeout;
    }

    /** The HTTP method: {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}. */
    public String type() {
        return type;
    }

    /** The address without the query string that {@link #data()} may add; often relative to the page. */
    public String url() {
        return url;
    }

    /**
     * The data: the JSON text of the model, a map of form fields (with {@code emulateJSON}, where the JSON is
     * the field {@code model}) or of query parameters (for a read with the {@code data} option), or null.
     */
    public Object data() {
        return data;
    }

    /** The media type of the body, such as {@code application/json}; null when there is none. */
    public String contentType() {
        return contentType;
    }

    /** What Backbone's settings call {@code dataType}: the response is always read as JSON. */
    public String dataType() {
        return "json";
    }

    /** Extra headers (the caller's, then {@code X-HTTP-Method-Override} with {@code emulateHTTP}), read-only. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The time limit in milliseconds, or 0 to use the transport's own. */
    public int timeout() {
        return timeout;
    }

    /** Whether this method sends its data in the URL rather than in a body. */
    public boolean hasQueryData() {
        return "GET".equals(type) || "HEAD".equals(type);
    }

    /** The address to request: {@link #url()} plus, for a GET with data, the encoded query string. */
    public String fullUrl() {
        if (!hasQueryData() || data == null) {
            return url;
        }
        String query = data instanceof Map ? encodeForm((Map<?, ?>) data) : Json.text(data);
        if (query.isEmpty()) {
            return url;
        }
        return url + (url.indexOf('?') >= 0 ? "&" : "?") + query;
    }

    /** The body to send: the JSON text, the form-encoded fields, or null (always for GET and HEAD). */
    public String body() {
        if (hasQueryData() || data == null) {
            return null;
        }
        return data instanceof Map ? encodeForm((Map<?, ?>) data) : Json.text(data);
    }

    @Override
    public String toString() {
        return type + " " + fullUrl();
    }

    /** jQuery's {@code $.param}: {@code a=1&b=x+y}; lists as {@code k[]=...}, maps as {@code k[sub]=...}. */
    static String encodeForm(Map<?, ?> fields) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            addField(String.valueOf(entry.getKey()), entry.getValue(), out);
        }
        return out.toString();
    }

    private static void addField(String name, Object value, StringBuilder out) {
        if (value instanceof List) {
            for (Object item : (List<?>) value) {
                addField(name + "[]", item, out);
            }
            return;
        }
        if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                addField(name + "[" + entry.getKey() + "]", entry.getValue(), out);
            }
            return;
        }
        if (out.length() > 0) {
            out.append('&');
        }
        formComponent(name, out);
        out.append('=');
        formComponent(Json.text(value), out);
    }

    /** A form component: encodeURIComponent, with spaces as {@code +} as forms send them. */
    private static void formComponent(String text, StringBuilder out) {
        StringBuilder encoded = new StringBuilder();
        Json.encodeUriComponent(text, encoded);
        for (int i = 0; i < encoded.length(); i++) {
            if (encoded.charAt(i) == '%' && i + 2 < encoded.length() && encoded.charAt(i + 1) == '2'
                    && encoded.charAt(i + 2) == '0') {
                out.append('+');
                i += 2;
            } else {
                out.append(encoded.charAt(i));
            }
        }
    }
}
