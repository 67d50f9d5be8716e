package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Backbone 1.6.1's test/collection.js, cases 73 to 144 in file order (see porting/collection-2.md). The cases
 * that need a server are ported with sync.
 */
@RunWith(TeaVMTestRunner.class)
public class CollectionPart2Test {

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

    /**
     * A factory whose models keep their id in another attribute: Backbone reads {@code model.prototype.idAttribute},
     * a Java factory says it through {@link ModelFactory#idAttribute()}.
     */
    static <M extends Model> ModelFactory<M> p2Factory(ModelFactory<M> create, String idAttribute) {
        return new ModelFactory<M>() {
            @Override
            public M create(Map<String, Object> attributes, Options options) {
                return create.create(attributes, options);
            }

            @Override
            public String idAttribute() {
                return idAttribute;
            }
        };
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
        Map<Object, List<Model>> grouped = collection.groupBy("x");
        assertEquals(2, grouped.size());
        assertEquals(1, grouped.get(1).get(0).get("x"));
        assertEquals(2, grouped.get(2).get(0).get("x"));
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
            Model model = e.arg(0);
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
        List<List<Model>> seen = new ArrayList<>();
        collection.on("reset", e -> seen.add(e.options().previousModels()));
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
        Collection<P2Mongo> collection = new Collection<>(p2Factory(P2Mongo::new, "_id"));
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
                new Collection<>(p2Factory(P2Mongo::new, "_id"), Arrays.asList(Attributes.of("_id", 1)));
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
            Collection<Model> coll = e.arg(1);
            coll.add(Attributes.of("id", 2), e.options());
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
        Collection<P2Mongo> stooges = new Collection<>(p2Factory(P2Mongo::new, "_id"));
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
        Collection<P2Mongo> collection = new Collection<>(p2Factory((attrs, options) ->
                "a".equals(attrs.get("type")) ? new P2MongoA(attrs, null) : new P2MongoB(attrs, null), "_id"),
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
            vals.add(e.<Model>arg(0).get("val"));
            indexes.add(e.options().index());
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
        collection.on("add", e -> indexes.add(e.options().index()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        List<Options.Changes<Model>> changes = new ArrayList<>();
        collection.on("update", e -> changes.add(e.options().changes()));
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
        collection.on("add", e -> indexes.add(e.options().index()));
        collection.set(models);
        assertEquals(Arrays.asList((Integer) null), indexes);
        assertEquals(Arrays.asList("b", "c", "d", "e"), p2Ids(collection));
    }

    // 144 "#4233 - can instantiate new model in ES class Collection": not applicable, an ES class method as
    // the model constructor.
}
