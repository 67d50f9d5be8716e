package io.backbonejava.browsertests;

import io.backbonejava.Html;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The browser tests' single page app. The first segment of the URL path names the scenario to mount
 * ({@code /view-events}, {@code /nested-views}), so that routing scenarios can own the rest of the path
 * (a pushState root such as {@code /push-routing/}) or the hash. When the scenario is mounted the body gets
 * {@code data-ready="<scenario>"}, which the tests wait for.
 */
public final class TestApp {
    private TestApp() {
    }

    /**
     * Entry point, called by the page once loaded ({@code start.js}).
     *
     * @param args unused
     */
    public static void main(String[] args) {
        HTMLDocument document = HTMLDocument.current();
        String name = scenarioName(Window.current().getLocation().getPathName());
        Scenario scenario = scenario(name);
        if (scenario == null) {
            throw new IllegalArgumentException("no scenario named \"" + name + "\"");
        }
        scenario.mount(document.getElementById("app"));
        HTMLElement body = document.getBody();
        Html.attr(body, "data-ready", name);
    }

    /** The scenarios by name: add a case for each new page. */
    static Scenario scenario(String name) {
        switch (name) {
            case "view-events":
                return new ViewEventsScenario();
            case "nested-views":
                return new NestedViewsScenario();
            case "errors":
                return new ErrorsScenario();
            case "hash-routing":
                return new HashRoutingScenario();
            case "push-routing":
                return new PushRoutingScenario();
            case "rest-sync":
                return new RestSyncScenario();
            case "local-storage":
                return new LocalStorageScenario();
            case "collection-view":
                return new CollectionViewScenario();
            case "book-form":
                return new BookFormScenario();
            default:
                return null;
        }
    }

    /** The first segment of a path: {@code "/push-routing/todos/1"} gives {@code "push-routing"}. */
    static String scenarioName(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return end < 0 ? path.substring(start) : path.substring(start, end);
    }
}
