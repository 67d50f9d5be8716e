package io.backbonejava;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Watches the browser's URL and hands each new one to the first matching route: Backbone's
 * {@code Backbone.History}. {@link Router}s register their routes with the process-wide instance returned by
 * {@link #instance()}, and your application calls {@link #start} once, when its routers exist.
 *
 * <p>In the default hash mode the route lives after the {@code #} ({@code /app/#todos/3}) and {@code hashchange}
 * events drive routing. With {@link StartOptions#pushState(boolean) pushState} it is a real path under the
 * {@link StartOptions#root(String) root} ({@code /app/todos/3}), written with {@code history.pushState} and
 * read back on {@code popstate}. When both modes are wanted, {@code start} converts a URL of the other kind
 * (a hash URL opened in a browser with pushState, or the reverse), as Backbone does.
 *
 * <pre>{@code
 * new TodoRouter();
 * History.instance().start(new History.StartOptions().pushState(true).root("/app"));
 * ...
 * History.instance().navigate("todos/3", new History.NavigateOptions().trigger(true));
 * }</pre>
 *
 * <p>The browser is reached only through three small interfaces, {@link Location}, {@link SessionHistory} and
 * {@link WindowEvents}. {@link #History()} uses the real window; pass your own implementations to
 * {@link #History(Location, SessionHistory, WindowEvents)} to route on the JVM or in tests. Events: {@code
 * "route"} (router, route name, arguments) after each route a router runs, and {@code "notfound"} when no
 * route matches the URL or the URL lies outside the root.
 */
public class History extends Events {

    /** The address bar: what Backbone reads and writes through {@code window.location}. */
    public interface Location {
        /** The whole URL, as {@code location.href}, with any non-ASCII characters percent-encoded. */
        String href();

        /** The path, as {@code location.pathname}: starts with {@code /}, percent-encoded. */
        String pathname();

        /**
         * Sets the fragment, as {@code location.hash = hash}, which adds a history entry.
         *
         * @param hash the new fragment, starting with {@code #}
         */
        void hash(String hash);

        /**
         * Goes to {@code url} in place of the current history entry, as {@code location.replace}.
         *
         * @param url an absolute URL, or one relative to the current page
         */
        void replace(String url);

        /**
         * Goes to {@code url} in a new history entry, loading the page, as {@code location.assign}.
         *
         * @param url an absolute URL, or one relative to the current page
         */
        void assign(String url);
    }

    /** The session history: what Backbone uses of {@code window.history} in pushState mode. */
    public interface SessionHistory {
        /**
         * Adds a history entry for {@code url} without loading it, as {@code history.pushState}.
         *
         * @param url the new URL, usually a path starting with the root
         */
        void pushState(String url);

        /**
         * Changes the current history entry's URL without loading it, as {@code history.replaceState}.
         *
         * @param url the new URL
         */
        void replaceState(String url);
    }

    /** Subscribes to the window events that signal a changed URL: {@code "hashchange"} and {@code "popstate"}. */
    public interface WindowEvents {
        /**
         * Calls {@code callback} on each event of {@code type} until the returned handle is disposed.
         *
         * @param type {@code "hashchange"} or {@code "popstate"}
         * @param callback what to run
         * @return the handle that removes the listener
         */
        Subscription listen(String type, Runnable callback);
    }

    private static History instance;
    private static boolean started;

    private final boolean browser;
    private Location location;
    private SessionHistory sessionHistory;
    private WindowEvents windowEvents;

    /** Most recently added first: a later route overrides an earlier one for the same URL. */
    private final List<Handler> handlers = new ArrayList<>();
    private final StartOptions options = new StartOptions();
    private String root = "/";
    private String fragment;
    private boolean trailingSlash;
    private boolean wantsHashChange;
    private boolean wantsPushState;
    private boolean hasPushState;
    private boolean usePushState;
    private Subscription urlListener;

    /** Creates a history on the browser's own {@code window.location} and {@code window.history}. */
    public History() {
        // The browser objects are looked up on first use, so that merely creating a History (or the default
        // instance) on the JVM touches no JavaScript.
        this.browser = true;
    }

    /**
     * Creates a history on the given stand-ins for the browser objects, as Backbone's tests replace
     * {@code history.location} and {@code history.history}.
     *
     * @param location the address bar
     * @param sessionHistory the session history, or null for a browser without pushState support
     * @param windowEvents where {@code hashchange} and {@code popstate} come from
     */
    public History(Location location, SessionHistory sessionHistory, WindowEvents windowEvents) {
        if (location == null) {
            throw new NullPointerException("location == null");
        }
        if (windowEvents == null) {
            throw new NullPointerException("windowEvents == null");
        }
        this.browser = false;
        this.location = location;
        this.sessionHistory = sessionHistory;
        this.windowEvents = windowEvents;
    }

    /**
     * The process-wide history that routers register with and navigate through: {@code Backbone.history}.
     * Created on the browser's window the first time it is asked for, unless {@link #setInstance} put
     * another one in place.
     */
    public static History instance() {
        if (instance == null) {
            instance = new History();
        }
        return instance;
    }

    /**
     * Replaces the process-wide history, as assigning {@code Backbone.history} does; tests use it to route on
     * stand-in browser objects. Routers created earlier stay registered with the previous one.
     *
     * @param history the new instance, or null to get a fresh browser-backed one on next use
     */
    public static void setInstance(History history) {
        instance = history;
    }

    /** Whether some history has been started and not yet stopped: Backbone's {@code History.started}. */
    public static boolean started() {
        return started;
    }

    // The URL, read through the seams

    /** Whether the URL is exactly the root, with no path beyond it and no query string. */
    public boolean atRoot() {
        String path = location().pathname();
        if (!path.isEmpty() && !path.endsWith("/")) {
            path = path + "/";
        }
        return path.equals(root) && getSearch().isEmpty();
    }

    /** Whether the URL's path starts with the root; when it does not, no route can match. */
    public boolean matchRoot() {
        String path = decodeFragment(location().pathname());
        String rootPath = path.substring(0, Math.min(path.length(), root.length() - 1)) + "/";
        return rootPath.equals(root);
    }

    /**
     * Decodes percent escapes for comparison, as {@code decodeURI} does, except {@code %25}: that one may belong
     * to an encoded parameter and must survive for {@link Router} to decode the parameter itself.
     *
     * @param fragment a fragment or path as found in the URL
     * @return the decoded text; unchanged when malformed
     */
    public String decodeFragment(String fragment) {
        StringBuilder guarded = new StringBuilder(fragment.length() + 8);
        int from = 0;
        int at;
        while ((at = fragment.indexOf("%25", from)) >= 0) {
            guarded.append(fragment, from, at).append("%2525");
            from = at + 3;
        }
        guarded.append(fragment, from, fragment.length());
        return Values.decodeUri(guarded.toString());
    }

    /** The query string of the URL, with its {@code ?}, or "" when there is none; never part of the hash. */
    public String getSearch() {
        String href = location().href();
        int hash = href.indexOf('#');
        String beforeHash = hash < 0 ? href : href.substring(0, hash);
        int question = beforeHash.indexOf('?');
        return question >= 0 && question + 1 < beforeHash.length() ? beforeHash.substring(question) : "";
    }

    /**
     * The part of the URL after {@code #}, read from {@code href} because some browsers decode
     * {@code location.hash}; "" when there is none.
     */
    public String getHash() {
        String href = location().href();
        int hash = href.indexOf('#');
        return hash < 0 ? "" : href.substring(hash + 1);
    }

    /** The decoded path and query string below the root, without a leading slash. */
    public String getPath() {
        String path = decodeFragment(location().pathname() + getSearch());
        int start = root.length() - 1;
        path = start < path.length() ? path.substring(start) : "";
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The current route fragment: from the path in pushState mode, or when hash changes are off; else the hash. */
    public String getFragment() {
        return getFragment(null);
    }

    /**
     * Normalises a fragment as Backbone does: a leading {@code #} or {@code /} and trailing white space go.
     *
     * @param fragment the fragment, or null to read the current one from the URL
     * @return the normalised fragment
     */
    public String getFragment(String fragment) {
        String value = fragment;
        if (value == null) {
            value = usePushState || !wantsHashChange ? getPath() : getHash();
        }
        int start = !value.isEmpty() && (value.charAt(0) == '#' || value.charAt(0) == '/') ? 1 : 0;
        int end = value.length();
        while (end > start && Values.isJsWhitespace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /** The fragment routing last saw or set, decoded as by {@link #decodeFragment}; null before {@link #start}. */
    public String fragment() {
        return fragment;
    }

    /** The root path, with a leading and a trailing slash once started; {@code "/"} by default. */
    public String root() {
        return root;
    }

    // Starting and stopping

    /**
     * Starts hash-based routing at the root {@code "/"}; see {@link #start(StartOptions)}.
     *
     * @return whether a route matched the current URL
     */
    public boolean start() {
        return start(null);
    }

    /**
     * Starts watching the URL and, unless told to stay silent, routes the current one. Options given to an
     * earlier start of this history still apply unless overridden.
     *
     * <p>When both pushState and hash changes are wanted, a URL of the wrong kind is converted first: in a
     * browser without pushState, a path below the root is sent to the equivalent hash URL (the page reloads,
     * and this returns true at once); with pushState, a hash URL at the root is rewritten as a path.
     *
     * @param startOptions root, pushState, hashChange, silent and trailingSlash; null for the defaults
     * @return whether a route matched the current URL (false when silent)
     * @throws IllegalStateException when a history is already started
     */
    public boolean start(StartOptions startOptions) {
        if (started) {
            throw new IllegalStateException("Backbone.history has already been started");
        }
        started = true;

        // Settle the configuration: defaults, then what earlier starts said, then these options.
        options.mergeFrom(startOptions);
        trailingSlash = Options.isTrue(options.trailingSlash());
        wantsHashChange = Options.isTrue(options.hashChange(), true);
        wantsPushState = Options.isTrue(options.pushState());
        hasPushState = sessionHistory() != null;
        usePushState = wantsPushState && hasPushState;

        // Always a leading and a trailing slash. (Backbone reads the fragment before this step, with the
        // root as given; reading it after gives the same fragment for a root like "/app/" and the right one
        // for "app" or "/app", where Backbone's first reading is off by the missing slashes.)
        root = normalizeRoot(options.root() == null ? "/" : options.root());
        fragment = getFragment();

        if (wantsHashChange && wantsPushState) {
            if (!hasPushState && !atRoot()) {
                // A pushState URL opened where pushState is missing: go to the hash form of the same route.
                String rootPath = root.length() > 1 ? root.substring(0, root.length() - 1) : "/";
                location().replace(rootPath + "#" + getPath());
                return true;
            } else if (hasPushState && atRoot()) {
                // A hash URL where pushState works: turn it into the path form in place.
                navigate(getHash(), new NavigateOptions().replace(true));
            }
        }

        // Whichever event tells of a new URL; one call site, so the bundle has one method reference class.
        String urlEvent = usePushState ? "popstate" : wantsHashChange ? "hashchange" : null;
        if (urlEvent != null) {
            urlListener = windowEvents().listen(urlEvent, this::checkUrl);
        }

        if (!Options.isTrue(options.silent())) {
            return loadUrl();
        }
        return false;
    }

    /** Stops watching the URL, so that another history (or this one) can be started: mostly for tests. */
    public void stop() {
        if (urlListener != null) {
            urlListener.dispose();
            urlListener = null;
        }
        started = false;
    }

    // Routing

    /**
     * Adds a route to try when the URL changes, ahead of those added before; what {@link Router#route} uses.
     *
     * @param route tells whether a fragment matches
     * @param callback receives the matching fragment
     */
    public void route(RouteMatcher route, Consumer<String> callback) {
        if (route == null) {
            throw new NullPointerException("route == null");
        }
        handlers.add(0, new Handler(route, callback));
    }

    /** Routes the current URL if it differs from the fragment last routed: the hashchange and popstate handler. */
    public void checkUrl() {
        String current = getFragment();
        if (current.equals(fragment)) {
            // Same fragment, but the path may have left the root (a popstate to another app's page).
            if (!matchRoot()) {
                notfound();
            }
            return;
        }
        loadUrl();
    }

    /**
     * Routes the current URL: see {@link #loadUrl(String)}.
     *
     * @return whether a route matched
     */
    public boolean loadUrl() {
        return loadUrl(null);
    }

    /**
     * Runs the first route that matches the fragment, and triggers {@code "notfound"} when none does or the
     * URL lies outside the root.
     *
     * @param fragmentOverride the fragment to route, or null for the current URL's
     * @return whether a route matched
     */
    public boolean loadUrl(String fragmentOverride) {
        if (!matchRoot()) {
            return notfound();
        }
        String current = getFragment(fragmentOverride);
        fragment = current;
        for (Handler handler : new ArrayList<>(handlers)) {
            if (handler.route.match(current) != null) {
                handler.callback.accept(current);
                return true;
            }
        }
        return notfound();
    }

    /**
     * Triggers {@code "notfound"}.
     *
     * @return false, so that callers can return it
     */
    public boolean notfound() {
        trigger("notfound");
        return false;
    }

    /**
     * Saves {@code fragment} as the current URL: a new history entry (or the current one with
     * {@code replace}), in the path or after the {@code #} depending on the mode. Nothing happens when the URL
     * already shows that fragment. With hash changes turned off and no pushState, this loads the page.
     * You are responsible for URL-encoding the fragment.
     *
     * @param newFragment the fragment, with or without a leading {@code #} or {@code /}; may carry a query
     * @param navigateOptions {@code trigger} to run the matching route too, {@code replace} to overwrite the
     *     current entry; null for neither
     * @return whether {@code trigger} was set and a route matched
     */
    public boolean navigate(String newFragment, NavigateOptions navigateOptions) {
        if (!started) {
            return false;
        }
        NavigateOptions opts = navigateOptions == null ? new NavigateOptions() : navigateOptions;
        String normalized = getFragment(newFragment == null ? "" : newFragment);

        // The root loses its trailing slash before an empty fragment or a bare query, unless asked to keep it.
        String rootPath = root;
        if (!trailingSlash && (normalized.isEmpty() || normalized.charAt(0) == '?')) {
            rootPath = root.length() > 1 ? root.substring(0, root.length() - 1) : "/";
        }
        String url = rootPath + normalized;

        // Compare without any #hash part, and decoded, so that "a%20b" and "a b" are the same place.
        int hash = normalized.indexOf('#');
        String bare = hash < 0 ? normalized : normalized.substring(0, hash);
        String decoded = decodeFragment(bare);
        if (decoded.equals(fragment)) {
            return false;
        }
        fragment = decoded;

        if (usePushState) {
            if (Options.isTrue(opts.replace())) {
                sessionHistory().replaceState(url);
            } else {
                sessionHistory().pushState(url);
            }
        } else if (wantsHashChange) {
            updateHash(bare, Options.isTrue(opts.replace()));
        } else {
            // Neither pushState nor hashes: navigation means loading the page.
            location().assign(url);
            return false;
        }
        if (Options.isTrue(opts.trigger())) {
            return loadUrl(bare);
        }
        return false;
    }

    /**
     * Saves {@code fragment} without running its route; see {@link #navigate(String, NavigateOptions)}.
     *
     * @param newFragment the fragment
     * @return false
     */
    public boolean navigate(String newFragment) {
        return navigate(newFragment, null);
    }

    /** Writes the hash as a new history entry, or in place of the current one. */
    private void updateHash(String newFragment, boolean replace) {
        if (replace) {
            String href = location().href();
            int hash = href.indexOf('#');
            location().replace((hash < 0 ? href : href.substring(0, hash)) + "#" + newFragment);
        } else {
            location().hash("#" + newFragment);
        }
    }

    /** Backbone's root rule: leading and trailing runs of slashes become one slash each; "" becomes "/". */
    private static String normalizeRoot(String given) {
        int start = 0;
        int end = given.length();
        while (start < end && given.charAt(start) == '/') {
            start++;
        }
        while (end > start && given.charAt(end - 1) == '/') {
            end--;
        }
        return start == end ? "/" : "/" + given.substring(start, end) + "/";
    }

    private Location location() {
        if (location == null && browser) {
            location = BrowserWindow.INSTANCE;
        }
        return location;
    }

    private SessionHistory sessionHistory() {
        if (sessionHistory == null && browser) {
            sessionHistory = BrowserWindow.INSTANCE;
        }
        return sessionHistory;
    }

    private WindowEvents windowEvents() {
        if (windowEvents == null && browser) {
            windowEvents = BrowserWindow.INSTANCE;
        }
        return windowEvents;
    }

    /** One registered route. */
    private static final class Handler {
        final RouteMatcher route;
        final Consumer<String> callback;

        Handler(RouteMatcher route, Consumer<String> callback) {
            this.route = route;
            this.callback = callback;
        }
    }

    /**
     * The options of {@link History#start(StartOptions)}, Backbone's {@code start({...})} argument. Every
     * setting is unset until you set it, so that an earlier start's setting or the default applies.
     *
     * <pre>{@code
     * History.instance().start(new History.StartOptions().pushState(true).root("/app"));
     * }</pre>
     */
    public static final class StartOptions {
        private String root;
        private Boolean pushState;
        private Boolean hashChange;
        private Boolean silent;
        private Boolean trailingSlash;

        /** Creates options with nothing set. */
        public StartOptions() {
        }

        void mergeFrom(StartOptions other) {
            if (other == null) {
                return;
            }
            if (other.root != null) {
                root = other.root;
            }
            if (other.pushState != null) {
                pushState = other.pushState;
            }
            if (other.hashChange != null) {
                hashChange = other.hashChange;
            }
            if (other.silent != null) {
                silent = other.silent;
            }
            if (other.trailingSlash != null) {
                trailingSlash = other.trailingSlash;
            }
        }

        /** The path the application is served from; null when not set ({@code "/"}). */
        public String root() {
            return root;
        }

        /**
         * Serves the application below this path, such as {@code "/app"}; slashes are added as needed.
         *
         * @param value the root path
         * @return these options
         */
        public StartOptions root(String value) {
            root = value;
            return this;
        }

        /** Whether routes live in real paths written with pushState; null when not set (they do not). */
        public Boolean pushState() {
            return pushState;
        }

        /**
         * Puts routes in real paths using {@code history.pushState}, falling back to hashes where missing.
         *
         * @param value the flag
         * @return these options
         */
        public StartOptions pushState(boolean value) {
            pushState = value;
            return this;
        }

        /** Whether hash URLs are used and watched; null when not set (they are). */
        public Boolean hashChange() {
            return hashChange;
        }

        /**
         * Set to false to never use hash URLs: without pushState, each navigation then loads the page.
         *
         * @param value the flag
         * @return these options
         */
        public StartOptions hashChange(boolean value) {
            hashChange = value;
            return this;
        }

        /** Whether start leaves the current URL unrouted; null when not set (it routes it). */
        public Boolean silent() {
            return silent;
        }

        /**
         * Starts without routing the current URL, for pages whose server already rendered it.
         *
         * @param value the flag
         * @return these options
         */
        public StartOptions silent(boolean value) {
            silent = value;
            return this;
        }

        /** Whether navigating to the root keeps its trailing slash; null when not set (it does not). */
        public Boolean trailingSlash() {
            return trailingSlash;
        }

        /**
         * Keeps the root's trailing slash when navigating to an empty fragment or a bare query string.
         *
         * @param value the flag
         * @return these options
         */
        public StartOptions trailingSlash(boolean value) {
            trailingSlash = value;
            return this;
        }
    }

    /**
     * The options of {@link History#navigate(String, NavigateOptions)} and
     * {@link Router#navigate(String, NavigateOptions)}: Backbone's {@code {trigger: true, replace: true}}.
     *
     * <pre>{@code
     * router.navigate("todos/3", new History.NavigateOptions().trigger(true));
     * }</pre>
     */
    public static final class NavigateOptions {
        private Boolean trigger;
        private Boolean replace;

        /** Creates options with nothing set: the URL changes in a new history entry, and no route runs. */
        public NavigateOptions() {
        }

        /** Whether the matching route runs; null when not set (it does not). */
        public Boolean trigger() {
            return trigger;
        }

        /**
         * Runs the route that matches the new URL, as following a link would.
         *
         * @param value the flag
         * @return these options
         */
        public NavigateOptions trigger(boolean value) {
            trigger = value;
            return this;
        }

        /** Whether the current history entry is overwritten; null when not set (a new one is added). */
        public Boolean replace() {
            return replace;
        }

        /**
         * Overwrites the current history entry instead of adding one, so Back skips this URL.
         *
         * @param value the flag
         * @return these options
         */
        public NavigateOptions replace(boolean value) {
            replace = value;
            return this;
        }
    }
}
