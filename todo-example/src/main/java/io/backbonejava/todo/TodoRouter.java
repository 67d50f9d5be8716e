package io.backbonejava.todo;

import io.backbonejava.Router;

/**
 * The app's one route: {@code #/}, {@code #/active} and {@code #/completed} choose the filter. Because the
 * filter lives in the URL, it survives a reload and works with the Back button, and the filter links in
 * the footer are plain {@code <a href="#/active">} links with no click handlers of their own.
 */
final class TodoRouter extends Router {
    private final AppView app;

    TodoRouter(AppView app) {
        this.app = app;
    }

    // "*filter" matches every fragment, the empty one too (it then gives null), so an unknown route
    // shows all todos rather than nothing. The handler reads the app field only when a route runs, after
    // History.instance().start(), long after the constructor has set it.
    @Override
    protected Routes routes() {
        return new Routes().add("*filter", "filter", args -> app.filter(TodoFilter.fromRoute(args.get(0))));
    }
}
