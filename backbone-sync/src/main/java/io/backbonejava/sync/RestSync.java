package io.backbonejava.sync;

import io.backbonejava.Events;
import io.backbonejava.Failure;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Sync;
import io.backbonejava.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Persists models as JSON over HTTP, the way Backbone's default {@code Backbone.sync} does: a save of a new
 * model is a {@code POST} to the collection's url, a fetch a {@code GET}, a save of a known model a
 * {@code PUT} (or a {@code PATCH} with the {@code patch} option) to the model's url, a destroy a
 * {@code DELETE}. The model's {@code toJSON()} (or the {@code attrs} option) is the body; the response,
 * parsed from JSON, goes to the success callback, and every failure (HTTP 4xx or 5xx, no connection, a
 * timeout, a body that is not JSON) to the error callback as a {@link Failure}. The requests themselves go
 * through a replaceable {@link Transport}.
 *
 * <pre>{@code
 * Sync.setDefault(new RestSync(new XhrTransport().timeout(10_000))
 *         .header("X-CSRF-Token", csrfToken));
 *
 * Collection<Todo> todos = new Collection<>(Todo::new).url("/api/todos");
 * todos.fetch();                                   // GET /api/todos
 * Todo milk = todos.create(Attributes.of("title", "Buy milk"));   // POST /api/todos
 * milk.save(Todo.COMPLETED, true);                 // PUT /api/todos/1
 * milk.destroy();                                  // DELETE /api/todos/1
 * }</pre>
 *
 * <p>For servers that only understand GET and POST, {@link #emulateHTTP(boolean) emulateHTTP} sends PUT,
 * PATCH and DELETE as POST with an {@code X-HTTP-Method-Override} header; for servers that cannot read JSON
 * bodies, {@link #emulateJSON(boolean) emulateJSON} sends the JSON as the form field {@code model} (and the
 * real method as {@code _method}). Both can also be set per call in the {@link Options}. Before the request
 * is sent, the model or collection fires {@code "request"} with the {@link Request} handle and the options.
 */
public final class RestSync implements Sync {
    private static final String JSON_TYPE = "application/json";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final Transport transport;
    private boolean emulateHTTP;
    private boolean emulateJSON;
    private boolean trailingSlash;
    private boolean validationErrors = true;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<BeforeSend> beforeSend = new ArrayList<>();

    /**
     * A sync sending its requests through {@code transport}.
     *
     * @param transport {@link XhrTransport} in the browser, {@link JdkHttpTransport} on the JVM, or a fake
     */
    public RestSync(Transport transport) {
        if (transport == null) {
            throw new NullPointerException("transport == null");
        }
        this.transport = transport;
    }

    /** The transport requests go through. */
    public Transport transport() {
        return transport;
    }

    /** Whether calls that do not say otherwise emulate PUT, PATCH and DELETE with POST. */
    public boolean emulateHTTP() {
        return emulateHTTP;
    }

    /**
     * Sets the default of {@link HttpOptions#emulateHTTP(boolean)}, Backbone's {@code Backbone.emulateHTTP}.
     *
     * @param value the default
     * @return this sync
     */
    public RestSync emulateHTTP(boolean value) {
        emulateHTTP = value;
        return this;
    }

    /** Whether calls that do not say otherwise send the JSON as a form field. */
    public boolean emulateJSON() {
        return emulateJSON;
    }

    /**
     * Sets the default of {@link HttpOptions#emulateJSON(boolean)}, Backbone's {@code Backbone.emulateJSON}.
     *
     * @param value the default
     * @return this sync
     */
    public RestSync emulateJSON(boolean value) {
        emulateJSON = value;
        return this;
    }

    /** Whether every url is sent ending with {@code /}, as Django REST Framework's router wants. */
    public boolean trailingSlash() {
        return trailingSlash;
    }

    /**
     * Makes every url this sync sends end with {@code /} before its query string: {@code /api/todos/} for a
     * create or a fetch, {@code /api/todos/3/} for a model, as Django REST Framework's {@code DefaultRouter}
     * expects (a POST cannot follow the redirect that would add it). Urls that already end with {@code /} are
     * left alone. For a single collection, give it a sync of its own: {@code todos.sync(new
     * RestSync(transport).trailingSlash(true))}.
     *
     * @param value true to add the slash
     * @return this sync
     */
    public RestSync trailingSlash(boolean value) {
        trailingSlash = value;
        return this;
    }

    /** Whether a 400 or 422 response naming invalid attributes reaches the model as a validation error. */
    public boolean validationErrors() {
        return validationErrors;
    }

    /**
     * Sets whether the body of a 400 or 422 response is read as a {@link io.backbonejava.ValidationError}
     * (on by default): Django REST Framework's {@code {"title": ["This field may not be blank."]}} (with
     * {@code non_field_errors} and {@code detail} about the whole model), Rails' {@code {"errors": {...}}}, or
     * {@code {"error": "...", "field": "title"}}. The failure then carries it as
     * {@link Failure#validationError()}, and a model sets it as its {@link io.backbonejava.Model#validationError()}
     * and fires {@code "invalid"} before {@code "error"}, so a form shows the server's messages where it shows
     * those of {@code validate}.
     *
     * @param value false to leave such failures as plain errors
     * @return this sync
     */
    public RestSync validationErrors(boolean value) {
        validationErrors = value;
        return this;
    }

    /**
     * Sends a header with every request, before the headers of the call's {@link HttpOptions}.
     *
     * @param name the header's name
     * @param value its value; null removes it
     * @return this sync
     */
    public RestSync header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /**
     * Adds a hook that sees every request just before it is sent and may add headers to it: what Backbone
     * users did with jQuery's {@code beforeSend} or {@code $.ajaxSetup}. Hooks run in the order they were
     * added, after the headers of {@link #header} and of the call's {@link HttpOptions}. {@link CsrfPolicy} is one.
     *
     * <pre>{@code
     * rest.beforeSend((method, url, headers) -> headers.put("Authorization", "Bearer " + session.token()));
     * }</pre>
     *
     * @param hook the hook
     * @return this sync
     */
    public RestSync beforeSend(BeforeSend hook) {
        if (hook == null) {
            throw new NullPointerException("hook == null");
        }
        beforeSend.add(hook);
        return this;
    }

    /**
     * Builds the request as Backbone does, step by step: the HTTP method from the sync method; the url from
     * the options or the target; a JSON body from {@code attrs} or {@code toJSON()} for create, update and
     * patch; the emulations; then the options' own {@code data} and {@code contentType} over all that. The
     * target fires {@code "request"}, and the transport sends it.
     *
     * @param method {@code "create"}, {@code "read"}, {@code "update"}, {@code "patch"} or {@code "delete"}
     * @param target the model or collection
     * @param options the options; null for none
     * @return the handle: {@code options.request()} when still pending, else a new one, stored there
     * @throws IllegalStateException when neither the options nor the target give a url
     * @throws IllegalArgumentException for an unknown method
     */
    @Override
    public Request sync(String method, Events target, Options options) {
        String type = httpMethod(method);
        if (target == null) {
            throw new NullPointerException("target == null");
        }
        Options opts = options == null ? new Options() : options;
        HttpOptions http = HttpOptions.of(opts);
        boolean emulatesHTTP = http.emulatesHTTP(emulateHTTP);
        boolean emulatesJSON = http.emulatesJSON(emulateJSON);
        String url = opts.url() != null && !opts.url().isEmpty() ? opts.url() : Sync.url(target);
        if (trailingSlash) {
            url = withTrailingSlash(url);
        }

        // The model's JSON is the body of every write.
        Object data = null;
        String contentType = null;
        boolean writes = CREATE.equals(method) || UPDATE.equals(method) || PATCH.equals(method);
        if (http.data() == null && writes) {
            contentType = JSON_TYPE;
            data = Json.write(opts.attrs() != null ? opts.attrs() : Sync.toJSON(target));
        }

        // Old servers: the JSON as a form field, and the real method beside it.
        Map<String, Object> form = null;
        if (emulatesJSON) {
            contentType = FORM_TYPE;
            form = new LinkedHashMap<>();
            if (data != null) {
                form.put("model", data);
            }
            data = form;
        }
        Map<String, String> sentHeaders = new LinkedHashMap<>(headers);
        sentHeaders.putAll(http.headers());
        if (emulatesHTTP
                && ("PUT".equals(type) || "DELETE".equals(type) || "PATCH".equals(type))) {
            if (form != null) {
                form.put("_method", type);
            }
            sentHeaders.put("X-HTTP-Method-Override", type);
            type = "POST";
        }

        // The caller's own data and content type win, as options win over Backbone's params.
        if (http.data() != null) {
            data = http.data();
        }
        if (http.contentType() != null) {
            contentType = http.contentType();
        }
        // Per-request headers last, so that they see the method and url that go on the wire.
        for (BeforeSend hook : beforeSend) {
            hook.beforeSend(type, url, sentHeaders);
        }
        AjaxRequest ajax = new AjaxRequest(type, url, data, contentType, sentHeaders, http.timeout());

        Request request = opts.request();
        if (request == null || !request.isPending()) {
            request = new Request();
            opts = opts.request(request);
        }
        Outcome outcome = new Outcome(target, opts, request, validationErrors);
        request.onAbort(outcome::abort);
        target.trigger("request", target, request, opts);
        outcome.send(transport, ajax);
        return request;
    }

    /** Defers through the transport: {@code setTimeout} in the browser. */
    @Override
    public void defer(Runnable task) {
        transport.defer(task);
    }

    /** The url with a {@code /} at the end of its path, before any {@code ?query} or {@code #fragment}. */
    static String withTrailingSlash(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        if (end > 0 && url.charAt(end - 1) == '/') {
            return url;
        }
        return url.substring(0, end) + "/" + url.substring(end);
    }

    /** Backbone's methodMap. */
    static String httpMethod(String method) {
        if (CREATE.equals(method)) {
            return "POST";
        }
        if (UPDATE.equals(method)) {
            return "PUT";
        }
        if (PATCH.equals(method)) {
            return "PATCH";
        }
        if (DELETE.equals(method)) {
            return "DELETE";
        }
        if (READ.equals(method)) {
            return "GET";
        }
        throw new IllegalArgumentException("Unknown sync method: " + method);
    }

    /** A hook that adds headers to each request; see {@link RestSync#beforeSend(BeforeSend)}. */
    @FunctionalInterface
    public interface BeforeSend {
        /**
         * Called once per request, just before it goes to the transport.
         *
         * @param method the HTTP method as sent, such as {@code "POST"} (after {@code emulateHTTP})
         * @param url the url as sent, without the query string of a GET's data
         * @param headers the request's headers so far; put, replace or remove entries
         */
        void beforeSend(String method, String url, Map<String, String> headers);
    }

    /**
     * The outcome of one request: reported once, whichever comes first of the transport's answer, an
     * exception from the transport, or {@link Request#abort()}.
     */
    private static final class Outcome implements Transport.Callback {
        private final Events target;
        private final Options options;
        private final Request request;
        private final boolean validationErrors;
        private boolean done;
        private Runnable transportAbort;

        Outcome(Events target, Options options, Request request, boolean validationErrors) {
            this.target = target;
            this.options = options;
            this.request = request;
            this.validationErrors = validationErrors;
        }

        void send(Transport transport, AjaxRequest ajax) {
            try {
                Runnable abort = transport.send(ajax, this);
                if (!done) {
                    transportAbort = abort;
                }
            } catch (RuntimeException e) {
                // A transport that cannot even start the request (a malformed url, a forbidden header).
                error(Failure.network(e.getMessage()));
            }
        }

        @Override
        public void success(int status, Object response) {
            success(status, response, null);
        }

        @Override
        public void success(int status, Object response, java.util.function.Function<String, String> headers) {
            if (done) {
                return;
            }
            request.responseHeaders(headers);
            done = true;
            SuccessCallback success = options.success();
            if (success != null) {
                success.handle(target, response, options);
            }
            request.resolve(response);
        }

        @Override
        public void error(Failure reported) {
            if (done) {
                return;
            }
            done = true;
            Failure failure = reported != null ? reported : Failure.network("");
            if (validationErrors && ServerErrors.isValidationStatus(failure.status())
                    && failure.validationError() == null) {
                ValidationError invalid = ServerErrors.read(failure.responseJSON());
                if (invalid != null) {
                    failure = failure.withValidationError(invalid);
                }
            }
            ErrorCallback error = options.error();
            if (error != null) {
                error.handle(target, failure, options);
            }
            request.reject(failure);
        }

        void abort() {
            Runnable stop = transportAbort;
            transportAbort = null;
            error(Failure.abort());
            if (stop != null) {
                stop.run();
            }
        }
    }
}
