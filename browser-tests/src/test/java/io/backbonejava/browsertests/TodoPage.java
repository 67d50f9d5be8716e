package io.backbonejava.browsertests;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The Todo app open in one browser, driven as a user drives it: primitives that each engine implements
 * ({@link ChromiumTodoPage}, {@link HtmlUnitTodoPage}), and on top of them the app's own gestures ("add a
 * todo", "edit the second one"). Closing it fails the test if the page reported any error: an uncaught
 * exception or a {@code console.error}.
 */
interface TodoPage extends AutoCloseable {
    /** The keys the app reacts to. */
    enum Key {
        /** Adds a todo in the top field; ends an edit, keeping it. */
        ENTER,
        /** Ends an edit, discarding it. */
        ESCAPE
    }

    /** Clicks the first element the CSS selector matches, as a user's click (focus included). */
    void click(String css);

    /** Double-clicks the first element the selector matches. */
    void doubleClick(String css);

    /** Moves the mouse over the first element the selector matches. */
    void hover(String css);

    /** Types text as key presses into the element, focusing it first if it is not focused (no click). */
    void type(String css, String text);

    /** Selects everything in a text field and types {@code text} over it, as key presses. */
    void replace(String css, String text);

    /** Presses a key in the element. */
    void press(String css, Key key);

    /** The {@code textContent} of the first element the selector matches. */
    String text(String css);

    /** The {@code textContent} of each element the selector matches. */
    List<String> texts(String css);

    /** How many elements the selector matches. */
    int count(String css);

    /** The current {@code value} of an input. */
    String value(String css);

    /** Whether the element is rendered and visible (not {@code hidden}, not {@code display: none}). */
    boolean isDisplayed(String css);

    /** Whether a checkbox is checked (its property, not its attribute). */
    boolean isChecked(String css);

    /** Whether the element's class list holds {@code name}. */
    boolean hasClass(String css, String name);

    /** Whether the element is the document's focused element. */
    boolean isFocused(String css);

    /** Runs a JavaScript expression in the page and returns its value (strings, numbers, booleans). */
    Object eval(String expression);

    /** The page's current address. */
    String url();

    /** Loads a path of the server (a full page load) and waits until the app has drawn its todos. */
    void goTo(String path);

    /** Reloads the page, as the browser's reload button, and waits until the app is drawn again. */
    void reload();

    /** Lets timers and pending events run for a moment. */
    void pause(long millis);

    /** Removes and returns the errors the page reported so far. */
    List<String> takeErrors();

    /** Closes the page; fails if it reported errors. */
    @Override
    void close();

    /**
     * Waits up to five seconds for a condition, for the app's asynchronous work (a store's answer).
     *
     * @param what what is awaited, for the failure message
     * @param condition the condition
     */
    default void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            pause(20);
        }
    }

    // The app's gestures

    /**
     * Waits until the app has taken over the page: it draws the footer's counter once the stored todos are
     * in (hidden while the list is empty), which the page's static markup does not have.
     */
    default void waitUntilDrawn() {
        waitUntil("the app to draw its todos", () -> count(".footer .todo-count") == 1);
    }

    /**
     * Types a title into the top field, presses Enter, and waits until the app counts one more active
     * todo: the REST store shows a new todo only once the server has stored it.
     */
    default void add(String title) {
        int before = remaining();
        type(".new-todo", title);
        press(".new-todo", Key.ENTER);
        waitUntil("\"" + title + "\" to be added", () -> remaining() == before + 1);
    }

    /** The number the counter shows (in {@code <strong>}). */
    default int remaining() {
        return Integer.parseInt(text(".todo-count strong"));
    }

    /** The shown todos' titles, top to bottom. */
    default List<String> titles() {
        return texts(".todo-list li label");
    }

    /** A selector for the {@code n}th shown item (1-based), optionally followed by a selector inside it. */
    static String item(int n, String inside) {
        return ".todo-list li:nth-child(" + n + ")" + (inside.isEmpty() ? "" : " " + inside);
    }

    /** Clicks the checkbox of the {@code n}th shown todo (1-based). */
    default void toggle(int n) {
        click(item(n, ".toggle"));
    }

    /** Double-clicks the title of the {@code n}th shown todo, which opens its edit field. */
    default void startEditing(int n) {
        doubleClick(item(n, "label"));
    }

    /** The counter's text, such as "2 items left". */
    default String counter() {
        return text(".todo-count");
    }

    /** Clicks a filter link of the footer: "All", "Active" or "Completed". */
    default void chooseFilter(String name) {
        String href = "All".equals(name) ? "#/" : "#/" + name.toLowerCase();
        click(".filters a[href='" + href + "']");
        waitUntil("the " + name + " filter", () -> hasClass(".filters a[href='" + href + "']", "selected"));
    }

    /** The text of the selected filter links (exactly one when all is well). */
    default List<String> selectedFilters() {
        return texts(".filters a.selected");
    }
}
