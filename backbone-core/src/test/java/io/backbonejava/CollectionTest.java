package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Backbone 1.6.1's test/collection.js, in file order (see PORTING.md). Each test
 * is named after its upstream case; cases that need fetch, create or sync are left to the sync port.
 */
@RunWith(TeaVMTestRunner.class)
public class CollectionTest {
    private Model a;
    private Model b;
    private Model c;
    private Model d;
    private Collection<Model> col;
    private Collection<Model> otherCol;

    @Before
    public void setUp() {
        a = new Model(Attributes.of("id", 3, "label", "a"));
        b = new Model(Attributes.of("id", 2, "label", "b"));
        c = new Model(Attributes.of("id", 1, "label", "c"));
        d = new Model(Attributes.of("id", 0, "label", "d"));
        col = new Collection<>(List.of(a, b, c, d));
        otherCol = new Collection<>();
    }

    // Models and collections the cases declare with Backbone's extend

    /** A model with no behaviour of its own, to tell the factory's models from plain ones. */
    static class Thing extends Model {
        Thing(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }
    }

    /** Stores its id under {@code _id}, as a MongoDB backend does. */
    static class MongoModel extends Model {
        MongoModel(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        public String idAttribute() {
            return "_id";
        }

        @Override
        public Model clone() {
            return new MongoModel(attributes(), null);
        }
    }

    /** Backbone's {@code collection.model = MongoModel}: the factory also tells the collection the id attribute. */
    static final ModelFactory<MongoModel> MONGO_MODELS = new ModelFactory<MongoModel>() {
        @Override
        public MongoModel create(Map<String, Object> attributes, Options options) {
            return new MongoModel(attributes, options);
        }

        @Override
        public String idAttribute() {
            return "_id";
        }
    };

    /** A collection sorted by descending id with a two-argument comparator, from its first models on. */
    static class DescendingCollection extends Collection<Model> {
        DescendingCollection(List<?> models) {
            super(Model::new);
            comparator((m1, m2) -> id(m1) > id(m2) ? -1 : 1);
            reset(models, new Options().silent(true));
        }
    }

    /** A collection sorted by id, from its first models on, unless the comparator is cleared. */
    static class ById extends Collection<Model> {
        ById() {
            super(Model::new);
            comparator(model -> model.id());
        }
    }

    static int id(Model model) {
        return ((Number) model.id()).intValue();
    }

    static String joined(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    // 1
    @Test
    public void newAndSort() {
        int[] counter = {0};
        col.on("sort", e -> counter[0]++);
        assertEquals(List.of("a", "b", "c", "d"), col.pluck("label"));
        col.comparator((m1, m2) -> id(m1) > id(m2) ? -1 : 1);
        col.sort();
        assertEquals(1, counter[0]);
        assertEquals(List.of("a", "b", "c", "d"), col.pluck("label"));
        col.comparator(model -> model.id());
        col.sort();
        assertEquals(2, counter[0]);
        assertEquals(List.of("d", "c", "b", "a"), col.pluck("label"));
        assertEquals(4, col.length());
    }

    // 2
    @Test
    public void stringComparator() {
        Collection<Model> collection = new Collection<>().comparator("id");
        collection.reset(List.of(Attributes.of("id", 3), Attributes.of("id", 1), Attributes.of("id", 2)));
        assertEquals(List.of(1, 2, 3), collection.pluck("id"));
    }

    // 3
    @Test
    public void newAndParse() {
        class EvenOnly extends Collection<Model> {
            EvenOnly(List<?> models, Options options) {
                super(Model::new, models, options);
            }

            @Override
            protected Object parse(Object response, Options options) {
                List<Object> even = new ArrayList<>();
                for (Object datum : (List<?>) response) {
                    if ((Integer) ((Map<?, ?>) datum).get("a") % 2 == 0) {
                        even.add(datum);
                    }
                }
                return even;
            }
        }
        List<Map<String, Object>> models = List.of(Attributes.of("a", 1), Attributes.of("a", 2),
                Attributes.of("a", 3), Attributes.of("a", 4));
        Collection<Model> collection = new EvenOnly(models, new Options().parse(true));
        assertEquals(2, collection.length());
        assertEquals(2, collection.first().get("a"));
        assertEquals(4, collection.last().get("a"));
    }

    // 4
    @Test
    public void clonePreservesModelAndComparator() {
        Collection<Thing> original = new Collection<>(Thing::new).comparator(model -> model.id());
        original.reset(List.of(Attributes.of("id", 1)));
        Collection<Thing> collection = original.clone();
        collection.add(Attributes.of("id", 2));
        assertTrue(collection.at(0) instanceof Thing);
        assertTrue(collection.at(1) instanceof Thing);
        assertSame(original.comparator(), collection.comparator());
    }

    // 5
    @Test
    public void get() {
        assertSame(d, col.get(0));
        assertSame(d, col.get(d.clone()));
        assertSame(b, col.get(2));
        assertSame(c, col.get(Attributes.of("id", 1)));
        assertSame(c, col.get(c.clone()));
        assertSame(col.first(), col.get(col.first().cid()));
    }

    // 6
    @Test
    public void getWithNonDefaultIds() {
        MongoModel model = new MongoModel(Attributes.of("_id", 100), null);
        Collection<MongoModel> collection = new Collection<>(MONGO_MODELS, List.of(model));
        assertSame(model, collection.get(100));
        assertSame(model, collection.get(model.cid()));
        assertSame(model, collection.get(model));
        assertNull(collection.get(101));

        Collection<MongoModel> collection2 = new Collection<>(MONGO_MODELS);
        collection2.add(model.attributes());
        assertSame(collection2.first(), collection2.get(model.clone()));
    }

    // 7
    @Test
    public void has() {
        assertTrue(col.has(a));
        assertTrue(col.has(b));
        assertTrue(col.has(c));
        assertTrue(col.has(d));
        assertTrue(col.has(a.id()));
        assertTrue(col.has(b.id()));
        assertTrue(col.has(c.id()));
        assertTrue(col.has(d.id()));
        assertTrue(col.has(a.cid()));
        assertTrue(col.has(b.cid()));
        assertTrue(col.has(c.cid()));
        assertTrue(col.has(d.cid()));
        Model outsider = new Model(Attributes.of("id", 4));
        assertFalse(col.has(outsider));
        assertFalse(col.has(outsider.id()));
        assertFalse(col.has(outsider.cid()));
    }

    // 8
    @Test
    public void updateIndexWhenIdChanges() {
        Collection<Model> collection = new Collection<>();
        collection.add(List.of(Attributes.of("id", 0, "name", "one"), Attributes.of("id", 1, "name", "two")));
        Model one = collection.get(0);
        assertEquals("one", one.get("name"));
        int[] calls = {0};
        collection.on("change:name", e -> {
            calls[0]++;
            Model model = (Model) e.arg(0);
            assertNotNull(collection.get(model));
            assertSame(model, collection.get(101));
            assertNull(collection.get(0));
        });
        one.set(Attributes.of("name", "dalmatians", "id", 101));
        assertEquals(1, calls[0]);
        assertNull(collection.get(0));
        assertEquals("dalmatians", collection.get(101).get("name"));
    }

    // 9
    @Test
    public void at() {
        assertSame(c, col.at(2));
        assertSame(c, col.at(-2));
    }

    // 10
    @Test
    public void pluck() {
        assertEquals("a b c d", joined(col.pluck("label")));
    }

    // 11
    @Test
    public void add() {
        String[] added = {null};
        Options[] opts = {null};
        boolean[] secondAdded = {false};
        Model e = new Model(Attributes.of("id", 10, "label", "e"));
        otherCol.add(e);
        otherCol.on("add", event -> secondAdded[0] = true);
        col.on("add", event -> {
            added[0] = (String) ((Model) event.arg(0)).get("label");
            opts[0] = EventOptions.of(event).options();
        });
        col.add(e, new Options().put("amazing", true));
        assertEquals("e", added[0]);
        assertEquals(5, col.length());
        assertSame(e, col.last());
        assertEquals(1, otherCol.length());
        assertFalse(secondAdded[0]);
        assertEquals(Boolean.TRUE, opts[0].get("amazing"));

        Model f = new Model(Attributes.of("id", 20, "label", "f"));
        Model g = new Model(Attributes.of("id", 21, "label", "g"));
        Model h = new Model(Attributes.of("id", 22, "label", "h"));
        Collection<Model> atCol = new Collection<>(List.of(f, g, h));
        assertEquals(3, atCol.length());
        atCol.add(e, new Options().at(1));
        assertEquals(4, atCol.length());
        assertSame(e, atCol.at(1));
        assertSame(h, atCol.last());

        // Missing entries (JavaScript's holes and undefined) become empty models, as in Backbone.
        Collection<Model> coll = new Collection<>(Arrays.asList(null, null));
        int[] addCount = {0};
        coll.on("add", event -> addCount[0]++);
        coll.add(Arrays.asList(null, f, g));
        assertEquals(5, coll.length());
        assertEquals(3, addCount[0]);
        coll.add(Arrays.asList(new Object[4]));
        assertEquals(9, coll.length());
        assertEquals(7, addCount[0]);
    }

    // 12
    @Test
    public void addMultipleModels() {
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("at", 0), Attributes.of("at", 1),
                Attributes.of("at", 9)));
        collection.add(List.of(Attributes.of("at", 2), Attributes.of("at", 3), Attributes.of("at", 4),
                Attributes.of("at", 5), Attributes.of("at", 6), Attributes.of("at", 7), Attributes.of("at", 8)),
                new Options().at(2));
        for (int i = 0; i <= 5; i++) {
            assertEquals(i, collection.at(i).get("at"));
        }
    }

    // 13
    @Test
    public void addAtShouldHavePreferenceOverComparator() {
        Collection<Model> collection = new DescendingCollection(List.of(Attributes.of("id", 2),
                Attributes.of("id", 3)));
        collection.add(new Model(Attributes.of("id", 1)), new Options().at(1));
        assertEquals("3 1 2", joined(collection.pluck("id")));
    }

    // 14
    @Test
    public void addAtShouldAddToTheEndIfTheIndexIsOutOfBounds() {
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("id", 2), Attributes.of("id", 3)));
        collection.add(new Model(Attributes.of("id", 1)), new Options().at(5));
        assertEquals("2 3 1", joined(collection.pluck("id")));
    }

    // 15
    @Test
    public void cantAddModelToCollectionTwice() {
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("id", 1), Attributes.of("id", 2),
                Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3)));
        assertEquals("1 2 3", joined(collection.pluck("id")));
    }

    // 16
    @Test
    public void cantAddDifferentModelWithSameIdToCollectionTwice() {
        Collection<Model> collection = new Collection<>();
        collection.unshift(Attributes.of("id", 101));
        collection.add(Attributes.of("id", 101));
        assertEquals(1, collection.length());
    }

    // 17
    @Test
    public void mergeInDuplicateModelsWithMergeTrue() {
        Collection<Model> collection = new Collection<>();
        collection.add(List.of(Attributes.of("id", 1, "name", "Moe"), Attributes.of("id", 2, "name", "Curly"),
                Attributes.of("id", 3, "name", "Larry")));
        collection.add(Attributes.of("id", 1, "name", "Moses"));
        assertEquals("Moe", collection.first().get("name"));
        collection.add(Attributes.of("id", 1, "name", "Moses"), new Options().merge(true));
        assertEquals("Moses", collection.first().get("name"));
        collection.add(Attributes.of("id", 1, "name", "Tim"), new Options().merge(true).silent(true));
        assertEquals("Tim", collection.first().get("name"));
    }

    // 18
    @Test
    public void addModelToMultipleCollections() {
        List<String> heard = new ArrayList<>();
        Model m = new Model(Attributes.of("id", 10, "label", "m"));
        Collection<Model> col1 = new Collection<>(List.of());
        Collection<Model> col2 = new Collection<>(List.of());
        m.on("add", e -> {
            heard.add("model");
            assertSame(m, e.arg(0));
            assertSame(heard.size() > 2 ? col2 : col1, e.arg(1));
        });
        col1.on("add", e -> {
            heard.add("col1");
            assertSame(m, e.arg(0));
            assertSame(col1, e.arg(1));
        });
        col2.on("add", e -> {
            heard.add("col2");
            assertSame(m, e.arg(0));
            assertSame(col2, e.arg(1));
        });
        col1.add(m);
        assertSame(col1, m.collection());
        col2.add(m);
        assertSame(col1, m.collection());
        assertEquals(List.of("model", "col1", "model", "col2"), heard);
    }

    // 19
    @Test
    public void addModelWithParse() {
        class Incremented extends Model {
            Incremented(Map<String, ?> attributes, Options options) {
                super(attributes, options);
            }

            @Override
            protected Map<String, Object> parse(Object response, Options options) {
                Map<String, Object> attrs = new LinkedHashMap<>(super.parse(response, options));
                attrs.put("value", (Integer) attrs.get("value") + 1);
                return attrs;
            }
        }
        Collection<Incremented> collection = new Collection<>(Incremented::new);
        collection.add(Attributes.of("value", 1), new Options().parse(true));
        assertEquals(2, collection.at(0).get("value"));
    }

    // 20
    @Test
    public void addWithParseAndMerge() {
        Collection<Model> collection = new Collection<Model>() {
            @Override
            protected Object parse(Object response, Options options) {
                List<Object> models = new ArrayList<>();
                for (Object item : response instanceof List ? (List<?>) response : List.of(response)) {
                    Map<?, ?> attrs = (Map<?, ?>) item;
                    models.add(attrs.containsKey("model") ? attrs.get("model") : attrs);
                }
                return models;
            }
        };
        collection.add(Attributes.of("id", 1));
        Model merged = collection.add(Attributes.of("model", Attributes.of("id", 1, "name", "Alf")),
                new Options().parse(true).merge(true));
        assertEquals("Alf", collection.first().get("name"));
        assertSame(collection.first(), merged);
    }

    // 21
    @Test
    public void addModelToCollectionWithSortStyleComparator() {
        Collection<Model> collection = new Collection<>();
        collection.comparator((m1, m2) -> ((String) m1.get("name")).compareTo((String) m2.get("name")) < 0 ? -1 : 1);
        Model tom = new Model(Attributes.of("name", "Tom"));
        Model rob = new Model(Attributes.of("name", "Rob"));
        Model tim = new Model(Attributes.of("name", "Tim"));
        collection.add(tom);
        collection.add(rob);
        collection.add(tim);
        assertEquals(0, collection.indexOf(rob));
        assertEquals(1, collection.indexOf(tim));
        assertEquals(2, collection.indexOf(tom));
    }

    // 22: in Java the comparator is a lambda that captures the collection whose method it calls.
    @Test
    public void comparatorThatDependsOnThis() {
        class Negating extends Collection<Model> {
            Negating() {
                super(Model::new);
            }

            int negative(int num) {
                return -num;
            }
        }
        Negating collection = new Negating();
        collection.comparator(model -> collection.negative(id(model)));
        collection.add(List.of(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3)));
        assertEquals(List.of(3, 2, 1), collection.pluck("id"));
        collection.comparator((m1, m2) -> collection.negative(id(m2)) - collection.negative(id(m1)));
        collection.sort();
        assertEquals(List.of(1, 2, 3), collection.pluck("id"));
    }

    // 23
    @Test
    public void remove() {
        String[] removed = {null};
        int[] calls = {0};
        col.on("remove", e -> {
            calls[0]++;
            removed[0] = (String) ((Model) e.arg(0)).get("label");
            assertEquals(Integer.valueOf(3), EventOptions.of(e).index());
            // #3693: the model can no longer be found in the collection.
            assertNull(((Collection<Model>) e.arg(1)).get(((Model) e.arg(0))));
        });
        Model result = col.remove(d);
        assertEquals("d", removed[0]);
        assertSame(d, result);
        // Removing d again removes nothing.
        result = col.remove(d);
        assertNull(result);
        assertEquals(1, calls[0]);
        assertEquals(3, col.length());
        assertSame(a, col.first());
        col.off();
        List<Model> results = col.remove(List.of(c, d));
        assertEquals("only returns removed models", 1, results.size());
        assertSame("only returns removed models", c, results.get(0));
        results = col.remove(List.of(c, b));
        assertEquals("only returns removed models", 1, results.size());
        assertSame("only returns removed models", b, results.get(0));
        results = col.remove(List.of());
        assertEquals("returns empty list when nothing removed", List.of(), results);
    }

    // 24
    @Test
    public void addAndRemoveReturnValues() {
        class Even extends Model {
            Even(Map<String, ?> attributes, Options options) {
                super(attributes, options);
            }

            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return Errors.of((Integer) attrs.get("id") % 2 != 0 ? "odd" : null);
            }
        }
        Collection<Even> collection = new Collection<>(Even::new);

        List<Even> list = collection.add(List.of(Attributes.of("id", 2), Attributes.of("id", 4)),
                new Options().validate(true));
        assertEquals(2, list.size());
        assertTrue(list.get(0) instanceof Model);
        assertSame(collection.last(), list.get(1));
        assertEquals(4, list.get(1).get("id"));

        list = collection.add(List.of(Attributes.of("id", 3), Attributes.of("id", 6)), new Options().validate(true));
        assertEquals(3, collection.length());
        assertNull(list.get(0));
        assertEquals(6, list.get(1).get("id"));

        Even result = collection.add(Attributes.of("id", 6));
        assertEquals(list.get(1).cid(), result.cid());

        result = collection.remove(Attributes.of("id", 6));
        assertEquals(2, collection.length());
        assertEquals(6, result.id());

        list = collection.remove(List.of(Attributes.of("id", 2), Attributes.of("id", 8)));
        assertEquals(1, collection.length());
        assertEquals(2, list.get(0).get("id"));
        // Backbone's list[1] is undefined: only removed models are returned.
        assertEquals(1, list.size());
    }

    // 25
    @Test
    public void shiftAndPop() {
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("a", "a"), Attributes.of("b", "b"),
                Attributes.of("c", "c")));
        assertEquals("a", collection.shift().get("a"));
        assertEquals("c", collection.pop().get("c"));
    }

    // 26
    @Test
    public void slice() {
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("a", "a"), Attributes.of("b", "b"),
                Attributes.of("c", "c")));
        List<Model> array = collection.slice(1, 3);
        assertEquals(2, array.size());
        assertEquals("b", array.get(0).get("b"));
    }

    // 27
    @Test
    public void eventsAreUnboundOnRemove() {
        int[] counter = {0};
        Model dj = new Model();
        Collection<Model> emcees = new Collection<>(List.of(dj));
        emcees.on("change", e -> counter[0]++);
        dj.set(Attributes.of("name", "Kool"));
        assertEquals(1, counter[0]);
        emcees.reset(List.of());
        assertNull(dj.collection());
        dj.set(Attributes.of("name", "Shadow"));
        assertEquals(1, counter[0]);
    }

    // 28
    @Test
    public void removeInMultipleCollections() {
        Map<String, Object> modelData = Attributes.of("id", 5, "title", "Othello");
        boolean[] passed = {false};
        Model m1 = new Model(modelData);
        Model m2 = new Model(modelData);
        m2.on("remove", e -> passed[0] = true);
        Collection<Model> col1 = new Collection<>(List.of(m1));
        Collection<Model> col2 = new Collection<>(List.of(m2));
        assertNotSame(m1, m2);
        assertEquals(1, col1.length());
        assertEquals(1, col2.length());
        col1.remove(m1);
        assertFalse(passed[0]);
        assertEquals(0, col1.length());
        col2.remove(m1);
        assertEquals(0, col2.length());
        assertTrue(passed[0]);
    }

    // 29
    @Test
    public void removeSameModelInMultipleCollection() {
        List<String> heard = new ArrayList<>();
        Model m = new Model(Attributes.of("id", 5, "title", "Othello"));
        Collection<Model> col1 = new Collection<>(List.of(m));
        Collection<Model> col2 = new Collection<>(List.of(m));
        int[] counter = {0};
        m.on("remove", e -> {
            counter[0]++;
            heard.add("model");
            assertSame(m, e.arg(0));
            assertSame(counter[0] > 1 ? col1 : col2, e.arg(1));
        });
        col1.on("remove", e -> {
            heard.add("col1");
            assertSame(m, e.arg(0));
            assertSame(col1, e.arg(1));
        });
        col2.on("remove", e -> {
            heard.add("col2");
            assertSame(m, e.arg(0));
            assertSame(col2, e.arg(1));
        });
        assertSame(col1, m.collection());
        col2.remove(m);
        assertEquals(0, col2.length());
        assertEquals(1, col1.length());
        assertEquals(1, counter[0]);
        assertSame(col1, m.collection());
        col1.remove(m);
        assertNull(m.collection());
        assertEquals(0, col1.length());
        assertEquals(2, counter[0]);
        assertEquals(List.of("model", "col2", "model", "col1"), heard);
    }

    // 31: Model.destroy belongs to sync; for a new model it fires "destroy" at once without calling the
    // server, which is what this test does, checking that every collection lets the model go.
    @Test
    public void nonPersistedModelDestroyRemovesFromAllCollections() {
        Model m = new Model(Attributes.of("title", "Othello"));
        Collection<Model> col1 = new Collection<>(List.of(m));
        Collection<Model> col2 = new Collection<>(List.of(m));
        m.trigger("destroy", m, m.collection(), new Options());
        assertEquals(0, col1.length());
        assertEquals(0, col2.length());
        assertNull(m.collection());
    }

    // 49
    @Test
    public void toJSON() {
        List<Map<String, Object>> json = col.toJSON();
        assertEquals(List.of(Attributes.of("id", 3, "label", "a"), Attributes.of("id", 2, "label", "b"),
                Attributes.of("id", 1, "label", "c"), Attributes.of("id", 0, "label", "d")), json);
        assertEquals(List.of("id", "label"), new ArrayList<>(json.get(0).keySet()));
    }

    // 50
    @Test
    public void whereAndFindWhere() {
        Model model = new Model(Attributes.of("a", 1));
        Collection<Model> coll = new Collection<>(List.of(model, Attributes.of("a", 1), Attributes.of("a", 1, "b", 2),
                Attributes.of("a", 2, "b", 2), Attributes.of("a", 3)));
        assertEquals(3, coll.where(Attributes.of("a", 1)).size());
        assertEquals(1, coll.where(Attributes.of("a", 2)).size());
        assertEquals(1, coll.where(Attributes.of("a", 3)).size());
        assertEquals(0, coll.where(Attributes.of("b", 1)).size());
        assertEquals(2, coll.where(Attributes.of("b", 2)).size());
        assertEquals(1, coll.where(Attributes.of("a", 1, "b", 2)).size());
        assertSame(model, coll.findWhere(Attributes.of("a", 1)));
        assertNull(coll.findWhere(Attributes.of("a", 4)));
    }

    // 52: chain() maps to stream().
    @Test
    public void underscoreMethods() {
        assertEquals("a b c d", joined(col.map(model -> model.get("label"))));
        assertFalse(col.some(model -> Integer.valueOf(100).equals(model.id())));
        assertTrue(col.some(model -> Integer.valueOf(0).equals(model.id())));
        assertEquals(3, id(col.reduce((Model) null, (m1, m2) -> m1 != null && id(m1) > id(m2) ? m1 : m2)));
        assertEquals(3, id(col.reduceRight((Model) null, (m1, m2) -> m1 != null && id(m1) > id(m2) ? m1 : m2)));
        assertEquals(1, col.indexOf(b));
        assertEquals(4, col.size());
        assertEquals(3, col.rest(1).size());
        assertFalse(col.rest(1).contains(a));
        assertTrue(col.rest(1).contains(d));
        assertFalse(col.isEmpty());
        assertFalse(col.without(d).contains(d));

        assertEquals(Integer.valueOf(3), col.stream().map(CollectionTest::id).max(Integer::compare).get());
        assertEquals(Integer.valueOf(0), col.stream().map(CollectionTest::id).min(Integer::compare).get());
        assertEquals(List.of(4, 0), col.stream().filter(o -> id(o) % 2 == 0).map(o -> id(o) * 2)
                .collect(Collectors.toList()));
        assertEquals(List.of(a, b), col.difference(List.of(c, d)));
        assertTrue(col.contains(col.sample()));

        Model first = col.first();
        assertEquals(List.of(first), col.groupBy(model -> model.id()).get(first.id()));
        Map<Object, Integer> counts = col.countBy(model -> model.id());
        assertEquals(Map.of(0, 1, 1, 1, 2, 1, 3, 1), counts);
        assertSame(col.at(3), col.sortBy(model -> model.id()).get(0));
        assertSame(first, col.indexBy(model -> model.id()).get(first.id()));
    }

    // 53: Underscore's {a: 0} iteratee is a Model.matches predicate in Java, its 'a' iteratee a get("a").
    @Test
    public void underscoreMethodsWithObjectStyleAndPropertyStyleIteratee() {
        Model model = new Model(Attributes.of("a", 4, "b", 1, "e", 3));
        Collection<Model> coll = new Collection<>(List.of(Attributes.of("a", 1, "b", 1),
                Attributes.of("a", 2, "b", 1, "c", 1), Attributes.of("a", 3, "b", 1), model));
        Map<String, Object> a0 = Attributes.of("a", 0);
        Map<String, Object> a4 = Attributes.of("a", 4);
        assertNull(coll.find(m -> m.matches(a0)));
        assertSame(model, coll.find(m -> m.matches(a4)));
        assertNull(coll.find(m -> m.has("d")));
        assertSame(model, coll.find(m -> m.has("e")));
        assertTrue(coll.filter(m -> m.matches(a0)).isEmpty());
        assertEquals(List.of(model), coll.filter(m -> m.matches(a4)));
        assertFalse(coll.some(m -> m.matches(a0)));
        assertTrue(coll.some(m -> m.matches(Attributes.of("a", 1))));
        assertEquals(4, coll.reject(m -> m.matches(a0)).size());
        assertEquals(coll.without(model), coll.reject(m -> m.matches(a4)));
        assertFalse(coll.every(m -> m.matches(a0)));
        assertTrue(coll.every(m -> m.matches(Attributes.of("b", 1))));
        assertEquals(List.of(), coll.partition(m -> m.matches(a0)).get(true));
        assertEquals(coll.models(), coll.partition(m -> m.matches(a0)).get(false));
        assertEquals(List.of(model), coll.partition(m -> m.matches(a4)).get(true));
        assertEquals(coll.without(model), coll.partition(m -> m.matches(a4)).get(false));
        assertEquals(List.of(false, true, false, false), coll.map(m -> m.matches(Attributes.of("a", 2))));
        assertEquals(List.of(1, 2, 3, 4), coll.map(m -> m.get("a")));
        assertSame(model, coll.sortBy("a").get(3));
        assertSame(model, coll.sortBy("e").get(0));
        Map<Boolean, Integer> byA4 = new LinkedHashMap<>();
        byA4.put(false, 3);
        byA4.put(true, 1);
        assertEquals(byA4, coll.countBy(m -> m.matches(a4)));
        Map<Object, Integer> byD = new LinkedHashMap<>();
        byD.put(null, 4);
        assertEquals(byD, coll.countBy(m -> m.get("d")));
        assertEquals(0, coll.findIndex(m -> m.matches(Attributes.of("b", 1))));
        assertEquals(-1, coll.findIndex(m -> m.matches(Attributes.of("b", 9))));
        assertEquals(3, coll.findLastIndex(m -> m.matches(Attributes.of("b", 1))));
        assertEquals(-1, coll.findLastIndex(m -> m.matches(Attributes.of("b", 9))));
    }

    // 54
    @Test
    public void reset() {
        int[] resetCount = {0};
        List<Model> models = new ArrayList<>(col.models());
        col.on("reset", e -> resetCount[0]++);
        col.reset(List.of());
        assertEquals(1, resetCount[0]);
        assertEquals(0, col.length());
        assertNull(col.last());
        col.reset(models);
        assertEquals(2, resetCount[0]);
        assertEquals(4, col.length());
        assertSame(d, col.last());
        col.reset(models.stream().map(Model::attributes).collect(Collectors.toList()));
        assertEquals(3, resetCount[0]);
        assertEquals(4, col.length());
        assertNotSame(d, col.last());
        assertEquals(d.attributes(), col.last().attributes());
        col.reset();
        assertEquals(0, col.length());
        assertEquals(4, resetCount[0]);

        Model f = new Model(Attributes.of("id", 20, "label", "f"));
        col.reset(Arrays.asList(null, f));
        assertEquals(2, col.length());
        assertEquals(5, resetCount[0]);

        col.reset(Arrays.asList(new Object[4]));
        assertEquals(4, col.length());
        assertEquals(6, resetCount[0]);
    }

    // 55
    @Test
    public void resetWithDifferentValues() {
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("id", 1)));
        collection.reset(List.of(Attributes.of("id", 1, "a", 1)));
        assertEquals(1, collection.get(1).get("a"));
    }

    // 56
    @Test
    public void sameReferencesInReset() {
        Model model = new Model(Attributes.of("id", 1));
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("id", 1)));
        collection.reset(List.of(model));
        assertSame(model, collection.get(1));
    }

    // 57
    @Test
    public void resetPassesCallerOptions() {
        class WithParameter extends Model {
            final Object modelParameter;

            WithParameter(Map<String, ?> attributes, Options options) {
                super(attributes, options);
                modelParameter = options.get("modelParameter");
            }
        }
        Collection<WithParameter> collection = new Collection<>(WithParameter::new);
        collection.reset(List.of(Attributes.of("astring", "green", "anumber", 1),
                Attributes.of("astring", "blue", "anumber", 2)), new Options().put("modelParameter", "model parameter"));
        assertEquals(2, collection.length());
        int checked = 0;
        for (WithParameter model : collection) {
            assertEquals("model parameter", model.modelParameter);
            checked++;
        }
        assertEquals(2, checked);
    }

    // 58
    @Test
    public void resetDoesNotAlterOptionsByReference() {
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("id", 1)));
        Options origOpts = new Options();
        int[] calls = {0};
        collection.on("reset", e -> {
            calls[0]++;
            // The caller's options have nowhere to receive the previous models: the event's own value has them.
            assertEquals(1, EventOptions.of(e).previousModels().get(0).id());
        });
        collection.reset(List.of(), origOpts);
        assertEquals(1, calls[0]);
    }

    // 59
    @Test
    public void triggerCustomEventsOnModels() {
        boolean[] fired = {false};
        a.on("custom", e -> fired[0] = true);
        a.trigger("custom");
        assertTrue(fired[0]);
    }

    // 60
    @Test
    public void addDoesNotAlterArguments() {
        Map<String, Object> attrs = new LinkedHashMap<>();
        List<Object> models = new ArrayList<>();
        models.add(attrs);
        new Collection<>().add(models);
        assertEquals(1, models.size());
        assertSame(attrs, models.get(0));
        assertTrue(attrs.isEmpty());
    }

    // 62
    @Test
    public void removeItsOwnReferenceToTheModelsArray_574() {
        Collection<Model> collection = new Collection<>(List.of(Attributes.of("id", 1), Attributes.of("id", 2),
                Attributes.of("id", 3), Attributes.of("id", 4), Attributes.of("id", 5), Attributes.of("id", 6)));
        assertEquals(6, collection.length());
        collection.remove(collection.models());
        assertEquals(0, collection.length());
    }

    // 63
    @Test
    public void addingModelsToACollectionWhichDoNotPassValidationWithValidateTrue_861() {
        class NotThree extends Model {
            NotThree(Map<String, ?> attributes, Options options) {
                super(attributes, options);
            }

            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return Errors.of(Integer.valueOf(3).equals(attrs.get("id")) ? "id can't be 3" : null);
            }
        }
        Collection<NotThree> collection = new Collection<>(NotThree::new);
        List<Object> errors = new ArrayList<>();
        collection.on("invalid", e -> errors.add(e.arg(1)));
        collection.add(List.of(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3),
                Attributes.of("id", 4), Attributes.of("id", 5), Attributes.of("id", 6)), new Options().validate(true));
        assertEquals(List.of(1, 2, 4, 5, 6), collection.pluck("id"));
        assertEquals(List.of(ValidationError.of("id can't be 3")), errors);
    }

    // 64
    @Test
    public void invalidModelsAreDiscardedWithValidateTrue() {
        class NeedsValid extends Model {
            NeedsValid(Map<String, ?> attributes, Options options) {
                super(attributes, options);
            }

            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return Errors.of(Boolean.TRUE.equals(attrs.get("valid")) ? null : "invalid");
            }
        }
        Collection<NeedsValid> collection = new Collection<>(NeedsValid::new);
        int[] tests = {0};
        collection.on("test", e -> tests[0]++);
        NeedsValid model = new NeedsValid(Attributes.of("id", 1, "valid", true), null);
        collection.add(List.of(model, Attributes.of("id", 2)), new Options().validate(true));
        model.trigger("test");
        assertEquals(1, tests[0]);
        assertNotNull(collection.get(model.cid()));
        assertNotNull(collection.get(1));
        assertNull(collection.get(2));
        assertEquals(1, collection.length());
    }

    // 65
    @Test
    public void multipleCopiesOfTheSameModel() {
        Collection<Model> collection = new Collection<>();
        Model model = new Model();
        collection.add(List.of(model, model));
        assertEquals(1, collection.length());
        collection.add(List.of(Attributes.of("id", 1), Attributes.of("id", 1)));
        assertEquals(2, collection.length());
        assertEquals(1, collection.last().id());
    }

    // 66: Java has no call without the argument; null is the case that remains.
    @Test
    public void collectionGetReturnInconsistent_964() {
        Collection<Model> collection = new Collection<>();
        assertNull(collection.get(null));
    }

    // 67: Backbone's model option is the factory given to the constructor.
    @Test
    public void passingOptionsModelSetsCollectionModel_1112() {
        Collection<Thing> collection = new Collection<>(Thing::new, List.of(Attributes.of("id", 1)));
        assertTrue(collection.at(0) instanceof Thing);
        collection.add(Attributes.of("id", 2));
        assertTrue(collection.at(1) instanceof Thing);
    }

    // 68: JavaScript's undefined id is an unset id attribute in Java.
    @Test
    public void nullAndUndefinedAreInvalidIds() {
        Model model = new Model(Attributes.of("id", 1));
        Collection<Model> collection = new Collection<>(List.of(model));
        model.set(Attributes.of("id", null));
        assertNull(collection.get("null"));
        assertNull(collection.get(1));
        model.set(Attributes.of("id", 1));
        assertSame(model, collection.get(1));
        model.unset("id");
        assertNull(collection.get("undefined"));
        assertNull(collection.get("null"));
        assertNull(collection.get(1));
    }

    // 69: a subclass's comparator is cleared with comparator(null) (Backbone's false or null option) and
    // kept when nothing is passed (Backbone's undefined).
    @Test
    public void falsyComparator() {
        Collection<Model> collection = new ById();
        Collection<Model> colFalse = new ById().comparator((Comparator<Model>) null);
        Collection<Model> colNull = new ById().comparator((String) null);
        Collection<Model> colUndefined = new ById();
        assertNotNull(collection.comparator());
        assertNull(colFalse.comparator());
        assertNull(colNull.comparator());
        assertNotNull(colUndefined.comparator());

        List<Map<String, Object>> models = List.of(Attributes.of("id", 2), Attributes.of("id", 1));
        colNull.add(models);
        colUndefined.add(models);
        assertEquals(List.of(2, 1), colNull.pluck("id"));
        assertEquals(List.of(1, 2), colUndefined.pluck("id"));
    }

    // Cases 73-144 of test/collection.js


    // Models and factories the cases below declare with extend() upstream

    /** A plain model type, for the polymorphic cases. */
    static class P2A extends Model {
        P2A(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }
    }

    /** Another plain model type, for the polymorphic cases. */
    static class P2B extends Model {
        P2B(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }
    }

    /** A model whose id lives in {@code _id}, as for a MongoDB backend. */
    static class P2Mongo extends Model {
        P2Mongo(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        public String idAttribute() {
            return "_id";
        }
    }

    /** Two model types that both keep their id in {@code _id}. */
    static class P2MongoA extends P2Mongo {
        P2MongoA(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }
    }

    static class P2MongoB extends P2Mongo {
        P2MongoB(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }
    }

    /** A model whose parse marks what it parsed with {@code name: "test"}. */
    static class P2Named extends Model {
        P2Named(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        protected Map<String, Object> parse(Object response, Options options) {
            @SuppressWarnings("unchecked")
            Map<String, Object> attrs = new LinkedHashMap<>((Map<String, Object>) response);
            attrs.put("name", "test");
            return attrs;
        }
    }

    /** A collection whose parse unwraps {@code {namespace: [...]}}. */
    static Object p2Namespace(Object response) {
        return ((Map<?, ?>) response).get("namespace");
    }

    static Map<String, Object> p2NamespaceResponse() {
        return Attributes.of("namespace", Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2)));
    }

    static List<Object> p2Ids(Collection<?> collection) {
        return collection.pluck("id");
    }

    // The cases, in upstream order

    // 73 "#1447 - create with wait adds model." needs sync.

    @Test
    public void addSortsCollectionAfterMerge_1448() {
        Collection<Model> collection = new Collection<>(
                Arrays.asList(Attributes.of("id", 1, "x", 1), Attributes.of("id", 2, "x", 2)));
        collection.comparator(model -> model.get("x"));
        collection.add(Attributes.of("id", 1, "x", 3), new Options().merge(true));
        assertEquals(Arrays.asList(2, 1), p2Ids(collection));
    }

    @Test
    public void groupByCanBeUsedWithAStringArgument_1655() {
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of("x", 1), Attributes.of("x", 2)));
        Map<String, List<Model>> grouped = collection.groupBy("x");
        assertEquals(2, grouped.size());
        // Underscore's groups are an object's properties: their keys are text.
        assertEquals(1, grouped.get("1").get(0).get("x"));
        assertEquals(2, grouped.get("2").get(0).get("x"));
    }

    @Test
    public void sortByCanBeUsedWithAStringArgument_1655() {
        Collection<Model> collection = new Collection<>(
                Arrays.asList(Attributes.of("x", 3), Attributes.of("x", 1), Attributes.of("x", 2)));
        List<Object> values = new ArrayList<>();
        for (Model model : collection.sortBy("x")) {
            values.add(model.get("x"));
        }
        assertEquals(Arrays.asList(1, 2, 3), values);
        assertEquals(Arrays.asList(3, 1, 2), collection.pluck("x"));
    }

    @Test
    public void removalDuringIteration_1604() {
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of(), Attributes.of()));
        List<Model> before = new ArrayList<>(collection.models());
        // Model.destroy belongs to sync; destroying a new model fires this event synchronously.
        collection.on("add", e -> {
            Model first = collection.at(0);
            first.trigger("destroy", first, first.collection(), new Options());
        });
        Model added = collection.add(Attributes.of(), new Options().at(0));
        assertFalse(collection.contains(added));
        assertNull(added.collection());
        assertEquals(before, collection.models());
    }

    @Test
    public void sortDuringAddTriggersCorrectly_1638() {
        Collection<Model> collection = new Collection<>();
        collection.comparator(model -> model.get("x"));
        List<Object> added = new ArrayList<>();
        collection.on("add", e -> {
            Model model = (Model) e.arg(0);
            model.set(Attributes.of("x", 3));
            collection.sort();
            added.add(model.id());
        });
        collection.add(Arrays.asList(Attributes.of("id", 1, "x", 1), Attributes.of("id", 2, "x", 2)));
        assertEquals(Arrays.asList(1, 2), added);
    }

    // 79 "fetch parses models by default" needs sync.

    @Test
    public void sortShouldntAlwaysFireOnAdd() {
        int[] sorts = {0};
        Collection<Model> collection = new Collection<Model>(
                Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3))) {
            {
                comparator("id");
            }

            @Override
            public Collection<Model> sort(Options options) {
                sorts[0]++;
                return this;
            }
        };
        collection.add(new ArrayList<>());
        collection.add(Attributes.of("id", 1));
        collection.add(Arrays.asList(Attributes.of("id", 2), Attributes.of("id", 3)));
        assertEquals(0, sorts[0]);
        collection.add(Attributes.of("id", 4));
        assertEquals(1, sorts[0]);
        assertEquals(4, collection.size());
    }

    @Test
    public void parseOptionOnConstructorParsesCollectionAndModels_1407() {
        Collection<P2Named> collection =
                new Collection<P2Named>(P2Named::new, p2NamespaceResponse(), new Options().parse(true)) {
                    @Override
                    protected Object parse(Object response, Options options) {
                        return p2Namespace(response);
                    }
                };
        assertEquals(2, collection.length());
        assertEquals("test", collection.at(0).get("name"));
    }

    @Test
    public void parseOptionOnResetParsesCollectionAndModels_1407() {
        Collection<P2Named> collection = new Collection<P2Named>(P2Named::new) {
            @Override
            protected Object parse(Object response, Options options) {
                return p2Namespace(response);
            }
        };
        collection.reset(p2NamespaceResponse(), new Options().parse(true));
        assertEquals(2, collection.length());
        assertEquals("test", collection.at(0).get("name"));
    }

    @Test
    public void resetIncludesPreviousModelsInTriggeredEvent() {
        Model model = new Model();
        Collection<Model> collection = new Collection<>(Arrays.asList(model));
        List<List<? extends Model>> seen = new ArrayList<>();
        collection.on("reset", e -> seen.add(EventOptions.of(e).previousModels()));
        collection.reset(new ArrayList<>());
        assertEquals(1, seen.size());
        assertEquals(Arrays.asList(model), seen.get(0));
    }

    @Test
    public void set() {
        Model m1 = new Model();
        Model m2 = new Model(Attributes.of("id", 2));
        Model m3 = new Model();
        Collection<Model> collection = new Collection<>(Arrays.asList(m1, m2));
        List<Object> adds = new ArrayList<>();
        List<Object> changes = new ArrayList<>();
        List<Object> removes = new ArrayList<>();

        // Which models the add, change and remove events name.
        collection.on("add", e -> adds.add(e.arg(0)));
        collection.on("change", e -> changes.add(e.arg(0)));
        Listener removeListener = e -> removes.add(e.arg(0));
        collection.on("remove", removeListener);

        // remove: false removes nothing.
        collection.set(new ArrayList<>(), new Options().remove(false));
        assertEquals(2, collection.length());

        // add: false adds nothing.
        collection.set(Arrays.asList(m1, m2, m3), new Options().add(false));
        assertEquals(2, collection.length());

        // merge: false changes no model.
        collection.set(Arrays.asList(m1, Attributes.of("id", 2, "a", 1)), new Options().merge(false));
        assertFalse(m2.attributes().containsKey("a"));

        // add: false with remove: false only merges.
        collection.set(Arrays.asList(m1, Attributes.of("id", 2, "a", 0), m3, Attributes.of("id", 4)),
                new Options().add(false).remove(false));
        assertEquals(2, collection.length());
        assertEquals(0, m2.get("a"));

        // By default set adds, removes and merges as needed.
        collection.set(Arrays.asList(Attributes.of("id", 2, "a", 1), m3));
        assertEquals(2, collection.length());
        assertEquals(1, m2.get("a"));
        assertEquals(Arrays.asList(m3), adds);
        assertEquals(Arrays.asList(m2, m2), changes);
        assertEquals(Arrays.asList(m1), removes);

        // An empty list removes everything.
        removes.clear();
        collection.set(new ArrayList<>());
        assertEquals(0, collection.length());
        assertEquals(2, removes.size());
        assertTrue(removes.contains(m2) && removes.contains(m3));

        // A null list leaves the collection alone.
        collection.off();
        collection.set(Arrays.asList(Attributes.of("id", 1)));
        assertNull(collection.set(null));
        assertEquals(1, collection.length());
    }

    @Test
    public void setWithOnlyCids() {
        Model m1 = new Model();
        Model m2 = new Model();
        Collection<Model> collection = new Collection<>();
        collection.set(Arrays.asList(m1, m2));
        assertEquals(2, collection.length());
        collection.set(Arrays.asList(m1));
        assertEquals(1, collection.length());
        collection.set(Arrays.asList(m1, m1, m1, m2, m2), new Options().remove(false));
        assertEquals(2, collection.length());
    }

    @Test
    public void setWithOnlyIdAttribute() {
        Map<String, Object> m1 = Attributes.of("_id", 1);
        Map<String, Object> m2 = Attributes.of("_id", 2);
        Collection<P2Mongo> collection = new Collection<>(ModelFactory.withIdAttribute("_id", P2Mongo::new));
        collection.set(Arrays.asList(m1, m2));
        assertEquals(2, collection.length());
        collection.set(Arrays.asList(m1));
        assertEquals(1, collection.length());
        collection.set(Arrays.asList(m1, m1, m1, m2, m2), new Options().remove(false));
        assertEquals(2, collection.length());
    }

    /** A model with a default for {@code key}. */
    static class P2Defaults extends Model {
        P2Defaults(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        protected Map<String, ?> defaults() {
            return Attributes.of("key", "value");
        }
    }

    @Test
    public void setMergeWithDefaultValuesDefined() {
        P2Defaults m = new P2Defaults(Attributes.of("id", 1), null);
        Collection<P2Defaults> collection = new Collection<>(P2Defaults::new, Arrays.asList(m));
        assertEquals("value", collection.first().get("key"));

        collection.set(Attributes.of("id", 1, "key", "other"), null);
        assertEquals("other", collection.first().get("key"));

        collection.set(Attributes.of("id", 1, "other", "value"), null);
        assertEquals("other", collection.first().get("key"));
        assertEquals(1, collection.length());
    }

    /** A model that turns a {@code child} attribute map into a model of its own when it is created. */
    static class P2Parent extends Model {
        P2Parent(Map<String, ?> attributes, Options options) {
            super(attributes, options);
            Object child = attributes == null ? null : attributes.get("child");
            if (child instanceof Map) {
                @SuppressWarnings("unchecked")
                Map<String, ?> childAttributes = (Map<String, ?>) child;
                set("child", new P2Parent(childAttributes, options), options);
            }
        }
    }

    @Test
    public void mergeWithoutMutation() {
        Map<String, Object> childData = Attributes.of("id", 2);
        Map<String, Object> item = Attributes.of("id", 1, "child", childData);
        List<Object> data = Arrays.asList(item);
        Collection<P2Parent> collection = new Collection<>(P2Parent::new, data);
        assertEquals(1, collection.first().id());
        assertTrue(collection.first().get("child") instanceof P2Parent);
        collection.set(data);
        assertEquals(1, collection.first().id());
        List<Object> more = new ArrayList<>();
        more.add(Attributes.of("id", 2, "child", Attributes.of("id", 2)));
        more.addAll(data);
        collection.set(more);
        assertEquals(Arrays.asList(2, 1), p2Ids(collection));
        // The input was read, never written.
        assertEquals(Attributes.of("id", 1, "child", Attributes.of("id", 2)), item);
        assertSame(childData, item.get("child"));
    }

    @Test
    public void setAndModelLevelParse() {
        Model model = new Model(Attributes.of("id", 1));
        Collection<Model> collection = new Collection<Model>(Model::new, Arrays.asList(model)) {
            @Override
            protected Object parse(Object response, Options options) {
                List<Object> models = new ArrayList<>();
                for (Object entry : (List<?>) ((Map<?, ?>) response).get("models")) {
                    models.add(((Map<?, ?>) entry).get("model"));
                }
                return models;
            }
        };
        collection.set(Attributes.of("models", Arrays.asList(
                Attributes.of("model", Attributes.of("id", 1)),
                Attributes.of("model", Attributes.of("id", 2)))), new Options().parse(true));
        assertSame(model, collection.first());
        assertEquals(Arrays.asList(1, 2), p2Ids(collection));
    }

    @Test
    public void setDataIsOnlyParsedOnce() {
        List<Object> parsed = new ArrayList<>();
        Collection<Model> collection = new Collection<>((attrs, options) -> new Model(attrs, options) {
            @Override
            protected Map<String, Object> parse(Object response, Options parseOptions) {
                @SuppressWarnings("unchecked")
                Map<String, Object> data = (Map<String, Object>) response;
                assertFalse(data.containsKey("parsed"));
                data.put("parsed", true);
                parsed.add(data);
                return data;
            }
        });
        collection.set(Attributes.of(), new Options().parse(true));
        assertEquals(1, parsed.size());
        assertEquals(true, collection.first().get("parsed"));
    }

    @Test
    public void setMatchesInputOrderInTheAbsenceOfAComparator() {
        Model one = new Model(Attributes.of("id", 1));
        Model two = new Model(Attributes.of("id", 2));
        Model three = new Model(Attributes.of("id", 3));
        Collection<Model> collection = new Collection<>(Arrays.asList(one, two, three));
        collection.set(Arrays.asList(Attributes.of("id", 3), Attributes.of("id", 2), Attributes.of("id", 1)));
        assertEquals(Arrays.asList(three, two, one), collection.models());
        collection.set(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2)));
        assertEquals(Arrays.asList(one, two), collection.models());
        collection.set(Arrays.asList(two, three, one));
        assertEquals(Arrays.asList(two, three, one), collection.models());
        collection.set(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2)), new Options().remove(false));
        assertEquals(Arrays.asList(two, three, one), collection.models());
        collection.set(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3)),
                new Options().merge(false));
        assertEquals(Arrays.asList(one, two, three), collection.models());
        collection.set(Arrays.asList(three, two, one, Attributes.of("id", 4)), new Options().add(false));
        assertEquals(Arrays.asList(one, two, three), collection.models());
    }

    /** A collection sorted by id that counts the calls of its sort method instead of sorting. */
    static final class P2CountingSorts extends Collection<Model> {
        int sorts;

        P2CountingSorts() {
            comparator("id");
        }

        @Override
        public Collection<Model> sort(Options options) {
            sorts++;
            return this;
        }
    }

    @Test
    public void pushShouldNotTriggerASort_1894() {
        P2CountingSorts collection = new P2CountingSorts();
        collection.push(Attributes.of("id", 1));
        assertEquals(0, collection.sorts);
        assertEquals(1, collection.length());
    }

    @Test
    public void pushDuplicateModelsReturnTheCorrectOne_2428() {
        Collection<Model> collection = new Collection<>();
        Model model1 = collection.push(Attributes.of("id", 101));
        Model model2 = collection.push(Attributes.of("id", 101));
        assertEquals(model1.cid(), model2.cid());
        assertEquals(1, collection.length());
    }

    @Test
    public void setWithNonNormalId() {
        Collection<P2Mongo> collection =
                new Collection<>(ModelFactory.withIdAttribute("_id", P2Mongo::new), Arrays.asList(Attributes.of("_id", 1)));
        collection.set(Arrays.asList(Attributes.of("_id", 1, "a", 1)), new Options().add(false));
        assertEquals(1, collection.first().get("a"));
        assertEquals(1, collection.length());
    }

    @Test
    public void sortCanOptionallyBeTurnedOff_1894() {
        P2CountingSorts collection = new P2CountingSorts();
        collection.add(Attributes.of("id", 1), new Options().sort(false));
        assertEquals(0, collection.sorts);
        assertEquals(1, collection.length());
    }

    @Test
    public void parseDataInTheRightOrderInSet_1915() {
        List<Object> statuses = new ArrayList<>();
        Collection<Model> collection = new Collection<Model>() {
            @Override
            protected Object parse(Object response, Options options) {
                Map<?, ?> data = (Map<?, ?>) response;
                statuses.add(data.get("status"));
                return data.get("data");
            }
        };
        Map<String, Object> res = Attributes.of("status", "ok", "data", Arrays.asList(Attributes.of("id", 1)));
        collection.set(res, new Options().parse(true));
        assertEquals(Arrays.asList("ok"), statuses);
        assertEquals(Arrays.asList(1), p2Ids(collection));
    }

    // 97 "#1939 - `parse` is passed `options`" and 98 "fetch will pass extra options to success callback"
    // need sync.

    @Test
    public void addOnlySortsWhenNecessary() {
        Collection<Model> collection = new Collection<>(
                Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3)));
        collection.comparator("a");
        int[] sorts = {0};
        collection.on("sort", e -> sorts[0]++);
        collection.add(Attributes.of("id", 4)); // sorts: a new model
        assertEquals(1, sorts[0]);
        collection.add(Attributes.of("id", 1, "a", 1), new Options().merge(true)); // sorts: a changed
        assertEquals(2, sorts[0]);
        collection.add(Attributes.of("id", 1, "b", 1), new Options().merge(true)); // no: a is the same
        collection.add(Attributes.of("id", 1, "a", 1), new Options().merge(true)); // no: nothing changed
        collection.add(collection.models()); // no: nothing new
        collection.add(collection.models(), new Options().merge(true)); // no
        assertEquals(2, sorts[0]);
    }

    @Test
    public void addOnlySortsWhenNecessaryWithComparatorFunction() {
        Collection<Model> collection = new Collection<>(
                Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3)));
        collection.comparator((m1, m2) -> {
            Object a1 = m1.get("a");
            Object a2 = m2.get("a");
            // JavaScript's > and < are both false against undefined.
            return a1 == null || a2 == null ? 0 : Integer.compare((Integer) a1, (Integer) a2);
        });
        int[] sorts = {0};
        collection.on("sort", e -> sorts[0]++);
        collection.add(Attributes.of("id", 4)); // sorts: a new model
        collection.add(Attributes.of("id", 1, "a", 1), new Options().merge(true)); // sorts: a model changed
        collection.add(Attributes.of("id", 1, "b", 1), new Options().merge(true)); // sorts: a model changed
        assertEquals(3, sorts[0]);
        collection.add(Attributes.of("id", 1, "a", 1), new Options().merge(true)); // no: nothing changed
        collection.add(collection.models()); // no: nothing new
        collection.add(collection.models(), new Options().merge(true)); // no
        assertEquals(3, sorts[0]);
    }

    @Test
    public void attachOptionsToCollection() {
        List<Model> made = new ArrayList<>();
        ModelFactory<Model> factory = (attrs, options) -> {
            Model model = new Model(attrs, options);
            made.add(model);
            return model;
        };
        java.util.Comparator<Model> comparator = (m1, m2) -> 0;
        Collection<Model> collection = new Collection<>(factory, new ArrayList<>()).comparator(comparator);
        assertSame(comparator, collection.comparator());
        Model added = collection.add(Attributes.of("id", 1));
        assertEquals(Arrays.asList(added), made);
        assertSame(collection, added.collection());
    }

    @Test
    public void passFalseyForModelsForEmptyColWithOptions() {
        // JavaScript's undefined, null and false are all null here; initialize(models, options) has no
        // Java counterpart, the constructor is the place.
        Options opts = new Options().put("a", 1).put("b", 2);
        assertEquals(0, new Collection<>(Model::new, null).length());
        Collection<Model> collection = new Collection<>(Model::new, null, opts);
        assertEquals(0, collection.length());
        assertTrue(collection.isEmpty());
    }

    @Test
    public void addOverridesSetFlags() {
        Collection<Model> collection = new Collection<>();
        collection.once("add", e -> {
            Collection<Model> coll = (Collection<Model>) e.arg(1);
            coll.add(Attributes.of("id", 2), EventOptions.of(e).options());
        });
        collection.set(Attributes.of("id", 1), null);
        assertEquals(2, collection.length());
        assertEquals(Arrays.asList(1, 2), p2Ids(collection));
    }

    // 104 "#2606 - Collection#create, success arguments" needs sync.

    /** Upstream's Item: a model with a collection of sub-items that its parse fills. */
    static class P2Item extends Model {
        private Collection<Model> subItems;

        P2Item(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        /** Created on first use: the Model constructor parses before this class's fields are initialised. */
        Collection<Model> subItems() {
            if (subItems == null) {
                subItems = new Collection<>();
            }
            return subItems;
        }

        @Override
        protected Map<String, Object> parse(Object response, Options options) {
            @SuppressWarnings("unchecked")
            Map<String, Object> attrs = new LinkedHashMap<>((Map<String, Object>) response);
            subItems().set(attrs.remove("subItems"), new Options().parse(true));
            return attrs;
        }
    }

    /** Upstream's Job: a model with a collection of items that its parse fills. */
    static class P2Job extends Model {
        private Collection<P2Item> items;

        P2Job(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        Collection<P2Item> items() {
            if (items == null) {
                items = new Collection<>(P2Item::new);
            }
            return items;
        }

        @Override
        protected Map<String, Object> parse(Object response, Options options) {
            @SuppressWarnings("unchecked")
            Map<String, Object> attrs = new LinkedHashMap<>((Map<String, Object>) response);
            items().set(attrs.remove("items"), new Options().parse(true));
            return attrs;
        }
    }

    private static Map<String, Object> p2JobData(String prefix) {
        return Attributes.of("name", prefix + "JobName", "id", 1, "items", Arrays.asList(
                Attributes.of("id", 1, "name", prefix + "Sub1", "subItems", Arrays.asList(
                        Attributes.of("id", 1, "subName", prefix + "One"),
                        Attributes.of("id", 2, "subName", prefix + "Two"))),
                Attributes.of("id", 2, "name", prefix + "Sub2", "subItems", Arrays.asList(
                        Attributes.of("id", 3, "subName", prefix + "Three"),
                        Attributes.of("id", 4, "subName", prefix + "Four")))));
    }

    @Test
    public void nestedParseWorksWithCollectionSet_2612() {
        P2Job job = new P2Job(p2JobData(""), new Options().parse(true));
        assertEquals("JobName", job.get("name"));
        assertFalse(job.attributes().containsKey("items"));
        assertEquals("Sub1", job.items().at(0).get("name"));
        assertEquals(2, job.items().length());
        assertEquals("One", job.items().get(1).subItems().get(1).get("subName"));
        assertEquals("Three", job.items().get(2).subItems().get(3).get("subName"));

        P2Item first = job.items().get(1);
        job.set(job.parse(p2JobData("New"), new Options().parse(true)));
        assertEquals("NewJobName", job.get("name"));
        assertEquals("NewSub1", job.items().at(0).get("name"));
        assertSame(first, job.items().at(0));
        assertEquals(2, job.items().length());
        assertEquals("NewOne", job.items().get(1).subItems().get(1).get("subName"));
        assertEquals("NewThree", job.items().get(2).subItems().get(3).get("subName"));
    }

    @Test
    public void addReferenceBindsAllCollectionEventsAndAddsToTheLookupHashes() {
        // Upstream overrides the private _addReference/_removeReference; here we check what they leave behind.
        Collection<Model> collection = new Collection<>();
        Model model = collection.add(Attributes.of("id", 1));
        assertSame(model, collection.get(1));
        assertSame(model, collection.get(model.cid()));
        assertEquals(1, model.listenerCount("all"));
        assertSame(collection, model.collection());

        collection.remove(model);
        assertNull(collection.get(1));
        assertNull(collection.get(model.cid()));
        assertNull(model.collection());
        assertEquals(0, model.listenerCount("all"));
    }

    @Test
    public void doNotAllowDuplicateModelsToBeAddedOrSet() {
        Collection<Model> collection = new Collection<>();
        collection.add(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 1)));
        assertEquals(1, collection.length());
        assertEquals(1, collection.models().size());

        collection.set(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 1)));
        assertEquals(1, collection.length());
        assertEquals(1, collection.models().size());
    }

    @Test
    public void setWithAddFalseShouldNotThrow_3020() {
        Collection<Model> collection = new Collection<>();
        collection.set(Arrays.asList(Attributes.of("id", 1)), new Options().add(false));
        assertEquals(0, collection.length());
        assertEquals(0, collection.models().size());
    }

    // 109 "create with wait, model instance, #3028" needs sync.

    @Test
    public void modelId() {
        // Without a model type the id is in "id".
        assertEquals(1, new Collection<>().modelId(Attributes.of("id", 1), null));

        // A model's own id attribute comes first.
        P2Mongo model = new P2Mongo(Attributes.of("_id", 1), null);
        assertEquals(1, new Collection<>().modelId(model.attributes(), model.idAttribute()));

        // Plain attributes use the id attribute of the collection's model type.
        Collection<P2Mongo> stooges = new Collection<>(ModelFactory.withIdAttribute("_id", P2Mongo::new));
        assertEquals(1, stooges.modelId(Attributes.of("_id", 1), null));
    }

    @Test
    public void polymorphicModelsWorkWithSimpleConstructors() {
        Collection<Model> collection = new Collection<>((attrs, options) ->
                "a".equals(attrs.get("type")) ? new P2A(attrs, null) : new P2B(attrs, null),
                Arrays.asList(Attributes.of("id", 1, "type", "a"), Attributes.of("id", 2, "type", "b")));
        assertEquals(2, collection.length());
        assertTrue(collection.at(0) instanceof P2A);
        assertEquals(1, collection.at(0).id());
        assertTrue(collection.at(1) instanceof P2B);
        assertEquals(2, collection.at(1).id());
    }

    @Test
    public void polymorphicModelsWorkWithAdvancedConstructors() {
        Collection<P2Mongo> collection = new Collection<>(ModelFactory.withIdAttribute("_id", (attrs, options) ->
                "a".equals(attrs.get("type")) ? new P2MongoA(attrs, null) : new P2MongoB(attrs, null)),
                Arrays.asList(Attributes.of("_id", 1, "type", "a"), Attributes.of("_id", 2, "type", "b")));
        assertEquals(2, collection.length());
        assertTrue(collection.at(0) instanceof P2MongoA);
        assertSame(collection.at(0), collection.get(1));
        assertTrue(collection.at(1) instanceof P2MongoB);
        assertSame(collection.at(1), collection.get(2));

        Collection<Model> typed = new Collection<Model>((attrs, options) ->
                "a".equals(attrs.get("type")) ? new P2A(attrs, null) : new P2B(attrs, null),
                Arrays.asList(Attributes.of("id", 1, "type", "a"), Attributes.of("id", 1, "type", "b"))) {
            @Override
            protected Object modelId(Map<String, ?> attrs, String idAttribute) {
                return attrs.get("type") + "-" + attrs.get("id");
            }
        };
        assertEquals(2, typed.length());
        assertTrue(typed.at(0) instanceof P2A);
        assertSame(typed.at(0), typed.get("a-1"));
        assertTrue(typed.at(1) instanceof P2B);
        assertSame(typed.at(1), typed.get("b-1"));
    }

    @Test
    public void collectionWithPolymorphicModelsReceivesIdFromModelIdUsingModelInstanceIdAttribute() {
        // Models with "id" as their id attribute need nothing special.
        Collection<Model> c1 = new Collection<>((attrs, options) -> new Model(attrs),
                Arrays.asList(Attributes.of("id", 1)));
        assertEquals(1, c1.get(1).id());
        assertEquals(1, c1.modelId(Attributes.of("id", 1), null));

        // Models with their own id attribute are indexed by it, though the factory does not declare it.
        Collection<P2Mongo> c2 = new Collection<>((attrs, options) -> new P2Mongo(attrs, null),
                Arrays.asList(Attributes.of("_id", 1)));
        assertSame(c2.at(0), c2.get(1));
        assertEquals(1, c2.modelId(c2.at(0).attributes(), c2.at(0).idAttribute()));
        P2Mongo m = new P2Mongo(Attributes.of("_id", 2), null);
        c2.add(m);
        assertSame(m, c2.get(2));
        assertEquals(2, c2.modelId(m.attributes(), m.idAttribute()));
    }

    @Test
    public void collectionImplementsIterableValuesIsDefaultIteratorFunction() {
        // Java's Iterable stands for Symbol.iterator: a for-each loop walks the models.
        Iterable<Model> iterable = new Collection<>(new ArrayList<>());
        Iterator<Model> iterator = iterable.iterator();
        assertFalse(iterator.hasNext());

        Model one = new Model();
        List<Model> walked = new ArrayList<>();
        for (Model model : new Collection<>(Arrays.asList(one))) {
            walked.add(model);
        }
        assertEquals(Arrays.asList(one), walked);
    }

    @Test
    public void collectionValuesIteratesModelsInSortedOrder() {
        Model one = new Model(Attributes.of("id", 1));
        Model two = new Model(Attributes.of("id", 2));
        Model three = new Model(Attributes.of("id", 3));
        Collection<Model> collection = new Collection<>(Arrays.asList(one, two, three));
        Iterator<Model> iterator = collection.iterator();
        assertSame(one, iterator.next());
        assertSame(two, iterator.next());
        assertSame(three, iterator.next());
        assertFalse(iterator.hasNext());
    }

    @Test
    public void collectionKeysIteratesIdsInSortedOrder() {
        Model one = new Model(Attributes.of("id", 1));
        Model two = new Model(Attributes.of("id", 2));
        Model three = new Model(Attributes.of("id", 3));
        Collection<Model> collection = new Collection<>(Arrays.asList(one, two, three));
        Iterator<Object> iterator = collection.keys().iterator();
        assertEquals(1, iterator.next());
        assertEquals(2, iterator.next());
        assertEquals(3, iterator.next());
        assertFalse(iterator.hasNext());
    }

    @Test
    public void collectionEntriesIteratesIdsAndModelsInSortedOrder() {
        Model one = new Model(Attributes.of("id", 1));
        Model two = new Model(Attributes.of("id", 2));
        Model three = new Model(Attributes.of("id", 3));
        Collection<Model> collection = new Collection<>(Arrays.asList(one, two, three));
        Iterator<Map.Entry<Object, Model>> iterator = collection.entries().iterator();
        Map.Entry<Object, Model> entry = iterator.next();
        assertEquals(1, entry.getKey());
        assertSame(one, entry.getValue());
        entry = iterator.next();
        assertEquals(2, entry.getKey());
        assertSame(two, entry.getValue());
        entry = iterator.next();
        assertEquals(3, entry.getKey());
        assertSame(three, entry.getValue());
        assertFalse(iterator.hasNext());
    }

    @Test
    public void addingAtIndexFiresWithCorrectAt_3039_3951() {
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of("val", 0), Attributes.of("val", 4)));
        List<Object> vals = new ArrayList<>();
        List<Object> indexes = new ArrayList<>();
        collection.on("add", e -> {
            vals.add(((Model) e.arg(0)).get("val"));
            indexes.add(EventOptions.of(e).index());
        });
        collection.add(Arrays.asList(Attributes.of("val", 1), Attributes.of("val", 2), Attributes.of("val", 3)),
                new Options().at(1));
        collection.add(Attributes.of("val", 5), new Options().at(10));
        assertEquals(Arrays.asList(1, 2, 3, 5), vals);
        assertEquals(vals, indexes);
        assertEquals(Arrays.asList(0, 1, 2, 3, 4, 5), collection.pluck("val"));
    }

    @Test
    public void indexIsNotSentWhenAtIsNotSpecified_3039() {
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of("at", 0)));
        List<Integer> indexes = new ArrayList<>();
        collection.on("add", e -> indexes.add(EventOptions.of(e).index()));
        collection.add(Arrays.asList(Attributes.of("at", 1), Attributes.of("at", 2)));
        assertEquals(Arrays.asList(null, null), indexes);
    }

    private static Collection<Model> p2OneTwoThree() {
        return new Collection<>(Arrays.asList(
                new Model(Attributes.of("id", 1)), new Model(Attributes.of("id", 2)), new Model(Attributes.of("id", 3))));
    }

    @Test
    public void orderChangingShouldTriggerASort_3199() {
        Collection<Model> collection = p2OneTwoThree();
        int[] sorts = {0};
        collection.on("sort", e -> sorts[0]++);
        collection.set(Arrays.asList(Attributes.of("id", 3), Attributes.of("id", 2), Attributes.of("id", 1)));
        assertEquals(1, sorts[0]);
    }

    @Test
    public void addingAModelShouldTriggerASort_3199() {
        Collection<Model> collection = p2OneTwoThree();
        int[] sorts = {0};
        collection.on("sort", e -> sorts[0]++);
        collection.set(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3),
                Attributes.of("id", 0)));
        assertEquals(1, sorts[0]);
    }

    @Test
    public void orderNotChangingShouldNotTriggerASort_3199() {
        Collection<Model> collection = p2OneTwoThree();
        int[] sorts = {0};
        collection.on("sort", e -> sorts[0]++);
        collection.set(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3)));
        assertEquals(0, sorts[0]);
        assertEquals(Arrays.asList(1, 2, 3), p2Ids(collection));
    }

    @Test
    public void addSupportsNegativeIndexes() {
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of("id", 1)));
        collection.add(Arrays.asList(Attributes.of("id", 2), Attributes.of("id", 3)), new Options().at(-1));
        collection.add(Arrays.asList(Attributes.of("id", 2.5)), new Options().at(-2));
        collection.add(Arrays.asList(Attributes.of("id", 0.5)), new Options().at(-6));
        assertEquals(Arrays.asList(0.5, 1, 2, 2.5, 3), p2Ids(collection));
    }

    // 124 "#set accepts options.at as a string": not applicable, Options.at is an Integer.

    @Test
    public void addingMultipleModelsTriggersUpdateEventOnce() {
        Collection<Model> collection = new Collection<>();
        int[] updates = {0};
        collection.on("update", e -> updates[0]++);
        collection.add(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3)));
        assertEquals(1, updates[0]);
    }

    @Test
    public void removingModelsTriggersUpdateEventOnce() {
        Collection<Model> collection = new Collection<>(
                Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2), Attributes.of("id", 3)));
        int[] updates = {0};
        collection.on("update", e -> updates[0]++);
        collection.remove(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2)));
        assertEquals(1, updates[0]);
        assertEquals(Arrays.asList(3), p2Ids(collection));
    }

    @Test
    public void removeDoesNotTriggerUpdateWhenNothingRemoved() {
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2)));
        int[] updates = {0};
        collection.on("update", e -> updates[0]++);
        collection.remove(Arrays.asList(Attributes.of("id", 3)));
        assertEquals(0, updates[0]);
        assertEquals(2, collection.length());
    }

    @Test
    public void setTriggersSetEventOnce() {
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2)));
        int[] updates = {0};
        collection.on("update", e -> updates[0]++);
        collection.set(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 3)));
        assertEquals(1, updates[0]);
    }

    @Test
    public void setDoesNotTriggerUpdateEventWhenNothingAddedNorRemoved() {
        // Despite the title, upstream expects one update that reports both models as merged.
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2)));
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.set(Arrays.asList(Attributes.of("id", 1), Attributes.of("id", 2)));
        assertEquals(1, changes.size());
        assertEquals(0, changes.get(0).added().size());
        assertEquals(0, changes.get(0).removed().size());
        assertEquals(2, changes.get(0).merged().size());
    }

    /** A model with a method of three arguments, for invoke. */
    static class P2Invoked extends Model {
        final List<Object> received = new ArrayList<>();

        P2Invoked(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        void method(int x, int y, int z) {
            received.add(x);
            received.add(y);
            received.add(z);
        }
    }

    @Test
    public void invokeCollectsArguments_3610() {
        // Underscore's invoke calls a method by name; in Java the method reference is a lambda.
        Collection<P2Invoked> collection = new Collection<>(P2Invoked::new, Arrays.asList(Attributes.of("id", 1)));
        collection.forEach(model -> model.method(1, 2, 3));
        assertEquals(Arrays.asList(1, 2, 3), collection.first().received);
    }

    @Test
    public void triggeringChangeWithoutModelWillNotError_3662() {
        Collection<Model> collection = new Collection<>(Arrays.asList(Attributes.of("id", 1)));
        Model model = collection.first();
        List<EventArgs> events = new ArrayList<>();
        collection.on("change", events::add);
        model.trigger("change");
        assertEquals(1, events.size());
        assertNull(events.get(0).arg(0));
    }

    @Test
    public void falsyParseResultCreatesEmptyCollection_3871() {
        Collection<Model> collection = new Collection<Model>() {
            @Override
            protected Object parse(Object response, Options options) {
                return null;
            }
        };
        assertEquals(new ArrayList<>(), collection.set("", new Options().parse(true)));
        assertEquals(0, collection.length());
    }

    @Test
    public void removesUpdateEventReturnsOneRemovedModel_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Collection<Model> collection = new Collection<>(Arrays.asList(model));
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.remove(model);
        assertEquals(1, changes.size());
        assertEquals(new ArrayList<>(), changes.get(0).added());
        assertEquals(new ArrayList<>(), changes.get(0).merged());
        assertSame(model, changes.get(0).removed().get(0));
    }

    @Test
    public void removesUpdateEventReturnsMultipleRemovedModels_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Model model2 = new Model(Attributes.of("id", 2, "title", "Second Post"));
        Collection<Model> collection = new Collection<>(Arrays.asList(model, model2));
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.remove(Arrays.asList(model, model2));
        assertEquals(1, changes.size());
        assertEquals(new ArrayList<>(), changes.get(0).added());
        assertEquals(new ArrayList<>(), changes.get(0).merged());
        assertEquals(2, changes.get(0).removed().size());
        assertTrue(changes.get(0).removed().contains(model) && changes.get(0).removed().contains(model2));
    }

    @Test
    public void setsUpdateEventReturnsOneAddedModel_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Collection<Model> collection = new Collection<>();
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.set(model, null);
        assertEquals(1, changes.size());
        assertEquals(1, changes.get(0).added().size());
        assertSame(model, changes.get(0).added().get(0));
    }

    @Test
    public void setsUpdateEventReturnsMultipleAddedModels_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Model model2 = new Model(Attributes.of("id", 2, "title", "Second Post"));
        Collection<Model> collection = new Collection<>();
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.set(Arrays.asList(model, model2));
        assertEquals(1, changes.size());
        assertEquals(2, changes.get(0).added().size());
        assertSame(model, changes.get(0).added().get(0));
        assertSame(model2, changes.get(0).added().get(1));
    }

    @Test
    public void setsUpdateEventReturnsOneRemovedModel_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Model model2 = new Model(Attributes.of("id", 2, "title", "Second Post"));
        Model model3 = new Model(Attributes.of("id", 3, "title", "My Last Post"));
        Collection<Model> collection = new Collection<>(Arrays.asList(model));
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.set(Arrays.asList(model2, model3));
        assertEquals(1, changes.size());
        assertEquals(2, changes.get(0).added().size());
        assertEquals(0, changes.get(0).merged().size());
        assertEquals(1, changes.get(0).removed().size());
        assertSame(model, changes.get(0).removed().get(0));
    }

    @Test
    public void setsUpdateEventReturnsMultipleRemovedModels_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Model model2 = new Model(Attributes.of("id", 2, "title", "Second Post"));
        Model model3 = new Model(Attributes.of("id", 3, "title", "My Last Post"));
        Collection<Model> collection = new Collection<>(Arrays.asList(model, model2));
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.set(Arrays.asList(model3));
        assertEquals(1, changes.size());
        assertEquals(2, changes.get(0).removed().size());
        assertSame(model, changes.get(0).removed().get(0));
        assertSame(model2, changes.get(0).removed().get(1));
    }

    @Test
    public void setsUpdateEventReturnsOneMergedModel_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Model model2 = new Model(Attributes.of("id", 2, "title", "Second Post"));
        Model model2Update = new Model(Attributes.of("id", 2, "title", "Second Post V2"));
        Collection<Model> collection = new Collection<>(Arrays.asList(model, model2));
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.set(Arrays.asList(model2Update));
        assertEquals(1, changes.size());
        assertEquals(1, changes.get(0).merged().size());
        assertSame(model2, changes.get(0).merged().get(0));
        assertEquals(model2Update.get("title"), changes.get(0).merged().get(0).get("title"));
    }

    @Test
    public void setsUpdateEventReturnsMultipleMergedModels_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Model modelUpdate = new Model(Attributes.of("id", 1, "title", "First Post V2"));
        Model model2 = new Model(Attributes.of("id", 2, "title", "Second Post"));
        Model model2Update = new Model(Attributes.of("id", 2, "title", "Second Post V2"));
        Collection<Model> collection = new Collection<>(Arrays.asList(model, model2));
        List<Collection.Changes<?>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(EventOptions.of(e).changes()));
        collection.set(Arrays.asList(model2Update, modelUpdate));
        assertEquals(1, changes.size());
        assertEquals(2, changes.get(0).merged().size());
        assertEquals(model2Update.get("title"), changes.get(0).merged().get(0).get("title"));
        assertEquals(modelUpdate.get("title"), changes.get(0).merged().get(1).get("title"));
    }

    @Test
    public void setsUpdateEventShouldNotBeTriggeredAddingAModelWhichAlreadyExistsExactlyAlike_3711() {
        Model model = new Model(Attributes.of("id", 1, "title", "First Post"));
        Collection<Model> collection = new Collection<>(Arrays.asList(model));
        boolean[] fired = {false};
        collection.on("update", e -> fired[0] = true);
        collection.set(Arrays.asList(model));
        assertFalse(fired[0]);
    }

    @Test
    public void getModelsWithAttributesKey() {
        Map<String, Object> model = Attributes.of("id", 1, "attributes", new LinkedHashMap<>());
        Collection<Model> collection = new Collection<>(Arrays.asList(model));
        assertNotNull(collection.get(model));
        assertSame(collection.first(), collection.get(model));
    }

    @Test
    public void addEventsSendsOptionsIndexThatCorrespondToWrongIndex_3961() {
        // Upstream builds the list with _.each, which returns the strings; the intent is models with these ids.
        List<Model> models = new ArrayList<>();
        for (String val : Arrays.asList("a", "b", "c", "d")) {
            models.add(new Model(Attributes.of("id", val)));
        }
        Collection<Model> collection = new Collection<>(models);
        models.remove(0);
        models.add(new Model(Attributes.of("id", "e")));
        List<Integer> indexes = new ArrayList<>();
        collection.on("add", e -> indexes.add(EventOptions.of(e).index()));
        collection.set(models);
        assertEquals(Arrays.asList((Integer) null), indexes);
        assertEquals(Arrays.asList("b", "c", "d", "e"), p2Ids(collection));
    }

    // 144 "#4233 - can instantiate new model in ES class Collection": not applicable, an ES class method as
    // the model constructor.

    @Test
    public void forwardedModelEventsKeepTheirArgumentsWithTheCollectionAsSource() {
        Collection<Model> collection = new Collection<>();
        Model model = collection.add(Attributes.of("id", 1, "title", "a"));
        List<EventArgs> seen = new ArrayList<>();
        collection.on("change:title", seen::add);
        model.set("title", "b");
        model.trigger("custom", "x");
        assertEquals(1, seen.size());
        assertSame(collection, seen.get(0).source());
        assertSame(model, seen.get(0).arg(0));
        assertEquals("b", seen.get(0).arg(1));
        assertEquals(3, seen.get(0).size());
    }

    @Test
    public void removeAndAddEventsGiveModelCollectionAndIndex() {
        Collection<Model> collection = new Collection<>();
        collection.add(List.of(Attributes.of("id", 1), Attributes.of("id", 2)));
        List<String> calls = new ArrayList<>();
        collection.on("add remove", e -> calls.add(e.name() + " " + ((Model) e.arg(0)).id() + " "
                + (e.arg(1) == collection) + " " + EventOptions.of(e).index()));
        collection.remove(collection.get(2));
        collection.add(Attributes.of("id", 3), new Options().at(0));
        assertEquals(Arrays.asList("remove 2 true 1", "add 3 true 0"), calls);
    }

    @Test
    public void aCollectionFindsAModelByItsIdAsJavaScriptNamesIt() {
        Collection<Model> collection = new Collection<>();
        Model one = collection.add(Attributes.of("id", 1));
        Model text = collection.add(Attributes.of("id", "x7"));
        Model big = collection.add(Attributes.of("id", 3000000000L));
        assertSame(one, collection.get(1));
        assertSame(one, collection.get("1"));
        assertSame(one, collection.get(1.0));
        assertNull(collection.get("01"));
        assertSame(text, collection.get("x7"));
        assertSame(big, collection.get("3000000000"));
        assertSame(big, collection.get(3e9));
        Model sameId = collection.add(Attributes.of("id", "1"));
        assertSame(one, sameId);
        assertEquals(3, collection.size());
    }

    @Test
    public void aCidThatLooksLikeANumberIsFoundByThatNumber() {
        Model model = new Model() {
            @Override
            protected String cidPrefix() {
                return "";
            }
        };
        Collection<Model> collection = new Collection<>();
        collection.add(model);
        assertSame(model, collection.get(model.cid()));
        assertSame(model, collection.get(Integer.parseInt(model.cid())));
        collection.remove(Integer.parseInt(model.cid()));
        assertEquals(0, collection.size());
    }

    @Test
    public void changesOfAModelReachEveryCollectionThatListensWhileOthersDoNot() {
        Model model = new Model(Attributes.of("id", 1, "title", "a"));
        Collection<Model> quiet = new Collection<>();
        Collection<Model> heard = new Collection<>();
        quiet.add(model);
        heard.add(model);
        model.set("title", "b");
        List<String> seen = new ArrayList<>();
        heard.on("all", e -> seen.add(e.name()));
        model.set("title", "c");
        assertEquals(Arrays.asList("change:title", "change"), seen);
        seen.clear();
        heard.off();
        model.set("title", "d");
        assertEquals(Collections.emptyList(), seen);
        quiet.on("change:title", e -> seen.add("quiet " + ((Model) e.arg(0)).get("title")));
        model.set("title", "e");
        assertEquals(Arrays.asList("quiet e"), seen);
        assertEquals("d", model.previous("title"));
    }

    @Test
    public void aModelInACollectionNobodyListensToStillTracksAndIndexesItsChanges() {
        Collection<Model> collection = new Collection<>();
        Model model = collection.add(Attributes.of("id", 1, "title", "a"));
        collection.set(List.of(Attributes.of("id", 1, "title", "b")));
        assertEquals("b", model.get("title"));
        assertEquals("a", model.previous("title"));
        assertTrue(model.hasChanged("title"));
        model.set("id", 2);
        assertSame(model, collection.get(2));
        assertNull(collection.get(1));
        List<String> seen = new ArrayList<>();
        model.on("change", e -> seen.add("change"));
        collection.set(List.of(Attributes.of("id", 2, "title", "c")));
        assertEquals(Arrays.asList("change"), seen);
    }

    @Test
    public void anAllCallbackOfItsOwnStillHearsTheChangesOfAModelInAQuietCollection() {
        Collection<Model> collection = new Collection<>();
        Model model = collection.add(Attributes.of("id", 1, "title", "a"));
        List<String> seen = new ArrayList<>();
        model.on("all", e -> seen.add(e.name()));
        model.set("title", "b");
        collection.remove(model);
        model.set("title", "c");
        assertEquals(Arrays.asList("change:title", "change", "remove", "change:title", "change"), seen);
    }

    @Test
    public void addAndRemoveReachTheModelsOwnListenersAndTheCollectionsThatListen() {
        Collection<Model> quiet = new Collection<>();
        Collection<Model> heard = new Collection<>();
        List<String> seen = new ArrayList<>();
        heard.on("add remove", e -> seen.add("heard " + e.name()));
        Model model = new Model(Attributes.of("id", 1));
        quiet.add(model);
        model.on("add remove", e -> seen.add("model " + e.name() + (((Object) e.arg(1)) == quiet ? " quiet" : " heard")));
        heard.add(model);
        quiet.remove(model);
        heard.remove(model);
        assertEquals(Arrays.asList("model add heard", "heard add", "model remove quiet", "model remove heard",
                "heard remove"), seen);
    }

    @Test
    public void aSetOfManyModelsRemovesExactlyTheOnesItLeavesOut() {
        Collection<Model> collection = new Collection<>();
        List<Model> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            all.add(new Model(Attributes.of("id", i)));
        }
        collection.add(all);
        List<Object> input = new ArrayList<>();
        for (int i = 0; i < 300; i += 3) {
            input.add(all.get(i));
            input.add(all.get(i));                       // a duplicate is kept once
        }
        input.add(Attributes.of("id", 1000));             // a new one
        input.add(Attributes.of("id", 4));                // an existing one given by its attributes
        List<Object> removed = new ArrayList<>();
        collection.on("remove", e -> removed.add(e.arg(0)));
        collection.set(input);
        assertEquals(102, collection.size());
        assertEquals(199, removed.size());
        for (int i = 0; i < 300; i++) {
            assertEquals("model " + i, i % 3 == 0 || i == 4, collection.get(i) != null);
            assertEquals("model " + i, i % 3 != 0 && i != 4, removed.contains(all.get(i)));
        }
        assertSame(all.get(4), collection.get(4));
        // The input's order is the collection's: the new model, then the one given by its attributes.
        assertEquals(1000, collection.at(100).get("id"));
        assertSame(all.get(4), collection.last());
    }
}
