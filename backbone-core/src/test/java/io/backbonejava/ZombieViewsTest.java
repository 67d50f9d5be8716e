package io.backbonejava;

import static io.backbonejava.Dom.document;
import static io.backbonejava.Dom.fire;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Ten thousand nested views bound to one model and one collection, through {@code listenTo} and delegated
 * DOM events: after their parents are removed, nothing of them is left listening anywhere or in the page.
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class ZombieViewsTest {
    private static final int PARENTS = 100;
    private static final int CHILDREN_PER_PARENT = 99;
    private static final int VIEWS = PARENTS * (CHILDREN_PER_PARENT + 1);
    private static final Template ROW = Template.of(
            "<span class=\"label\">{{label}}</span> <input class=\"edit\" value=\"{{label}}\">");

    /** What reached any view: a removed view that still hears something shows up here. */
    static final class Tally {
        int renders;
        int clicks;
        int blurs;
        int collectionEvents;
    }

    static final class ChildView extends View<Model> {
        private final Tally tally;
        private final Model shared;

        ChildView(Model shared, Collection<Model> items, Tally tally) {
            super(items, new ViewOptions().tagName("li"));
            this.tally = tally;
            this.shared = shared;
            listenTo(shared, "change", e -> render());
            listenTo(items, "add remove reset", e -> tally.collectionEvents++);
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onClick(".label", (e, label) -> tally.clicks++)
                    .onBlur(".edit", (e, input) -> tally.blurs++);
        }

        @Override
        public ChildView render() {
            tally.renders++;
            el().clear().appendChild(ROW.render(shared.attributes()));
            return this;
        }
    }

    static final class ParentView extends View<Model> {
        private final Tally tally;
        private final Model shared;

        ParentView(Model shared, Collection<Model> items, Tally tally) {
            super(shared, items, new ViewOptions().tagName("ul").className("parent"));
            this.tally = tally;
            this.shared = shared;
            listenTo(shared, "change:title", e -> tally.renders++);
            listenTo(items, "all", e -> tally.collectionEvents++);
        }

        @Override
        protected DomEvents events() {
            return new DomEvents().onClick(null, (e, ul) -> tally.clicks++);
        }

        @Override
        public ParentView render() {
            removeChildren();
            el().clear();
            for (int i = 0; i < CHILDREN_PER_PARENT; i++) {
                el().appendChild(addChild(new ChildView(shared, this.collection(), tally)).render().el());
            }
            return this;
        }
    }

    private HTMLElement container;

    @Before
    public void setUp() {
        container = document().createElement("div");
        document().getBody().appendChild(container);
    }

    @After
    public void tearDown() {
        Dom.detach(container);
    }

    @Test
    public void tenThousandNestedViewsLeaveNoListenersBehind() {
        Model shared = new Model(Attributes.of("label", "row", "title", "t"));
        Collection<Model> items = new Collection<>();
        Tally tally = new Tally();
        List<ParentView> parents = new ArrayList<>();
        for (int i = 0; i < PARENTS; i++) {
            ParentView parent = new ParentView(shared, items, tally);
            container.appendChild(parent.render().el());
            parents.add(parent);
        }
        assertEquals(VIEWS - PARENTS, tally.renders);
        assertEquals(VIEWS, shared.listenerCount());
        assertEquals("children bind three names, parents one", 3 * (VIEWS - PARENTS) + PARENTS,
                items.listenerCount());

        // Everything is live: one model change reaches every view; a click reaches one child and its parent.
        shared.set("label", "changed");
        assertEquals(2 * (VIEWS - PARENTS), tally.renders);
        HTMLElement someLabel = parents.get(7).children().get(42).$(".label");
        HTMLElement someInput = parents.get(7).children().get(42).$(".edit");
        someLabel.click();
        assertEquals(2, tally.clicks);
        fire(someInput, "focusout");
        assertEquals(1, tally.blurs);
        items.add(new Model());
        assertEquals("children hear add, parents add and update", VIEWS - PARENTS + 2 * PARENTS,
                tally.collectionEvents);

        // Re-rendering a parent replaces its children without adding listeners.
        parents.get(0).render();
        assertEquals(VIEWS, shared.listenerCount());

        for (ParentView parent : parents) {
            parent.remove();
        }

        assertEquals(0, shared.listenerCount());
        assertEquals(0, items.listenerCount());
        assertEquals(0, container.getChildNodes().getLength());
        for (ParentView parent : parents) {
            assertEquals(0, parent.children().size());
            assertNull(parent.el().getParentNode());
        }

        // And nothing reacts any more: not the model, the collection, nor the detached elements.
        int renders = tally.renders;
        int collectionEvents = tally.collectionEvents;
        shared.set("label", "again");
        shared.set("title", "again");
        items.add(new Model());
        someLabel.click();
        fire(someInput, "focusout");
        assertEquals(renders, tally.renders);
        assertEquals(collectionEvents, tally.collectionEvents);
        assertEquals(2, tally.clicks);
        assertEquals(1, tally.blurs);
    }
}
