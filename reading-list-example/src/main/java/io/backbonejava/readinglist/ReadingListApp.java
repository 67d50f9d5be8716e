package io.backbonejava.readinglist;

import io.backbonejava.History;
import io.backbonejava.Sync;
import io.backbonejava.sync.RestSync;
import io.backbonejava.sync.XhrTransport;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Where the app starts: the page calls {@code main()} once it has loaded. It loads the list from the demo
 * server, then starts the router, which draws the view of the address the page was opened at.
 */
public final class ReadingListApp {
    private ReadingListApp() {
    }

    /**
     * Starts the app.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        HTMLElement main = HTMLDocument.current().querySelector("main");
        Books books = new Books();
        // Every book talks to the demo server, a new one too before it joins the list. RestSync turns the
        // server's 422 answers into the book's validation error, which the form shows next to the fields.
        Sync.setDefault(new RestSync(new XhrTransport().timeout(10_000)));
        books.fetch()
                .catchError(failure -> System.err.println("Could not load the books: " + failure.errorThrown()))
                .always(() -> {
                    new ReadingListRouter(books, main);
                    History.instance().start();
                    // For tests and scripts: the app is drawn and listening.
                    HTMLDocument.current().getBody().setAttribute("data-ready", "reading-list");
                });
    }
}
