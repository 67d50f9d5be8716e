package io.backbonejava.browsertests;

import io.backbonejava.DomEvents;
import io.backbonejava.History;
import io.backbonejava.Router;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Hash routing on the real {@code location.hash}: links to {@code #todos/1} and the like, buttons that call
 * {@code navigate} with and without {@code trigger}, and a link to a fragment no route matches. Each route
 * logs {@code route <name> <args>} and shows its screen; the history's {@code "route"} and
 * {@code "notfound"} events are logged too.
 */
final class HashRoutingScenario implements Scenario {
    private static final Template PAGE = Template.of(
            "<nav><a id=\"link-home\" href=\"#\">Home</a> "
            + "<a id=\"link-todo-1\" href=\"#todos/1\">Todo 1</a> "
            + "<a id=\"link-todo-2\" href=\"#todos/2\">Todo 2</a> "
            + "<a id=\"link-missing\" href=\"#no/such/page\">Missing</a></nav>"
            + "<button id=\"navigate-search\" type=\"button\">Search</button> "
            + "<button id=\"navigate-quietly\" type=\"button\">Navigate without trigger</button>"
            + "<p>Screen: <span id=\"screen\"></span></p>");

    @Override
    public void mount(HTMLElement app) {
        History history = History.instance();
        RoutingLog.listen(history);
        Router router = new Router(new Router.Routes()
                .add("", "home", args -> RoutingLog.screen("home", args))
                .add("todos/:id", "todo", args -> RoutingLog.screen("todo", args))
                .add("search/:query(/p:page)", "search", args -> RoutingLog.screen("search", args)));
        new View<>(new ViewOptions().el(app).events(new DomEvents()
                .onClick("#navigate-search", (event, button) ->
                        router.navigate("search/backbone/p2", new History.NavigateOptions().trigger(true)))
                .onClick("#navigate-quietly", (event, button) -> {
                    router.navigate("todos/9");
                    Log.line("navigated quietly to " + history.fragment());
                }))).el().appendChild(PAGE.render(null));
        Log.line("started, matched " + history.start());
    }
}
