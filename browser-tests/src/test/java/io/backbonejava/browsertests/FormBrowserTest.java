package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bound form driven through a page (scenario {@code /book-form}) in Chromium and HtmlUnit, saved by
 * RestSync to the real demo server's {@code /api/books}: the browser's message next to its field with
 * {@code aria-invalid} and {@code aria-describedby}, cleared by a valid edit; text that is no number kept in
 * its field; the field following a change made in code; the server's 422 messages (Django REST Framework's
 * {@code {"author": ["..."]}}) next to their fields, what was typed kept; a save that reaches the server; and
 * leaving with an unsaved edit, which reverts it and leaves no listener of the form on the book. The full
 * set of fields and cases runs in Chromium in backbone-core's {@code FormTest}; this is the smoke subset.
 */
@ExtendWith(AppServer.Shared.class)
class FormBrowserTest extends BrowserTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE_ERROR = "#title + .field-error";
    private static final String AUTHOR_ERROR = "#author + .field-error";
    private static final String YEAR_ERROR = "#year + .field-error";

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBoundFormShowsTheBrowsersAndTheServersMessagesThenSaves(Engine engine) throws Exception {
        String author = "Jane Austen, " + engine;
        try (Page page = open(engine, AppServer.shared().baseUrl(), "/book-form")) {
            assertEquals("||null|false", page.text("#model"));
            long posts = posts();

            // The browser's own rule: a title is required.
            page.click("button[type=submit]");
            assertEquals("A title is required", page.text(TITLE_ERROR));
            assertEquals(1, page.count("#title[aria-invalid=true]"));
            assertEquals(1, page.count("#title[aria-describedby$='-title-error']"));
            assertEquals(1, page.count(".field-error[id$='-title-error']"));
            assertEquals(posts, posts(), "nothing was sent");

            page.type("#title", "Emma");
            assertEquals("", page.text(TITLE_ERROR), "cleared as soon as the title is there");
            assertEquals(0, page.count("#title[aria-invalid]"));
            assertEquals(0, page.count("#title[aria-describedby]"));
            assertEquals("Emma||null|false", page.text("#model"));

            // The year is read when the field is left; "18x" stays in the field and never reaches the book.
            page.type("#year", "18x");
            assertEquals("Emma||null|false", page.text("#model"));
            // Leaving for a field above it: the message that appears moves what is below.
            page.click("#title");
            assertEquals("Enter a number", page.text(YEAR_ERROR));
            assertEquals("18x", page.value("#year"));
            assertEquals("Emma||null|false", page.text("#model"));
            page.click("#read");
            assertEquals("Emma||null|true", page.text("#model"));

            // A change from code: the field follows it, and its own message goes.
            page.click("#year-1200");
            assertEquals("1200", page.value("#year"));
            assertEquals("", page.text(YEAR_ERROR));

            // The server's rules: an author is required, and 1200 is before printing.
            page.click("button[type=submit]");
            // The messages come with the answer; the buttons are enabled again when the request settles,
            // which may be a task later: wait for both.
            page.waitUntil("the server's messages and the submit button enabled again",
                    () -> !page.text(AUTHOR_ERROR).isEmpty() && page.count("button[disabled]") == 0);
            assertEquals("An author is required", page.text(AUTHOR_ERROR));
            assertEquals("Enter a year between 1450 and 2100", page.text(YEAR_ERROR));
            assertEquals(1, page.count("#author[aria-invalid=true]"));
            assertEquals(1, page.count("#year[aria-invalid=true]"));
            assertEquals("Emma", page.value("#title"), "what was typed stays");
            assertEquals(0, page.count("button[disabled]"), "submit is enabled again");
            expectRefusalReported(engine, page);

            page.type("#author", author);
            assertEquals("", page.text(AUTHOR_ERROR));
            assertEquals(0, page.count("#author[aria-invalid]"));
            assertEquals("Enter a year between 1450 and 2100", page.text(YEAR_ERROR),
                    "the server's word on the year stands until the year changes");
            page.click("#year-1815");
            assertEquals("", page.text(YEAR_ERROR));

            page.click("button[type=submit]");
            page.waitUntil("the save", () -> page.log().contains("saved"));
            assertEquals(posts + 2, posts());
            JsonNode stored = stored(author);
            assertEquals("Emma", stored.get("title").asText());
            assertEquals(1815, stored.get("year").intValue());
            assertTrue(stored.get("read").booleanValue());

            // An edit not saved, then the form goes: the book is as the server has it, and only the page's
            // own listener is left on it.
            page.type("#title", " Woodhouse");
            assertEquals("Emma Woodhouse|" + author + "|1815|true", page.text("#model"));
            page.click("#leave");
            assertEquals(0, page.count("form"));
            assertEquals("Emma|" + author + "|1815|true", page.text("#model"));
            assertEquals("1", page.text("#listeners"));
        }
    }

    /** How many books the page has posted to the server so far. */
    private static long posts() {
        return AppServer.shared().requests().stream().filter("POST /api/books"::equals).count();
    }

    /** The book the server stored with this author. */
    private static JsonNode stored(String author) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(AppServer.shared().baseUrl() + "/api/books")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode book : JSON.readTree(response.body())) {
            if (author.equals(book.get("author").asText())) {
                return book;
            }
        }
        throw new AssertionError("no book by " + author + " in " + response.body());
    }

    /** Chromium reports the refused request as a failed load, once; HtmlUnit reports nothing. */
    private static void expectRefusalReported(Engine engine, Page page) {
        List<String> reports = new ArrayList<>(page.takeErrors());
        if (engine == Engine.HTMLUNIT) {
            assertEquals(List.of(), reports);
            return;
        }
        // The console entry may reach the driver's log a moment after the page saw the answer.
        page.waitUntil("the console report of the 422", () -> {
            reports.addAll(page.takeErrors());
            return !reports.isEmpty();
        });
        assertEquals(1, reports.size(), reports.toString());
        assertTrue(reports.get(0).contains("422"), reports.toString());
    }
}
