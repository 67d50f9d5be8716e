package io.backbonejava.readinglist;

import io.backbonejava.Attributes;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;

/**
 * One line of the list: an {@code <li>} with the book's title (a link to its form), author and year, marked
 * "read" when it has been. {@link BookListView}'s {@link io.backbonejava.CollectionView} makes one per book
 * and removes it, listeners and all, when the book leaves the list; the item itself only has to draw its
 * book, and draw it again when the book changes.
 */
final class BookItemView extends View<Book> {
    // Placeholders escape: a title such as "<b>Emma</b>" shows as typed. "#/items/{{id}}" is built by the
    // template, so the id is printed as JavaScript prints it (1, not 1.0).
    private static final Template ITEM = Template.of(
            "<a href=\"#/items/{{id}}\"><span class=\"title\">{{title}}</span></a>"
            + " <span class=\"author\">{{author}}</span> <span class=\"year\">{{year}}</span>");

    BookItemView(Book book) {
        super(book, new ViewOptions().tagName("li"));
        // Any change of the book (an edit saved, a server's answer) redraws this line, and only this one.
        listenTo(book.onChange(this::render));
    }

    @Override
    public BookItemView render() {
        Book book = model();
        el().clear().appendChild(ITEM.render(Attributes.of("id", book.id(), "title", book.get(Book.TITLE),
                "author", book.get(Book.AUTHOR), "year", book.get(Book.YEAR))));
        el().setClassName(book.isRead() ? "read" : "");
        return this;
    }
}
