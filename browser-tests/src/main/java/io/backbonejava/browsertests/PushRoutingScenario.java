package io.backbonejava.browsertests;

import io.backbonejava.DomEvents;
import io.backbonejava.History;
import io.backbonejava.Router;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * pushState routing below the root {@code /push-routing/}: links with class {@code nav} are intercepted by
 * the view's events map, which calls {@code navigate} instead of letting the browser load the page; one
 * plain link is left to the browser. The page is served at every path below the root, so a deep URL loads
 * and is routed by {@code start}.
 */
final class PushRoutingScenario implements Scenario {
    /** The root the history is started with, as the links spell it. */
    static final String ROOT = "/push-routing/";

    private static final Template PAGE = Template.of(
            "<nav><a class=\"nav\" id=\"nav-home\" href=\"/push-routing/\">Home</a> "
            + "<a class=\"nav\" id=\"nav-todo-1\" href=\"/push-routing/todos/1\">Todo 1</a> "
            + "<a class=\"nav\" id=\"nav-todo-2\" href=\"/push-routing/todos/2\">Todo 2</a> "
            + "<a class=\"nav\" id=\"nav-missing\" href=\"/push-routing/no/such/page\">Missing</a> "
            + "<a id=\"plain-todo-5\" href=\"/push-routing/todos/5\">Todo 5 (a page load)</a></nav>"
            + "<p>Screen: <span id=\"screen\"></span></p>");

    @Override
    public void mount(HTMLElement app) {
        History history = History.instance();
        RoutingLog.listen(history);
        Router router = new Router(new Router.Routes()
                .add("", "home", args -> RoutingLog.screen("home", args))
                .add("todos/:id", "todo", args -> RoutingLog.screen("todo", args))
                .add("search/:query", "search", args -> RoutingLog.screen("search", args)));
        new View<>(new ViewOptions().el(app).events(new DomEvents()
                .on("click a.nav", (event, link) -> {
                    // The single page app's own links: route in place instead of loading the page.
                    event.preventDefault();
                    String fragment = link.getAttribute("href").substring(ROOT.length());
                    Log.line("link to " + fragment);
                    router.navigate(fragment, new History.NavigateOptions().trigger(true));
                }))).el().appendChild(PAGE.render(null));
        Log.line("started, matched " + history.start(new History.StartOptions().pushState(true).root(ROOT)));
    }
}
