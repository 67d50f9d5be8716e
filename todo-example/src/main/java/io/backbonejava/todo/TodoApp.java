package io.backbonejava.todo;

import io.backbonejava.History;
import io.backbonejava.Options;
import io.backbonejava.Sync;
import io.backbonejava.sync.LocalStorageSync;
import io.backbonejava.sync.RestSync;
import io.backbonejava.sync.XhrTransport;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * Where the app starts: the page calls {@code main()} once it has loaded. The same compiled script runs
 * on two pages that differ only in where the todos are kept, named by the page itself:
 * {@code <body data-store="rest">} (index.html) saves them on the demo server over its REST API,
 * {@code <body data-store="local">} (local.html) in the browser's localStorage. Nothing else in the app
 * knows or cares which: models and collections talk to a {@link Sync}, and this is the one place that
 * picks it.
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
        Todos todos = new Todos();
        todos.sync(store(HTMLDocument.current().getBody().getAttribute("data-store")));
        // The app takes over the page only once the stored todos are in. Before that Enter in the field
        // does nothing, exactly as before the script loaded, so a todo typed in the first few
        // milliseconds can never be wiped out by the reset that the arriving list makes. If the store
        // fails, the app still starts, empty, and the failure is reported on the console.
        todos.fetch(new Options().reset(true))
                .catchError(failure -> System.err.println("Could not load the todos: " + failure.errorThrown()))
                .always(() -> {
                    new TodoRouter(new AppView(todos));
                    History.instance().start();
                });
    }

    /**
     * The store a page names: {@code "local"} for localStorage, anything else for the demo server.
     *
     * @param name the page's {@code data-store}, or null
     * @return the sync the todos go through
     */
    static Sync store(String name) {
        if ("local".equals(name)) {
            // One JSON array of every todo under one key, read afresh on each call.
            return LocalStorageSync.browser(STORAGE_KEY);
        }
        return new RestSync(new XhrTransport().timeout(10_000));
    }
}
