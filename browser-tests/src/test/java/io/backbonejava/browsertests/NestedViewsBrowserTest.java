package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Removing a parent view removes its children and silences them (scenario {@code /nested-views}). */
class NestedViewsBrowserTest extends BrowserTestBase {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void removingTheParentRemovesTheChildrenAndTheirHandlers(Engine engine) {
        try (Page page = open(engine, "/nested-views")) {
            assertEquals(3, page.count(".parent > .child"));
            assertEquals("4", page.text("#listeners"));

            page.click(".child:nth-child(2) .child-button");
            page.click("#change-model");
            assertEquals(List.of("child 2 clicked", "model changed", "parent heard change",
                    "child 1 heard change", "child 2 heard change", "child 3 heard change"), page.log());

            page.click("#remove-parent");
            assertEquals(0, page.count(".parent"));
            assertEquals(0, page.count(".child"));
            assertEquals("0", page.text("#listeners"));

            int before = page.log().size();
            page.click("#poke");
            page.click("#change-model");
            List<String> log = page.log();
            assertEquals(List.of("parent removed", "poked", "model changed"), log.subList(before - 1, log.size()));
        }
    }
}
