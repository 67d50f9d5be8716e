package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reading-list example's form in headless Chromium against a live Django REST Framework server
 * ({@link DrfReadingListServer}): the same compiled app, told by {@code data-api="/api/books/"} to send a
 * trailing slash and Django's CSRF header. Django's own validation, which the browser cannot do (a book
 * already listed), answers a 400 of {@code {"title": ["..."]}}; the form shows it next to the title with
 * {@code aria-invalid} and {@code aria-describedby}, keeps what the user typed, and saves once it is fixed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ReadingListAppTest.SharedBrowser.class)
class ReadingListDjangoTest {
    private static final String DJANGO_SAYS = "This book is already on the list";

    private DrfReadingListServer drf;
    private ReadingListPage page;

    @BeforeAll
    void startDjango() {
        drf = new DrfReadingListServer();
    }

    @AfterAll
    void stopDjango() throws Exception {
        drf.close();
    }

    @BeforeEach
    void emptyTheServer() {
        drf.clear();
        page = new ReadingListPage(ReadingListAppTest.browsers().chrome());
    }

    @AfterEach
    void onlyTheRefusalsReported() {
        List<String> unexpected = new ArrayList<>();
        for (String error : page.errors().take()) {
            // Django's deliberate 400 answers show up in the log as failed loads; nothing else may.
            if (!error.contains("status of 400")) {
                unexpected.add(error);
            }
        }
        assertEquals(List.of(), unexpected, "Chromium reported errors");
        page.driver().get("about:blank");
    }

    @Test
    void aNewBookDjangoRefusesShowsItsMessageNextToTheTitleAndSavesOnceFixed() {
        drf.create("{\"title\":\"Emma\",\"author\":\"Jane Austen\",\"year\":1815}");
        page.open(drf.appUrl() + "#/items/new");
        page.waitForRoute("form");
        page.type(".title", "emma");
        page.type(".author", "Jane Austen");
        page.type(".year", "1816");
        page.click("button[type=submit]");

        page.waitUntil(() -> DJANGO_SAYS.equals(page.errorOf(".title"))
                && page.count("button[type=submit][disabled]") == 0);
        assertEquals("true", page.attribute(".title", "aria-invalid"));
        String describedBy = page.attribute(".title", "aria-describedby");
        assertEquals(describedBy, page.attribute(".title + .field-error", "id"));
        assertEquals(DJANGO_SAYS, page.text("#" + describedBy));
        assertEquals("", page.errorOf(".author"), "only the field Django named");
        assertNull(page.attribute(".author", "aria-invalid"));
        assertEquals("emma", page.value(".title"), "what the user typed is kept");
        assertEquals("Jane Austen", page.value(".author"));
        assertEquals("1816", page.value(".year"));
        assertEquals("form", page.attribute("main", "data-route"), "still on the form");
        assertEquals(1, drf.books().size());

        page.type(".title", " and Persuasion");
        assertEquals("", page.errorOf(".title"), "the message goes once the title is edited");
        assertNull(page.attribute(".title", "aria-invalid"));
        page.click("button[type=submit]");
        page.waitForRoute("list");

        assertEquals(List.of("Emma", "emma and Persuasion"), page.texts(".books .title"));
        JsonNode saved = drf.books().get(1);
        assertEquals("emma and Persuasion", saved.get("title").asText());
        assertEquals("Jane Austen", saved.get("author").asText());
        assertEquals(1816, saved.get("year").intValue());
        assertTrue(drf.log().contains("\"POST /api/books/ HTTP/1.1\" 400"), drf.log());
        assertTrue(drf.log().contains("\"POST /api/books/ HTTP/1.1\" 201"), drf.log());
    }

    @Test
    void anEditDjangoRefusesKeepsTheTypedTextAndSavesOnceFixed() {
        drf.create("{\"title\":\"Beloved\",\"author\":\"Toni Morrison\"}");
        long id = drf.create("{\"title\":\"Jazz\",\"author\":\"Toni Morrison\",\"year\":1992}").get("id").asLong();
        page.open(drf.appUrl() + "#/items/" + id);
        page.waitForRoute("form");
        assertEquals("Jazz", page.value(".title"));

        page.replace(".title", "BELOVED");
        page.click(".read");
        page.click("button[type=submit]");

        page.waitUntil(() -> DJANGO_SAYS.equals(page.errorOf(".title"))
                && page.count("button[type=submit][disabled]") == 0);
        assertEquals("true", page.attribute(".title", "aria-invalid"));
        assertEquals("BELOVED", page.value(".title"));
        assertEquals("true", String.valueOf(page.find(".read").isSelected()));
        assertEquals("Jazz", drf.book(id).get("title").asText(), "Django kept the book as it was");

        page.replace(".title", "Paradise");
        assertEquals("", page.errorOf(".title"));
        page.click("button[type=submit]");
        page.waitForRoute("list");
        assertEquals(List.of("Beloved", "Paradise"), page.texts(".books .title"));
        JsonNode saved = drf.book(id);
        assertEquals("Paradise", saved.get("title").asText());
        assertTrue(saved.get("read").booleanValue());
        assertEquals(1992, saved.get("year").intValue());
        assertTrue(drf.log().contains("\"PUT /api/books/" + id + "/ HTTP/1.1\" 400"), drf.log());
        assertTrue(drf.log().contains("\"PUT /api/books/" + id + "/ HTTP/1.1\" 200"), drf.log());
    }
}
