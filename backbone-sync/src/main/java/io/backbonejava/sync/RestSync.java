package io.backbonejava.sync;

import io.backbonejava.Events;
import io.backbonejava.Failure;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Sync;
import io.backbonejava.ValidationError;
import io.backbonejava.Model;
import io.backbonejava.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.Objects;
import java.util.function.IntConsumer;
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
 *
 * <p>Beyond Backbone, so that what the user last did is what the server ends with:
 * <ul>
 * <li><b>One request at a time per model.</b> A model's operations go out in the order asked, each once the
 *     one before it was answered. A save asked while an earlier save still waits its turn joins it: the one
 *     request sends the model as it is when it goes out (for a patch, what is unsaved then). An answer never
 *     overwrites an attribute the user changed while it was on the way; the next save sends that change.</li>
 * <li><b>A bound on requests in flight</b> ({@link #maxInFlight(int)}, 6 by default): the others wait in
 *     line, so a change to 5,000 models never floods the browser.</li>
 * <li><b>Retries</b> for network failures and 5xx, with backoff ({@link #retry(RetryPolicy)}, off by
 *     default). {@code "offline"} and {@code "online"} fire on this sync; {@link #pending()} says how much
 *     is unfinished. A save that finally fails leaves the model with {@link Model#hasUnsavedChanges()}.</li>
 * <li><b>Conflicts.</b> A model's writes carry {@code If-Match} with the {@code ETag} of its last answer (or
 *     its {@link #versionAttribute(String) version attribute}); a 412 fires {@code "conflict"} on the model
 *     (and on this sync) with the server's copy, then fails as usual.</li>
 * </ul>
 *
 * <pre>{@code
 * RestSync rest = new RestSync(new XhrTransport().timeout(10_000))
 *         .retry(RetryPolicy.backoff(500, 5_000))
 *         .versionAttribute("version");
 * rest.onOffline(() -> status.setText("Offline, " + rest.pending() + " changes not saved"));
 * rest.onConflict((todo, saved) -> todos.add(saved, new Options().merge(true).parse(true)));
 * }</pre>
 */
public final class RestSync extends Events implements Sync {
    private static final String JSON_TYPE = "application/json";
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private final Transport transport;
    private boolean emulateHTTP;
    private boolean emulateJSON;
    private boolean trailingSlash;
    private boolean validationErrors = true;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<BeforeSend> beforeSend = new ArrayList<>();
    private int maxInFlight = 6;
    private RetryPolicy retry = RetryPolicy.none();
    private String versionAttribute;

    // The queues: the lane of each model or collection with unfinished work (or a known ETag), the lanes
    // waiting for a free slot, the jobs waiting out a retry's backoff.
    private final Map<Events, Lane> lanes = new HashMap<>();
    private final List<Lane> waitingForSlot = new ArrayList<>();
    private final List<Job> retrying = new ArrayList<>();
    private int inFlight;
    private int pendingJobs;
    private boolean offline;

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

    /** How many requests this sync has on the wire at most; the rest wait their turn. */
    public int maxInFlight() {
        return maxInFlight;
    }

    /**
     * Sets how many requests this sync sends at once (6 unless set, what browsers open per server over
     * HTTP/1.1). Further requests wait in a queue, first asked first sent, so that marking 5,000 todos done
     * never floods the browser or the server.
     *
     * @param max at least 1
     * @return this sync
     */
    public RestSync maxInFlight(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxInFlight < 1");
        }
        maxInFlight = max;
        pumpSlots();
        return this;
    }

    /** When failed requests are sent again; {@link RetryPolicy#none()} unless set. */
    public RetryPolicy retry() {
        return retry;
    }

    /**
     * Sets when failed requests are sent again: {@link RetryPolicy#backoff} for network failures and 5xx.
     * While a request waits to be retried, the sync is {@link #isOffline() offline} if it got no answer, the
     * model's request stays pending, and later saves of the model join it.
     *
     * @param policy the policy; {@link RetryPolicy#none()} to report every failure at once
     * @return this sync
     */
    public RestSync retry(RetryPolicy policy) {
        if (policy == null) {
            throw new NullPointerException("policy == null");
        }
        retry = policy;
        return this;
    }

    /** The attribute holding the server's version of a model, sent as {@code If-Match}; null when none. */
    public String versionAttribute() {
        return versionAttribute;
    }

    /**
     * Names the attribute in which the server gives each model's version (the demo server's
     * {@code version}, Rails' {@code lock_version}). Writes of a model that has it carry
     * {@code If-Match: "<version>"}, also when the model came from a collection's fetch and no {@code ETag}
     * was ever seen for it. Without it, a model's writes carry the {@code ETag} of its last response.
     *
     * @param name the attribute's name; null to use only {@code ETag}s
     * @return this sync
     */
    public RestSync versionAttribute(String name) {
        versionAttribute = name;
        return this;
    }

    /**
     * Whether the last request that failed got no answer at all and no request has been answered since:
     * the server or the network is down. {@code "offline"} fires on this sync when it becomes true,
     * {@code "online"} when an answer (any status) comes again.
     */
    public boolean isOffline() {
        return offline;
    }

    /**
     * How many operations this sync still has to finish: queued, on the wire, or waiting to be retried. A
     * save that joined another counts once. {@code "pending"} fires on this sync with the number each time it
     * changes, so an app can say "3 changes not saved" and warn before the page is closed.
     */
    public int pending() {
        return pendingJobs;
    }

    /**
     * Calls {@code listener} when a request gets no answer after the last one did: the {@code "offline"}
     * event of this sync.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onOffline(Runnable listener) {
        return onRun("offline", listener);
    }

    /**
     * Calls {@code listener} when a request is answered again after the sync went offline: the
     * {@code "online"} event. Requests waiting for a retry are then sent at once.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onOnline(Runnable listener) {
        return onRun("online", listener);
    }

    // One lambda for both events above: each lambda is a class of its own in the bundle.
    private Subscription onRun(String event, Runnable listener) {
        return on(event, e -> listener.run());
    }

    /**
     * Calls {@code listener} with {@link #pending()} each time it changes: the {@code "pending"} event.
     *
     * @param listener receives the number of unfinished operations
     * @return the binding
     */
    public Subscription onPending(IntConsumer listener) {
        return on("pending", e -> listener.accept(pendingJobs));
    }

    /**
     * Calls {@code listener} when the server refused a write with 412 because someone else changed the model:
     * the {@code "conflict"} event of this sync. The listener receives the model and the server's copy as its
     * answer carried it (an attribute map, or null when the answer had no JSON object); the write then fails
     * as usual.
     *
     * <pre>{@code
     * rest.onConflict((todo, saved) -> todos.add(saved, new Options().merge(true).parse(true)));
     * }</pre>
     *
     * @param listener receives the model and the server's copy
     * @return the binding
     */
    @SuppressWarnings("unchecked")
    public Subscription onConflict(BiConsumer<? super Model, ? super Map<String, Object>> listener) {
        return on("conflict", e -> {
            Object copy = e.arg(1);
            listener.accept((Model) e.arg(0), copy instanceof Map ? (Map<String, Object>) copy : null);
        });
    }

    /**
     * Sends every request that waits for a retry now, without waiting out its backoff: for an app that knows
     * the network is back (the browser's {@code online} event, a "Retry" button).
     */
    public void retryNow() {
        List<Job> due = new ArrayList<>(retrying);
        retrying.clear();
        for (Job job : due) {
            job.wakeUp();
        }
    }

    /**
     * Hands one operation to the queue of its model or collection, step by step. Checks come first, so that
     * a missing url fails here. A write asked while an earlier write of the same model still waits to be
     * sent joins it (its body is read from the model when it goes out, so it carries what the user did
     * last); anything else queues behind. {@code "request"} fires now; the request itself goes out when the
     * earlier ones of the model are answered and fewer than {@link #maxInFlight()} are on the wire. Writes
     * with {@code wait}, an {@code attrs} or a {@code data} option are built now and never joined, since
     * what they send is not the model.
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
        httpMethod(method);
        if (target == null) {
            throw new NullPointerException("target == null");
        }
        Options opts = options == null ? new Options() : options;
        String url = opts.url() == null || opts.url().isEmpty() ? Sync.url(target) : opts.url();
        Request request = opts.request();
        if (request == null || !request.isPending()) {
            request = new Request();
            opts = opts.request(request);
        }
        boolean write = isWrite(method);
        boolean fixed = opts.waits() || HttpOptions.of(opts).data() != null
                || (opts.attrs() != null && !PATCH.equals(method)) || !(target instanceof Model);

        // A model's operations keep their order; a collection's fetches (pages, filters) are independent.
        Lane lane = target instanceof Model ? lanes.get(target) : null;
        if (lane == null) {
            lane = new Lane(target);
            if (target instanceof Model) {
                lanes.put(target, lane);
            }
        }
        Job tail = lane.jobs.isEmpty() ? null : lane.jobs.get(lane.jobs.size() - 1);
        Job job;
        if (write && !fixed && tail != null && tail.canJoin()) {
            job = tail;
            job.join(method, opts);
        } else {
            job = new Job(lane, method, opts, fixed, url);
            if (fixed) {
                job.built = build(method, target, opts, null);
            }
            lane.jobs.add(job);
            pendingChanged(1);
        }
        Job joined = job;
        Options asked = opts;
        request.onAbort(() -> joined.abort(asked));
        target.trigger("request", target, request, opts);
        pump(lane);
        return request;
    }

    /**
     * Builds the request as Backbone does, step by step: the HTTP method from the sync method; the url from
     * the options or the target; a JSON body from {@code attrs} or {@code toJSON()} for create, update and
     * patch (for a joined patch, the current values of every attribute it names and every unsaved one);
     * the emulations; then the options' own {@code data} and {@code contentType} over all that; the
     * {@code If-Match} of the model's version or last {@code ETag}, the headers, the hooks.
     */
    private Built build(String method, Events target, Options opts, Job job) {
        String type = httpMethod(method);
        HttpOptions http = HttpOptions.of(opts);
        boolean emulatesHTTP = http.emulatesHTTP(emulateHTTP);
        boolean emulatesJSON = http.emulatesJSON(emulateJSON);
        String url = opts.url() != null && !opts.url().isEmpty() ? opts.url()
                : job != null ? job.url() : Sync.url(target);
        if (trailingSlash) {
            url = withTrailingSlash(url);
        }

        // The model's JSON is the body of every write.
        Object data = null;
        Object sent = null;
        String contentType = null;
        if (http.data() == null && isWrite(method)) {
            contentType = JSON_TYPE;
            if (job != null && PATCH.equals(method)) {
                sent = job.patchBody();
            } else {
                sent = opts.attrs() != null ? opts.attrs() : Sync.toJSON(target);
            }
            data = Json.write(sent);
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
        String version = method.equals(READ) || method.equals(CREATE) ? null : ifMatch(target);
        if (version != null) {
            sentHeaders.put("If-Match", version);
        }
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
        return new Built(new AjaxRequest(type, url, data, contentType, sentHeaders, http.timeout()),
                sent instanceof Map ? (Map<?, ?>) sent : null);
    }

    /** The {@code If-Match} of a model's write: its version attribute, else the ETag of its last answer. */
    private String ifMatch(Events target) {
        if (!(target instanceof Model)) {
            return null;
        }
        Lane known = lanes.get(target);
        if (known != null && known.ownVersion != null) {
            return known.ownVersion;
        }
        String version = versionAttribute == null ? null : quoted(((Model) target).get(versionAttribute));
        if (version != null) {
            return version;
        }
        Lane lane = lanes.get(target);
        return lane == null ? null : lane.etag;
    }

    /** The {@code If-Match} of a server copy's version attribute, or null. */
    private String versionOf(Object copy) {
        return versionAttribute == null || !(copy instanceof Map) ? null
                : quoted(((Map<?, ?>) copy).get(versionAttribute));
    }

    /** A version as an entity tag: {@code "3"}; null when there is none. */
    private static String quoted(Object version) {
        // Typed as a String before joining: an Object would bring in Double.toString (+10 KB in a bundle).
        if (version instanceof String) {
            return "\"" + (String) version + "\"";
        }
        return version instanceof Number ? "\"" + Json.write(version) + "\"" : null;
    }

    // The queues: one lane per model or collection, and a bound on the requests on the wire.

    /** Sends the head of a lane when it is due and a slot is free, or puts the lane in line for a slot. */
    private void pump(Lane lane) {
        if (lane.jobs.isEmpty()) {
            if (lane.etag == null && lanes.get(lane.target) == lane) {
                lanes.remove(lane.target);
            }
            return;
        }
        Job head = lane.jobs.get(0);
        if (head.state != QUEUED) {
            return;
        }
        if (inFlight >= maxInFlight) {
            if (!lane.inLine) {
                lane.inLine = true;
                waitingForSlot.add(lane);
            }
            return;
        }
        head.send();
    }

    /** Gives free slots to the lanes in line, first come first served. */
    private void pumpSlots() {
        while (inFlight < maxInFlight && !waitingForSlot.isEmpty()) {
            Lane lane = waitingForSlot.remove(0);
            lane.inLine = false;
            pump(lane);
        }
    }

    private void pendingChanged(int delta) {
        pendingJobs += delta;
        trigger("pending", this, pendingJobs);
    }

    /** An answer of any status: the server is reachable. Requests waiting for a retry go now. */
    private void answered() {
        if (offline) {
            offline = false;
            trigger("online", this);
            retryNow();
        }
    }

    private void unanswered() {
        if (!offline) {
            offline = true;
            trigger("offline", this);
        }
    }

    private static boolean isWrite(String method) {
        return CREATE.equals(method) || UPDATE.equals(method) || PATCH.equals(method);
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

    /** A request built once, with the JSON map it sends (to read the answer against the model). */
    private static final class Built {
        final AjaxRequest ajax;
        final Map<?, ?> sent;

        Built(AjaxRequest ajax, Map<?, ?> sent) {
            this.ajax = ajax;
            this.sent = sent;
        }
    }

    /** The operations of one model or collection, sent one at a time in order; the head is the current one. */
    private static final class Lane {
        final Events target;
        final List<Job> jobs = new ArrayList<>();
        /** The ETag of the target's last answer, sent back as {@code If-Match}. */
        String etag;
        /** The version the server gave the model's own write that timed out; wins until the next answer. */
        String ownVersion;
        boolean inLine;

        Lane(Events target) {
            this.target = target;
        }
    }

    private static final int QUEUED = 0;
    private static final int SENDING = 1;
    private static final int WAITING = 2;

    /**
     * One operation of a lane: one request on the wire at a time, for one or more callers. Saves asked while
     * it waits (to be sent, or to be retried) join it; each caller hears the outcome, in the order they
     * asked.
     */
    private final class Job implements Runnable {
        final Lane lane;
        final boolean fixed;
        final String callUrl;
        final List<Options> callers = new ArrayList<>();
        String method;
        Built built;
        int state = QUEUED;
        int sends;
        boolean finished;
        Attempt attempt;
        Runnable timer;
        /** What a send that got no answer carried: the server may still have written it. */
        Map<?, ?> unansweredSent;

        Job(Lane lane, String method, Options opts, boolean fixed, String callUrl) {
            this.lane = lane;
            this.callUrl = callUrl;
            this.method = method;
            this.fixed = fixed;
            callers.add(opts);
        }

        boolean canJoin() {
            return !fixed && state != SENDING && isWrite(method);
        }

        /** Last intent wins: the joined save goes out as one request carrying both. */
        void join(String other, Options opts) {
            callers.add(opts);
            if (PATCH.equals(method) && PATCH.equals(other)) {
                return;
            }
            method = CREATE.equals(method) || CREATE.equals(other) ? CREATE : UPDATE;
        }

        /**
         * The body of a patch: the caller's attributes on a first, single send; once joined or retried, what
         * is unsaved then (which includes every attribute the joined saves changed and the server has not
         * confirmed since).
         */
        Map<String, Object> patchBody() {
            Options first = callers.get(0);
            if (callers.size() == 1 && sends <= 1 && first.attrs() != null) {
                return new LinkedHashMap<>(first.attrs());
            }
            return ((Model) lane.target).unsavedAttributes();
        }

        /**
         * The model's url when the request goes out (it has the id a create in front of it got), or the one
         * it had when asked: a deleted model has left its collection, and with it the url.
         */
        String url() {
            try {
                return Sync.url(lane.target);
            } catch (IllegalStateException e) {
                return callUrl;
            }
        }

        /** The method as things stand now: a model created by an earlier request is updated, not created. */
        private String methodNow() {
            if (CREATE.equals(method) && lane.target instanceof Model && !((Model) lane.target).isNew()) {
                return UPDATE;
            }
            return method;
        }

        void send() {
            state = SENDING;
            inFlight++;
            sends++;
            Attempt current = new Attempt(this);
            attempt = current;
            Built request;
            try {
                request = fixed ? built : build(methodNow(), lane.target, callers.get(callers.size() - 1), this);
            } catch (RuntimeException e) {
                // A request that cannot be built: no use retrying, and no sign that the server is away.
                current.broken = true;
                current.error(Failure.network(e.getMessage()));
                return;
            }
            current.sent = fixed ? null : request.sent;
            current.deleting = DELETE.equals(method);
            try {
                Runnable stop = transport.send(request.ajax, current);
                if (!current.done) {
                    current.stop = stop;
                }
            } catch (RuntimeException e) {
                // A transport that cannot even start the request (a malformed url, a forbidden header).
                current.broken = true;
                current.error(Failure.network(e.getMessage()));
            }
        }

        /** Waits out the policy's delay, still holding the lane, then goes back in line. */
        void retryLater() {
            state = WAITING;
            retrying.add(this);
            Runnable cancel = transport.schedule(this, retry.delay(sends));
            if (state == WAITING) {
                timer = cancel;
            }
        }

        /** The end of a retry's wait: the job itself is the timer's task, so the bundle needs no lambda for it. */
        @Override
        public void run() {
            wakeUp();
        }

        void wakeUp() {
            if (state != WAITING) {
                return;
            }
            Runnable cancel = timer;
            timer = null;
            if (cancel != null) {
                cancel.run();
            }
            retrying.remove(this);
            state = QUEUED;
            pump(lane);
        }

        void finish() {
            if (!finished) {
                finished = true;
                lane.jobs.remove(this);
                pendingChanged(-1);
            }
        }

        /** One caller aborted: it hears of it now; the request stops when no caller is left. */
        void abort(Options opts) {
            int index = indexOf(opts);
            if (index < 0) {
                return;
            }
            callers.remove(index);
            if (callers.isEmpty()) {
                Runnable stop = null;
                if (state == SENDING) {
                    attempt.done = true;
                    stop = attempt.stop;
                    inFlight--;
                } else if (state == WAITING) {
                    Runnable cancel = timer;
                    timer = null;
                    retrying.remove(this);
                    if (cancel != null) {
                        cancel.run();
                    }
                }
                finish();
                if (stop != null) {
                    stop.run();
                }
            }
            reportError(opts, Failure.abort());
            if (callers.isEmpty()) {
                pump(lane);
                pumpSlots();
            }
        }

        private int indexOf(Options opts) {
            for (int i = 0; i < callers.size(); i++) {
                if (callers.get(i) == opts) {
                    return i;
                }
            }
            return -1;
        }

        void reportError(Options opts, Failure failure) {
            ErrorCallback error = opts.error();
            if (error != null) {
                error.handle(lane.target, failure, opts);
            }
            opts.request().reject(failure);
        }
    }

    /**
     * One send of a job: reported once, whichever comes first of the transport's answer, an exception from
     * the transport, or an abort. The lane and the slot are freed before the callers hear of it, and the next
     * request goes out after they have (so that it sees the id and version the answer set).
     */
    private final class Attempt implements Transport.Callback {
        final Job job;
        Map<?, ?> sent;
        boolean deleting;
        boolean broken;
        boolean done;
        Runnable stop;

        Attempt(Job job) {
            this.job = job;
        }

        @Override
        public void success(int status, Object response) {
            success(status, response, null);
        }

        @Override
        public void success(int status, Object response, Function<String, String> headers) {
            if (done) {
                return;
            }
            done = true;
            inFlight--;
            Lane lane = job.lane;
            job.finish();
            lane.ownVersion = null;
            if (lane.target instanceof Model) {
                String etag = headers == null ? null : headers.apply("ETag");
                if (deleting) {
                    lane.etag = null;
                } else if (etag != null) {
                    lane.etag = etag;
                }
            }
            Object reply = withoutStaleValues(response);
            try {
                for (Options opts : new ArrayList<>(job.callers)) {
                    opts.request().responseHeaders(headers);
                    SuccessCallback success = opts.success();
                    if (success != null) {
                        success.handle(lane.target, reply, opts);
                    }
                    opts.request().resolve(reply);
                }
            } finally {
                pump(lane);
                pumpSlots();
                answered();
            }
        }

        /**
         * The answer without the attributes the user changed while it was on the way: a stale value must not
         * overwrite a newer edit (which the next save of the model sends).
         */
        private Object withoutStaleValues(Object response) {
            if (sent == null || !(response instanceof Map) || !(job.lane.target instanceof Model)) {
                return response;
            }
            Map<?, ?> now = (Map<?, ?>) Sync.toJSON(job.lane.target);
            Map<Object, Object> fresh = null;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) response).entrySet()) {
                Object key = entry.getKey();
                if (sent.containsKey(key) && !Objects.equals(now.get(key), sent.get(key))) {
                    if (fresh == null) {
                        fresh = new LinkedHashMap<>((Map<?, ?>) response);
                    }
                    fresh.remove(key);
                }
            }
            return fresh == null ? response : fresh;
        }

        /** Whether the server's copy holds exactly what an unanswered send of this job carried. */
        private boolean isOwnWrite(Object copy) {
            Map<?, ?> mine = job.unansweredSent;
            if (mine == null || !(copy instanceof Map) || versionOf(copy) == null) {
                return false;
            }
            for (Map.Entry<?, ?> entry : mine.entrySet()) {
                Object theirs = ((Map<?, ?>) copy).get(entry.getKey());
                if (!entry.getKey().equals(versionAttribute)
                        && !Json.write(entry.getValue()).equals(Json.write(theirs))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void error(Failure reported) {
            if (done) {
                return;
            }
            done = true;
            inFlight--;
            Failure failure = reported != null ? reported : Failure.network("");
            Lane lane = job.lane;
            boolean unanswered = !broken && RetryPolicy.isUnanswered(failure);
            if (unanswered) {
                unanswered();
            } else if (!broken && !Failure.ABORT.equals(failure.textStatus())) {
                // The server answered: it is reachable, whatever it said. Before this job waits, so that
                // coming back online does not resend it at once.
                answered();
            }
            if (unanswered && sent != null) {
                job.unansweredSent = sent;
            }
            if (!broken && !job.callers.isEmpty() && retry.retries(failure, job.sends)) {
                job.retryLater();
                pumpSlots();
                return;
            }
            if (failure.status() == 412 && isOwnWrite(failure.responseJSON())) {
                // The server did write a send of ours that timed out, and so moved on a version: not someone
                // else's change. Send again at once over the version it gave.
                lane.ownVersion = versionOf(failure.responseJSON());
                job.unansweredSent = null;
                job.state = QUEUED;
                pump(lane);
                pumpSlots();
                return;
            }
            job.finish();
            if (validationErrors && ServerErrors.isValidationStatus(failure.status())
                    && failure.validationError() == null) {
                ValidationError invalid = ServerErrors.read(failure.responseJSON());
                if (invalid != null) {
                    failure = failure.withValidationError(invalid);
                }
            }
            try {
                if (failure.status() == 412 && lane.target instanceof Model) {
                    // Someone else changed it: the model hears of it with the server's copy, then of the error.
                    Object copy = failure.responseJSON();
                    lane.target.trigger("conflict", lane.target, copy, failure);
                    trigger("conflict", lane.target, copy, failure);
                }
                for (Options opts : new ArrayList<>(job.callers)) {
                    job.reportError(opts, failure);
                }
            } finally {
                pump(lane);
                pumpSlots();
            }
        }
    }

}
