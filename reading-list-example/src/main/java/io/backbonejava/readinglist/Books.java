package io.backbonejava.readinglist;

import io.backbonejava.Collection;
import java.util.List;

/**
 * The reading list, sorted by title, and kept sorted when a book is renamed (Backbone sorts only as models
 * are added: a renamed book would stay where it was). Which books a filter shows is answered here too, on
 * the models.
 *
 * <pre>{@code
 * Books books = new Books();
 * books.fetch();                              // GET /api/books
 * Book draft = books.newBook();               // saved to /api/books, listed once saved
 * books.visible(BookFilter.TO_READ);          // what #/filter/to-read shows
 * }</pre>
 */
public class Books extends Collection<Book> {
    /** The demo server's resource, the default url; {@code LocalStorageSync} ignores it. */
    public static final String URL = "/api/books";

    /** An empty list, kept sorted by {@link Book#TITLE}. */
    public Books() {
        super(Book::new);
        comparator(Book.TITLE);
        url(URL);
        // The list view hears the "sort" and moves the renamed book's line, and only it.
        onChange(Book.TITLE, (book, title) -> sort());
    }

    /**
     * A new book with empty fields, not on the list yet but saved to the list's url: the form of
     * {@code #/items/new} adds it to the list once the store has it.
     *
     * @return the new book
     */
    public Book newBook() {
        Book book = new Book();
        book.urlRoot(url());
        return book;
    }

    /**
     * The books a filter shows, in list order.
     *
     * @param filter the filter of the current route
     * @return a new list
     */
    public List<Book> visible(BookFilter filter) {
        return filter(filter::accepts);
    }
}
