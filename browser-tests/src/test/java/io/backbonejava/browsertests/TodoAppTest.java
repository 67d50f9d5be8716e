package io.backbonejava.browsertests;

import static io.backbonejava.browsertests.TodoPage.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backbonejava.browsertests.TodoPage.Key;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The TodoMVC app of todo-example, end to end in headless Chromium against the real demo server: every
 * point of the TodoMVC specification, on every store (REST at {@code /}, localStorage at
 * {@code /local.html}, and the same app on a real Django REST Framework server, {@link Store#DRF}), and the
 * README's screenshot. Any error on the browser console fails the test.
 */
class TodoAppTest {
    @RegisterExtension
    static final TodoApps apps = new TodoApps();

    private static TodoPage open(Store store) {
        return apps.open(Engine.CHROMIUM, store);
    }

    /** Adds todos one by one and waits until the store holds them all, so later checks start settled. */
    private static void addAll(TodoPage page, Store store, String... titles) {
        for (String title : titles) {
            page.add(title);
        }
        page.waitUntil("the store to hold " + titles.length + " todos",
                () -> apps.storedTitles(store, page).equals(List.of(titles)));
    }

    private static void awaitStoredTitles(TodoPage page, Store store, List<String> titles) {
        page.waitUntil("the store to hold " + titles, () -> apps.storedTitles(store, page).equals(titles));
    }

    private static void awaitStoredCompleted(TodoPage page, Store store, List<Boolean> completed) {
        page.waitUntil("the store to hold completed " + completed, () -> apps.stored(store, page).stream()
                .map(todo -> todo.get("completed")).toList().equals(completed));
    }

    // No todos

    @ParameterizedTest
    @EnumSource(Store.class)
    void startsWithTheNewTodoFieldFocusedAndTheListAndFooterHidden(Store store) {
        try (TodoPage page = open(store)) {
            assertTrue(page.isFocused(".new-todo"), "autofocus");
            assertEquals("What needs to be done?", page.eval("document.querySelector('.new-todo').placeholder"));
            assertEquals(1, page.count(".main"));
            assertEquals(1, page.count(".footer"));
            assertFalse(page.isDisplayed(".main"));
            assertFalse(page.isDisplayed(".footer"));
            assertEquals(0, page.count(".todo-list li"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theListAndFooterHideAgainWhenTheLastTodoGoes(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Only one");
            assertTrue(page.isDisplayed(".main"));
            assertTrue(page.isDisplayed(".footer"));

            page.hover(item(1, ""));
            page.click(item(1, ".destroy"));

            assertFalse(page.isDisplayed(".main"));
            assertFalse(page.isDisplayed(".footer"));
            awaitStoredTitles(page, store, List.of());
        }
    }

    // New todo

    @ParameterizedTest
    @EnumSource(Store.class)
    void enterAddsTheTrimmedTitleAtTheEndAndClearsTheField(Store store) {
        try (TodoPage page = open(store)) {
            page.add("  Buy milk  ");
            assertEquals(List.of("Buy milk"), page.titles());
            assertEquals("", page.value(".new-todo"));
            assertTrue(page.isFocused(".new-todo"), "the field keeps the focus for the next todo");

            page.add("Walk the dog");
            assertEquals(List.of("Buy milk", "Walk the dog"), page.titles());
            awaitStoredTitles(page, store, List.of("Buy milk", "Walk the dog"));
            assertEquals(List.of(false, false),
                    apps.stored(store, page).stream().map(todo -> todo.get("completed")).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void blankTitlesAreNotAdded(Store store) {
        try (TodoPage page = open(store)) {
            page.type(".new-todo", "   ");
            page.press(".new-todo", Key.ENTER);
            page.press(".new-todo", Key.ENTER);
            page.add("Real one");   // the field still holds the blanks: they are trimmed off this title

            awaitStoredTitles(page, store, List.of("Real one"));
            assertEquals(List.of("Real one"), page.titles());
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void itemsUseTheTodoMvcMarkupAndStylesheet(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Buy milk");

            assertEquals(1, page.count(".todoapp > .header > h1"));
            assertEquals(1, page.count(".todoapp .main > input.toggle-all#toggle-all + label[for='toggle-all']"));
            assertEquals(1, page.count(".todo-list > li > .view > input.toggle[type='checkbox'] + label + button.destroy"));
            assertEquals(1, page.count(".todo-list > li > input.edit"));
            assertEquals(1, page.count(".footer > .todo-count"));
            assertEquals(3, page.count(".footer > ul.filters > li > a"));
            assertEquals(1, page.count(".footer > button.clear-completed"));
            // todomvc-app-css from the webjar is loaded and applied (its body rule and its item font size).
            assertEquals("550px", page.eval("getComputedStyle(document.body).maxWidth"));
            assertEquals("24px", page.eval("getComputedStyle(document.querySelector('.todo-list li')).fontSize"));
            assertFalse(page.isDisplayed(item(1, ".edit")), "the edit field shows only while editing");
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void titlesAreShownAsTextNeverAsMarkup(Store store) {
        String title = "<img src=x onerror=\"console.error('xss')\"><b>bold</b> & \"quotes\"";
        try (TodoPage page = open(store)) {
            addAll(page, store, title);
            assertEquals(List.of(title), page.titles());
            assertEquals(0, page.count(".todo-list img"));
            assertEquals(0, page.count(".todo-list b"));

            page.startEditing(1);
            assertEquals(title, page.value(item(1, ".edit")));
            page.press(item(1, ".edit"), Key.ESCAPE);
        }
    }

    // Mark all as complete

    @ParameterizedTest
    @EnumSource(Store.class)
    void markAllCompletesEveryTodoAndFollowsTheirState(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two", "Three");
            assertFalse(page.isChecked(".toggle-all"));

            page.click("label[for='toggle-all']");
            assertEquals(3, page.count(".todo-list li.completed"));
            assertTrue(page.isChecked(".toggle-all"));
            awaitStoredCompleted(page, store, List.of(true, true, true));

            page.toggle(2);   // one is active again: the checkbox no longer says "all done"
            assertFalse(page.isChecked(".toggle-all"));
            awaitStoredCompleted(page, store, List.of(true, false, true));
            page.toggle(2);
            assertTrue(page.isChecked(".toggle-all"));
            awaitStoredCompleted(page, store, List.of(true, true, true));

            page.click("label[for='toggle-all']");
            assertEquals(0, page.count(".todo-list li.completed"));
            assertFalse(page.isChecked(".toggle-all"));
            awaitStoredCompleted(page, store, List.of(false, false, false));

            page.toggle(1);
            awaitStoredCompleted(page, store, List.of(true, false, false));
            page.click("label[for='toggle-all']");   // some done, some not: marks all done
            assertEquals(3, page.count(".todo-list li.completed"));
            awaitStoredCompleted(page, store, List.of(true, true, true));
        }
    }

    // Item

    @ParameterizedTest
    @EnumSource(Store.class)
    void theCheckboxTogglesCompletedAndTheItemsClass(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Buy milk", "Walk the dog");

            page.toggle(1);
            assertTrue(page.hasClass(item(1, ""), "completed"));
            assertTrue(page.isChecked(item(1, ".toggle")));
            assertFalse(page.hasClass(item(2, ""), "completed"));
            awaitStoredCompleted(page, store, List.of(true, false));

            page.toggle(1);
            assertFalse(page.hasClass(item(1, ""), "completed"));
            assertFalse(page.isChecked(item(1, ".toggle")));
            awaitStoredCompleted(page, store, List.of(false, false));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theDestroyButtonShowsOnHoverAndRemovesTheTodo(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Keep", "Remove");
            assertFalse(page.isDisplayed(item(2, ".destroy")));

            page.hover(item(2, ""));
            assertTrue(page.isDisplayed(item(2, ".destroy")));
            page.click(item(2, ".destroy"));

            assertEquals(List.of("Keep"), page.titles());
            awaitStoredTitles(page, store, List.of("Keep"));
        }
    }

    // Editing

    @ParameterizedTest
    @EnumSource(Store.class)
    void doubleClickOnTheTitleOpensAFocusedFieldHoldingIt(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Buy milk", "Walk the dog");

            page.startEditing(2);

            assertTrue(page.hasClass(item(2, ""), "editing"));
            assertFalse(page.hasClass(item(1, ""), "editing"));
            assertTrue(page.isDisplayed(item(2, ".edit")));
            assertFalse(page.isDisplayed(item(2, ".view label")), "the other controls are hidden");
            assertTrue(page.isFocused(item(2, ".edit")));
            assertEquals("Walk the dog", page.value(item(2, ".edit")));
            assertEquals(12, ((Number) page.eval("document.activeElement.selectionStart")).intValue(),
                    "the caret is at the end of the title");
            page.press(item(2, ".edit"), Key.ESCAPE);
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void enterSavesTheTrimmedEdit(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Buy milk", "Walk the dog");

            page.startEditing(1);
            page.replace(item(1, ".edit"), "  Buy oat milk  ");
            page.press(item(1, ".edit"), Key.ENTER);

            assertFalse(page.hasClass(item(1, ""), "editing"));
            assertEquals(List.of("Buy oat milk", "Walk the dog"), page.titles());
            awaitStoredTitles(page, store, List.of("Buy oat milk", "Walk the dog"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void blurSavesTheEdit(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Buy milk");

            page.startEditing(1);
            page.type(item(1, ".edit"), " and bread");
            page.click("h1");   // clicking elsewhere takes the focus from the field

            assertFalse(page.hasClass(item(1, ""), "editing"));
            assertEquals(List.of("Buy milk and bread"), page.titles());
            awaitStoredTitles(page, store, List.of("Buy milk and bread"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void anEmptiedEditDestroysTheTodo(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Buy milk", "Walk the dog");

            page.startEditing(1);
            page.replace(item(1, ".edit"), "   ");
            page.press(item(1, ".edit"), Key.ENTER);

            assertEquals(List.of("Walk the dog"), page.titles());
            awaitStoredTitles(page, store, List.of("Walk the dog"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void escapeCancelsTheEditAndTheBlurThatFollowsSavesNothing(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "Buy milk");

            page.startEditing(1);
            page.replace(item(1, ".edit"), "Something else");
            page.press(item(1, ".edit"), Key.ESCAPE);

            assertFalse(page.hasClass(item(1, ""), "editing"));
            assertEquals(List.of("Buy milk"), page.titles());
            page.click("h1");
            page.add("Marker");   // stored after anything the blur could have sent
            awaitStoredTitles(page, store, List.of("Buy milk", "Marker"));

            page.startEditing(1);
            assertEquals("Buy milk", page.value(item(1, ".edit")), "the discarded text is gone");
            page.press(item(1, ".edit"), Key.ESCAPE);
        }
    }

    // Counter

    @ParameterizedTest
    @EnumSource(Store.class)
    void theCounterShowsActiveTodosInStrongWithThePluralRight(Store store) {
        try (TodoPage page = open(store)) {
            page.add("One");
            assertEquals("1 item left", page.counter());
            assertEquals("1", page.text(".todo-count strong"));

            page.add("Two");
            assertEquals("2 items left", page.counter());
            assertEquals("2", page.text(".todo-count strong"));

            page.toggle(1);
            page.toggle(2);
            assertEquals("0 items left", page.counter());
            assertEquals("0", page.text(".todo-count strong"));
            awaitStoredCompleted(page, store, List.of(true, true));
        }
    }

    // Clear completed

    @ParameterizedTest
    @EnumSource(Store.class)
    void clearCompletedRemovesTheCompletedTodosAndHidesWhenThereAreNone(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two", "Three");
            assertEquals(1, page.count(".clear-completed"));
            assertFalse(page.isDisplayed(".clear-completed"), "nothing to clear");

            page.toggle(1);
            page.toggle(3);
            assertTrue(page.isDisplayed(".clear-completed"));
            assertEquals("Clear completed", page.text(".clear-completed"));
            page.click(".clear-completed");

            assertEquals(List.of("Two"), page.titles());
            assertEquals(1, page.count(".clear-completed"), "still in the page");
            assertFalse(page.isDisplayed(".clear-completed"));
            assertFalse(page.isChecked(".toggle-all"));
            awaitStoredTitles(page, store, List.of("Two"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void markAllIsUncheckedAfterClearingEverything(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two");
            page.click("label[for='toggle-all']");
            assertTrue(page.isChecked(".toggle-all"));

            page.click(".clear-completed");
            awaitStoredTitles(page, store, List.of());
            page.add("Three");

            assertFalse(page.isChecked(".toggle-all"));
        }
    }

    // Routing

    @ParameterizedTest
    @EnumSource(Store.class)
    void theFiltersShowTheirTodosAndMarkTheirLink(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two", "Three");
            page.toggle(2);
            assertEquals(List.of("All"), page.selectedFilters());

            page.chooseFilter("Active");
            assertTrue(page.url().endsWith("#/active"), page.url());
            assertEquals(List.of("One", "Three"), page.titles());
            assertEquals(List.of("Active"), page.selectedFilters());
            assertEquals("2 items left", page.counter(), "the counter counts all active todos");

            page.chooseFilter("Completed");
            assertTrue(page.url().endsWith("#/completed"), page.url());
            assertEquals(List.of("Two"), page.titles());
            assertEquals(List.of("Completed"), page.selectedFilters());

            page.chooseFilter("All");
            assertTrue(page.url().endsWith("#/"), page.url());
            assertEquals(List.of("One", "Two", "Three"), page.titles());
            assertEquals(3, page.count(".todo-list li"), "filtered out todos are not in the page at all");
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aTodoThatStopsMatchingTheFilterLeavesAtOnce(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two", "Three");

            page.chooseFilter("Active");
            page.toggle(2);
            assertEquals(List.of("One", "Three"), page.titles());
            assertEquals(2, page.count(".todo-list li"));
            awaitStoredCompleted(page, store, List.of(false, true, false));

            page.chooseFilter("Completed");
            assertEquals(List.of("Two"), page.titles());
            page.toggle(1);
            assertEquals(List.of(), page.titles());
            awaitStoredCompleted(page, store, List.of(false, false, false));

            page.click("label[for='toggle-all']");   // all done: all three join the list, in their order
            assertEquals(List.of("One", "Two", "Three"), page.titles());

            page.chooseFilter("Active");
            assertEquals(List.of(), page.titles());
            page.add("Four");   // a new todo is active: it shows here, and not under Completed
            assertEquals(List.of("Four"), page.titles());
            awaitStoredCompleted(page, store, List.of(true, true, true, false));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theFilterSurvivesAReload(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two");
            page.toggle(1);
            awaitStoredCompleted(page, store, List.of(true, false));
            page.chooseFilter("Completed");

            page.reload();

            assertTrue(page.url().endsWith("#/completed"), page.url());
            page.waitUntil("the completed todo", () -> page.titles().equals(List.of("One")));
            assertEquals(List.of("Completed"), page.selectedFilters());
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theFilterInTheAddressIsAppliedOnLoad(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two");
            page.toggle(2);
            awaitStoredCompleted(page, store, List.of(false, true));

            page.goTo(store.path() + "#/active");

            page.waitUntil("the active todo", () -> page.titles().equals(List.of("One")));
            assertEquals(List.of("Active"), page.selectedFilters());
        }
    }

    // Persistence

    @ParameterizedTest
    @EnumSource(Store.class)
    void todosSurviveAReload(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two", "Three", "Four");
            page.toggle(2);
            page.startEditing(3);
            page.replace(item(3, ".edit"), "Three, edited");
            page.press(item(3, ".edit"), Key.ENTER);
            page.hover(item(4, ""));
            page.click(item(4, ".destroy"));
            awaitStoredTitles(page, store, List.of("One", "Two", "Three, edited"));
            awaitStoredCompleted(page, store, List.of(false, true, false));

            page.reload();

            page.waitUntil("the todos", () -> page.titles().equals(List.of("One", "Two", "Three, edited")));
            assertTrue(page.hasClass(item(2, ""), "completed"));
            assertFalse(page.hasClass(item(1, ""), "completed"));
            assertEquals("2 items left", page.counter());
            page.add("Five");   // order continues after the reload
            assertEquals(List.of("One", "Two", "Three, edited", "Five"), page.titles());
            awaitStoredTitles(page, store, List.of("One", "Two", "Three, edited", "Five"));
        }
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void theEditingStateIsNotPersistedAndOnlyTheServersFieldsAreStored(Store store) {
        try (TodoPage page = open(store)) {
            addAll(page, store, "One", "Two");
            page.toggle(1);
            page.startEditing(2);
            awaitStoredCompleted(page, store, List.of(true, false));

            // The demo server adds the version it keeps for If-Match; the app adds nothing of its own.
            Set<String> fields = store == Store.REST ? Set.of("id", "title", "completed", "order", "version")
                    : Set.of("id", "title", "completed", "order");
            for (Map<String, Object> todo : apps.stored(store, page)) {
                assertEquals(fields, todo.keySet(), todo.toString());
            }
            if (store == Store.LOCAL) {
                assertEquals(1L, ((Number) page.eval("localStorage.length")).longValue(), "one key for all todos");
                assertTrue(((String) page.eval("localStorage.getItem('" + TodoApps.STORAGE_KEY + "')")).startsWith("["));
            }

            page.reload();
            page.waitUntil("the todos", () -> page.titles().equals(List.of("One", "Two")));
            assertEquals(0, page.count(".todo-list li.editing"));
        }
    }

    @Test
    void todosSurviveAServerRestart() {
        try (TodoPage page = open(Store.REST)) {
            addAll(page, Store.REST, "Before", "The", "Restart");
            page.toggle(2);
            awaitStoredCompleted(page, Store.REST, List.of(false, true, false));

            // The page is left first: a request of the app caught by the stop would be retried by Chromium
            // against the stopped server and logged as an error.
            ((ChromiumTodoPage) page).leave();
            apps.server().restart();
            page.goTo(Store.REST.path());

            page.waitUntil("the todos", () -> page.titles().equals(List.of("Before", "The", "Restart")));
            assertTrue(page.hasClass(item(2, ""), "completed"));
            page.add("After");
            awaitStoredTitles(page, Store.REST, List.of("Before", "The", "Restart", "After"));
        }
    }

    // The README's picture

    @Test
    void screenshotOfTheAppForTheReadme() throws IOException {
        Path file = Path.of(System.getProperty("todo.screenshot", "target/todo-app.png"));
        try (TodoPage page = open(Store.REST)) {
            addAll(page, Store.REST, "Write the app in Java", "Compile it with TeaVM", "Show it in the README");
            page.toggle(1);
            awaitStoredCompleted(page, Store.REST, List.of(true, false, false));
            assertEquals(List.of("All"), page.selectedFilters());

            ((ChromiumTodoPage) page).screenshot(file, 600, 500);
        }
        byte[] png = Files.readAllBytes(file);
        ByteBuffer header = ByteBuffer.wrap(png);
        assertEquals(0x89504E47, header.getInt(0), "a PNG");
        assertEquals(600, header.getInt(16), "width");
        assertEquals(500, header.getInt(20), "height");
    }
}
