package io.backbonejava.browsertests;

import static io.backbonejava.browsertests.TodoPage.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backbonejava.browsertests.TodoPage.Key;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Todo app's main gestures in HtmlUnit, on both stores, against the real demo server: a second,
 * stricter JavaScript engine for the same compiled app. {@link TodoAppTest} covers the whole specification
 * in Chromium; HtmlUnit is far slower on TeaVM's output, so this stays a smoke test.
 */
class TodoAppHtmlUnitTest {
    @RegisterExtension
    static final TodoApps apps = new TodoApps();

    private static TodoPage open(Store store) {
        return apps.open(Engine.HTMLUNIT, store);
    }

    private static void awaitStoredTitles(TodoPage page, Store store, List<String> titles) {
        page.waitUntil("the store to hold " + titles, () -> apps.storedTitles(store, page).equals(titles));
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void enterAddsATodo(Store store) {
        try (TodoPage page = open(store)) {
            page.add("  Buy milk  ");

            assertEquals(List.of("Buy milk"), page.titles());
            assertEquals("", page.value(".new-todo"));
            assertEquals("1 item left", page.counter());
            awaitStoredTitles(page, store, List.of("Buy milk"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theCheckboxTogglesATodo(Store store) {
        try (TodoPage page = open(store)) {
            page.add("Buy milk");
            awaitStoredTitles(page, store, List.of("Buy milk"));

            page.toggle(1);

            assertTrue(page.hasClass(item(1, ""), "completed"));
            assertEquals("0 items left", page.counter());
            page.waitUntil("the store to hold it completed",
                    () -> Boolean.TRUE.equals(apps.stored(store, page).get(0).get("completed")));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void doubleClickEditsAndEnterSaves(Store store) {
        try (TodoPage page = open(store)) {
            page.add("Buy milk");
            awaitStoredTitles(page, store, List.of("Buy milk"));

            page.startEditing(1);
            assertTrue(page.hasClass(item(1, ""), "editing"));
            assertEquals("Buy milk", page.value(item(1, ".edit")));
            page.replace(item(1, ".edit"), " Buy oat milk ");
            page.press(item(1, ".edit"), Key.ENTER);

            assertFalse(page.hasClass(item(1, ""), "editing"));
            assertEquals(List.of("Buy oat milk"), page.titles());
            awaitStoredTitles(page, store, List.of("Buy oat milk"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theFiltersShowTheirTodos(Store store) {
        try (TodoPage page = open(store)) {
            page.add("One");
            page.add("Two");
            awaitStoredTitles(page, store, List.of("One", "Two"));
            page.toggle(2);

            page.chooseFilter("Active");
            assertEquals(List.of("One"), page.titles());
            page.chooseFilter("Completed");
            assertEquals(List.of("Two"), page.titles());
            assertEquals(List.of("Completed"), page.selectedFilters());
            page.chooseFilter("All");
            assertEquals(List.of("One", "Two"), page.titles());
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void clearCompletedRemovesTheCompletedTodos(Store store) {
        try (TodoPage page = open(store)) {
            page.add("One");
            page.add("Two");
            awaitStoredTitles(page, store, List.of("One", "Two"));
            page.toggle(1);

            page.click(".clear-completed");

            assertEquals(List.of("Two"), page.titles());
            assertEquals(1, page.count(".clear-completed"));
            awaitStoredTitles(page, store, List.of("Two"));
        }
    }
}
