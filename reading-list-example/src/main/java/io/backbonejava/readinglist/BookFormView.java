package io.backbonejava.readinglist;

import io.backbonejava.Attributes;
import io.backbonejava.Form;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;

/**
 * The form of one book, new or listed: {@code #/items/new} and {@code #/items/:id}. It is the whole point of
 * this example, and it is short, because {@link Form} does the work: each field is bound to its attribute in
 * one line, both ways and typed (the year is an Integer, "read" a Boolean); the book's {@code validate} and
 * the server's 400 and 422 answers (the demo server's, Django's) put their messages next to the fields;
 * submitting saves and waits for the store with the button disabled; and leaving without saving puts the
 * book back as the store has it.
 */
public final class BookFormView extends View<Book> {
    // Each input has a <label>. The form adds a message element after each field and points the field's
    // aria-describedby at it when there is something to say; data-form-errors takes the messages about the
    // book as a whole. Nothing here is inserted as markup.
    private static final Template FIELDS = Template.of("<h2>{{heading}}</h2>"
            + "<p class=\"form-errors\" data-form-errors hidden></p>"
            + "<label for=\"book-title\">Title</label><input id=\"book-title\" class=\"title\" autocomplete=\"off\">"
            + "<label for=\"book-author\">Author</label><input id=\"book-author\" class=\"author\">"
            + "<label for=\"book-year\">Year</label><input id=\"book-year\" class=\"year\" inputmode=\"numeric\">"
            + "<label><input class=\"read\" type=\"checkbox\"> I have read it</label>"
            + "<button type=\"submit\">Save</button> <a class=\"back\" href=\"#/\">Back to the list</a>");

    /**
     * Draws the form of a book and binds it.
     *
     * @param book the book; a new one is added to the list once the server has saved it
     * @param books the list
     * @param router where to go once saved
     */
    public BookFormView(Book book, Books books, ReadingListRouter router) {
        super(book, new ViewOptions().tagName("form").className("book-form"));
        el().appendChild(FIELDS.render(Attributes.of("heading", book.isNew() ? "Add a book" : "Edit the book")));
        new Form<>(this)
                .bind(".title", Book.TITLE)
                .bind(".author", Book.AUTHOR)
                // A number: "abc" stays in the field with "Enter a number" and never reaches the model. It is
                // read when the user leaves the field, so that "19" is not judged before "1965" is typed.
                .bind(".year", Book.YEAR, Form.Update.ON_CHANGE)
                .bind(".read", Book.READ)
                // Leaving with unsaved edits (the "Back" link, the Back button) forgets them.
                .onLeave(Form.Leave.REVERT)
                .onSaved(saved -> {
                    books.add(saved);
                    router.showList();
                });
    }
}
