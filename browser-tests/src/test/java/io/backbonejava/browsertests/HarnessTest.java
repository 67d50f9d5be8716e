package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The harness itself: it notices page errors, and navigates as the routing tests will need. */
class HarnessTest extends BrowserTestBase {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aConsoleErrorIsReported(Engine engine) {
        try (Page page = open(engine, "/errors")) {
            page.click("#console-error");
            page.pause(50);

            List<String> errors = page.takeErrors();
            assertFalse(errors.isEmpty());
            assertTrue(errors.toString().contains("deliberate console error"), errors.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anUncaughtExceptionIsReported(Engine engine) {
        try (Page page = open(engine, "/errors")) {
            page.click("#throw");
            page.pause(50);

            List<String> errors = page.takeErrors();
            assertFalse(errors.isEmpty(), "an exception thrown by an event handler is reported");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void pagesOpenAtDeeperPathsAndTheBackButtonReturns(Engine engine) {
        try (Page page = open(engine, "/view-events/some/deeper/path?x=1")) {
            page.goTo("/nested-views#anchor");
            assertEquals(3, page.count(".child"));

            page.back();
            page.waitUntil("the previous page", () -> page.count(".form") == 1);
            assertTrue(page.url().endsWith("/view-events/some/deeper/path?x=1"), page.url());
        }
    }
}
