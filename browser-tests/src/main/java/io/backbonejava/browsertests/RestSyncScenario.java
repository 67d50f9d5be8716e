package io.backbonejava.browsertests;

import static io.backbonejava.browsertests.SyncLog.describe;
import static io.backbonejava.browsertests.SyncLog.logErrors;
import static io.backbonejava.browsertests.SyncLog.logged;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.DomEvents;
import io.backbonejava.Html;
import io.backbonejava.Model;
import io.backbonejava.Request;
import io.backbonejava.Sync;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import io.backbonejava.sync.RestSync;
import io.backbonejava.sync.XhrTransport;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A todo list persisted by {@link RestSync} over {@link XhrTransport} to the demo server that serves the page
 * ({@code /api/todos}, same origin). Creating, fetching, completing (PUT), renaming (PATCH) and deleting go
 * through the list's controls; more buttons provoke each class of failure. Every outcome is logged: the
 * success callback as {@code <op> success ...}, the error callback as {@code <op> error callback ...} and the
 * {@code "error"} event as {@code error event ...} (see {@link SyncLog}).
 *
 * <p>Query parameters: {@code other}, a URL on another origin that {@code #other-origin} fetches;
 * {@code timeout}, the transport timeout in milliseconds of the {@code #slow} fetch (300 by default).
 */
final class RestSyncScenario implements Scenario {
    private static final Template PAGE = Template.of(
            "<p><input id=\"title\" placeholder=\"Title\"> "
            + "<button id=\"create\" type=\"button\">Create</button> "
            + "<button id=\"fetch\" type=\"button\">Fetch</button></p>"
            + "<ul id=\"todos\"></ul>"
            + "<p><button id=\"fetch-missing\" type=\"button\">Fetch a missing todo</button> "
            + "<button id=\"boom\" type=\"button\">Server fault</button> "
            + "<button id=\"other-origin\" type=\"button\">Fetch from the other origin</button> "
            + "<button id=\"slow\" type=\"button\">Slow answer</button> "
            + "<button id=\"garbage\" type=\"button\">Body not JSON</button> "
            + "<button id=\"destroy-new\" type=\"button\">Destroy a new todo</button></p>");
    private static final Template ITEM = Template.of(
            "<span class=\"title\">{{title}}</span> <span class=\"state\">{{state}}</span> "
            + "<button class=\"complete\" type=\"button\">Complete</button> "
            + "<button class=\"rename\" type=\"button\">Rename</button> "
            + "<button class=\"remove\" type=\"button\">Delete</button>");

    @Override
    public void mount(HTMLElement app) {
        Sync.setDefault(new RestSync(new XhrTransport()));
        Collection<Model> todos = new Collection<>().url("/api/todos");
        logErrors(todos);
        new PageView(app, todos).render();
    }

    /** The controls, the list and the failure buttons. */
    static final class PageView extends View<Model> {
        private final Collection<Model> todos;

        PageView(HTMLElement app, Collection<Model> todos) {
            super(todos, new ViewOptions().el(app));
            this.todos = todos;
            listenTo(todos, "add remove reset", e -> renderList());
        }

        @Override
        protected DomEvents events() {
            // Backbone's string form, "event selector", beside the typed form of TodoView below.
            return new DomEvents()
                    .on("click #create", (event, button) ->
                            todos.create(Attributes.of("title", title()), logged("create").wait(true)))
                    .on("click #fetch", (event, button) -> todos.fetch(logged("fetch")))
                    .on("click #fetch-missing", (event, button) -> {
                        Model missing = new Model(Attributes.of("id", 987654)).urlRoot("/api/todos");
                        logErrors(missing);
                        missing.fetch(logged("fetch-missing"));
                    })
                    .on("click #boom", (event, button) -> todos.fetch(logged("boom").url("/api/test/boom")))
                    .on("click #other-origin", (event, button) -> {
                        Collection<Model> other = new Collection<>().url(Query.param("other"));
                        logErrors(other);
                        other.fetch(logged("other-origin"));
                    })
                    .on("click #slow", (event, button) -> slowFetch())
                    .on("click #garbage", (event, button) -> {
                        Model model = new Model(Attributes.of("id", 1)).urlRoot("/api/todos");
                        logErrors(model);
                        model.fetch(logged("garbage").url("/api/test/garbage"));
                    })
                    .on("click #destroy-new", (event, button) -> {
                        Request request = new Model().destroy(logged("destroy-new"));
                        Log.line("destroy-new returned, pending " + request.isPending());
                    });
        }

        /** A fetch through a transport with a short timeout, from a route that answers late. */
        private void slowFetch() {
            String given = Query.param("timeout");
            int timeout = given == null ? 300 : Integer.parseInt(given);
            Collection<Model> slow = new Collection<>().url("/api/test/slow");
            slow.sync(new RestSync(new XhrTransport().timeout(timeout)));
            logErrors(slow);
            long start = System.currentTimeMillis();
            slow.fetch(logged("slow").error((target, failure, options) -> Log.line("slow error callback "
                    + describe(failure) + " after " + (System.currentTimeMillis() - start) + " ms")));
        }

        private String title() {
            return $input("#title").getValue();
        }

        @Override
        public PageView render() {
            el().clear().appendChild(PAGE.render(null));
            renderList();
            return this;
        }

        private void renderList() {
            removeChildren();
            HTMLElement list = $("#todos");
            list.clear();
            for (Model todo : todos.models()) {
                list.appendChild(addChild(new TodoView(todo, this::title)).render().el());
            }
        }
    }

    /** One todo: complete saves it whole (PUT), rename saves only the title (PATCH), delete destroys it. */
    static final class TodoView extends View<Model> {
        private final Supplier<String> title;

        TodoView(Model todo, Supplier<String> title) {
            super(todo, new ViewOptions().tagName("li"));
            this.title = title;
            listenTo(todo, "change", e -> render());
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onClick(".complete", (event, button) ->
                            model().save(Attributes.of("completed", true), logged("update")))
                    .onClick(".rename", (event, button) -> model().save(Attributes.of("title", title.get()),
                            logged("patch").patch(true).wait(true)))
                    .onClick(".remove", (event, button) -> model().destroy(logged("delete").wait(true)));
        }

        @Override
        public TodoView render() {
            Model todo = model();
            el().clear().appendChild(ITEM.render(Attributes.of(
                    "title", todo.get("title"),
                    "state", Boolean.TRUE.equals(todo.get("completed")) ? "done" : "open")));
            Html.attr(el(), "data-id", Text.of(todo.id()));
            return this;
        }
    }
}
