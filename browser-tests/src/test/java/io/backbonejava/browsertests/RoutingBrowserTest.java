package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Router and History on the browser's real location and session history: hash routing (scenario
 * {@code /hash-routing}) and pushState routing below {@code /push-routing/}, with the browser's own Back and
 * Forward buttons. Each route logs {@code route <name> <args> at <location.pathname>}, and the history's
 * {@code "route"} event {@code history route <name> <args>}.
 *
 * <p>Two limits of HtmlUnit's session history decide where the pages come from. It keeps a document for a
 * same-document Back only when the page's response may be stored; otherwise Back loads the entry's URL
 * again, except between two URLs that both have a fragment, where it fires {@code hashchange}. And when it
 * keeps the document it fires only {@code popstate}, never {@code hashchange}. So the hash scenario comes
 * from {@link TestServer} ({@code no-store}) and starts at {@code /hash-routing#}, so every entry has a
 * fragment; the pushState scenario comes from an {@link AppServer}, whose page is cacheable.
 */
@ExtendWith(AppServer.Shared.class)
class RoutingBrowserTest extends BrowserTestBase {
    private static Page openPush(Engine engine, String path) {
        return open(engine, AppServer.shared().baseUrl(), path);
    }

    private static final List<String> HASH_HOME = List.of(
            "route home [null] at /hash-routing", "history route home [null]");
    private static final List<String> PUSH_HOME = List.of(
            "route home [null] at /push-routing/", "history route home [null]");

    // Hash routing

    @ParameterizedTest
    @EnumSource(Engine.class)
    void hashLinksRouteAndBackAndForwardRouteAgain(Engine engine) {
        try (Page page = open(engine, "/hash-routing#")) {
            assertEquals(concat(HASH_HOME, List.of("started, matched true")), page.log());
            assertEquals("home", page.text("#screen"));

            page.click("#link-todo-1");
            awaitLines(page, 5);
            page.click("#link-todo-2");
            awaitLines(page, 7);
            assertTrue(page.url().endsWith("/hash-routing#todos/2"), page.url());

            page.back();
            awaitLines(page, 9);
            assertTrue(page.url().endsWith("/hash-routing#todos/1"), page.url());
            assertEquals("todo", page.text("#screen"));

            page.forward();
            awaitLines(page, 11);
            assertTrue(page.url().endsWith("/hash-routing#todos/2"), page.url());

            page.back();
            awaitLines(page, 13);
            page.back();
            awaitLines(page, 15);
            assertTrue(page.url().endsWith("/hash-routing#"), page.url());
            assertEquals("home", page.text("#screen"));
            assertEquals(concat(HASH_HOME, List.of("started, matched true"),
                    todo("1", "/hash-routing"), todo("2", "/hash-routing"),
                    todo("1", "/hash-routing"), todo("2", "/hash-routing"),
                    todo("1", "/hash-routing"), HASH_HOME), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void navigateWithTriggerSetsTheHashAndRuns(Engine engine) {
        try (Page page = open(engine, "/hash-routing#")) {
            page.click("#navigate-search");
            assertTrue(page.url().endsWith("/hash-routing#search/backbone/p2"), page.url());
            assertEquals("search", page.text("#screen"));
            // The browser's hashchange for the new hash arrives later; the history already routed it.
            page.pause(150);
            assertEquals(concat(HASH_HOME, List.of("started, matched true",
                    "route search [backbone, 2, null] at /hash-routing",
                    "history route search [backbone, 2, null]")), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void navigateWithoutTriggerChangesTheHashButRunsNoRoute(Engine engine) {
        try (Page page = open(engine, "/hash-routing#")) {
            page.click("#navigate-quietly");
            page.waitUntil("the new hash", () -> page.url().endsWith("#todos/9"));
            page.pause(150);
            assertEquals(concat(HASH_HOME, List.of("started, matched true", "navigated quietly to todos/9")),
                    page.log());
            assertEquals("home", page.text("#screen"));
        }
    }

    /**
     * Chromium only: HtmlUnit 5.5's {@code location.hash = ...} (what {@code navigate} does in hash mode, as
     * Backbone does) changes the URL and fires {@code hashchange} but adds no session-history entry, so there
     * is nothing for Back to return to.
     */
    @ParameterizedTest
    @EnumSource(value = Engine.class, names = "CHROMIUM")
    void backAfterNavigateRunsThePreviousRoutesAgain(Engine engine) {
        try (Page page = open(engine, "/hash-routing#")) {
            page.click("#navigate-search");
            page.click("#navigate-quietly");
            page.waitUntil("the new hash", () -> page.url().endsWith("#todos/9"));

            page.back();
            awaitLines(page, 8);
            assertTrue(page.url().endsWith("/hash-routing#search/backbone/p2"), page.url());
            page.back();
            awaitLines(page, 10);
            assertTrue(page.url().endsWith("/hash-routing#"), page.url());
            assertEquals(concat(HASH_HOME, List.of("started, matched true",
                    "route search [backbone, 2, null] at /hash-routing", "history route search [backbone, 2, null]",
                    "navigated quietly to todos/9",
                    "route search [backbone, 2, null] at /hash-routing", "history route search [backbone, 2, null]"),
                    HASH_HOME), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aHashNoRouteMatchesTriggersNotfound(Engine engine) {
        try (Page page = open(engine, "/hash-routing#")) {
            page.click("#link-missing");
            awaitLines(page, 4);
            assertEquals("notfound no/such/page", page.log().get(3));
            assertEquals("not found", page.text("#screen"));

            page.back();
            awaitLines(page, 6);
            assertEquals(HASH_HOME, page.log().subList(4, 6));
            assertEquals("home", page.text("#screen"));
        }
    }

    // pushState routing

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLinkInterceptedByTheViewNavigatesWithoutLoadingThePage(Engine engine) {
        try (Page page = openPush(engine, "/push-routing/")) {
            assertEquals(concat(PUSH_HOME, List.of("started, matched true")), page.log());

            page.click("#nav-todo-1");
            awaitLines(page, 6);
            assertTrue(page.url().endsWith("/push-routing/todos/1"), page.url());
            assertEquals("todo", page.text("#screen"));
            // Still the same document: what it logged before the click is there, and it started once.
            assertEquals(concat(PUSH_HOME, List.of("started, matched true", "link to todos/1"),
                    todo("1", "/push-routing/todos/1")), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void backAndForwardFirePopstateAndTheRouterRunsTheRightRoute(Engine engine) {
        try (Page page = openPush(engine, "/push-routing/")) {
            page.click("#nav-todo-1");
            page.click("#nav-todo-2");
            awaitLines(page, 9);
            assertTrue(page.url().endsWith("/push-routing/todos/2"), page.url());

            page.back();
            awaitLines(page, 11);
            assertTrue(page.url().endsWith("/push-routing/todos/1"), page.url());
            page.back();
            awaitLines(page, 13);
            assertTrue(page.url().endsWith("/push-routing/"), page.url());
            assertEquals("home", page.text("#screen"));
            page.forward();
            awaitLines(page, 15);
            assertTrue(page.url().endsWith("/push-routing/todos/1"), page.url());

            assertEquals(concat(PUSH_HOME, List.of("started, matched true", "link to todos/1"),
                    todo("1", "/push-routing/todos/1"), List.of("link to todos/2"),
                    todo("2", "/push-routing/todos/2"), todo("1", "/push-routing/todos/1"), PUSH_HOME,
                    todo("1", "/push-routing/todos/1")), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aDeepUrlLoadedDirectlyIsRoutedOnStart(Engine engine) {
        try (Page page = openPush(engine, "/push-routing/todos/7?tab=notes")) {
            assertEquals(List.of("route todo [7, tab=notes] at /push-routing/todos/7",
                    "history route todo [7, tab=notes]", "started, matched true"), page.log());
            assertEquals("todo", page.text("#screen"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aLinkLeftToTheBrowserLoadsTheDeepUrlAndBackLoadsThePreviousPage(Engine engine) {
        try (Page page = openPush(engine, "/push-routing/")) {
            page.click("#plain-todo-5");
            page.waitUntil("the new page", () -> page.log().size() == 3
                    && page.log().get(0).startsWith("route todo [5"));
            assertEquals(concat(todo("5", "/push-routing/todos/5"), List.of("started, matched true")), page.log());

            page.back();
            page.waitUntil("the previous page", () -> page.log().size() == 3
                    && page.log().get(0).startsWith("route home"));
            assertEquals(concat(PUSH_HOME, List.of("started, matched true")), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPathNoRouteMatchesTriggersNotfoundOnStartAndAfterNavigate(Engine engine) {
        try (Page page = openPush(engine, "/push-routing/no/such/page")) {
            assertEquals(List.of("notfound no/such/page", "started, matched false"), page.log());
            assertEquals("not found", page.text("#screen"));

            page.click("#nav-home");
            awaitLines(page, 5);
            page.click("#nav-missing");
            awaitLines(page, 7);
            assertEquals(List.of("link to no/such/page", "notfound no/such/page"), page.log().subList(5, 7));
            assertEquals("not found", page.text("#screen"));
            assertTrue(page.url().endsWith("/push-routing/no/such/page"), page.url());
        }
    }

    /** What a todo route logs: the handler's line, then the history's route event. */
    private static List<String> todo(String id, String pathname) {
        return List.of("route todo [" + id + ", null] at " + pathname, "history route todo [" + id + ", null]");
    }

    /** Waits until the log has {@code count} lines (routing after Back and Forward is asynchronous). */
    private static void awaitLines(Page page, int count) {
        page.waitUntil(count + " log lines", () -> page.log().size() >= count);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return Collections.unmodifiableList(all);
    }
}
