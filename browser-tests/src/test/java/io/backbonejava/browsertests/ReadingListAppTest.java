package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbonejava.server.DemoServer;
import io.backbonejava.server.ServerConfig;
import java.io.IOException;
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
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The reading-list example end to end in headless Chromium against the real demo server, which serves the
 * app from reading-list-example's jar at {@code /reading-list/} and keeps the books behind {@code /api/books}:
 * adding a book through the form with the browser's messages, the server's refusal of a duplicate shown next
 * to the title, editing and leaving without saving, and the filter routes. What the server stored is read
 * back over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ReadingListAppTest.SharedBrowser.class)
class ReadingListAppTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static BrowserTestBase.Browsers browsers;

    private final HttpClient http = HttpClient.newHttpClient();
    private DemoServer server;
    private ReadingListPage page;

    /** The browsers the run shares, once {@link SharedBrowser} has run for the test class. */
    static BrowserTestBase.Browsers browsers() {
        return browsers;
    }

    /** The headless Chromium the run shares with the other browser tests. */
    static final class SharedBrowser implements org.junit.jupiter.api.extension.BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            browsers = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
                    BrowserTestBase.Browsers.class, key -> new BrowserTestBase.Browsers(),
                    BrowserTestBase.Browsers.class);
        }
    }

    @BeforeAll
    void startServer(@TempDir Path dataDir) {
        server = DemoServer.start(ServerConfig.builder().host("127.0.0.1").port(0).dataDir(dataDir).build());
    }

    @AfterAll
    void stopServer() {
        server.stop();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        page = new ReadingListPage(browsers.chrome());
        for (JsonNode book : books()) {
            send(HttpRequest.newBuilder(api("/" + book.get("id").asLong())).DELETE());
        }
    }

    @AfterEach
    void noErrors() {
        List<String> unexpected = new ArrayList<>();
        for (String error : page.errors().take()) {
            // The server's deliberate 422 answers show up in the log as failed loads; nothing else may.
            if (!error.contains("422")) {
                unexpected.add(error);
            }
        }
        assertEquals(List.of(), unexpected, "Chromium reported errors");
        page.driver().get("about:blank");
    }

    @Test
    void addingABookShowsTheBrowsersMessagesThenSavesIt() throws Exception {
        open("#/");
        assertEquals("No books here.", text(".empty"));
        click("a.add");
        waitForRoute("form");
        assertEquals("Add a book", text("h2"));

        click("button[type=submit]");
        assertEquals("A title is required", errorOf(".title"));
        assertEquals("An author is required", errorOf(".author"));
        assertEquals("true", find(".title").getDomAttribute("aria-invalid"));
        WebElement message = find(".title + .field-error");
        assertEquals(message.getDomAttribute("id"), find(".title").getDomAttribute("aria-describedby"));
        assertEquals(0, books().size(), "nothing was sent");

        type(".title", "Dune");
        assertEquals("", errorOf(".title"), "cleared as soon as the field is valid");
        assertNull(find(".title").getDomAttribute("aria-invalid"));
        type(".author", "Frank Herbert");
        type(".year", "abc" + Keys.TAB);   // leaving the field commits it
        assertEquals("Enter a number", errorOf(".year"));
        click(".read");
        assertEquals("abc", find(".year").getDomProperty("value"), "what the user typed stays");
        click("button[type=submit]");
        assertEquals(0, books().size(), "text that is no year is not sent");

        find(".year").clear();
        type(".year", "1965");
        click("button[type=submit]");
        waitForRoute("list");
        assertEquals(List.of("Dune"), texts(".books .title"));
        assertEquals("1965", text(".books .year"));
        JsonNode stored = books().get(0);
        assertEquals("Dune", stored.get("title").asText());
        assertEquals("Frank Herbert", stored.get("author").asText());
        assertEquals(1965, stored.get("year").intValue());
        assertTrue(stored.get("read").booleanValue());
    }

    @Test
    void theServersRefusalIsShownNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        create("{\"title\":\"Emma\",\"author\":\"Jane Austen\",\"year\":1815}");
        open("#/items/new");
        type(".title", "emma");
        type(".author", "Jane Austen");
        click("button[type=submit]");

        page.waitUntil(() -> !errorOf(".title").isEmpty());
        assertEquals("This book is already on the list", errorOf(".title"));
        assertEquals("true", find(".title").getDomAttribute("aria-invalid"));
        assertEquals("emma", find(".title").getDomProperty("value"));
        assertEquals("Jane Austen", find(".author").getDomProperty("value"));
        assertTrue(find("button[type=submit]").isEnabled(), "submit is enabled again");
        assertEquals(1, books().size());

        type(".title", " and Persuasion");
        assertEquals("", errorOf(".title"));
        click("button[type=submit]");
        waitForRoute("list");
        assertEquals(List.of("Emma", "emma and Persuasion"), texts(".books .title"));
        assertEquals(2, books().size());
    }

    @Test
    void leavingAFormUnsavedRevertsTheBook() throws Exception {
        long id = create("{\"title\":\"Middlemarch\",\"author\":\"George Eliot\"}").get("id").asLong();
        open("#/");
        click(".books a");
        waitForRoute("form");
        assertTrue(page.driver().getCurrentUrl().endsWith("#/items/" + id));
        assertEquals("Middlemarch", find(".title").getDomProperty("value"));

        find(".title").clear();
        type(".title", "Silas Marner");
        click("a.back");
        waitForRoute("list");
        assertEquals(List.of("Middlemarch"), texts(".books .title"));
        assertEquals("Middlemarch", books().get(0).get("title").asText());
    }

    @Test
    void theFilterRoutesShowTheBooksReadOrNot() throws Exception {
        create("{\"title\":\"Ulysses\",\"author\":\"James Joyce\"}");
        long read = create("{\"title\":\"Beloved\",\"author\":\"Toni Morrison\",\"read\":true}").get("id").asLong();
        open("#/filter/read");
        assertEquals(List.of("Beloved"), texts(".books .title"));
        assertEquals("selected", find(".filters a[href='#/filter/read']").getDomAttribute("class"));

        // Another filter keeps the page and the lines it shows: Beloved's line is the same element.
        page.eval("document.querySelector('.books li').setAttribute('data-mark', 'kept')");
        click(".filters a[href='#/']");
        page.waitUntil(() -> texts(".books .title").equals(List.of("Beloved", "Ulysses")));
        assertEquals("kept", find(".books li").getDomAttribute("data-mark"));
        assertEquals("selected", find(".filters a[href='#/']").getDomAttribute("class"));
        assertEquals("", find(".filters a[href='#/filter/read']").getDomAttribute("class"));

        click(".filters a[href='#/filter/to-read']");
        page.waitUntil(() -> texts(".books .title").equals(List.of("Ulysses")));

        // Marking Ulysses read moves it from this filter to the other.
        click(".books a");
        waitForRoute("form");
        click(".read");
        click("button[type=submit]");
        waitForRoute("list");
        page.open(base() + "/reading-list/#/filter/to-read");
        assertEquals("No books here.", text(".empty"));
        assertFalse(find(".empty").getDomProperty("hidden").equals("true"));
        open("#/filter/read");
        assertEquals(List.of("Beloved", "Ulysses"), texts(".books .title"));
        assertTrue(books().stream().allMatch(book -> book.get("read").booleanValue()));
        assertTrue(read > 0);
    }

    @Test
    void aBookOpenedByItsAddressIsEditedSavedAndMovesInTheList() throws Exception {
        create("{\"title\":\"Beloved\",\"author\":\"Toni Morrison\"}");
        long id = create("{\"title\":\"Ulysses\",\"author\":\"James Joyce\",\"year\":1922}").get("id").asLong();
        open("#/items/" + id);
        waitForRoute("form");
        assertEquals("Edit the book", text("h2"));
        assertEquals("Ulysses", find(".title").getDomProperty("value"));
        assertEquals("1922", find(".year").getDomProperty("value"));

        find(".title").clear();
        type(".title", "Anna Karenina");
        find(".author").clear();
        type(".author", "Leo Tolstoy");
        find(".year").clear();
        type(".year", "1878");
        click("button[type=submit]");
        waitForRoute("list");
        // The list (a CollectionView) keeps the collection's order: the renamed book moved to the top.
        assertEquals(List.of("Anna Karenina", "Beloved"), texts(".books .title"));
        assertEquals(List.of("Leo Tolstoy", "Toni Morrison"), texts(".books .author"));
        assertEquals("1878", text(".books .year"));
        assertEquals(0, page.count(".books .empty"));
        JsonNode stored = JSON.readTree(send(HttpRequest.newBuilder(api("/" + id)).GET()));
        assertEquals("Anna Karenina", stored.get("title").asText());
        assertEquals(1878, stored.get("year").intValue());

        // An unknown address shows the list.
        open("#/items/999999");
        waitForRoute("list");
        assertEquals(2, texts(".books .title").size());
    }

    // The page

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private void open(String fragment) {
        page.open(base() + "/reading-list/" + fragment);
    }

    private void waitForRoute(String route) {
        page.waitForRoute(route);
    }

    private WebElement find(String css) {
        return page.find(css);
    }

    private void click(String css) {
        page.click(css);
    }

    private void type(String css, String text) {
        page.type(css, text);
    }

    private String text(String css) {
        return page.text(css);
    }

    private List<String> texts(String css) {
        return page.texts(css);
    }

    private String errorOf(String css) {
        return page.errorOf(css);
    }

    // The server

    private URI api(String path) {
        return URI.create(base() + "/api/books" + path);
    }

    private List<JsonNode> books() throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(send(HttpRequest.newBuilder(api("")).GET())).forEach(all::add);
        return all;
    }

    private JsonNode create(String body) throws IOException, InterruptedException {
        return JSON.readTree(send(HttpRequest.newBuilder(api("")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private String send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new AssertionError("the demo server answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
