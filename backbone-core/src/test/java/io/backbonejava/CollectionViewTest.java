package io.backbonejava;

import static io.backbonejava.Dom.document;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * A keyed list in the page: the exact DOM operations each collection change costs (a MutationObserver's
 * records on the container), the order and the filter after random sequences of changes, and no listener
 * left behind after thousands of children and collection views came and went.
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class CollectionViewTest {
    static final class Item extends Model {
        static final Attribute<Integer> N = Attribute.integer("n");
        static final Attribute<Boolean> DONE = Attribute.bool("done");

        Item(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        int n() {
            return get(N);
        }

        boolean done() {
            return Boolean.TRUE.equals(get(DONE));
        }
    }

    static final class Items extends Collection<Item> {
        Items() {
            super(Item::new);
        }
    }

    static final class ItemView extends View<Item> {
        int renders;

        ItemView(Item item) {
            super(item, new ViewOptions().tagName("li"));
            listenTo(item, "change:n", e -> render());
        }

        @Override
        public ItemView render() {
            renders++;
            el().setTextContent(Integer.toString(model().n()));
            return this;
        }
    }

    /** A table whose rows go into its {@code tbody}, after a header row that is not theirs. */
    static final class TableView extends CollectionView<Item, ItemView> {
        TableView(Items items) {
            super(items, ItemView::new, new ViewOptions().tagName("table"));
            el().setInnerHTML("<thead><tr><th>n</th></tr></thead><tbody></tbody>");
        }

        @Override
        protected HTMLElement childContainer() {
            return $("tbody");
        }
    }

    /** Watches the container's children; {@link #operations} takes what it saw since the last call. */
    @JSBody(params = "target", script = "var o = new MutationObserver(function () {});"
            + " o.observe(target, {childList: true}); return o;")
    static native JSObject observe(HTMLElement target);

    /** The records taken since the last call, and the nodes they added and removed: "2 records, +1 -1". */
    @JSBody(params = "observer", script = "var r = observer.takeRecords(), a = 0, d = 0;"
            + " for (var i = 0; i < r.length; i++) { a += r[i].addedNodes.length; d += r[i].removedNodes.length; }"
            + " return r.length + ' records, +' + a + ' -' + d;")
    static native String operations(JSObject observer);

    private HTMLElement fixture;
    private Items items;
    private CollectionView<Item, ItemView> list;
    private JSObject observer;
    /** The filter of the random sequences, for their checks. */
    private Predicate<Item> shows;

    @Before
    public void setUp() {
        fixture = Dom.element("div", null);
        document().getBody().appendChild(fixture);
        items = new Items();
        items.add(numbered(0, 10));
        list = new CollectionView<>(items, ItemView::new, new ViewOptions().tagName("ul"));
        fixture.appendChild(list.el());
        observer = observe(list.el());
    }

    @After
    public void tearDown() {
        list.remove();
        Dom.detach(fixture);
    }

    private static List<Map<String, Object>> numbered(int from, int to) {
        List<Map<String, Object>> attrs = new ArrayList<>();
        for (int i = from; i < to; i++) {
            attrs.add(Attributes.of(Item.N, i, Item.DONE, false));
        }
        return attrs;
    }

    /** The container's text, child by child: "0 1 2". */
    private static String texts(HTMLElement container) {
        StringBuilder text = new StringBuilder();
        for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
            text.append(text.length() == 0 ? "" : " ").append(node.getTextContent());
        }
        return text.toString();
    }

    // DOM operations per change

    @Test
    public void theFirstRenderInsertsEveryChildAtOnce() {
        list.render();
        assertEquals("1 records, +10 -0", operations(observer));
        assertEquals("0 1 2 3 4 5 6 7 8 9", texts(list.el()));
        assertEquals(10, list.childViews().size());
        assertSame(list.childViews().get(3), list.childView(items.at(3)));
    }

    @Test
    public void nothingIsDrawnBeforeRender() {
        items.add(Attributes.of(Item.N, 10));
        items.remove(items.at(0));
        items.reset(numbered(0, 3));
        assertEquals("0 records, +0 -0", operations(observer));
        assertNull(list.childView(items.at(0)));
    }

    @Test
    public void addingOneInsertsOne() {
        list.render();
        operations(observer);
        items.add(Attributes.of(Item.N, 10));
        assertEquals("1 records, +1 -0", operations(observer));
        items.add(Attributes.of(Item.N, 11), new Options().at(4));
        assertEquals("1 records, +1 -0", operations(observer));
        assertEquals("0 1 2 3 11 4 5 6 7 8 9 10", texts(list.el()));
    }

    @Test
    public void aBulkAddInsertsOnce() {
        list.render();
        operations(observer);
        items.add(numbered(10, 60));
        assertEquals("1 records, +50 -0", operations(observer));
        items.add(numbered(60, 63), new Options().at(1));
        assertEquals("1 records, +3 -0", operations(observer));
        assertEquals(63, list.el().getChildNodes().getLength());
        assertEquals("0 60 61 62 1 2", texts(list.el()).substring(0, 14));
    }

    @Test
    public void removingOneRemovesOne() {
        list.render();
        operations(observer);
        ItemView removed = list.childView(items.at(4));
        items.remove(items.at(4));
        assertEquals("1 records, +0 -1", operations(observer));
        assertEquals("0 1 2 3 5 6 7 8 9", texts(list.el()));
        assertNull(removed.el().getParentNode());
        assertEquals(9, list.childViews().size());
    }

    @Test
    public void aSwapMovesTwo() {
        list.render();
        HTMLElement second = list.childViews().get(1).el();
        operations(observer);
        List<Item> swapped = new ArrayList<>(items.models());
        Collections.swap(swapped, 1, 8);
        items.set(swapped);
        assertEquals("4 records, +2 -2", operations(observer));
        assertEquals("0 8 2 3 4 5 6 7 1 9", texts(list.el()));
        assertSame(second, list.el().getChildNodes().item(8));
    }

    @Test
    public void aSortMovesOnlyWhatMoved() {
        items.comparator(Item.N);
        list.render();
        operations(observer);
        items.at(0).set(Item.N, 100);
        items.sort();
        assertEquals("2 records, +1 -1", operations(observer));
        assertEquals("1 2 3 4 5 6 7 8 9 100", texts(list.el()));
        items.sort();
        assertEquals("0 records, +0 -0", operations(observer));
    }

    @Test
    public void aResetEmptiesOnceAndInsertsOnce() {
        list.render();
        List<ItemView> old = new ArrayList<>(list.childViews());
        operations(observer);
        items.reset(numbered(20, 25));
        assertEquals("2 records, +5 -10", operations(observer));
        assertEquals("20 21 22 23 24", texts(list.el()));
        for (ItemView view : old) {
            assertEquals(0, view.listenerCount());
            assertNull(view.el().getParentNode());
        }
        items.reset();
        assertEquals("1 records, +0 -5", operations(observer));
    }

    @Test
    public void aMergingSetRemovesAndInsertsOnlyTheDifference() {
        list.render();
        operations(observer);
        List<Object> next = new ArrayList<>(items.models().subList(2, 10));
        next.addAll(numbered(10, 13));
        items.set(next);
        assertEquals("3 records, +3 -2", operations(observer));
        assertEquals("2 3 4 5 6 7 8 9 10 11 12", texts(list.el()));
    }

    @Test
    public void aFilterFlipInsertsOrRemovesOneChildAndRebuildsNone() {
        list.filter(item -> !item.done(), Item.DONE).render();
        List<ItemView> before = new ArrayList<>(list.childViews());
        operations(observer);
        items.at(3).set(Item.DONE, true);
        assertEquals("1 records, +0 -1", operations(observer));
        assertEquals("0 1 2 4 5 6 7 8 9", texts(list.el()));
        items.at(3).set(Item.DONE, false);
        assertEquals("1 records, +1 -0", operations(observer));
        assertEquals("0 1 2 3 4 5 6 7 8 9", texts(list.el()));
        // The same views, each rendered once: nothing was rebuilt.
        assertEquals(before, list.childViews());
        for (ItemView view : before) {
            assertEquals(1, view.renders);
        }
        // An attribute the filter does not name changes nothing.
        items.at(5).set(Item.N, 50);
        assertEquals("0 records, +0 -0", operations(observer));
    }

    @Test
    public void anotherFilterShowsItsChildrenInOrder() {
        list.filter(item -> item.n() % 2 == 0).render();
        assertEquals("0 2 4 6 8", texts(list.el()));
        operations(observer);
        list.filter(item -> item.n() % 3 == 0);
        assertEquals("0 3 6 9", texts(list.el()));
        list.filter(null);
        assertEquals("0 1 2 3 4 5 6 7 8 9", texts(list.el()));
    }

    @Test
    public void theEmptyViewShowsWhileNoChildIs() {
        list.emptyView(() -> new View<>(new ViewOptions().tagName("p").className("empty"))).render();
        assertEquals(0, list.el().querySelectorAll(".empty").getLength());
        items.reset();
        assertEquals(1, list.el().querySelectorAll(".empty").getLength());
        items.add(Attributes.of(Item.N, 1));
        assertEquals("1", texts(list.el()));
        items.remove(items.at(0));
        assertEquals(1, list.el().querySelectorAll(".empty").getLength());
        list.filter(item -> item.n() > 5);
        items.add(Attributes.of(Item.N, 2));
        assertEquals(1, list.el().querySelectorAll(".empty").getLength());
        items.add(Attributes.of(Item.N, 7));
        assertEquals("7", texts(list.el()));
    }

    @Test
    public void childrenGoWhereTheHookSays() {
        TableView table = new TableView(items);
        table.render();
        assertEquals("n", table.$("thead").getTextContent());
        assertEquals("0 1 2 3 4 5 6 7 8 9", texts(table.$("tbody")));
        items.set(new ArrayList<>(items.models().subList(5, 10)));
        assertEquals("5 6 7 8 9", texts(table.$("tbody")));
        items.reset(numbered(0, 2));
        assertEquals("0 1", texts(table.$("tbody")));
        assertEquals(1, table.el().querySelectorAll("thead").getLength());
        table.remove();
    }

    @Test
    public void childEventsAreHeardOnTheParentWithTheirChild() {
        list.render();
        List<String> heard = new ArrayList<>();
        Subscription subscription = list.onChild("pick", (ItemView child, EventArgs e) ->
                heard.add(child.model().n() + ":" + e.name() + ":" + e.arg(0)));
        list.childViews().get(2).trigger("pick", "a");
        list.childViews().get(2).trigger("other", "b");
        items.add(Attributes.of(Item.N, 10));
        list.childViews().get(10).trigger("pick", "c");
        assertEquals(List.of("2:pick:a", "10:pick:c"), heard);
        subscription.dispose();
        list.childViews().get(2).trigger("pick", "d");
        assertEquals(2, heard.size());
        assertEquals(0, list.childViews().get(2).listenerCount());
    }

    @Test
    public void removingTheCollectionViewRemovesEveryChildAndListener() {
        int collectionListeners = items.listenerCount();
        int modelListeners = items.at(0).listenerCount();
        CollectionView<Item, ItemView> other = new CollectionView<>(items, ItemView::new, null);
        other.filter(item -> item.n() < 5, Item.DONE).render();
        List<ItemView> children = new ArrayList<>(other.childViews());
        other.onChild("all", (child, e) -> fail());
        other.remove();
        assertEquals(collectionListeners, items.listenerCount());
        assertEquals(modelListeners, items.at(0).listenerCount());
        for (ItemView child : children) {
            assertEquals(0, child.listenerCount());
        }
        items.add(Attributes.of(Item.N, 1));
        assertEquals(0, other.el().getChildNodes().getLength());
    }

    // Zombies

    @Test
    public void tenThousandChildrenComeAndGoLeavingNoListener() {
        list.filter(item -> !item.done(), Item.DONE).render();
        int collectionListeners = items.listenerCount();
        List<Item> gone = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Item item = items.add(Attributes.of(Item.N, 100 + i));
            if (i % 3 == 0) {
                item.set(Item.DONE, true);
            }
            items.remove(item);
            gone.add(item);
        }
        for (Item item : gone) {
            assertEquals(0, item.listenerCount());
            assertNull(list.childView(item));
        }
        assertEquals(collectionListeners, items.listenerCount());
        assertEquals("0 1 2 3 4 5 6 7 8 9", texts(list.el()));
    }

    @Test
    public void tenThousandCollectionViewsComeAndGoLeavingNoListener() {
        int collectionListeners = items.listenerCount();
        int modelListeners = items.at(0).listenerCount();
        for (int i = 0; i < 10_000; i++) {
            CollectionView<Item, ItemView> view = new CollectionView<>(items, ItemView::new, null);
            view.filter(item -> item.n() % 2 == 0, Item.DONE).render();
            fixture.appendChild(view.el());
            view.remove();
        }
        assertEquals(collectionListeners, items.listenerCount());
        for (Item item : items) {
            assertEquals(modelListeners, item.listenerCount());
        }
        assertEquals(1, fixture.getChildNodes().getLength());
    }

    // Random sequences

    @Test
    public void randomChangesKeepTheCollectionsOrderAndTheFilter() {
        Random random = new Random(1616);
        items.comparator(Item.N);
        shows = item -> !item.done();
        list.filter(shows, Item.DONE).render();
        int next = 1000;
        for (int step = 0; step < 400; step++) {
            int size = items.size();
            int op = random.nextInt(9);
            if (op == 0) {
                items.add(Attributes.of(Item.N, random.nextInt(500), Item.DONE, random.nextBoolean()));
            } else if (op == 1 && size > 0) {
                items.remove(items.at(random.nextInt(size)));
            } else if (op == 2 && size > 0) {
                items.at(random.nextInt(size)).set(Item.DONE, random.nextBoolean());
            } else if (op == 3 && size > 0) {
                // A new number: the comparator's order changes only at the next sort.
                items.at(random.nextInt(size)).set(Item.N, random.nextInt(500));
                if (random.nextBoolean()) {
                    items.sort();
                }
            } else if (op == 4) {
                List<Object> kept = new ArrayList<>();
                for (Item item : items) {
                    if (random.nextInt(4) > 0) {
                        kept.add(item);
                    }
                }
                for (int i = random.nextInt(4); i > 0; i--) {
                    kept.add(Attributes.of(Item.N, random.nextInt(500), Item.DONE, random.nextBoolean()));
                }
                Collections.shuffle(kept, random);
                items.set(kept);
            } else if (op == 5 && random.nextInt(8) == 0) {
                items.reset(numbered(next, next + random.nextInt(30)));
                next += 30;
            } else if (op == 6) {
                items.add(numbered(next, next + random.nextInt(5)), new Options().at(random.nextInt(size + 1)));
                next += 5;
            } else if (op == 7 && size > 1) {
                items.remove(new ArrayList<>(items.models().subList(0, random.nextInt(size / 2 + 1))));
            } else if (op == 8) {
                int modulus = 1 + random.nextInt(3);
                shows = modulus == 1 ? item -> !item.done() : item -> !item.done() && item.n() % modulus != 1;
                list.filter(shows, Item.DONE, Item.N);
            }
            assertShownInOrder(step);
        }
        assertTrue(items.size() > 0);
    }

    private void assertShownInOrder(int step) {
        List<HTMLElement> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Item item : items) {
            ItemView view = list.childView(item);
            boolean shown = view != null && view.el().getParentNode() == list.el();
            assertEquals("step " + step + ", " + item.n(), shows.test(item), shown);
            if (shown) {
                expected.add(view.el());
                text.append(text.length() == 0 ? "" : " ").append(item.n());
            }
        }
        assertEquals("step " + step, text.toString(), texts(list.el()));
        assertEquals("step " + step, expected.size(), list.el().getChildNodes().getLength());
        for (int i = 0; i < expected.size(); i++) {
            assertSame("step " + step, expected.get(i), list.el().getChildNodes().item(i));
        }
        assertEquals("step " + step, expected.size(), list.childViews().size());
    }
}
