package io.backbonejava.readinglist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.ValidationError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading list's models on the JVM: the book's rules, the list's order and its filters. */
class BooksTest {
    private static Book book(String title, String author, boolean read) {
        return new Book(Attributes.of(Book.TITLE, title, Book.AUTHOR, author, Book.READ, read));
    }

    @Test
    void aBookNeedsATitleAnAuthorAndAPlausibleYear() {
        Book book = new Book(Attributes.of(Book.YEAR, 1200));
        assertFalse(book.isValid());
        ValidationError error = book.validationError();
        assertEquals(List.of("A title is required"), error.messages(Book.TITLE));
        assertEquals(List.of("An author is required"), error.messages(Book.AUTHOR));
        assertEquals(List.of("Enter a year between 1450 and 2100"), error.messages(Book.YEAR));

        Book dune = book("Dune", "Frank Herbert", false);
        assertTrue(dune.isValid());
        dune.set(Book.YEAR, 1965);
        assertTrue(dune.isValid());
        dune.set(Book.TITLE, "   ");
        assertFalse(dune.isValid());
    }

    @Test
    void aNewBookHasEmptyFieldsAndSendsOnlyWhatTheServerKnows() {
        Book book = new Book(Attributes.of("cover", "x.png"));
        assertEquals("", book.get(Book.TITLE));
        assertFalse(book.isRead());
        assertNull(book.get(Book.YEAR));
        assertFalse(book.toJSON().containsKey("cover"));

        Book blank = new Book();
        assertEquals("", blank.get(Book.AUTHOR));
        assertTrue(blank.isNew());
        assertFalse(blank.isValid());
    }

    @Test
    void aNewBookOfTheListIsSavedToTheListsUrlButNotListedYet() {
        Books books = new Books();
        assertEquals("/api/books", books.newBook().url());
        books.url("/api/books/");
        Book draft = books.newBook();
        assertEquals("/api/books/", draft.url());
        assertEquals("", draft.get(Book.TITLE));
        assertEquals(0, books.size());
    }

    @Test
    void theListIsSortedByTitleAndFiltered() {
        Books books = new Books();
        books.add(book("Ulysses", "James Joyce", false));
        books.add(book("Beloved", "Toni Morrison", true));
        books.add(book("Middlemarch", "George Eliot", false));

        assertEquals(List.of("Beloved", "Middlemarch", "Ulysses"), titles(books.visible(BookFilter.ALL)));
        assertEquals(List.of("Middlemarch", "Ulysses"), titles(books.visible(BookFilter.TO_READ)));
        assertEquals(List.of("Beloved"), titles(books.visible(BookFilter.READ)));
        assertEquals(BookFilter.TO_READ, BookFilter.fromRoute("to-read"));
        assertEquals(BookFilter.READ, BookFilter.fromRoute("read"));
        assertEquals(BookFilter.ALL, BookFilter.fromRoute(null));
        assertEquals(BookFilter.ALL, BookFilter.fromRoute("unknown"));
    }

    @Test
    void aRenamedBookMovesToItsPlaceInTheList() {
        Books books = new Books();
        books.add(book("Beloved", "Toni Morrison", true));
        Book ulysses = book("Ulysses", "James Joyce", false);
        books.add(ulysses);
        List<String> sorts = new ArrayList<>();
        books.onSort(() -> sorts.add("sort"));

        ulysses.set(Book.TITLE, "Anna Karenina");
        assertEquals(List.of("Anna Karenina", "Beloved"), titles(books.visible(BookFilter.ALL)));
        assertEquals(List.of("sort"), sorts);
        assertEquals("#/filter/to-read", BookFilter.TO_READ.href());
        assertEquals("#/", BookFilter.ALL.href());
    }

    private static List<String> titles(List<Book> books) {
        List<String> titles = new ArrayList<>();
        for (Book book : books) {
            titles.add(book.get(Book.TITLE));
        }
        return titles;
    }
}
