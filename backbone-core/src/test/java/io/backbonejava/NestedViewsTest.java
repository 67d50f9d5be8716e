package io.backbonejava;

import static io.backbonejava.Dom.document;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/** A parent owns its child views: removing or re-rendering it removes them, with all their listeners. */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class NestedViewsTest {
    private static final Template ITEM = Template.of("<span class=\"name\">{{name}}</span>");

    /** Counts what reaches the views, so a zombie shows up as a count that still grows. */
    static final class Counts {
        int itemRenders;
        int itemClicks;
        int listRenders;
    }

    static final class ItemView extends View<Model> {
        private final Counts counts;

        ItemView(Model model, Counts counts) {
            super(model, new ViewOptions().tagName("li").className("item"));
            this.counts = counts;
            listenTo(model, "change", e -> render());
        }

        @Override
        protected DomEvents events() {
            return new DomEvents().onClick(".name", (e, name) -> counts.itemClicks++);
        }

        @Override
        public ItemView render() {
            counts.itemRenders++;
            el().clear().appendChild(ITEM.render(model().attributes()));
            return this;
        }
    }

    static final class ListView extends View<Model> {
        private final Counts counts;

        ListView(Collection<Model> items, Counts counts) {
            super(items, new ViewOptions().tagName("ul"));
            this.counts = counts;
            listenTo(items, "add remove reset", e -> render());
        }

        @Override
        public ListView render() {
            counts.listRenders++;
            removeChildren();
            el().clear();
            for (Model item : collection()) {
                el().appendChild(addChild(new ItemView(item, counts)).render().el());
            }
            return this;
        }
    }

    private HTMLElement container;
    private Counts counts;
    private Collection<Model> items;
    /** What a model in {@link #items} holds before any view: the collection's own listener. */
    private int base;

    @Before
    public void setUp() {
        container = document().createElement("div");
        document().getBody().appendChild(container);
        counts = new Counts();
        items = new Collection<>(List.of(
                new Model(Attributes.of("name", "a")),
                new Model(Attributes.of("name", "b")),
                new Model(Attributes.of("name", "c"))));
        base = items.at(0).listenerCount();
    }

    @After
    public void tearDown() {
        Dom.detach(container);
    }

    @Test
    public void removingTheParentRemovesTheChildrenAndTheirListeners() {
        ListView list = new ListView(items, counts);
        container.appendChild(list.render().el());
        List<View<?>> children = new ArrayList<>(list.children());
        HTMLElement firstName = children.get(0).$(".name");
        assertEquals(3, children.size());
        assertEquals(base + 1, items.at(0).listenerCount());
        firstName.click();
        assertEquals(1, counts.itemClicks);

        list.remove();

        assertEquals(0, container.getChildNodes().getLength());
        assertTrue(list.children().isEmpty());
        for (View<?> child : children) {
            assertNull("a child's element left its parent's", child.el().getParentNode());
        }
        for (Model item : items) {
            assertEquals(base, item.listenerCount());
        }
        assertEquals(0, items.listenerCount());
        items.at(0).set("name", "changed");
        firstName.click();
        items.add(new Model());
        assertEquals(3, counts.itemRenders);
        assertEquals(1, counts.itemClicks);
        assertEquals(1, counts.listRenders);
    }

    @Test
    public void reRenderingTheParentDropsTheOldChildren() {
        ListView list = new ListView(items, counts);
        container.appendChild(list.render().el());
        List<View<?>> oldChildren = new ArrayList<>(list.children());
        HTMLElement oldName = oldChildren.get(0).$(".name");

        list.render();

        assertEquals(3, list.children().size());
        for (View<?> old : oldChildren) {
            assertTrue(!list.children().contains(old));
        }
        assertEquals("one view listener per model: the new child's", base + 1, items.at(0).listenerCount());
        assertEquals(3, list.$$(".item").size());
        oldName.click();
        assertEquals(0, counts.itemClicks);
        list.children().get(0).$(".name").click();
        assertEquals(1, counts.itemClicks);

        items.at(0).set("name", "renamed");
        assertEquals("only the live child rendered again", 7, counts.itemRenders);
        assertEquals("renamed", list.$(".name").getTextContent());
    }

    @Test
    public void aCollectionEventReRendersWithoutLeakingChildren() {
        ListView list = new ListView(items, counts);
        container.appendChild(list.render().el());

        for (int i = 0; i < 5; i++) {
            items.add(new Model(Attributes.of("name", "n" + i)));
        }

        assertEquals(8, list.children().size());
        assertEquals(8, list.$$(".item").size());
        for (Model item : items) {
            assertEquals(base + 1, item.listenerCount());
        }
    }

    @Test
    public void aChildThatRemovesItselfLeavesItsParent() {
        ListView list = new ListView(items, counts);
        list.render();
        View<?> first = list.children().get(0);

        first.remove();

        assertEquals(2, list.children().size());
        assertEquals(2, list.el().getChildren().getLength());
        assertEquals(base, items.at(0).listenerCount());
    }

    @Test
    public void grandchildrenAreRemovedWithTheirGrandparent() {
        Model shared = new Model();
        View<Model> grandparent = new View<>();
        View<Model> parent = grandparent.addChild(new View<>());
        View<Model> child = parent.addChild(new View<>());
        int[] heard = {0};
        for (View<Model> view : List.of(grandparent, parent, child)) {
            view.listenTo(shared, "change", e -> heard[0]++);
        }
        grandparent.el().appendChild(parent.el());
        parent.el().appendChild(child.el());
        assertEquals(3, shared.listenerCount());

        grandparent.remove();

        shared.set("x", 1);
        assertEquals(0, heard[0]);
        assertEquals(0, shared.listenerCount());
        assertEquals(0, grandparent.el().getChildNodes().getLength());
        assertNull(child.el().getParentNode());
    }

    @Test
    public void addChildMovesAChildFromAnotherParent() {
        View<Model> first = new View<>();
        View<Model> second = new View<>();
        View<Model> child = new View<>();
        assertSame(child, first.addChild(child));

        second.addChild(child);
        first.remove();

        assertTrue(first.children().isEmpty());
        assertEquals(List.of(child), second.children());
        child.remove();
        assertTrue(second.children().isEmpty());
    }
}
