package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.backbonejava.History.NavigateOptions;
import io.backbonejava.History.StartOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Backbone 1.6.1's test/router.js, case by case (see PORTING.md), on stand-in browser objects as
 * upstream uses: {@link FakeLocation} for its fake {@code Location}, {@link FakeSessionHistory} for the
 * {@code history} objects it passes, {@link FakeWindowEvents} for the window. Then a few cases of our own for
 * what upstream leaves to regular expressions: nested optional groups and {@link RouteMatcher} routes.
 */
@RunWith(TeaVMTestRunner.class)
public class RouterTest {
    private FakeLocation location;
    private FakeWindowEvents window;
    private RecordingHistory history;
    private TestRouter router;
    private String lastRoute;
    private List<String> lastArgs;
    /** The argument list of a "route" event. */
    @SuppressWarnings("unchecked")
    private static List<String> args(Object list) {
        return (List<String>) list;
    }

    private final Listener onRoute = e -> {
        lastRoute = (String) e.arg(1);
        lastArgs = args(e.arg(2));
    };

    /** The fixture's history: a plain History that also remembers every loadUrl call. */
    static class RecordingHistory extends History {
        final List<String> loads = new ArrayList<>();

        RecordingHistory(FakeLocation location, SessionHistory sessionHistory, WindowEvents events) {
            super(location, sessionHistory, events);
        }

        @Override
        public boolean loadUrl(String fragment) {
            loads.add(fragment);
            return super.loadUrl(fragment);
        }
    }

    /** Upstream's {@code ExternalObject}: a route handler that lives outside any router. */
    static final class ExternalObject {
        static String value = "unset";

        static void routingFunction(List<String> args) {
            value = args.get(0);
        }
    }

    /** Upstream's test router, with its routes in the same order. */
    static class TestRouter extends Router {
        final int testing;
        int count;
        String query;
        String page;
        String charType;
        String contact;
        String arg;
        String args;
        String repo;
        String from;
        String to;
        String first;
        String part;
        String rest;
        String entity;
        String queryArgs;
        String anything;
        String z;
        String named;
        String path;

        TestRouter(int testing) {
            // Backbone's initialize: runs after the declared routes are bound, and may add more.
            this.testing = testing;
            route("implicit", "implicit", a -> count++);
        }

        @Override
        protected Routes routes() {
            return new Routes()
                    .add("noCallback", "noCallback", null)
                    .add("counter", "counter", a -> count++)
                    .add("search/:query", "search", this::search)
                    .add("search/:query/p:page", "search", this::search)
                    .add("charñ", "charUTF", a -> charType = "UTF")
                    .add("char%C3%B1", "charEscaped", a -> charType = "escaped")
                    .add("contacts", "contacts", a -> contact = "index")
                    .add("contacts/new", "newContact", a -> contact = "new")
                    .add("contacts/:id", "loadContact", a -> contact = "load")
                    .add("route-event/:arg", "routeEvent", a -> { })
                    .add("optional(/:item)", "optionalItem", a -> arg = a.get(0))
                    .add("named/optional/(y:z)", "namedOptional", a -> z = a.get(0))
                    .add("splat/*args/end", "splat", a -> args = a.get(0))
                    .add(":repo/compare/*from...*to", "github", a -> {
                        repo = a.get(0);
                        from = a.get(1);
                        to = a.get(2);
                    })
                    .add("decode/:named/*splat", "decode", a -> {
                        named = a.get(0);
                        path = a.get(1);
                    })
                    .add("*first/complex-*part/*rest", "complex", a -> {
                        first = a.get(0);
                        part = a.get(1);
                        rest = a.get(2);
                    })
                    .add("query/:entity", "query", a -> {
                        entity = a.get(0);
                        queryArgs = a.get(1);
                    })
                    .add("function/:value", ExternalObject::routingFunction)
                    .add("*anything", "anything", a -> anything = a.get(0));
        }

        void search(List<String> a) {
            query = a.get(0);
            page = a.get(1);
        }
    }

    @Before
    public void setUp() {
        location = new FakeLocation("http://example.com");
        window = new FakeWindowEvents();
        history = new RecordingHistory(location, new FakeSessionHistory(location), window);
        History.setInstance(history);
        ExternalObject.value = "unset";
        router = new TestRouter(101);
        history.start(new StartOptions().pushState(false));
        lastRoute = null;
        lastArgs = Collections.emptyList();
        history.on("route", onRoute);
    }

    @After
    public void tearDown() {
        History.instance().stop();
        history.off("route", onRoute);
        History.setInstance(null);
    }

    /** Stops the current history and makes {@code replacement} the process-wide one, as upstream reassigns it. */
    private static <H extends History> H use(H replacement) {
        History.instance().stop();
        History.setInstance(replacement);
        return replacement;
    }

    private static NavigateOptions trigger() {
        return new NavigateOptions().trigger(true);
    }

    // 1
    @Test
    public void initialize() {
        assertEquals(101, router.testing);
        // The constructor body ran after the declared routes were bound and could add its own.
        router.navigate("implicit", trigger());
        assertEquals(1, router.count);
    }

    // 3
    @Test
    public void routesSimple() {
        location.replace("http://example.com#search/news");
        history.checkUrl();
        assertEquals("news", router.query);
        assertNull(router.page);
        assertEquals("search", lastRoute);
        assertEquals("news", lastArgs.get(0));
    }

    // 4
    @Test
    public void routesSimpleButUnicode() {
        location.replace("http://example.com#search/тест");
        // The browser keeps the hash percent-encoded in href; the router decodes the parameter.
        assertEquals("http://example.com/#search/%D1%82%D0%B5%D1%81%D1%82", location.href());
        history.checkUrl();
        assertEquals("тест", router.query);
        assertNull(router.page);
        assertEquals("search", lastRoute);
        assertEquals("тест", lastArgs.get(0));
    }

    // 5
    @Test
    public void routesTwoPart() {
        location.replace("http://example.com#search/nyc/p10");
        history.checkUrl();
        assertEquals("nyc", router.query);
        assertEquals("10", router.page);
    }

    // 6
    @Test
    public void routesViaNavigate() {
        history.navigate("search/manhattan/p20", trigger());
        assertEquals("manhattan", router.query);
        assertEquals("20", router.page);
    }

    // 7
    @Test
    public void routesViaNavigateWithParams() {
        history.navigate("query/test?a=b", trigger());
        assertEquals("a=b", router.queryArgs);
    }

    // 9
    @Test
    public void reportsMatchedRouteViaNagivate() {
        assertTrue(history.navigate("search/manhattan/p20", trigger()));
    }

    // 10
    @Test
    public void routePrecedenceViaNavigate() {
        history.navigate("contacts", trigger());
        assertEquals("index", router.contact);
        history.navigate("contacts/new", trigger());
        assertEquals("new", router.contact);
        history.navigate("contacts/foo", trigger());
        assertEquals("load", router.contact);
    }

    // 11
    @Test
    public void loadUrlIsNotCalledForIdenticalRoutes() {
        history.loads.clear();
        location.replace("http://example.com#route");
        history.navigate("route");
        history.navigate("/route");
        history.navigate("/route");
        assertEquals(Collections.emptyList(), history.loads);
        // Only the first call found a different fragment and wrote the hash.
        assertEquals(1, location.hashWrites);
    }

    // 13
    @Test
    public void routesViaNavigateWithReplaceTrue() {
        location.replace("http://example.com#start_here");
        history.checkUrl();
        location.replaced.clear();
        history.navigate("end_here", new NavigateOptions().replace(true));
        assertEquals(Collections.singletonList(new FakeLocation("http://example.com#end_here").href()), location.replaced);
    }

    // 14
    @Test
    public void routesSplats() {
        location.replace("http://example.com#splat/long-list/of/splatted_99args/end");
        history.checkUrl();
        assertEquals("long-list/of/splatted_99args", router.args);
    }

    // 15
    @Test
    public void routesGithub() {
        location.replace("http://example.com#backbone/compare/1.0...braddunbar:with/slash");
        history.checkUrl();
        assertEquals("backbone", router.repo);
        assertEquals("1.0", router.from);
        assertEquals("braddunbar:with/slash", router.to);
    }

    // 16
    @Test
    public void routesOptional() {
        location.replace("http://example.com#optional");
        history.checkUrl();
        assertNull(router.arg);
        assertEquals("optionalItem", lastRoute);
        location.replace("http://example.com#optional/thing");
        history.checkUrl();
        assertEquals("thing", router.arg);
    }

    // 17
    @Test
    public void routesComplex() {
        location.replace("http://example.com#one/two/three/complex-part/four/five/six/seven");
        history.checkUrl();
        assertEquals("one/two/three", router.first);
        assertEquals("part", router.part);
        assertEquals("four/five/six/seven", router.rest);
    }

    // 18
    @Test
    public void routesQuery() {
        location.replace("http://example.com#query/mandel?a=b&c=d");
        history.checkUrl();
        assertEquals("mandel", router.entity);
        assertEquals("a=b&c=d", router.queryArgs);
        assertEquals("query", lastRoute);
        assertEquals("mandel", lastArgs.get(0));
        assertEquals("a=b&c=d", lastArgs.get(1));
    }

    // 19
    @Test
    public void routesAnything() {
        location.replace("http://example.com#doesnt-match-a-route");
        history.checkUrl();
        assertEquals("doesnt-match-a-route", router.anything);
    }

    // 20
    @Test
    public void routesFunction() {
        List<String> names = new ArrayList<>();
        router.on("route", e -> names.add((String) e.arg(0)));
        assertEquals("unset", ExternalObject.value);
        location.replace("http://example.com#function/set");
        history.checkUrl();
        assertEquals("set", ExternalObject.value);
        assertEquals(Collections.singletonList(""), names);
    }

    // 21
    @Test
    public void decodeNamedParametersNotSplats() {
        location.replace("http://example.com#decode/a%2Fb/c%2Fd/e");
        history.checkUrl();
        assertEquals("a/b", router.named);
        assertEquals("c/d/e", router.path);
    }

    // 22
    @Test
    public void firesEventWhenRouterDoesntHaveCallbackOnIt() {
        int[] fired = {0};
        router.on("route:noCallback", e -> fired[0]++);
        location.replace("http://example.com#noCallback");
        history.checkUrl();
        assertEquals(1, fired[0]);
    }

    // 23
    @Test
    public void noEventsAreTriggeredIfExecuteReturnsFalse() {
        int[] handled = {0};
        List<String> unexpected = new ArrayList<>();
        Router myRouter = new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> handled[0]++);
            }

            @Override
            protected boolean execute(RouteHandler handler, List<String> args, String name) {
                handler.handle(args);
                return false;
            }
        };
        myRouter.on("route route:foo", e -> unexpected.add(e.name()));
        history.on("route", e -> unexpected.add("history " + e.name()));
        location.replace("http://example.com#foo");
        history.checkUrl();
        assertEquals(1, handled[0]);
        assertEquals(Collections.emptyList(), unexpected);
    }

    // 24
    @Test
    public void leadingSlash_933_908() {
        location.replace("http://example.com/root/foo");

        History first = use(new History(location, new FakeSessionHistory(location), window));
        first.start(new StartOptions().root("/root").hashChange(false).silent(true));
        assertEquals("foo", first.getFragment());

        History second = use(new History(location, new FakeSessionHistory(location), window));
        second.start(new StartOptions().root("/root/").hashChange(false).silent(true));
        assertEquals("foo", second.getFragment());
    }

    // 25
    @Test
    public void routeCallbackGetsPassedEncodedValues_967() {
        history.navigate("has%2Fslash/complex-has%23hash/has%20space", trigger());
        assertEquals("has/slash", router.first);
        assertEquals("has#hash", router.part);
        assertEquals("has space", router.rest);
    }

    // 26
    @Test
    public void correctlyHandlesUrlsWithPercent_868() {
        location.replace("http://example.com#search/fat%3A1.5%25");
        history.checkUrl();
        assertEquals("fat:1.5%", router.query);
        location.replace("http://example.com#search/fat");
        history.checkUrl();
        assertEquals("fat", router.query);
        assertNull(router.page);
        assertEquals("search", lastRoute);
    }

    // 27
    @Test
    public void hashesWithUtf8InThem_2666() {
        history.navigate("charñ", trigger());
        assertEquals("UTF", router.charType);
        history.navigate("char%C3%B1", trigger());
        assertEquals("UTF", router.charType);
    }

    // 28
    @Test
    public void usePathnameWhenHashChangeIsNotWanted_1185() {
        location.replace("http://example.com/path/name#hash");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        h.start(new StartOptions().hashChange(false));
        assertEquals("path/name", h.getFragment());
        assertEquals("/path/name", location.pathname());
    }

    // 29
    @Test
    public void stripLeadingSlashBeforeLocationAssign_1206() {
        location.replace("http://example.com/root/");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        h.start(new StartOptions().hashChange(false).root("/root/"));
        h.navigate("/fragment");
        assertEquals(Collections.singletonList("/root/fragment"), location.assigned);
    }

    // 30
    @Test
    public void rootFragmentWithoutTrailingSlash_1387() {
        location.replace("http://example.com/root");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        h.start(new StartOptions().hashChange(false).root("/root/").silent(true));
        assertEquals("", h.getFragment());
    }

    // 31
    @Test
    public void historyDoesNotPrependRootToFragment_1366() {
        location.replace("http://example.com/root/");
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        h.start(new StartOptions().root("/root/").pushState(true).hashChange(false));
        h.navigate("x");
        assertEquals(Collections.singletonList("/root/x"), sessions.pushed);
        assertEquals("x", h.fragment());
    }

    // 32
    @Test
    public void normalizeRoot() {
        location.replace("http://example.com/root");
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        h.start(new StartOptions().pushState(true).root("/root").hashChange(false));
        h.navigate("fragment");
        assertEquals(Collections.singletonList("/root/fragment"), sessions.pushed);
    }

    // 33
    @Test
    public void normalizeRootWhenTurningAHashIntoAPath() {
        location.replace("http://example.com/root#fragment");
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        h.start(new StartOptions().pushState(true).root("/root"));
        assertEquals(Collections.singletonList("/root/fragment"), sessions.replaced);
    }

    // 34
    @Test
    public void normalizeRootAndLoadTheUrlAtTheRoot() {
        location.replace("http://example.com/root");
        List<String> loads = new ArrayList<>();
        History h = use(new History(location, new FakeSessionHistory(location), window) {
            @Override
            public boolean loadUrl(String fragment) {
                loads.add(fragment);
                return false;
            }
        });
        h.start(new StartOptions().pushState(true).root("/root"));
        assertEquals(1, loads.size());
    }

    // 35
    @Test
    public void normalizeRootLeadingSlash() {
        location.replace("http://example.com/root");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        h.start(new StartOptions().root("root"));
        assertEquals("/root/", h.root());
    }

    // 36
    @Test
    public void transitionFromHashChangeToPushState() {
        location.replace("http://example.com/root#x/y");
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        h.start(new StartOptions().root("root").pushState(true));
        assertEquals(Collections.singletonList("/root/x/y"), sessions.replaced);
    }

    // 37
    @Test
    public void routerNormalizeEmptyRoot_1619() {
        location.replace("http://example.com/");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        h.start(new StartOptions().root(""));
        assertEquals("/", h.root());
    }

    // 38
    @Test
    public void routerNagivateWithEmptyRoot_1619() {
        location.replace("http://example.com/");
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        h.start(new StartOptions().pushState(true).root("").hashChange(false));
        h.navigate("fragment");
        assertEquals(Collections.singletonList("/fragment"), sessions.pushed);
    }

    // 39
    @Test
    public void transitionFromPushStateToHashChange() {
        location.replace("http://example.com/root/x/y?a=b");
        location.replaced.clear();
        History h = use(new History(location, null, window));
        assertTrue(h.start(new StartOptions().root("root").pushState(true)));
        assertEquals(Collections.singletonList("/root#x/y?a=b"), location.replaced);
    }

    // 40
    @Test
    public void hashChangeToPushStateWithSearch_1695() {
        location.replace("http://example.com/root#x/y?a=b");
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        h.start(new StartOptions().root("root").pushState(true));
        assertEquals(Collections.singletonList("/root/x/y?a=b"), sessions.replaced);
    }

    // 41
    @Test
    public void routerAllowsEmptyRoute_1746() {
        List<String> patterns = new ArrayList<>();
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("", "empty", a -> { });
            }

            @Override
            public Router route(String route, String name, RouteHandler handler) {
                patterns.add(route);
                return this;
            }
        };
        assertEquals(Collections.singletonList(""), patterns);
    }

    // 42
    @Test
    public void trailingSpaceInFragments_1794() {
        History h = new History();
        assertEquals("fragment", h.getFragment("fragment   "));
    }

    // 43
    @Test
    public void leadingSlashAndTrailingSpace_1820() {
        History h = new History();
        assertEquals("fragment", h.getFragment("/fragment "));
    }

    // 44
    @Test
    public void optionalParameters_1980() {
        location.replace("http://example.com#named/optional/y");
        history.checkUrl();
        assertNull(router.z);
        location.replace("http://example.com#named/optional/y123");
        history.checkUrl();
        assertEquals("123", router.z);
    }

    // 45
    @Test
    public void triggerRouteEventOnRouterInstance_2062() {
        List<Object> seen = new ArrayList<>();
        router.on("route", e -> {
            seen.add(e.arg(0));
            seen.add(e.arg(1));
        });
        location.replace("http://example.com#route-event/x");
        history.checkUrl();
        assertEquals(Arrays.asList("routeEvent", Arrays.asList("x", null)), seen);
    }

    // 46
    @Test
    public void extendRoutesByMakingRoutesAFunction_2255() {
        class RouterBase extends Router {
            @Override
            protected Routes routes() {
                return new Routes().add("home", "root", null).add("index", "index.html", null);
            }
        }
        class RouterExtended extends RouterBase {
            @Override
            protected Routes routes() {
                return super.routes().add("show", "show", null).add("search", "search", null);
            }
        }
        RouterExtended myRouter = new RouterExtended();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("home", "root");
        expected.put("index", "index.html");
        expected.put("show", "show");
        expected.put("search", "search");
        assertEquals(expected, myRouter.routes().names());
        // And the router really routes both its own and its parent's routes.
        List<String> events = new ArrayList<>();
        myRouter.on("all", e -> events.add(e.name()));
        history.navigate("home", trigger());
        history.navigate("show", trigger());
        assertEquals(Arrays.asList("route:root", "route", "route:show", "route"), events);
    }

    // 47
    @Test
    public void hashChangeToPushStateOnlyIfBothRequested_2538() {
        location.replace("http://example.com/root?a=b#x/y");
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        h.start(new StartOptions().root("root").pushState(true).hashChange(false));
        assertEquals(Collections.emptyList(), sessions.replaced);
    }

    // 48
    @Test
    public void noHashFallback() {
        History h = use(new History(location, new FakeSessionHistory(location), window));
        int[] hashRoute = {0};
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("hash", a -> hashRoute[0]++);
            }
        };
        location.replace("http://example.com/");
        h.start(new StartOptions().pushState(true).hashChange(false));
        location.replace("http://example.com/nomatch#hash");
        h.checkUrl();
        assertEquals(0, hashRoute[0]);
        assertEquals("nomatch", h.fragment());
    }

    // 49
    @Test
    public void noTrailingSlashOnRoot_2656() {
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        location.replace("http://example.com/root/path");
        h.start(new StartOptions().pushState(true).hashChange(false).root("root"));
        h.navigate("");
        assertEquals(Collections.singletonList("/root"), sessions.pushed);
    }

    // 50
    @Test
    public void noTrailingSlashOnDefaultRoot_2656() {
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        location.replace("http://example.com/path");
        h.start(new StartOptions().pushState(true).hashChange(false));
        h.navigate("");
        assertEquals(Collections.singletonList("/"), sessions.pushed);
    }

    // 51
    @Test
    public void noTrailingSlashOnRootBeforeAQuery_2656() {
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        location.replace("http://example.com/root/path");
        h.start(new StartOptions().pushState(true).hashChange(false).root("root"));
        h.navigate("?x=1");
        assertEquals(Collections.singletonList("/root?x=1"), sessions.pushed);
    }

    // 52
    @Test
    public void emptyRootNormalizesToSingleSlash_3391() {
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        location.replace("http://example.com/root/path");
        h.start(new StartOptions().pushState(true).hashChange(false).root(""));
        h.navigate("");
        assertEquals(Collections.singletonList("/"), sessions.pushed);
    }

    // 53
    @Test
    public void useTrailingSlashOnRootWhenTrailingSlashIsTrue_3391() {
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        location.replace("http://example.com/root/path");
        h.start(new StartOptions().pushState(true).hashChange(false).root("root").trailingSlash(true));
        h.navigate("");
        assertEquals(Collections.singletonList("/root/"), sessions.pushed);
    }

    // 54
    @Test
    public void fragmentMatchingSansQueryHash_2765() {
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        int[] pathRoute = {0};
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("path", a -> pathRoute[0]++);
            }
        };
        location.replace("http://example.com/");
        h.start(new StartOptions().pushState(true).hashChange(false));
        h.navigate("path?query#hash", trigger());
        assertEquals(Collections.singletonList("/path?query#hash"), sessions.pushed);
        assertEquals(1, pathRoute[0]);
    }

    // 55
    @Test
    public void doNotDecodeTheSearchParams() {
        List<String> params = new ArrayList<>();
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("path", a -> params.add(a.get(0)));
            }
        };
        history.navigate("path?x=y%3Fz", trigger());
        assertEquals(Collections.singletonList("x=y%3Fz"), params);
    }

    // 56
    @Test
    public void navigateToAHashUrl() {
        History h = use(new History(location, new FakeSessionHistory(location), window));
        h.start(new StartOptions().pushState(true));
        List<String> params = new ArrayList<>();
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("path", a -> params.add(a.get(0)));
            }
        };
        location.replace("http://example.com/path?x=y#hash");
        h.checkUrl();
        assertEquals(Collections.singletonList("x=y"), params);
    }

    // 57
    @Test
    public void navigateToAHashUrlWithNavigate() {
        History h = use(new History(location, new FakeSessionHistory(location), window));
        h.start(new StartOptions().pushState(true));
        List<String> params = new ArrayList<>();
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("path", a -> params.add(a.get(0)));
            }
        };
        h.navigate("path?x=y#hash", trigger());
        assertEquals(Collections.singletonList("x=y"), params);
    }

    // 58
    @Test
    public void unicodePathname() {
        location.replace("http://example.com/myyjä");
        assertEquals("/myyj%C3%A4", location.pathname());
        History h = use(new History(location, new FakeSessionHistory(location), window));
        int[] matched = {0};
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("myyjä", a -> matched[0]++);
            }
        };
        h.start(new StartOptions().pushState(true));
        assertEquals(1, matched[0]);
    }

    // 59
    @Test
    public void unicodePathnameWithPercentInAParameter() {
        location.replace("http://example.com/myyjä/foo%20%25%3F%2f%40%25%20bar");
        assertEquals("/myyj%C3%A4/foo%20%25%3F%2f%40%25%20bar", location.pathname());
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> queries = new ArrayList<>();
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("myyjä/:query", a -> queries.add(a.get(0)));
            }
        };
        h.start(new StartOptions().pushState(true));
        assertEquals(Collections.singletonList("foo %?/@% bar"), queries);
    }

    // 60
    @Test
    public void newlineInRoute() {
        location.replace("http://example.com/stuff%0Anonsense?param=foo%0Abar");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> queries = new ArrayList<>();
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("stuff\nnonsense", a -> queries.add(a.get(0)));
            }
        };
        h.start(new StartOptions().pushState(true));
        assertEquals(Collections.singletonList("param=foo\nbar"), queries);
    }

    // 61
    @Test
    public void routerExecuteReceivesCallbackArgsName() {
        location.replace("http://example.com#foo/123/bar?x=y");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        RouteHandler foo = a -> { };
        List<Object> seen = new ArrayList<>();
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo/:id/bar", "foo", foo);
            }

            @Override
            protected boolean execute(RouteHandler handler, List<String> args, String name) {
                seen.add(handler);
                seen.add(args);
                seen.add(name);
                return true;
            }
        };
        h.start();
        assertEquals(3, seen.size());
        assertSame(foo, seen.get(0));
        assertEquals(Arrays.asList("123", "x=y"), seen.get(1));
        assertEquals("foo", seen.get(2));
    }

    // 62
    @Test
    public void pushStateToHashChangeWithOnlySearchParams() {
        location.replace("http://example.com?a=b");
        location.replaced.clear();
        History h = use(new History(location, null, window));
        h.start(new StartOptions().pushState(true));
        assertEquals(Collections.singletonList("/#?a=b"), location.replaced);
    }

    // 63
    @Test
    public void historyNavigateDecodesBeforeComparison_3123() {
        location.replace("http://example.com/shop/search?keyword=short%20dress");
        FakeSessionHistory sessions = new FakeSessionHistory(location);
        History h = use(new History(location, sessions, window));
        h.start(new StartOptions().pushState(true));
        h.navigate("shop/search?keyword=short%20dress", trigger());
        assertEquals(Collections.emptyList(), sessions.pushed);
        assertEquals(Collections.emptyList(), sessions.replaced);
        assertEquals("shop/search?keyword=short dress", h.fragment());
    }

    // 64
    @Test
    public void urlsInTheParams_3175() {
        location.replace("http://example.com#login?a=value&backUrl=https%3A%2F%2Fwww.msn.com%2Fidp%2Fidpdemo%3Fspid%3Dspdemo%26target%3Db");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> params = new ArrayList<>();
        new Router().route("login", "", a -> params.add(a.get(0)));
        h.start();
        assertEquals(Collections.singletonList(
                "a=value&backUrl=https%3A%2F%2Fwww.msn.com%2Fidp%2Fidpdemo%3Fspid%3Dspdemo%26target%3Db"), params);
    }

    // 65
    @Test
    public void pushStateToHashChangeTransitionWithSearchParams_3358() {
        location.replace("http://example.com/root?foo=bar");
        location.replaced.clear();
        History h = use(new History(location, null, window));
        h.start(new StartOptions().root("/root").pushState(true));
        assertEquals(Collections.singletonList("/root#?foo=bar"), location.replaced);
    }

    // 66
    @Test
    public void pathsThatDontMatchTheRootShouldNotMatchNoRoot() {
        location.replace("http://example.com/foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        int[] matched = {0};
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> matched[0]++);
            }
        };
        assertFalse(h.start(new StartOptions().root("root").pushState(true)));
        assertEquals(0, matched[0]);
    }

    // 67
    @Test
    public void pathsThatDontMatchTheRootShouldNotMatchRootsOfTheSameLength() {
        location.replace("http://example.com/xxxx/foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        int[] matched = {0};
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> matched[0]++);
            }
        };
        assertFalse(h.start(new StartOptions().root("root").pushState(true)));
        assertEquals(0, matched[0]);
    }

    // 68
    @Test
    public void rootsWithRegexCharacters() {
        location.replace("http://example.com/x+y.z/foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        int[] matched = {0};
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> matched[0]++);
            }
        };
        h.start(new StartOptions().root("x+y.z").pushState(true));
        assertEquals(1, matched[0]);
    }

    // 69
    @Test
    public void rootsWithUnicodeCharacters() {
        location.replace("http://example.com/®ooτ/foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        int[] matched = {0};
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> matched[0]++);
            }
        };
        h.start(new StartOptions().root("®ooτ").pushState(true));
        assertEquals(1, matched[0]);
    }

    // 70
    @Test
    public void rootsWithoutSlash() {
        location.replace("http://example.com/®ooτ");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        int[] matched = {0};
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("", a -> matched[0]++);
            }
        };
        h.start(new StartOptions().root("®ooτ").pushState(true));
        assertEquals(1, matched[0]);
    }

    // 71
    @Test
    public void navigateUpdatesUrlHashAsIs_4025() {
        String route = "search/has%20space";
        history.navigate(route);
        assertEquals("#" + route, location.hash());
    }

    // 72
    @Test
    public void initialNonMatchingRootTriggersNotfoundEvent() {
        location.replace("http://example.com/root#foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> events = new ArrayList<>();
        h.on("notfound", e -> events.add("notfound"));
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> events.add("foo"));
            }
        };
        h.start(new StartOptions().root("other"));
        assertEquals(Collections.singletonList("notfound"), events);
    }

    // 73
    @Test
    public void laterNonMatchingRootTriggersNotfoundEvent() {
        location.replace("http://example.com/root#foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> events = new ArrayList<>();
        h.on("notfound", e -> events.add("notfound"));
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> events.add("foo"));
            }
        };
        h.start(new StartOptions().root("root"));
        location.replace("http://example.com/other#foo");
        h.checkUrl();
        assertEquals(Arrays.asList("foo", "notfound"), events);
    }

    // 74
    @Test
    public void initialNonMatchingRouteTriggersNotfoundEvent() {
        location.replace("http://example.com/root#bar");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> events = new ArrayList<>();
        h.on("notfound", e -> events.add("notfound"));
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> events.add("foo"));
            }
        };
        h.start(new StartOptions().root("root"));
        assertEquals(Collections.singletonList("notfound"), events);
    }

    // 75
    @Test
    public void laterNonMatchingRouteTriggersNotfoundEvent() {
        location.replace("http://example.com/root#foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> events = new ArrayList<>();
        h.on("notfound", e -> events.add("notfound"));
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> events.add("foo"));
            }
        };
        h.start(new StartOptions().root("root"));
        location.replace("http://example.com/other#bar");
        h.checkUrl();
        assertEquals(Arrays.asList("foo", "notfound"), events);
    }

    // 76
    @Test
    public void nonMatchingPushStateRouteTriggersNotfoundEvent() {
        location.replace("http://example.com/root/foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> events = new ArrayList<>();
        h.on("notfound", e -> events.add("notfound"));
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> events.add("foo"));
            }
        };
        h.start(new StartOptions().root("root").pushState(true));
        location.replace("http://example.com/other/bar");
        h.checkUrl();
        assertEquals(Arrays.asList("foo", "notfound"), events);
    }

    // 77
    @Test
    public void nonMatchingNavigateTriggersNotfoundEvent() {
        location.replace("http://example.com/root#foo");
        History h = use(new History(location, new FakeSessionHistory(location), window));
        List<String> events = new ArrayList<>();
        h.on("notfound", e -> events.add("notfound"));
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes().add("foo", a -> events.add("foo"));
            }
        };
        h.start(new StartOptions().root("root"));
        h.navigate("http://example.com/other#bar", trigger());
        assertEquals(Arrays.asList("foo", "notfound"), events);
    }

    // Beyond upstream: what Backbone leaves to regular expressions, and the window events.

    @Test
    public void nestedOptionalGroupsAreEachOptional() {
        List<List<String>> seen = new ArrayList<>();
        new Router().route("docs(/:section(/:sub))", "docs", seen::add);
        history.navigate("docs", trigger());
        history.navigate("docs/api", trigger());
        history.navigate("docs/api/router?x=1", trigger());
        assertEquals(Arrays.asList(
                Arrays.asList(null, null, null),
                Arrays.asList("api", null, null),
                Arrays.asList("api", "router", "x=1")), seen);
    }

    @Test
    public void aBareStarIsALiteralCharacter() {
        List<List<String>> seen = new ArrayList<>();
        new Router().route("a*/:c", "star", seen::add);
        history.navigate("aa/x", trigger());
        history.navigate("a*/y", trigger());
        assertEquals(Collections.singletonList(Arrays.asList("y", null)), seen);
    }

    @Test
    public void namedParamsBackOffForTheRestOfThePattern() {
        List<List<String>> seen = new ArrayList<>();
        new Router().route(":a-:b", "pair", seen::add);
        history.navigate("x-y-z", trigger());
        // As Backbone's greedy ([^/?]+): the first parameter takes all it can and still lets the rest match.
        assertEquals(Collections.singletonList(Arrays.asList("x-y", "z", null)), seen);
    }

    @Test
    public void malformedEscapesLeaveTheParameterAsWritten() {
        location.replace("http://example.com#search/100%");
        history.checkUrl();
        assertEquals("100%", router.query);
        location.replace("http://example.com#search/%E0%A4%A");
        history.checkUrl();
        assertEquals("%E0%A4%A", router.query);
    }

    @Test
    public void unbalancedParenthesesFailFast() {
        try {
            new Router().route("a(b", "x", null);
            fail("expected an unclosed group to be refused");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("a(b"));
        }
        try {
            new Router().route("a)b", "x", null);
            fail("expected a stray ')' to be refused");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("a)b"));
        }
    }

    @Test
    public void routeMatcherResultsAreTreatedAsCaptureGroups() {
        List<List<String>> seen = new ArrayList<>();
        RouteMatcher open = fragment -> fragment.endsWith("/open")
                ? Arrays.asList(fragment.substring(0, fragment.length() - 5), "raw%20last")
                : null;
        new Router().route(open, "open", seen::add);
        history.navigate("my%20folder/open", trigger());
        history.navigate("other", trigger());
        // All but the last are decoded, the last is passed as written, as Backbone does with RegExp captures.
        assertEquals(Collections.singletonList(Arrays.asList("my folder", "raw%20last")), seen);
        assertEquals("other", router.anything);
    }

    @Test
    public void hashchangeAndPopstateDriveCheckUrl() {
        location.replace("http://example.com#search/first");
        window.fire("hashchange");
        assertEquals("first", router.query);
        assertEquals(1, window.count("hashchange"));
        assertEquals(0, window.count("popstate"));

        History h = use(new History(location, new FakeSessionHistory(location), window));
        assertEquals(0, window.count("hashchange"));
        List<String> seen = new ArrayList<>();
        new Router().route("page/:n", "page", a -> seen.add(a.get(0)));
        location.replace("http://example.com/page/1");
        h.start(new StartOptions().pushState(true));
        assertEquals(1, window.count("popstate"));
        location.replace("http://example.com/page/2");
        window.fire("popstate");
        assertEquals(Arrays.asList("1", "2"), seen);
        h.stop();
        assertEquals(0, window.count("popstate"));
    }

    @Test
    public void startingTwiceFailsUntilStopped() {
        try {
            history.start();
            fail("expected a second start to be refused");
        } catch (IllegalStateException expected) {
            assertEquals("Backbone.history has already been started", expected.getMessage());
        }
        history.stop();
        assertFalse(History.started());
        assertFalse(history.navigate("search/x", trigger()));
        assertNull(router.query);
    }

    // In the browser a route is matched as a JavaScript regular expression: its literal characters must mean
    // themselves there too, and an optional group that did not take part must give null, as on the JVM.
    @Test
    public void routeLiteralsThatAreRegexSpecialsMatchOnlyThemselves() {
        RoutePattern pattern = RoutePattern.compile("a.b+c$^|[x]{2}\\/:id(/*rest)");
        assertEquals(Arrays.asList("7", null, null), pattern.match("a.b+c$^|[x]{2}\\/7"));
        assertEquals(Arrays.asList("7", "x/y", "q=1"), pattern.match("a.b+c$^|[x]{2}\\/7/x/y?q=1"));
        assertNull(pattern.match("aXbbc$^|[x]{2}\\/7"));
        assertNull(pattern.match("a.b+c$^|xx\\/7"));
        // A ':' or '*' without a name is a literal character.
        assertEquals(Arrays.asList((String) null), RoutePattern.compile("a*:").match("a*:"));
        assertNull(RoutePattern.compile("a*:").match("aa:"));
    }

    @Test
    public void aRouteIsWrittenAsBackbonesRegularExpression() {
        assertEquals("^a\\.b([^/?]+)(?:\\/([^?]*?))?\\*(?:\\?([\\s\\S]*))?$", RoutePattern.regex("a.b:id(/*rest)*"));
        assertEquals("^x(?:y(?:z)?)?(?:\\?([\\s\\S]*))?$", RoutePattern.regex("x(y(z))"));
    }

    @Test
    public void unbalancedParenthesesAreRefusedWithTheRoute() {
        for (String route : Arrays.asList("a)", "(a))", ")(")) {
            try {
                RoutePattern.compile(route);
                fail("expected " + route + " to be refused");
            } catch (IllegalArgumentException expected) {
                assertEquals("Unbalanced ')' in route: " + route, expected.getMessage());
            }
        }
        for (String route : Arrays.asList("(a", "((a)")) {
            try {
                RoutePattern.compile(route);
                fail("expected " + route + " to be refused");
            } catch (IllegalArgumentException expected) {
                assertEquals("Unclosed '(' in route: " + route, expected.getMessage());
            }
        }
    }
}
