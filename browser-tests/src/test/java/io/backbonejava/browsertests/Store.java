package io.backbonejava.browsertests;

/**
 * Where the Todo app keeps its todos, and so which page of it a test opens: the same compiled app saves to
 * the demo server at {@code /}, to the browser's localStorage at {@code /local.html}, and to a Django REST
 * Framework server at the root of that server ({@link DrfTodoServer}).
 */
enum Store {
    /** {@code index.html}: {@code RestSync} over XMLHttpRequest to {@code /api/todos}. */
    REST("/"),
    /** {@code local.html}: {@code LocalStorageSync}, one JSON array under {@code todos-backbone-java}. */
    LOCAL("/local.html"),
    /**
     * {@code index.html} as Django serves it, with {@code data-api="/api/todos/"}: {@code RestSync} to Django
     * REST Framework, with trailing slashes, the CSRF token of Django's cookie, and lists two todos a page.
     */
    DRF("/");

    private final String path;

    Store(String path) {
        this.path = path;
    }

    /** The page's path, to which a hash such as {@code "#/active"} may be appended. */
    String path() {
        return path;
    }
}
