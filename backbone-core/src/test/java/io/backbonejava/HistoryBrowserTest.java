package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.backbonejava.History.NavigateOptions;
import io.backbonejava.History.StartOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.browser.Window;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * {@link History} and {@link Router} on the real {@code window.location} and {@code window.history} of headless
 * Chromium: the browser-backed seams, the real {@code hashchange} and {@code popstate} events, and Back.
 *
 * <p>The test page is the test runner's own frame, so each test puts its URL back as it found it (with
 * {@code replaceState}, which fires no event). Back is asynchronous in a browser; the tests sleep in short
 * steps until the event has arrived, which TeaVM turns into yielding to the browser's event loop.
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class HistoryBrowserTest {
    private String originalUrl;
    private History history;
    private final List<String> routes = new ArrayList<>();

    @Before
    public void setUp() {
        originalUrl = Window.current().getLocation().getFullURL();
        history = new History();
        History.setInstance(history);
        new Router() {
            @Override
            protected Routes routes() {
                return new Routes()
                        .add("first", "first", a -> routes.add("first"))
                        .add("second/:id", "second", a -> routes.add("second " + a.get(0) + " " + a.get(1)))
                        .add("*other", "other", a -> routes.add("other " + a.get(0)));
            }
        };
    }

    @After
    public void tearDown() {
        history.stop();
        History.setInstance(null);
        Window.current().getHistory().replaceState(null, "", originalUrl);
    }

    @Test
    public void hashRoutingFollowsNavigateAndBack() throws InterruptedException {
        history.start(new StartOptions().silent(true));

        history.navigate("first", new NavigateOptions().trigger(true));
        assertEquals("#first", Window.current().getLocation().getHash());
        history.navigate("second/7?tab=2", new NavigateOptions().trigger(true));
        assertEquals("#second/7?tab=2", Window.current().getLocation().getHash());
        assertEquals(Arrays.asList("first", "second 7 tab=2"), routes);

        // Back: the browser restores "#first" and fires hashchange, which routes it again.
        Window.current().getHistory().back();
        waitForRoutes(3);
        assertEquals(Arrays.asList("first", "second 7 tab=2", "first"), routes);
        assertEquals("first", history.fragment());
    }

    @Test
    public void hashRoutingHearsLinksTheUserFollows() throws InterruptedException {
        history.start(new StartOptions().silent(true));
        // Not through navigate: as if the user clicked <a href="#second/9">.
        Window.current().getLocation().setHash("#second/9");
        waitForRoutes(1);
        assertEquals(Arrays.asList("second 9 null"), routes);
    }

    @Test
    public void navigateWithReplaceAddsNoHistoryEntry() {
        history.start(new StartOptions().silent(true));
        int before = Window.current().getHistory().getLength();
        history.navigate("first", new NavigateOptions().replace(true).trigger(true));
        assertEquals("#first", Window.current().getLocation().getHash());
        assertEquals(before, Window.current().getHistory().getLength());
        assertEquals(Arrays.asList("first"), routes);
    }

    @Test
    public void pushStateRoutingWritesPathsAndRoutesOnPopstate() throws InterruptedException {
        String path = Window.current().getLocation().getPathName();
        String root = path.substring(0, path.lastIndexOf('/') + 1) + "app";
        Window.current().getHistory().replaceState(null, "", root + "/");

        assertTrue(history.start(new StartOptions().pushState(true).root(root)));
        assertEquals(Arrays.asList("other null"), routes);

        history.navigate("first", new NavigateOptions().trigger(true));
        assertEquals(root + "/first", Window.current().getLocation().getPathName());
        history.navigate("second/3", new NavigateOptions().trigger(true));
        assertEquals(root + "/second/3", Window.current().getLocation().getPathName());
        assertEquals("", Window.current().getLocation().getHash());

        // Back: the browser restores ".../app/first" and fires popstate, which routes it again.
        Window.current().getHistory().back();
        waitForRoutes(4);
        assertEquals(Arrays.asList("other null", "first", "second 3 null", "first"), routes);
        assertEquals(root + "/first", Window.current().getLocation().getPathName());
    }

    @Test
    public void pushStateStartTurnsAHashUrlIntoAPath() {
        String path = Window.current().getLocation().getPathName();
        String root = path.substring(0, path.lastIndexOf('/') + 1) + "app";
        Window.current().getHistory().replaceState(null, "", root + "/#second/5");

        assertTrue(history.start(new StartOptions().pushState(true).root(root)));
        assertEquals(root + "/second/5", Window.current().getLocation().getPathName());
        assertEquals("", Window.current().getLocation().getHash());
        assertEquals(Arrays.asList("second 5 null"), routes);
    }

    /** Yields to the browser until {@code count} routes have run, or two seconds have passed. */
    private void waitForRoutes(int count) throws InterruptedException {
        for (int i = 0; i < 200 && routes.size() < count; i++) {
            Thread.sleep(10);
        }
    }
}
