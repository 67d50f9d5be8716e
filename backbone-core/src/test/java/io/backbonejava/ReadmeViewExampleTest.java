package io.backbonejava;

import static io.backbonejava.Dom.document;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.backbonejava.History.NavigateOptions;
import io.backbonejava.History.StartOptions;
import io.backbonejava.ReadmeExampleTest.Todo;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * The views-and-routers example of README.md, run in headless Chromium on the real DOM and the real
 * {@code window.location}. Keep the two in step.
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class ReadmeViewExampleTest {

    // --- README example: begin ---
    /** One todo as an {@code <li>}: re-renders when its model changes. */
    public static class TodoItemView extends View<Todo> {
        private static final Template ITEM = Template.of(
                "<input class=\"toggle\" type=\"checkbox\" checked=\"{{completed}}\">"
                + "<label>{{title}}</label><button class=\"destroy\">x</button>");

        public TodoItemView(Todo todo) {
            super(todo, new ViewOptions().tagName("li"));
            listenTo(todo, "change", e -> render());
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onClick(".toggle", (event, checkbox) -> model().toggle())
                    .onClick(".destroy", (event, button) -> model().collection().remove(model()));
        }

        @Override
        public TodoItemView render() {
            el().clear();
            el().appendChild(ITEM.render(model().attributes()));   // titles are escaped, always
            return this;
        }
    }

    /** The list: one item view per todo the filter lets through, in the collection's order (see "Lists"). */
    public static class TodoListView extends CollectionView<Todo, TodoItemView> {
        public TodoListView(Collection<Todo> todos) {
            super(todos, TodoItemView::new, new ViewOptions().tagName("ul"));
        }

        /** "all", "active" or "completed"; asked again of a todo when its "completed" changes. */
        public void show(String which) {
            if (which.equals("all")) {
                filter(null);
            } else {
                boolean completed = which.equals("completed");
                filter(todo -> todo.get(Todo.COMPLETED) == completed, Todo.COMPLETED);
            }
        }
    }

    /** {@code #/active} and {@code #/completed} choose the filter; any other address shows everything. */
    public static class FilterRouter extends Router {
        private final TodoListView list;

        public FilterRouter(TodoListView list) {
            this.list = list;
        }

        @Override
        protected Routes routes() {
            return new Routes()
                    .add("active", "active", args -> list.show("active"))
                    .add("completed", "completed", args -> list.show("completed"))
                    .add("*other", "all", args -> list.show("all"));
        }
    }
    // --- README example: end ---

    private String originalUrl;
    private TodoListView list;

    @Before
    public void setUp() {
        originalUrl = Window.current().getLocation().getFullURL();
        History.setInstance(new History());
    }

    @After
    public void tearDown() {
        History.instance().stop();
        History.setInstance(null);
        Window.current().getHistory().replaceState(null, "", originalUrl);
        if (list != null) {
            list.remove();
        }
    }

    @Test
    public void viewsRenderReactToClicksAndFollowTheRouter() {
        Collection<Todo> todos = new Collection<>(Todo::new);
        list = new TodoListView(todos);
        document().getBody().appendChild(list.render().el());
        todos.add(Attributes.of("title", "<b>Buy milk</b>"));
        todos.add(Attributes.of("title", "Walk the dog"));
        assertEquals(2, list.$$("li").size());
        assertEquals("<b>Buy milk</b>", list.$("label").getTextContent());

        // A click on the first checkbox reaches the item view's events map; its item redraws itself.
        list.$("li .toggle").click();
        assertTrue(todos.at(0).get(Todo.COMPLETED));

        new FilterRouter(list);
        History.instance().start(new StartOptions());
        History.instance().navigate("completed", new NavigateOptions().trigger(true));
        assertEquals("#completed", Window.current().getLocation().getHash());
        assertEquals("completed filter", 1, list.$$("li").size());
        assertEquals("<b>Buy milk</b>", list.$("label").getTextContent());

        History.instance().navigate("active", new NavigateOptions().trigger(true));
        assertEquals("Walk the dog", list.$("label").getTextContent());

        // Removing through the view: the model leaves the collection and the list drops its item view.
        list.$("li .destroy").click();
        assertEquals("after destroy", 1, todos.size());
        assertEquals(0, list.$$("li").size());
        assertEquals("no item view shown", 0, list.childViews().size());
        History.instance().navigate("", new NavigateOptions().trigger(true));
        assertEquals("the completed todo's item is back under all", "<b>Buy milk</b>", list.$("label").getTextContent());
    }

    /** The CollectionView example of README.md ("Lists"), between its markers. */
    @Test
    public void theCollectionViewExampleKeepsItsListInStep() {
        HTMLElement ul = document().createElement("ul");
        ul.setClassName("todo-list");
        document().getBody().appendChild(ul);
        Collection<Todo> todos = new Collection<>(Todo::new);
        todos.add(List.of(Attributes.of("title", "Buy milk"), Attributes.of("title", "Walk the dog")));
        List<String> edited = new ArrayList<>();

        // --- README example (CollectionView): begin ---
        CollectionView<Todo, TodoItemView> list =
                new CollectionView<>(todos, TodoItemView::new, new ViewOptions().el(".todo-list"));
        list.filter(todo -> !todo.get(Todo.COMPLETED), Todo.COMPLETED)   // re-checked when "completed" changes
            .emptyView(() -> new View<>(new ViewOptions().tagName("li").className("empty")))
            .render();
        list.onChild("edit", (TodoItemView item, EventArgs e) -> item.el().focus());   // the children's events
        // --- README example (CollectionView): end ---
        list.onChild("edit", (item, e) -> edited.add(item.model().get(Todo.TITLE)));

        assertEquals(2, ul.querySelectorAll("li").getLength());
        HTMLElement second = list.childViews().get(1).el();
        ul.querySelector("li .toggle").click();
        assertEquals("the completed todo leaves the active list", 1, ul.querySelectorAll("li").getLength());
        assertSame("and the other item stays as it was", second, ul.querySelector("li"));
        list.childViews().get(0).trigger("edit");
        assertEquals(List.of("Walk the dog"), edited);
        todos.at(1).set(Todo.COMPLETED, true);
        assertEquals(1, ul.querySelectorAll("li.empty").getLength());
        list.remove();
        assertEquals(null, ul.getParentNode());
    }
}
