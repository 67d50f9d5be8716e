package io.backbonejava.browsertests;

import static io.backbonejava.browsertests.TodoPage.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backbonejava.browsertests.TodoPage.Key;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Todo app in headless Chromium on a real Django REST Framework server ({@link DrfTodoServer}), for what
 * only such a backend brings: its own rules on a title (at most 100 characters, where the app allows 1000),
 * whose refusal the app shows next to the field without losing the typed text, and CSRF protection, which
 * accepts the app's writes because of the {@code X-CSRFToken} header the app copies from Django's cookie.
 * The TodoMVC specification itself runs on this server too: {@link TodoAppTest} with {@link Store#DRF}.
 */
class TodoAppDjangoTest {
    @RegisterExtension
    static final TodoApps apps = new TodoApps();

    /** 109 characters: within the app's rule, over the 100 of the Django model. */
    private static final String TOO_LONG = "Read " + "every single page of the ".repeat(4) + "book";
    private static final String DJANGO_SAYS = "Ensure this field has no more than 100 characters.";

    private static TodoPage open() {
        return apps.open(Engine.CHROMIUM, Store.DRF);
    }

    private static void awaitStoredTitles(TodoPage page, List<String> titles) {
        page.waitUntil("the store to hold " + titles, () -> apps.storedTitles(Store.DRF, page).equals(titles));
    }

    /** Takes the console's report of the refused request, the one error the page may have shown. */
    private static void assertRefusedWith(TodoPage page, int status) {
        List<String> errors = new ArrayList<>();
        page.waitUntil("Chromium to log the " + status, () -> errors.addAll(page.takeErrors()));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("status of " + status), errors.get(0));
    }

    private static Object attribute(TodoPage page, String css, String name) {
        return page.eval("document.querySelector(\"" + css + "\").getAttribute('" + name + "')");
    }

    @Test
    void aNewTitleTheServerRefusesIsShownUnderTheFieldWithTheTypedTextKept() {
        assertTrue(TOO_LONG.length() > 100 && TOO_LONG.length() < 1000, "refused by Django only");
        try (TodoPage page = open()) {
            page.type(".new-todo", TOO_LONG);
            page.press(".new-todo", Key.ENTER);

            page.waitUntil("the server's message", () -> page.count(".new-todo + p.title-error") == 1);
            assertEquals(DJANGO_SAYS, page.text(".new-todo + p.title-error"));
            assertEquals(TOO_LONG, page.value(".new-todo"), "the typed text is still there");
            assertEquals("alert", attribute(page, ".title-error", "role"), "announced by screen readers");
            assertEquals("true", attribute(page, ".new-todo", "aria-invalid"));
            assertEquals("new-todo-error", attribute(page, ".new-todo", "aria-describedby"));
            assertEquals(1, page.count("#new-todo-error.title-error"));
            assertEquals(List.of(), page.titles());
            assertEquals(List.of(), apps.storedTitles(Store.DRF, page));
            assertRefusedWith(page, 400);

            page.replace(".new-todo", "");
            page.add("Read the book");

            assertEquals(0, page.count(".title-error"), "the message goes with the next save");
            assertNull(attribute(page, ".new-todo", "aria-invalid"));
            assertNull(attribute(page, ".new-todo", "aria-describedby"));
            awaitStoredTitles(page, List.of("Read the book"));
        }
    }

    @Test
    void anEditTheServerRefusesOpensAgainWithTheTypedTextAndTheMessage() {
        try (TodoPage page = open()) {
            page.add("Read the book");
            awaitStoredTitles(page, List.of("Read the book"));

            page.startEditing(1);
            page.replace(item(1, ".edit"), TOO_LONG);
            page.press(item(1, ".edit"), Key.ENTER);

            page.waitUntil("the server's message", () -> page.count(item(1, ".edit + p.title-error")) == 1);
            assertEquals(DJANGO_SAYS, page.text(item(1, ".title-error")));
            assertTrue(page.hasClass(item(1, ""), "editing"), "the edit is open again");
            assertEquals(TOO_LONG, page.value(item(1, ".edit")), "with the typed text");
            assertEquals("true", attribute(page, item(1, ".edit"), "aria-invalid"));
            assertEquals(List.of("Read the book"), page.titles(), "the item shows what the server holds");
            assertEquals(List.of("Read the book"), apps.storedTitles(Store.DRF, page));
            assertRefusedWith(page, 400);

            page.replace(item(1, ".edit"), "Read the whole book");
            page.press(item(1, ".edit"), Key.ENTER);

            assertFalse(page.hasClass(item(1, ""), "editing"));
            assertEquals(0, page.count(".title-error"));
            assertNull(attribute(page, item(1, ".edit"), "aria-invalid"));
            awaitStoredTitles(page, List.of("Read the whole book"));
        }
    }

    @Test
    void aListOfSeveralPagesIsReadToTheEnd() {
        try (TodoPage page = open()) {
            List<String> titles = List.of("One", "Two", "Three", "Four", "Five");
            for (String title : titles) {
                page.add(title);
            }
            awaitStoredTitles(page, titles);
            int logged = apps.drf().log().length();

            page.reload();

            assertEquals(titles, page.titles());
            String requests = apps.drf().log().substring(logged);
            assertTrue(requests.contains("\"GET /api/todos/ HTTP/1.1\" 200"), requests);
            assertTrue(requests.contains("\"GET /api/todos/?page=2 HTTP/1.1\" 200"), requests);
            assertTrue(requests.contains("\"GET /api/todos/?page=3 HTTP/1.1\" 200"), requests);
            assertFalse(requests.contains("page=4"), requests);
        }
    }

    @Test
    void theCsrfHeaderFromDjangosCookieIsWhatGetsTheWritesAccepted() {
        try (TodoPage page = open()) {
            ChromiumTodoPage chromium = (ChromiumTodoPage) page;
            String token = chromium.cookie("csrftoken");
            assertNotNull(token, "Django's page sets the cookie");
            page.add("With the header");
            awaitStoredTitles(page, List.of("With the header"));

            // The same cookie, hidden from scripts: the browser still sends it with every request, so the
            // one thing missing from the app's next write is the X-CSRFToken header it copies from it.
            chromium.setCookie("csrftoken", token, true);
            assertEquals(false, page.eval("document.cookie.includes('csrftoken=')"));
            page.type(".new-todo", "Without the header");
            page.press(".new-todo", Key.ENTER);

            page.waitUntil("the refusal", () -> page.count(".new-todo + p.title-error") == 1);
            assertEquals("Could not save the todo: Forbidden", page.text(".title-error"));
            assertEquals("Without the header", page.value(".new-todo"), "the typed text is kept");
            assertRefusedWith(page, 403);
            assertEquals(List.of("With the header"), apps.storedTitles(Store.DRF, page));

            chromium.setCookie("csrftoken", token, false);
            page.press(".new-todo", Key.ENTER);

            page.waitUntil("the todo to be added", () -> page.remaining() == 2);
            assertEquals(0, page.count(".title-error"));
            awaitStoredTitles(page, List.of("With the header", "Without the header"));
        }
    }
}
