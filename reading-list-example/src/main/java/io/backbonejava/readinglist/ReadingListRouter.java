package io.backbonejava.readinglist;

import io.backbonejava.History;
import io.backbonejava.Router;
import io.backbonejava.View;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The app's routes, and the one place that swaps what {@code <main>} shows:
 * <ul>
 * <li>{@code #/} the whole list, {@code #/filter/to-read} and {@code #/filter/read} a part of it;</li>
 * <li>{@code #/items/new} the form of a new book, {@code #/items/:id} the form of a listed one.</li>
 * </ul>
 * Going from one filter to another keeps the list page and only changes its filter. Showing another page
 * removes the one shown before, so its listeners go with it, and a form left unsaved reverts its book.
 */
public final class ReadingListRouter extends Router {
    private final Books books;
    private final HTMLElement main;
    private View<Book> current;
    /** The list page while it is the one shown, else null. */
    private BookListView list;

    /**
     * Creates the router of the app.
     *
     * @param books the reading list, already fetched
     * @param main the element the views are drawn into
     */
    public ReadingListRouter(Books books, HTMLElement main) {
        this.books = books;
        this.main = main;
    }

    // The first route that matches wins: "items/new" before "items/:id", the catch-all last. The handlers
    // read the fields only when a route runs, after the constructor has set them.
    @Override
    protected Routes routes() {
        return new Routes()
                .add("filter/:name", "filter", args -> showList(BookFilter.fromRoute(args.get(0))))
                .add("items/new", "add", args -> show(new BookFormView(books.newBook(), books, this)))
                .add("items/:id", "edit", args -> edit(args.get(0)))
                .add("*other", "list", args -> showList(BookFilter.ALL));
    }

    /** Shows the form of a listed book; an unknown id shows the list instead. */
    private void edit(String id) {
        Book book = books.get(id);
        if (book == null) {
            showList(BookFilter.ALL);
        } else {
            show(new BookFormView(book, books, this));
        }
    }

    /** Goes to the whole list, {@code #/}, as after a save. */
    void showList() {
        navigate("", new History.NavigateOptions().trigger(true));
    }

    /** Shows the list page under a filter: the one shown already if it is, else a new one. */
    private void showList(BookFilter filter) {
        if (list == null) {
            list = new BookListView(books);
            show(list);
        }
        list.show(filter);
    }

    private void show(View<Book> view) {
        if (current != null) {
            current.remove();
        }
        current = view;
        if (view != list) {
            list = null;
        }
        main.clear().appendChild(view.render().el());
        main.setAttribute("data-route", view == list ? "list" : "form");
    }
}
