package io.backbonejava.readinglist;

import io.backbonejava.History;
import io.backbonejava.Sync;
import io.backbonejava.sync.CsrfPolicy;
import io.backbonejava.sync.LocalStorageSync;
import io.backbonejava.sync.RestSync;
import io.backbonejava.sync.XhrTransport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Where the app starts: the page calls {@code main()} once it has loaded. It loads the books, then starts the
 * router, which draws the view of the address the page was opened at. The same compiled script runs on pages
 * that differ only in the attributes of their {@code <body>}, as todo-example's do:
 * <ul>
 * <li>{@code data-store="local"} (local.html) keeps the books in this browser's localStorage; anything else
 * (index.html) on a server over REST;</li>
 * <li>{@code data-api} names the server's books resource, {@code /api/books} (the demo server's) when absent. A
 * url ending with {@code /}, as Django REST Framework's router wants, makes every url sent end with one.</li>
 * </ul>
 * Nothing else in the app knows which store it has: this is the one place that picks it.
 *
 * <pre>{@code
 * <body data-store="local">                       <!-- localStorage -->
 * <body data-store="rest" data-api="/api/books/"> <!-- a Django REST Framework backend -->
 * }</pre>
 */
public final class ReadingListApp {
    /** The localStorage key of the local store: one JSON array of every book. */
    public static final String STORAGE_KEY = "reading-list-backbone-java";

    private ReadingListApp() {
    }

    /**
     * Starts the app.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        HTMLElement body = HTMLDocument.current().getBody();
        HTMLElement main = HTMLDocument.current().querySelector("main");
        Books books = new Books();
        String api = body.getAttribute("data-api");
        if (api != null && !api.isEmpty()) {
            books.url(api);
        }
        // Every book talks to this store, a new one too before it joins the list.
        Sync.setDefault(store(body.getAttribute("data-store"), books.url()));
        // If the store fails, the app still starts, empty, and says so above the list.
        books.fetch()
                .catchError(failure -> {
                    HTMLElement alert = HTMLDocument.current().createElement("p");
                    alert.setClassName("load-error");
                    alert.setAttribute("role", "alert");
                    alert.setTextContent("Could not load the books: " + failure.errorThrown());
                    main.getParentNode().insertBefore(alert, main);
                })
                .always(() -> {
                    new ReadingListRouter(books, main);
                    History.instance().start();
                    // For tests and scripts: the app is drawn and listening.
                    body.setAttribute("data-ready", "reading-list");
                });
    }

    /**
     * The store a page names: {@code "local"} for localStorage, anything else for a server.
     *
     * @param name the page's {@code data-store}, or null
     * @param api the books' url on the server; ending with {@code /}, every url sent ends with one
     * @return the sync every book goes through
     */
    static Sync store(String name, String api) {
        if ("local".equals(name)) {
            return LocalStorageSync.browser(STORAGE_KEY);
        }
        // A server's 400 and 422 answers naming fields become the book's validation error, which the form
        // shows next to the fields. Against Django, the csrftoken cookie goes back as the X-CSRFToken header.
        return new RestSync(new XhrTransport().timeout(10_000))
                .trailingSlash(api.endsWith("/"))
                .beforeSend(CsrfPolicy.browser());
    }
}
