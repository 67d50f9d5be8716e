package io.backbonejava.todo;

import io.backbonejava.History;
import io.backbonejava.Options;
import io.backbonejava.Sync;
import io.backbonejava.sync.CsrfPolicy;
import io.backbonejava.sync.LocalStorageSync;
import io.backbonejava.sync.RestSync;
import io.backbonejava.sync.RetryPolicy;
import io.backbonejava.sync.XhrTransport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Where the app starts: the page calls {@code main()} once it has loaded. The same compiled script runs
 * on pages that differ only in the attributes of their {@code <body>}, so one build serves any backend:
 * <ul>
 * <li>{@code data-store="rest"} (index.html) keeps the todos on a server over REST, and {@code data-store="local"}
 * (local.html) in the browser's localStorage;</li>
 * <li>{@code data-api} names the server's todos resource, {@code /api/todos} (the demo server's) when absent.
 * A url ending with {@code /}, as Django REST Framework's router wants, makes every url the app sends end with
 * one, {@code POST /api/todos/} and {@code PUT /api/todos/3/} alike.</li>
 * </ul>
 * Against any server, a {@code csrftoken} cookie, when the page has one, goes back as the {@code X-CSRFToken}
 * header of every write (Django's convention), and a list served a page at a time is read to the end.
 * Nothing else in the app knows or cares which store it has: models and collections talk to a {@link Sync},
 * and this is the one place that picks it.
 *
 * <pre>{@code
 * <body data-store="rest" data-api="/api/todos/">   <!-- a Django REST Framework backend -->
 * }</pre>
 */
public final class TodoApp {
    /** The localStorage key of the local store, after TodoMVC's {@code todos-[framework]} convention. */
    public static final String STORAGE_KEY = "todos-backbone-java";

    private TodoApp() {
    }

    /**
     * Starts the app: reads the stored todos, then draws them and starts routing.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        HTMLElement body = HTMLDocument.current().getBody();
        Todos todos = new Todos();
        String api = body.getAttribute("data-api");
        if (api != null && !api.isEmpty()) {
            todos.url(api);
        }
        Sync sync = store(body.getAttribute("data-store"), todos.url());
        todos.sync(sync);
        HTMLElement status = HTMLDocument.current().querySelector(".sync-status");
        if (sync instanceof RestSync && status != null) {
            new SyncStatus((RestSync) sync, todos, status);
        }
        // The app takes over the page only once the stored todos are in. Before that Enter in the field
        // does nothing, exactly as before the script loaded, so a todo typed in the first few
        // milliseconds can never be wiped out by the list arriving. If the store fails, the app still
        // starts, empty, and the failure is reported on the console.
        todos.fetchAll()
                .catchError(failure -> Page.logError("Could not load the todos: " + failure.errorThrown()))
                .always(() -> {
                    new TodoRouter(new AppView(todos));
                    History.instance().start();
                });
    }

    /**
     * The store a page names: {@code "local"} for localStorage, anything else for a server.
     *
     * @param name the page's {@code data-store}, or null
     * @param api the todos' url on the server; ending with {@code /}, every url sent ends with one
     * @return the sync the todos go through
     */
    static Sync store(String name, String api) {
        if ("local".equals(name)) {
            // One JSON array of every todo under one key, read afresh on each call.
            return LocalStorageSync.browser(STORAGE_KEY);
        }
        // One request at a time per todo and six at most in all; a request that gets no answer (or a 5xx) is
        // sent again after 0.5 s, 1 s, 2 s... at most 5 s apart, until the server is back. Writes carry the
        // todo's version as If-Match (when the backend gives one), so a stale tab cannot overwrite another's
        // change.
        return new RestSync(new XhrTransport().timeout(10_000))
                .trailingSlash(api.endsWith("/"))
                .beforeSend(CsrfPolicy.browser())
                .retry(RetryPolicy.backoff(500, 5_000))
                .versionAttribute("version");
    }
}
