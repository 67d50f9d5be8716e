package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.backbonejava.server.DemoServer;
import io.backbonejava.server.ServerConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading-list example in HtmlUnit against the real demo server: a second JavaScript engine for the same
 * compiled app. {@link ReadingListAppTest} covers it in Chromium; HtmlUnit is far slower on TeaVM's output, so
 * this is one short walk: the empty list, a book added through the form after the browser's message, the
 * server's refusal of the same book shown next to its title, and a filter route.
 */
class ReadingListHtmlUnitTest extends BrowserTestBase {
    private static DemoServer server;

    @BeforeAll
    static void startServer(@TempDir Path dataDir) {
        server = DemoServer.start(ServerConfig.builder().host("127.0.0.1").port(0).dataDir(dataDir).build());
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void aBookIsAddedThroughTheFormAndTheSameBookIsRefusedByTheServer() {
        try (Page page = open(Engine.HTMLUNIT, "http://127.0.0.1:" + server.port(), "/reading-list/#/")) {
            assertEquals("No books here.", page.text(".books .empty"));
            page.click("a.add");
            page.waitUntil("the form", () -> page.count("form.book-form") == 1);

            page.click("button[type=submit]");
            assertEquals("A title is required", page.text(".title + .field-error"));
            assertEquals(1, page.count(".title[aria-invalid=true]"));
            page.type(".title", "Emma");
            assertEquals("", page.text(".title + .field-error"));
            page.type(".author", "Jane Austen");
            page.click("button[type=submit]");
            page.waitUntil("the list", () -> page.count(".books .title") == 1);
            assertEquals(List.of("Emma"), page.texts(".books .title"));
            assertEquals(0, page.count(".books .empty"));

            page.click("a.add");
            page.waitUntil("the form", () -> page.count("form.book-form") == 1);
            page.type(".title", "emma");
            page.type(".author", "Jane Austen");
            page.click("button[type=submit]");
            page.waitUntil("the server's message", () -> !page.text(".title + .field-error").isEmpty());
            assertEquals("This book is already on the list", page.text(".title + .field-error"));
            assertEquals("emma", page.value(".title"));

            page.click("a.back");
            page.waitUntil("the list", () -> page.count(".books .title") == 1);
            page.click(".filters a[href='#/filter/read']");
            page.waitUntil("the filter", () -> page.count(".books .empty") == 1);
            assertEquals(0, page.count(".books .title"));
            assertEquals("Read", page.text(".filters .selected"));
        }
    }
}
