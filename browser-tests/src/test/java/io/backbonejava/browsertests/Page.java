package io.backbonejava.browsertests;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One open test-app page in one browser, driven as a user would. Closing it fails the test if the page
 * reported any error: an uncaught exception or a {@code console.error}.
 */
public interface Page extends AutoCloseable {
    /** Clicks the first element the CSS selector matches (which also focuses it, as a real click does). */
    void click(String css);

    /** Clicks into the element, then types the text as key presses. */
    void type(String css, String text);

    /** The {@code textContent} of the first element the selector matches. */
    String text(String css);

    /** The current {@code value} of the form field (input, textarea, select) the selector matches. */
    String value(String css);

    /** How many elements the selector matches. */
    int count(String css);

    /** The lines scenarios wrote with {@code Log.line}, in order. */
    default List<String> log() {
        return texts("#log > li");
    }

    /** The {@code textContent} of each element the selector matches. */
    List<String> texts(String css);

    /** The page's current address. */
    String url();

    /** Loads another path of the test app (a full page load) and waits until its scenario is mounted. */
    void goTo(String path);

    /** The browser's back button. */
    void back();

    /** Lets timers and pending events run for a moment. */
    void pause(long millis);

    /** Removes and returns the errors the page reported so far, for tests that expect some. */
    List<String> takeErrors();

    /**
     * Waits up to five seconds for a condition on the page, for asynchronous work such as hashchange.
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

    /** The browser's forward button. */
    void forward();

    /** The browser's reload button: loads the current address again and waits until its scenario is mounted. */
    void reload();

    /** Closes the page; fails if it reported errors that no test took. */
    @Override
    void close();
}
