package io.backbonejava.sync;

import io.backbonejava.Collection;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.ModelFactory;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Subscription;
import io.backbonejava.Sync;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A collection whose server answers a page at a time. It reads the two ways servers say where the next page
 * is: Django REST Framework's envelope {@code {"count": 42, "next": "...?page=2", "previous": null,
 * "results": [...]}}, and an RFC 8288 {@code Link: <...?page=2>; rel="next"} header beside a plain array
 * (with the total, when the server sends one, in {@code X-Total-Count}). A plain array without such a
 * header is one page that is all there is, so a server without paging keeps working.
 *
 * <p>{@link #fetch()} reads the first page (replacing what the collection held, as Backbone's fetch does),
 * {@link #fetchNext()} the next one, added to the models already there, and {@link #fetchAll()} every page,
 * setting them all at once at the end. {@link #count()} and {@link #hasMore()} tell where the paging is, and
 * {@code "page"} fires when they change.
 *
 * <pre>{@code
 * PagedCollection<Todo> todos = new PagedCollection<>(Todo::new);
 * todos.url("/api/todos/");
 * todos.onPage(() -> moreButton.setHidden(!todos.hasMore()));
 * todos.fetch();          // GET /api/todos/           -> 10 of 42
 * todos.fetchNext();      // GET /api/todos/?page=2    -> 20 of 42
 * todos.fetchAll();       // every page, then one set  -> 42
 * }</pre>
 *
 * @param <M> the kind of model
 */
public class PagedCollection<M extends Model> extends Collection<M> {
    private int count = -1;
    private String next;
    private String previous;
    /** True while the pages that {@link #fetchAll} gathered are set, which are parsed already. */
    private boolean settingGathered;

    /** An empty paged collection of plain {@link Model}s; use it as {@code PagedCollection<Model>}. */
    public PagedCollection() {
        super();
    }

    /**
     * An empty paged collection whose factory makes its models.
     *
     * @param factory usually a constructor reference such as {@code Todo::new}
     */
    public PagedCollection(ModelFactory<? extends M> factory) {
        super(factory);
    }

    /** The number of models on the server, from the envelope's {@code count} or {@code X-Total-Count}; -1 when unknown. */
    public int count() {
        return count;
    }

    /** Whether the server said there is a page after the last one read. */
    public boolean hasMore() {
        return next != null;
    }

    /** The url of the next page, as the server gave it; null when there is none. */
    public String nextUrl() {
        return next;
    }

    /** The url of the previous page, as the server gave it; null when there is none. */
    public String previousUrl() {
        return previous;
    }

    /**
     * Calls {@code listener} each time {@link #count()} or {@link #hasMore()} changed: the {@code "page"} event.
     *
     * @param listener what to run
     * @return the binding
     */
    public Subscription onPage(Runnable listener) {
        return on("page", e -> listener.run());
    }

    /**
     * Unwraps a page: the envelope's {@code results}, or a plain array whose {@code Link} header (read from
     * {@code options.request()}) names the next page. Override to unwrap another envelope, and call this with
     * the array.
     */
    @Override
    @SuppressWarnings("unchecked")
    protected Object parse(Object response, Options options) {
        if (settingGathered) {
            return response;
        }
        int newCount = -1;
        String newNext = null;
        String newPrevious = null;
        Object models = response;
        if (response instanceof Map && ((Map<String, Object>) response).get("results") instanceof List) {
            Map<String, Object> envelope = (Map<String, Object>) response;
            models = envelope.get("results");
            newCount = envelope.get("count") instanceof Number ? ((Number) envelope.get("count")).intValue() : -1;
            newNext = envelope.get("next") instanceof String ? (String) envelope.get("next") : null;
            newPrevious = envelope.get("previous") instanceof String ? (String) envelope.get("previous") : null;
        } else {
            Request request = options == null ? null : options.request();
            if (request != null) {
                String link = request.getResponseHeader("Link");
                newNext = linkTarget(link, "next");
                newPrevious = linkTarget(link, "prev");
                newCount = number(request.getResponseHeader("X-Total-Count"));
            }
        }
        boolean changed = newCount != count || (newNext == null) != (next == null);
        count = newCount;
        next = newNext;
        previous = newPrevious;
        if (changed) {
            trigger("page", this, options);
        }
        return models;
    }

    /**
     * Reads the next page and adds its models to those already here (merging any already known); with no
     * next page, sends nothing and returns a handle resolved with null.
     *
     * @return the handle of the request
     */
    public Request fetchNext() {
        return fetchNext(null);
    }

    /**
     * {@link #fetchNext()} with the options of {@link #fetch(Options)}; {@code url} and {@code remove} are set
     * here.
     *
     * @param options the options, or null
     * @return the handle of the request
     */
    public Request fetchNext(Options options) {
        if (next == null) {
            return Request.resolved(null);
        }
        return fetch(orNew(options).url(next).remove(false));
    }

    /**
     * Reads every page, from the first, and then sets them all at once: the collection ends with exactly the
     * server's models, each add, merge and remove announced once, and {@code "sync"} fires once. A failure
     * of any page leaves the collection as it was, fires {@code "error"} and rejects the handle.
     *
     * @return the handle, resolved with the list of every page's models once all are set
     */
    public Request fetchAll() {
        return fetchAll(null);
    }

    /**
     * {@link #fetchAll()} with options: the request options ({@code data}, headers) for the first page
     * (the next ones follow the server's urls), and those of {@link #set(Object, Options)} for the end.
     *
     * @param options the options, or null
     * @return the handle
     */
    public Request fetchAll(Options options) {
        Request all = new Request();
        Request[] current = new Request[1];
        all.onAbort(() -> {
            if (current[0] != null) {
                current[0].abort();
            }
        });
        readPage(orNew(options), new ArrayList<>(), all, current);
        return all;
    }

    /** Reads one page into {@code gathered}, then the next, or sets them all when there is none. */
    private void readPage(Options page, List<Object> gathered, Request all, Request[] current) {
        Request request = new Request();
        current[0] = request;
        // The options as the sync receives them, for the callbacks to hand on.
        Options[] sent = new Options[1];
        Options opts = orNew(page).request(request).success((target, response, ignored) -> {
            Object models = parse(response, sent[0]);
            if (models instanceof List) {
                gathered.addAll((List<?>) models);
            } else if (models != null) {
                gathered.add(models);
            }
            request.resolve(response);
            if (next != null && !all.isRejected()) {
                readPage(new Options().url(next), gathered, all, current);
                return;
            }
            settingGathered = true;
            try {
                set(gathered, orNew(page).parse(true));
            } finally {
                settingGathered = false;
            }
            trigger("sync", this, gathered, page);
            all.resolve(gathered);
        });
        opts = opts.error((target, failure, ignored) -> {
            Failure reported = failure != null ? failure : Failure.network("");
            request.reject(reported);
            trigger("error", this, reported, sent[0]);
            all.reject(reported);
        });
        sent[0] = opts;
        sync(Sync.READ, this, opts);
    }

    /**
     * The target of the first link with relation {@code rel} in an RFC 8288 {@code Link} header, such as
     * {@code <https://api.example.com/items?page=2>; rel="next", <...>; rel="last"}. Read by hand: the
     * browser bundle carries no regular expressions.
     *
     * @param header the header, or null
     * @param rel the relation, such as {@code next}
     * @return the target as written, or null
     */
    static String linkTarget(String header, String rel) {
        if (header == null) {
            return null;
        }
        int at = 0;
        while (at < header.length()) {
            int open = header.indexOf('<', at);
            int close = open < 0 ? -1 : header.indexOf('>', open);
            if (close < 0) {
                return null;
            }
            // The parameters run to the next comma outside quotes.
            int end = close + 1;
            boolean quoted = false;
            while (end < header.length() && (quoted || header.charAt(end) != ',')) {
                if (header.charAt(end) == '"') {
                    quoted = !quoted;
                }
                end++;
            }
            if (hasRel(header.substring(close + 1, end), rel)) {
                return header.substring(open + 1, close).trim();
            }
            at = end + 1;
        }
        return null;
    }

    /** Whether {@code ; rel="next last"} style parameters name the relation (case-insensitive). */
    private static boolean hasRel(String params, String rel) {
        int at = 0;
        while (at < params.length()) {
            int end = params.indexOf(';', at);
            if (end < 0) {
                end = params.length();
            }
            String param = params.substring(at, end).trim();
            int equals = param.indexOf('=');
            if (equals > 0 && sameToken(param.substring(0, equals).trim(), "rel")) {
                String value = param.substring(equals + 1).trim();
                if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
                    value = value.substring(1, value.length() - 1);
                }
                int start = 0;
                for (int i = 0; i <= value.length(); i++) {
                    if (i == value.length() || value.charAt(i) == ' ') {
                        if (sameToken(value.substring(start, i), rel)) {
                            return true;
                        }
                        start = i + 1;
                    }
                }
            }
            at = end + 1;
        }
        return false;
    }

    private static Options orNew(Options options) {
        return options == null ? new Options() : options;
    }

    /**
     * Whether two tokens are equal, ignoring the case of ASCII letters: parameter names and relation types are
     * ASCII (RFC 8288). Not {@code equalsIgnoreCase}, which brings Unicode's case tables into the bundle.
     */
    static boolean sameToken(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // Only the same letter in the other case may differ: 'A' and 'a' are 0x20 apart.
                int lower = x | 0x20;
                if (lower < 'a' || lower > 'z' || lower != (y | 0x20)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A count such as {@code X-Total-Count}'s: up to nine decimal digits, else -1. Read by hand, which keeps
     * {@code Integer.parseInt} and its exception out of the browser bundle.
     */
    static int number(String text) {
        if (text == null) {
            return -1;
        }
        String digits = text.trim();
        if (digits.isEmpty() || digits.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
