package io.backbonejava.browsertests;

/**
 * Where the Todo app keeps its todos, and so which page of it a test opens: the same compiled app saves to
 * the demo server at {@code /} and to the browser's localStorage at {@code /local.html}.
 */
enum Store {
    /** {@code index.html}: {@code RestSync} over XMLHttpRequest to {@code /api/todos}. */
    REST("/"),
    /** {@code local.html}: {@code LocalStorageSync}, one JSON array under {@code todos-backbone-java}. */
    LOCAL("/local.html");

    private final String path;

    Store(String path) {
        this.path = path;
    }

    /** The page's path, to which a hash such as {@code "#/active"} may be appended. */
    String path() {
        return path;
    }
}
