package io.backbonejava;

import static io.backbonejava.Dom.append;
import static io.backbonejava.Dom.document;
import static io.backbonejava.Dom.element;
import static io.backbonejava.Dom.fire;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Backbone 1.6.1's test/view.js, case by case (see PORTING.md). jQuery's {@code trigger} becomes a
 * native click or a bubbling {@link Dom#fire}; upstream's {@code assert.expect(n)} becomes counters.
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class ViewTest {
    private HTMLElement testElement;
    private View<Model> view;

    @Before
    public void setUp() {
        testElement = append(element("div", null), element("h1", "Test"));
        testElement.setId("testElement");
        document().getBody().appendChild(testElement);
        view = new View<>(new ViewOptions().id("test-view").className("test-view"));
    }

    @After
    public void tearDown() {
        Dom.detach(testElement);
        Dom.detach(view.el());
    }

    @Test
    public void constructor() {
        assertEquals("test-view", view.el().getId());
        assertEquals("test-view", view.el().getClassName());
        // Upstream checks an unknown option is not copied; ours has none to pass, so: no stray attributes.
        assertEquals(2, view.el().getAttributes().getLength());
    }

    @Test
    public void dollar() {
        View<Model> myView = new View<>();
        myView.setElement(append(element("p", null), append(element("a", null), element("b", "test"))));
        HTMLElement result = myView.$("a b");

        assertEquals("test", result.getInnerHTML());
        List<HTMLElement> all = myView.$$("a b");
        assertEquals(1, all.size());
        assertSame(result, all.get(0));
        assertNull(myView.$("i"));
    }

    @Test
    public void typedLookupsGiveTheElementOfTheirKind() {
        View<Model> myView = new View<>();
        myView.el().setInnerHTML("<input class=\"title\" value=\"Walk\"><select class=\"state\"><option>open"
                + "</option></select><textarea class=\"notes\">x</textarea><button class=\"save\">Save</button>");

        assertEquals("Walk", myView.$input(".title").getValue());
        assertEquals("open", myView.$select(".state").getValue());
        assertEquals("x", myView.$textArea(".notes").getValue());
        assertEquals("Save", myView.$button(".save").getTextContent());
        assertNull(myView.$input(".missing"));
    }

    @Test
    public void aTypedLookupThatFindsAnotherKindThrows() {
        View<Model> myView = new View<>();
        myView.el().setInnerHTML("<span class=\"title\"></span>");
        try {
            myView.$input(".title");
            throw new AssertionError("a <span> is not an <input>");
        } catch (ClassCastException expected) {
            assertEquals("\".title\" selects a <span>, not a <input>", expected.getMessage());
        }
    }

    @Test
    public void initialize() {
        // Backbone's initialize is the subclass constructor: it runs with the element and model in place.
        Model model = new Model();
        class InitView extends View<Model> {
            int one;
            boolean hadElement;

            InitView() {
                super(model, null);
                one = 1;
                hadElement = el() != null && el().getTagName().equals("DIV");
                listenTo(model(), "change", e -> one++);
            }
        }
        InitView initView = new InitView();

        assertEquals(1, initView.one);
        assertTrue(initView.hadElement);
        assertSame(model, initView.model());
        model.set("a", 1);
        assertEquals(2, initView.one);
    }

    @Test
    public void render() {
        View<Model> myView = new View<>();
        assertSame("#render returns the view instance", myView, myView.render());
    }

    @Test
    public void delegateEvents() {
        int[] counter1 = {0};
        int[] counter2 = {0};

        View<Model> myView = new View<>(new ViewOptions().el("#testElement"));
        myView.el().addEventListener("click", e -> counter2[0]++);

        DomEvents events = new DomEvents().on("click h1", (e, h1) -> counter1[0]++);

        myView.delegateEvents(events);
        myView.$("h1").click();
        assertEquals(1, counter1[0]);
        assertEquals(1, counter2[0]);

        myView.$("h1").click();
        assertEquals(2, counter1[0]);
        assertEquals(2, counter2[0]);

        myView.delegateEvents(events);
        myView.$("h1").click();
        assertEquals(3, counter1[0]);
        assertEquals(3, counter2[0]);
    }

    @Test
    public void delegate() {
        List<HTMLElement> matched = new ArrayList<>();
        View<Model> myView = new View<>(new ViewOptions().el("#testElement"));
        myView.delegate("click", "h1", (e, h1) -> matched.add(h1));
        myView.delegate("click", (e, el) -> matched.add(el));
        myView.$("h1").click();

        assertEquals(2, matched.size());
        assertSame(myView.$("h1"), matched.get(0));
        assertSame(myView.el(), matched.get(1));
        assertSame("#delegate returns the view instance", myView, myView.delegate("click", (e, el) -> { }));
    }

    @Test
    public void delegateEventsAllowsFunctionsForCallbacks() {
        int[] counter = {0};
        View<Model> myView = new View<>(new ViewOptions().el(element("p", null)));

        DomEvents events = new DomEvents().on("click", (e, el) -> counter[0]++);

        myView.delegateEvents(events);
        myView.el().click();
        assertEquals(1, counter[0]);

        myView.el().click();
        assertEquals(2, counter[0]);

        myView.delegateEvents(events);
        myView.el().click();
        assertEquals(3, counter[0]);
    }

    @Test
    public void delegateEventsIgnoreUndefinedMethods() {
        int[] counter = {0};
        View<Model> myView = new View<>(new ViewOptions().el(element("p", null)));
        DomEvents events = new DomEvents()
                .on("click", null)
                .on("dblclick", (e, el) -> counter[0]++);

        myView.delegateEvents(events);
        myView.el().click();
        assertEquals(0, counter[0]);
        fire(myView.el(), "dblclick");
        assertEquals("the entries after the missing one are still bound", 1, counter[0]);
    }

    @Test
    public void undelegateEvents() {
        int[] counter1 = {0};
        int[] counter2 = {0};

        View<Model> myView = new View<>(new ViewOptions().el("#testElement"));
        myView.el().addEventListener("click", e -> counter2[0]++);

        DomEvents events = new DomEvents().on("click h1", (e, h1) -> counter1[0]++);

        myView.delegateEvents(events);
        myView.$("h1").click();
        assertEquals(1, counter1[0]);
        assertEquals(1, counter2[0]);

        myView.undelegateEvents();
        myView.$("h1").click();
        assertEquals(1, counter1[0]);
        assertEquals(2, counter2[0]);

        myView.delegateEvents(events);
        myView.$("h1").click();
        assertEquals(2, counter1[0]);
        assertEquals(3, counter2[0]);

        assertSame("#undelegateEvents returns the view instance", myView, myView.undelegateEvents());
    }

    @Test
    public void undelegate() {
        int[] fired = {0};
        View<Model> myView = new View<>(new ViewOptions().el("#testElement"));
        myView.delegate("click", (e, el) -> fired[0]++);
        myView.delegate("click", "h1", (e, h1) -> fired[0]++);

        myView.undelegate("click");

        myView.$("h1").click();
        myView.el().click();
        assertEquals(0, fired[0]);

        assertSame("#undelegate returns the view instance", myView, myView.undelegate("click"));
    }

    @Test
    public void undelegateWithPassedHandler() {
        int[] ok = {0};
        int[] wrong = {0};
        View<Model> myView = new View<>(new ViewOptions().el("#testElement"));
        DomListener listener = (e, el) -> wrong[0]++;
        myView.delegate("click", listener);
        myView.delegate("click", (e, el) -> ok[0]++);
        myView.undelegate("click", null, listener);
        myView.el().click();

        assertEquals(1, ok[0]);
        assertEquals(0, wrong[0]);
    }

    @Test
    public void undelegateWithSelector() {
        int[] ok = {0};
        int[] wrong = {0};
        View<Model> myView = new View<>(new ViewOptions().el("#testElement"));
        myView.delegate("click", (e, el) -> ok[0]++);
        myView.delegate("click", "h1", (e, h1) -> wrong[0]++);
        myView.undelegate("click", "h1", null);
        myView.$("h1").click();
        myView.el().click();

        assertEquals(2, ok[0]);
        assertEquals(0, wrong[0]);
    }

    @Test
    public void undelegateWithHandlerAndSelector() {
        int[] ok = {0};
        int[] wrong = {0};
        View<Model> myView = new View<>(new ViewOptions().el("#testElement"));
        myView.delegate("click", (e, el) -> ok[0]++);
        DomListener handler = (e, h1) -> wrong[0]++;
        myView.delegate("click", "h1", handler);
        myView.undelegate("click", "h1", handler);
        myView.$("h1").click();
        myView.el().click();

        assertEquals(2, ok[0]);
        assertEquals(0, wrong[0]);
    }

    @Test
    public void tagNameCanBeProvidedAsAString() {
        assertEquals("SPAN", new View<>(new ViewOptions().tagName("span")).el().getTagName());
    }

    @Test
    public void tagNameCanBeProvidedAsAFunction() {
        View<Model> paragraph = new View<>() {
            @Override
            protected String tagName() {
                return "p";
            }
        };

        assertEquals("P", paragraph.el().getTagName());
    }

    @Test
    public void ensureElementWithDomNodeEl() {
        HTMLElement body = document().getBody();
        assertSame(body, new View<>(new ViewOptions().el(body)).el());
    }

    @Test
    public void ensureElementWithStringEl() {
        assertSame(document().getBody(), new View<>(new ViewOptions().el("body")).el());
        assertSame(document().querySelector("#testElement > h1"),
                new View<>(new ViewOptions().el("#testElement > h1")).el());
        assertNull(new View<>(new ViewOptions().el("#nonexistent")).el());
    }

    @Test
    public void withClassNameAndIdFunctions() {
        class Named extends View<Model> {
            @Override
            protected String className() {
                return "className";
            }

            @Override
            protected String id() {
                return "id";
            }
        }

        assertEquals("className", new Named().el().getClassName());
        assertEquals("id", new Named().el().getId());
    }

    @Test
    public void withAttributes() {
        class Attributed extends View<Model> {
            @Override
            protected Map<String, ?> attributes() {
                return Attributes.of("id", "id", "class", "class");
            }
        }

        assertEquals("class", new Attributed().el().getClassName());
        assertEquals("id", new Attributed().el().getId());
    }

    @Test
    public void withAttributesAsAFunction() {
        // Computed when the element is made: from the model, which is already in place then.
        class Dynamic extends View<Model> {
            Dynamic(Model model) {
                super(model, null);
            }

            @Override
            protected Map<String, ?> attributes() {
                return Attributes.of("class", model().get("state"));
            }
        }

        assertEquals("dynamic", new Dynamic(new Model(Attributes.of("state", "dynamic"))).el().getClassName());
    }

    @Test
    public void shouldDefaultToClassNameIdProperties() {
        class Both extends View<Model> {
            @Override
            protected String className() {
                return "backboneClass";
            }

            @Override
            protected String id() {
                return "backboneId";
            }

            @Override
            protected Map<String, ?> attributes() {
                return Attributes.of("class", "attributeClass", "id", "attributeId");
            }
        }

        View<Model> myView = new Both();
        assertEquals("backboneClass", myView.el().getClassName());
        assertEquals("backboneId", myView.el().getId());
        assertEquals("backboneClass", myView.el().getAttribute("class"));
        assertEquals("backboneId", myView.el().getAttribute("id"));
    }

    @Test
    public void multipleViewsPerElement() {
        int[] count = {0};
        HTMLElement el = element("p", null);

        class Counting extends View<Model> {
            Counting() {
                super(new ViewOptions().el(el));
            }

            @Override
            protected DomEvents events() {
                return new DomEvents().on("click", (e, p) -> count[0]++);
            }
        }

        View<Model> view1 = new Counting();
        el.click();
        assertEquals(1, count[0]);

        new Counting();
        el.click();
        assertEquals(3, count[0]);

        view1.delegateEvents();
        el.click();
        assertEquals(5, count[0]);
    }

    @Test
    public void customEvents() {
        int[] count = {0};
        View<Model> myView = new View<>(new ViewOptions()
                .el(document().getBody())
                .events(new DomEvents().on("fake$event", (e, body) -> count[0]++)));

        fire(document().getBody(), "fake$event");
        fire(document().getBody(), "fake$event");

        myView.undelegate("fake$event");
        fire(document().getBody(), "fake$event");
        assertEquals(2, count[0]);
    }

    @Test
    public void setElementUsesProvidedObject_1048() {
        HTMLElement body = document().getBody();

        View<Model> myView = new View<>(new ViewOptions().el(body));
        assertSame(body, myView.el());

        myView.setElement(body);
        assertSame(body, myView.el());
    }

    @Test
    public void undelegateBeforeChangingElement_986() {
        HTMLElement button1 = element("button", null);
        HTMLElement button2 = element("button", null);
        List<Boolean> targetIsEl = new ArrayList<>();

        class Clicked extends View<Model> {
            Clicked() {
                super(new ViewOptions().el(button1));
            }

            @Override
            protected DomEvents events() {
                return new DomEvents().on("click", (e, el) -> targetIsEl.add(el() == e.getTarget()));
            }
        }

        View<Model> myView = new Clicked();
        myView.setElement(button2);

        button1.click();
        button2.click();
        assertEquals(List.of(true), targetIsEl);
    }

    @Test
    public void cloneAttributesObject_1172() {
        class Foo extends View<Model> {
            Foo(ViewOptions options) {
                super(options);
            }

            @Override
            protected Map<String, ?> attributes() {
                return Attributes.of("foo", "bar");
            }
        }

        View<Model> view1 = new Foo(new ViewOptions().id("foo"));
        assertEquals("foo", view1.el().getId());

        View<Model> view2 = new Foo(null);
        assertFalse(view2.el().hasAttribute("id"));
        assertEquals("bar", view2.el().getAttribute("foo"));
    }

    @Test
    public void viewsStopListening() {
        int[] fired = {0};
        class Listening extends View<Model> {
            Listening(Model model, Collection<Model> collection) {
                super(model, collection, null);
                listenTo(model(), "all x", e -> fired[0]++);
                listenTo(collection(), "all x", e -> fired[0]++);
            }
        }

        View<Model> myView = new Listening(new Model(), new Collection<>());

        myView.stopListening();
        myView.model().trigger("x");
        myView.collection().trigger("x");
        assertEquals(0, fired[0]);
        assertEquals(0, myView.model().listenerCount());
        assertEquals(0, myView.collection().listenerCount());
    }

    @Test
    public void provideFunctionForEl() {
        View<Model> myView = new View<>() {
            @Override
            protected HTMLElement createElement(String tagName) {
                return append(element("p", null), element("a", null));
            }
        };

        assertEquals("P", myView.el().getTagName());
        assertNotNull(myView.$("a"));
    }

    @Test
    public void eventsPassedInOptions() {
        int[] counter = {0};

        View<Model> myView = new View<>(new ViewOptions()
                .el("#testElement")
                .events(new DomEvents().on("click h1", (e, h1) -> counter[0]++)));

        myView.$("h1").click();
        myView.$("h1").click();
        assertEquals(2, counter[0]);
    }

    @Test
    public void remove() {
        int[] fired = {0};
        View<Model> myView = new View<>();
        document().getBody().appendChild(myView.el());

        myView.delegate("click", (e, el) -> fired[0]++);
        myView.listenTo(myView, "all x", e -> fired[0]++);

        assertSame("#remove returns the view instance", myView, myView.remove());
        myView.el().click();
        myView.trigger("x");
        assertEquals(0, fired[0]);

        assertNotSame(document().getBody(), myView.el().getParentNode());
        assertNull(myView.el().getParentNode());
        assertEquals(0, myView.listenerCount());
    }

    @Test
    public void setElement() {
        int[] ok = {0};
        int[] wrong = {0};
        // Upstream swaps the instance's events object after construction; here events() reads a slot we swap.
        List<DomListener> current = new ArrayList<>(List.<DomListener>of((e, el) -> wrong[0]++));
        View<Model> myView = new View<>() {
            @Override
            protected DomEvents events() {
                return new DomEvents().on("click", current.get(0));
            }
        };
        current.set(0, (e, el) -> ok[0]++);
        HTMLElement oldEl = myView.el();

        myView.setElement(element("div", null));

        oldEl.click();
        myView.el().click();

        assertEquals(1, ok[0]);
        assertEquals(0, wrong[0]);
        assertNotSame(oldEl, myView.el());
    }
}
