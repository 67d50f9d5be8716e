package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * LocalStorageSync on the browser's real {@code localStorage} (scenario {@code /local-storage}): what the page
 * stores is there after a real reload, and stored data that is not JSON is reported in the page, not thrown.
 * Each test uses its own storage key, since Chromium keeps one profile for the whole run.
 */
class LocalStorageBrowserTest extends BrowserTestBase {

    private static String freshKey(Engine engine) {
        return "browser-tests-" + engine.name().toLowerCase() + "-" + System.nanoTime();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void todosSurviveAPageReload(Engine engine) {
        String key = freshKey(engine);
        try (Page page = open(engine, "/local-storage?key=" + key)) {
            assertEquals(List.of("fetch success 0 todos"), page.log());
            page.type("#title", "Buy milk");
            page.click("#add");
            page.type("#title", "Bread");
            page.click("#add");
            page.click("#todos li:first-child .toggle");
            List<String> log = page.log();
            assertEquals(4, log.size(), log.toString());
            String id = "id=[0-9a-f-]{36}";
            assertTrue(log.get(1).matches("create success " + id + " title=Buy milk completed=false"), log.get(1));
            assertTrue(log.get(2).matches("create success " + id + " title=Bread completed=false"), log.get(2));
            assertEquals(log.get(1).replace("completed=false", "completed=true").replace("create", "toggle"),
                    log.get(3));

            page.reload();

            assertEquals(List.of("fetch success 2 todos"), page.log());
            assertEquals(List.of("Buy milk", "Bread"), page.texts("#todos .title"));
            assertEquals(List.of("done", "open"), page.texts("#todos .state"));
            assertEquals("", page.text("#error"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void corruptStoredDataIsReportedInThePageAndKept(Engine engine) {
        String key = freshKey(engine);
        try (Page page = open(engine, "/local-storage?key=" + key)) {
            page.type("#title", "Buy milk");
            page.click("#add");
            page.click("#corrupt");

            page.reload();

            String failure = "status=0 textStatus=parsererror body={not json";
            assertEquals(List.of("fetch error callback " + failure, "error event " + failure), page.log());
            String message = page.text("#error");
            assertTrue(message.startsWith("The data stored under \"" + key + "\" is not JSON ("), message);
            assertTrue(message.endsWith("); it was left unchanged"), message);
            assertEquals(0, page.count("#todos li"));

            // The page still works: a new todo is refused for the same reason, and nothing overwrites the data.
            page.type("#title", "Bread");
            page.click("#add");
            assertEquals("create error callback " + failure, page.log().get(2));
            assertEquals(0, page.count("#todos li"));
            page.reload();
            assertEquals(List.of("fetch error callback " + failure, "error event " + failure), page.log());
        }
    }
}
