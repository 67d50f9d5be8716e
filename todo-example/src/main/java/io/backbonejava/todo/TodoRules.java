package io.backbonejava.todo;

/**
 * The rules a todo's attributes must follow, shared by the browser app and the demo server so
 * both sides accept and reject exactly the same titles.
 *
 * <p>This class is compiled twice: by javac for the server and by TeaVM for the browser. It
 * therefore sticks to plain string operations (no regex, no {@code String.format}, no
 * reflection), which keep the browser bundle small.
 *
 * <pre>{@code
 * String error = TodoRules.validateTitle(input);
 * if (error == null) {
 *     todo.set("title", TodoRules.normalizeTitle(input));
 * }
 * }</pre>
 */
public final class TodoRules {

    /**
     * The longest title accepted, counted in UTF-16 code units after trimming (the way
     * {@link String#length()} and the HTML {@code maxlength} attribute count).
     */
    public static final int MAX_TITLE_LENGTH = 1000;

    private TodoRules() {
    }

    /**
     * Returns the title as it is stored: with leading and trailing whitespace and control
     * characters (everything up to U+0020, as {@link String#trim()} defines it) removed.
     *
     * @param raw the title as typed or received; may be null
     * @return the trimmed title, or null when {@code raw} is null
     */
    public static String normalizeTitle(String raw) {
        return raw == null ? null : raw.trim();
    }

    /**
     * Checks a title before it is stored.
     *
     * <p>The length limit applies to the trimmed title, so surrounding spaces never make a
     * title too long.
     *
     * @param title the candidate value; anything, since it may come straight from parsed JSON
     * @return null when the title is valid, otherwise a short message for the user
     */
    public static String validateTitle(Object title) {
        if (title == null) {
            return "Title is required";
        }
        if (!(title instanceof String text)) {
            return "Title must be a string";
        }
        String trimmed = normalizeTitle(text);
        if (trimmed.isEmpty()) {
            return "Title must not be empty";
        }
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            // A constant expression: javac folds it, so no string building reaches the browser.
            return "Title must be at most " + MAX_TITLE_LENGTH + " characters";
        }
        return null;
    }
}
