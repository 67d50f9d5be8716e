package io.backbonejava.readinglist;

import io.backbonejava.Attributes;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The list of books under one filter, each a link to its form. It draws the whole list again whenever the
 * collection changes: a plain rendering, which a list of a few hundred books does not notice.
 */
public final class BookListView extends View<Book> {
    // Placeholders escape: a title such as "<b>Emma</b>" shows as typed. "#/items/{{id}}" is built by the
    // template, so the id is printed as JavaScript prints it (1, not 1.0).
    private static final Template LAYOUT = Template.of("<nav class=\"filters\">"
            + "<a href=\"#/\" class=\"{{all}}\">All</a>"
            + "<a href=\"#/filter/to-read\" class=\"{{toRead}}\">To read</a>"
            + "<a href=\"#/filter/read\" class=\"{{read}}\">Read</a></nav>"
            + "<ul class=\"books\"></ul>"
            + "<p class=\"empty\" hidden=\"{{hasBooks}}\">No books here.</p>"
            + "<p><a class=\"add\" href=\"#/items/new\">Add a book</a></p>");
    private static final Template ITEM = Template.of("<li class=\"{{state}}\">"
            + "<a href=\"#/items/{{id}}\"><span class=\"title\">{{title}}</span></a>"
            + " <span class=\"author\">{{author}}</span> <span class=\"year\">{{year}}</span></li>");

    private final Books books;
    private final BookFilter filter;

    /**
     * Creates the list of a filter; it redraws itself on every change of the collection.
     *
     * @param books the reading list
     * @param filter which books to show
     */
    public BookListView(Books books, BookFilter filter) {
        super(books, new ViewOptions().className("book-list"));
        this.books = books;
        this.filter = filter;
        listenTo(books, "add remove reset sort change:author change:year change:read", e -> render());
        // The list is sorted by title: a renamed book moves, and "sort" redraws.
        listenTo(books, "change:title", e -> books.sort());
    }

    @Override
    public BookListView render() {
        List<Book> shown = books.visible(filter);
        el().clear().appendChild(LAYOUT.render(Attributes.of(
                "all", filter == BookFilter.ALL ? "selected" : "",
                "toRead", filter == BookFilter.TO_READ ? "selected" : "",
                "read", filter == BookFilter.READ ? "selected" : "",
                "hasBooks", !shown.isEmpty())));
        HTMLElement list = $(".books");
        for (Book book : shown) {
            list.appendChild(ITEM.render(Attributes.of("id", book.id(), "title", book.get(Book.TITLE),
                    "author", book.get(Book.AUTHOR), "year", book.get(Book.YEAR), "state",
                    book.isRead() ? "read" : "")));
        }
        return this;
    }
}
