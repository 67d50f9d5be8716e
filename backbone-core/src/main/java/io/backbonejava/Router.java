package io.backbonejava;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps URL fragments to the code that shows them: Backbone's {@code Backbone.Router}. A router registers
 * each of its routes with the process-wide {@link History} ({@link History#instance()}), which watches the URL
 * and runs the first route that matches; {@link #navigate} changes the URL from code.
 *
 * <p>A route is a pattern with {@code :name} parts (one path segment), {@code *name} parts (any number of
 * segments) and optional {@code (...)} parts, such as {@code "search/:query(/p:page)"} or {@code "file/*path"};
 * a query string after {@code ?} is handed over as the last argument. Declare routes by overriding
 * {@link #routes()}, in order: the first declared that matches wins, so a catch-all goes last.
 *
 * <pre>{@code
 * public class Workspace extends Router {
 *     @Override
 *     protected Routes routes() {
 *         return new Routes()
 *                 .add("help", "help", args -> showHelp())
 *                 .add("search/:query(/p:page)", "search", args -> search(args.get(0), args.get(1)))
 *                 .add("*path", "notFound", args -> showNotFound(args.get(0)));
 *     }
 * }
 *
 * Workspace workspace = new Workspace();
 * workspace.on("route:search", e -> analytics.track("search", e.arg(0)));
 * History.instance().start();
 * }</pre>
 *
 * <p>Each time a route runs, the router triggers {@code "route:<name>"} with the route's arguments spread
 * ({@code e.arg(0)} is the first), then {@code "route"} with the name and the argument list, and the history
 * triggers {@code "route"} with the router, the name and the argument list. Override {@link #execute} to wrap
 * or veto every route.
 *
 * <p>Patterns are matched as Backbone's generated regular expressions match them (the same greediness, and an
 * optional group never matches empty), with three deliberate differences, where Backbone's expression is an
 * accident of its text substitutions:
 * <ul>
 *   <li>Optional groups nest: {@code "docs(/:section(/:sub))"} is two nested optional groups. Backbone pairs
 *       each {@code (} with the first {@code )} after it, which leaves a required group and a stray capture.
 *   <li>A {@code *} not followed by a name is a literal character, as a bare {@code :} is in both. In Backbone
 *       a bare {@code *} repeats the character before it (or makes the route an invalid expression).
 *   <li>A malformed {@code %} escape in a parameter ({@code "%E0%A4%A"}, {@code "100%"}) is passed on as
 *       written. Backbone's {@code decodeURIComponent} throws a {@code URIError} out of the navigation.
 * </ul>
 * {@code backbone-core/PORTING.md} lists every deliberate difference from Backbone in one table.
 */
public class Router extends Events {

    /** Creates a router and registers the routes of {@link #routes()}, if any. */
    public Router() {
        this(null);
    }

    /**
     * Creates a router with the given routes in place of those of {@link #routes()}: Backbone's
     * {@code new Router({routes: ...})}.
     *
     * @param routes the routes to register, first match wins; null to use {@link #routes()}
     */
    public Router(Routes routes) {
        Routes declared = routes != null ? routes : routes();
        if (declared != null) {
            // Registered last to first, because the history tries the most recently added route first.
            List<Routes.Entry> entries = declared.entries();
            for (int i = entries.size() - 1; i >= 0; i--) {
                Routes.Entry entry = entries.get(i);
                route(entry.pattern, entry.name, entry.handler);
            }
        }
    }

    /**
     * The routes this kind of router declares, first match wins; none by default. Called once, from the
     * constructor, before a subclass's own constructor body runs: handlers may refer to the router's methods
     * ({@code args -> show(args.get(0))}) but the routes must not depend on the subclass's fields. A subclass
     * of a router can extend its parent's routes with {@code super.routes().add(...)}.
     *
     * @return the routes, or null for none
     */
    protected Routes routes() {
        return null;
    }

    /**
     * Adds one route, ahead of every route added before it.
     *
     * @param route the pattern, such as {@code "search/:query/p:page"}
     * @param name the name used in the {@code "route:<name>"} event; null or "" for an unnamed route
     * @param handler what to run, or null to only trigger the events
     * @return this router
     * @throws IllegalArgumentException when the pattern's parentheses do not balance
     */
    public Router route(String route, String name, RouteHandler handler) {
        if (route == null) {
            throw new NullPointerException("route == null");
        }
        return route(RoutePattern.compile(route), name, handler);
    }

    /**
     * Adds one route given as code, the Java form of Backbone's regular-expression routes; see
     * {@link RouteMatcher} for how its result becomes the handler's arguments.
     *
     * @param route the matcher
     * @param name the name used in the {@code "route:<name>"} event; null or "" for an unnamed route
     * @param handler what to run, or null to only trigger the events
     * @return this router
     */
    public Router route(RouteMatcher route, String name, RouteHandler handler) {
        if (route == null) {
            throw new NullPointerException("route == null");
        }
        String routeName = name == null ? "" : name;
        History.instance().route(route, fragment -> {
            List<String> args = extractParameters(route, fragment);
            if (execute(handler, args, routeName)) {
                trigger("route:" + routeName, args.toArray());
                trigger("route", routeName, args);
                History.instance().trigger("route", this, routeName, args);
            }
        });
        return this;
    }

    /**
     * Runs a matched route's handler. Override it to do something around every route (check a login, tear
     * down the previous screen) or to veto one: returning false skips the route events.
     *
     * @param handler the route's handler, possibly null
     * @param args the route's arguments, as the handler receives them
     * @param name the route's name, "" when unnamed
     * @return true to go on and trigger the route events
     */
    protected boolean execute(RouteHandler handler, List<String> args, String name) {
        if (handler != null) {
            handler.handle(args);
        }
        return true;
    }

    /**
     * Saves {@code fragment} in the URL through {@link History#instance()}; see
     * {@link History#navigate(String, History.NavigateOptions)}.
     *
     * @param fragment the new fragment, such as {@code "todos/3"}
     * @param options {@code trigger} to run the matching route, {@code replace} to overwrite the current entry
     * @return this router
     */
    public Router navigate(String fragment, History.NavigateOptions options) {
        History.instance().navigate(fragment, options);
        return this;
    }

    /**
     * Saves {@code fragment} in the URL without running its route.
     *
     * @param fragment the new fragment
     * @return this router
     */
    public Router navigate(String fragment) {
        return navigate(fragment, null);
    }

    /** Backbone's rule for captures: all but the last are URI-decoded; the last (the query) is kept as is. */
    private static List<String> extractParameters(RouteMatcher route, String fragment) {
        List<String> params = route.match(fragment);
        List<String> args = new ArrayList<>(params == null ? 0 : params.size());
        if (params != null) {
            for (int i = 0; i < params.size(); i++) {
                String param = params.get(i);
                if (param == null || param.isEmpty()) {
                    args.add(null);
                } else {
                    args.add(i == params.size() - 1 ? param : Values.decodeUriComponent(param));
                }
            }
        }
        return Collections.unmodifiableList(args);
    }

    /**
     * An ordered list of routes, each a pattern with a name and a handler: what {@link Router#routes()}
     * returns, and Backbone's {@code routes} hash. Adding a pattern that is already there replaces its name
     * and handler but keeps its place.
     *
     * <pre>{@code
     * new Router.Routes()
     *         .add("", "home", args -> showHome())
     *         .add("todos/:id", "todo", args -> showTodo(args.get(0)))
     *         .add("*other", args -> showHome());
     * }</pre>
     */
    public static final class Routes {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        /** Creates an empty list of routes. */
        public Routes() {
        }

        /**
         * Adds a named route.
         *
         * @param pattern the route pattern
         * @param name the name used in the {@code "route:<name>"} event
         * @param handler what to run, or null to only trigger the events
         * @return these routes
         */
        public Routes add(String pattern, String name, RouteHandler handler) {
            if (pattern == null) {
                throw new NullPointerException("pattern == null");
            }
            entries.put(pattern, new Entry(pattern, name == null ? "" : name, handler));
            return this;
        }

        /**
         * Adds an unnamed route, as a function in Backbone's {@code routes} hash: its events use the name "".
         *
         * @param pattern the route pattern
         * @param handler what to run
         * @return these routes
         */
        public Routes add(String pattern, RouteHandler handler) {
            return add(pattern, "", handler);
        }

        /** Each pattern with its route name, in declaration order; read-only. */
        public Map<String, String> names() {
            Map<String, String> names = new LinkedHashMap<>();
            for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                names.put(entry.getKey(), entry.getValue().name);
            }
            return Collections.unmodifiableMap(names);
        }

        // Through entrySet, which every app has already: values() would bring a view class of its own.
        List<Entry> entries() {
            List<Entry> list = new ArrayList<>(entries.size());
            for (Map.Entry<String, Entry> entry : entries.entrySet()) {
                list.add(entry.getValue());
            }
            return list;
        }

        static final class Entry {
            final String pattern;
            final String name;
            final RouteHandler handler;

            Entry(String pattern, String name, RouteHandler handler) {
                this.pattern = pattern;
                this.name = name;
                this.handler = handler;
            }
        }
    }
}
