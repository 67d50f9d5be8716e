package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A CollectionView driven through a page (scenario {@code /collection-view}), in Chromium and HtmlUnit: the
 * items follow the collection's order through add, remove, swap, sort and reset, the filter shows and hides
 * one item when its attribute flips, child events reach the list, and nothing stays listening.
 */
class CollectionViewBrowserTest extends BrowserTestBase {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theListFollowsTheCollectionAndLeavesNoListener(Engine engine) {
        try (Page page = open(engine, "/collection-view")) {
            assertEquals(List.of("a", "b", "c"), page.texts("#items .name"));
            String listeners = page.text("#listeners");

            page.click("#add");
            page.click("#remove-first");
            assertEquals(List.of("b", "c", "n1"), page.texts("#items .name"));
            assertEquals("0", page.text("#gone"));
            assertEquals(listeners, page.text("#listeners"));

            page.click("#swap");
            assertEquals(List.of("n1", "c", "b"), page.texts("#items .name"));
            page.click("#sort");
            assertEquals(List.of("n1", "c", "b"), page.texts("#items .name"));
            page.click("#add");
            page.click("#sort");
            assertEquals(List.of("n2", "n1", "c", "b"), page.texts("#items .name"));

            page.click("#active");
            page.click("#items li:nth-child(2) .toggle");
            assertEquals(List.of("n2", "c", "b"), page.texts("#items .name"));
            page.click("#all");
            assertEquals(List.of("n2", "n1", "c", "b"), page.texts("#items .name"));

            page.click("#items li:nth-child(3) .name");
            assertEquals(List.of("picked c"), page.log());

            page.click("#reset");
            // The comparator still sorts by name, descending.
            assertEquals(List.of("y", "x"), page.texts("#items .name"));
            page.click("#active");
            assertEquals(List.of("x"), page.texts("#items .name"));
            page.click("#items li:nth-child(1) .toggle");
            assertEquals(List.of(), page.texts("#items .name"));
            assertEquals(1, page.count("#items > li.empty"));
            assertEquals("0", page.text("#gone"));

            page.click("#remove-list");
            assertEquals(0, page.count("#items"));
            assertEquals(0, page.count(".item"));
            // Left: the page's own "add" listener on the collection; none on the models.
            assertEquals("1", page.text("#listeners"));
            assertEquals("0", page.text("#gone"));
        }
    }
}
