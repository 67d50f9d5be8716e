package io.backbonejava.readinglist;

import io.backbonejava.Attributes;
import io.backbonejava.CollectionView;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The list page: the filter links, the books the filter shows, and a link to add one. The list itself is
 * the library's {@link CollectionView}: one {@link BookItemView} per book, kept in the collection's order
 * (by title) as books are added, saved, renamed or removed, each change touching only the lines it concerns.
 * The filter routes do not draw anything again: {@link #show} hands the collection view another filter, and
 * it takes out or puts back just the lines whose answer changed.
 *
 * <pre>{@code
 * BookListView list = new BookListView(books);
 * main.appendChild(list.render().el());
 * list.show(BookFilter.TO_READ);        // #/filter/to-read
 * }</pre>
 */
public final class BookListView extends View<Book> {
    private static final Template LAYOUT = Template.of("<nav class=\"filters\">"
            + "<a href=\"#/\">All</a>"
            + "<a href=\"#/filter/to-read\">To read</a>"
            + "<a href=\"#/filter/read\">Read</a></nav>"
            + "<ul class=\"books\"></ul>"
            + "<p><a class=\"add\" href=\"#/items/new\">Add a book</a></p>");

    private final Books books;
    private BookFilter filter = BookFilter.ALL;
    private CollectionView<Book, BookItemView> list;

    /**
     * Creates the list page of the reading list, showing every book until {@link #show} says otherwise.
     *
     * @param books the reading list
     */
    public BookListView(Books books) {
        super(books, new ViewOptions().className("book-list"));
        this.books = books;
    }

    /** Draws the page once; from then on the collection view follows the collection by itself. */
    @Override
    public BookListView render() {
        removeChildren();
        el().clear().appendChild(LAYOUT.render(Attributes.of()));
        // A child of this view (addChild), so that removing the page removes every line and its listeners.
        list = addChild(new CollectionView<>(books, BookItemView::new, new ViewOptions().el($(".books"))));
        list.emptyView(NoBooksView::new);
        show(filter);
        list.render();
        return this;
    }

    /**
     * Shows the books a filter accepts. The filter is asked again about a book when its "read" changes, so
     * ticking a book read under "To read" takes its line away.
     *
     * @param shown the filter of the current route
     * @return this view
     */
    public BookListView show(BookFilter shown) {
        filter = shown;
        for (HTMLElement link : $$(".filters a")) {
            link.setClassName(shown.href().equals(link.getAttribute("href")) ? "selected" : "");
        }
        if (list != null) {
            list.filter(shown::accepts, Book.READ);
        }
        return this;
    }

    /** What the list shows while the filter shows no book. */
    private static final class NoBooksView extends View<Book> {
        NoBooksView() {
            super(new ViewOptions().tagName("li").className("empty"));
        }

        @Override
        public NoBooksView render() {
            el().setTextContent("No books here.");
            return this;
        }
    }
}
