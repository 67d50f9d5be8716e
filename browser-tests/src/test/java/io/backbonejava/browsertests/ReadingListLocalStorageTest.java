package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbonejava.server.DemoServer;
import io.backbonejava.server.ServerConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/**
 * The reading-list example on its localStorage page ({@code /reading-list/local.html}, {@code data-store="local"})
 * end to end in headless Chromium: the same compiled app as on the demo server, keeping the books in the
 * browser. A book added through the form after the browser's messages, opened by its address
 * {@code #/items/:id} and edited, the filter routes, and every change still there after a reload, read back
 * from localStorage itself; the demo server's {@code /api/books} stays empty all along.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ReadingListAppTest.SharedBrowser.class)
class ReadingListLocalStorageTest {
    /** ReadingListApp.STORAGE_KEY: one JSON array of every book. */
    private static final String KEY = "reading-list-backbone-java";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoServer server;
    private ReadingListPage page;

    @BeforeAll
    void startServer(@TempDir Path dataDir) {
        server = DemoServer.start(ServerConfig.builder().host("127.0.0.1").port(0).dataDir(dataDir).build());
    }

    @AfterAll
    void stopServer() {
        server.stop();
    }

    @BeforeEach
    void emptyTheStore() {
        page = new ReadingListPage(ReadingListAppTest.browsers().chrome());
        // localStorage belongs to the server's origin: empty it from a page of that origin, then leave it, so
        // that each test's first page is a fresh load.
        page.open(base() + "/reading-list/local.html");
        page.eval("localStorage.clear()");
        page.driver().get("about:blank");
    }

    @AfterEach
    void noErrorsAndNothingOnTheServer() throws Exception {
        assertEquals(List.of(), page.errors().take(), "Chromium reported errors");
        HttpResponse<String> books = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/api/books")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("[]", books.body(), "the server was not used");
        page.eval("localStorage.clear()");
        page.driver().get("about:blank");
    }

    @Test
    void aBookAddedAfterTheBrowsersMessagesIsStoredAndStaysAfterAReload() throws Exception {
        open("#/");
        assertEquals("No books here.", page.text(".empty"));
        page.click("a.add");
        page.waitForRoute("form");

        page.type(".author", "Frank Herbert");
        page.click("button[type=submit]");
        assertEquals("A title is required", page.errorOf(".title"));
        assertEquals("true", page.attribute(".title", "aria-invalid"));
        assertEquals(page.attribute(".title + .field-error", "id"), page.attribute(".title", "aria-describedby"));
        assertEquals("", page.errorOf(".author"));
        page.type(".year", "1066" + Keys.TAB);
        assertEquals("Enter a year between 1450 and 2100", page.errorOf(".year"));
        assertEquals(0, stored().size(), "nothing was stored");

        page.type(".title", "Dune");
        assertEquals("", page.errorOf(".title"));
        assertNull(page.attribute(".title", "aria-invalid"));
        assertEquals("Frank Herbert", page.value(".author"), "what was typed stays");
        page.replace(".year", "1965");
        page.click("button[type=submit]");
        page.waitForRoute("list");
        assertEquals(List.of("Dune"), page.texts(".books .title"));

        JsonNode dune = stored().get(0);
        assertEquals("Dune", dune.get("title").asText());
        assertEquals("Frank Herbert", dune.get("author").asText());
        assertEquals(1965, dune.get("year").intValue());
        assertFalse(dune.get("read").booleanValue());
        assertTrue(dune.get("id").isTextual() && !dune.get("id").asText().isEmpty(), "localStorage's own id");

        page.reload();
        assertEquals(List.of("Dune"), page.texts(".books .title"));
        assertEquals("1965", page.text(".books .year"));
    }

    @Test
    void aBookOpenedByItsAddressIsEditedAndTheEditSurvivesAReload() throws Exception {
        store("[{\"id\":\"b1\",\"title\":\"Ulysses\",\"author\":\"James Joyce\",\"year\":1922,\"read\":false},"
                + "{\"id\":\"b2\",\"title\":\"Beloved\",\"author\":\"Toni Morrison\",\"year\":null,\"read\":true}]");
        open("#/items/b1");
        page.waitForRoute("form");
        assertEquals("Edit the book", page.text("h2"));
        assertEquals("Ulysses", page.value(".title"));
        assertEquals("1922", page.value(".year"));

        page.find(".author").clear();
        assertEquals("An author is required", page.errorOf(".author"));
        assertEquals("true", page.attribute(".author", "aria-invalid"));
        page.type(".author", "Leo Tolstoy");
        page.replace(".title", "Anna Karenina");
        page.click("button[type=submit]");
        page.waitForRoute("list");
        assertEquals(List.of("Anna Karenina", "Beloved"), page.texts(".books .title"));
        assertEquals("Leo Tolstoy", stored().get(0).get("author").asText());

        // An edit left unsaved goes back; the stored book is as saved.
        page.open(base() + "/reading-list/local.html#/items/b2");
        page.waitForRoute("form");
        page.replace(".title", "Jazz");
        page.click("a.back");
        page.waitForRoute("list");
        assertEquals(List.of("Anna Karenina", "Beloved"), page.texts(".books .title"));

        page.reload();
        assertEquals(List.of("Anna Karenina", "Beloved"), page.texts(".books .title"));
        assertEquals(List.of("Leo Tolstoy", "Toni Morrison"), page.texts(".books .author"));
        page.open(base() + "/reading-list/local.html#/items/b1");
        page.waitForRoute("form");
        assertEquals("Anna Karenina", page.value(".title"));
    }

    @Test
    void theFilterRoutesShowTheStoredBooksReadOrNot() throws Exception {
        store("[{\"id\":\"u\",\"title\":\"Ulysses\",\"author\":\"James Joyce\",\"read\":false},"
                + "{\"id\":\"b\",\"title\":\"Beloved\",\"author\":\"Toni Morrison\",\"read\":true}]");
        open("#/filter/read");
        assertEquals(List.of("Beloved"), page.texts(".books .title"));
        assertEquals("selected", page.attribute(".filters a[href='#/filter/read']", "class"));
        page.click(".filters a[href='#/filter/to-read']");
        page.waitUntil(() -> page.texts(".books .title").equals(List.of("Ulysses")));

        // Marking Ulysses read: stored so, and after a reload it is under "Read" and not under "To read".
        page.click(".books a");
        page.waitForRoute("form");
        page.click(".read");
        page.click("button[type=submit]");
        page.waitForRoute("list");
        assertTrue(stored().get(0).get("read").booleanValue());

        open("#/filter/to-read");
        assertEquals("No books here.", page.text(".empty"));
        open("#/filter/read");
        assertEquals(List.of("Beloved", "Ulysses"), page.texts(".books .title"));
        page.reload();
        assertEquals(List.of("Beloved", "Ulysses"), page.texts(".books .title"));
    }

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private void open(String fragment) {
        page.open(base() + "/reading-list/local.html" + fragment);
    }

    /** Puts records in the store before the app reads it, as an earlier visit would have left them. */
    private void store(String json) {
        page.open(base() + "/reading-list/local.html");
        page.eval("localStorage.setItem(arguments[0], arguments[1])", KEY, json);
        page.driver().get("about:blank");
    }

    /** What the app has stored, in the order stored. */
    private List<JsonNode> stored() throws Exception {
        String json = (String) page.eval("return localStorage.getItem(arguments[0])", KEY);
        List<JsonNode> books = new ArrayList<>();
        if (json != null) {
            JSON.readTree(json).forEach(books::add);
        }
        return books;
    }
}
