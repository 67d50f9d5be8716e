package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * The paths the benchmarks made faster must behave as the general ones: the fixed-arity triggers, a
 * single-name binding that is its own subscription, events whose arguments live in fields rather than an
 * array (the library's own, and those a collection forwards), sorting by a key computed once, a model built
 * without a full set() round, "previous" values recorded only for the attributes a round changes, and a
 * model's attributes kept in one array of names and values rather than a hash map.
 */
@RunWith(TeaVMTestRunner.class)
public class FastPathsTest {

    @Test
    public void triggerWithoutArgumentsGivesNoArguments() {
        Events events = new Events();
        List<EventArgs> seen = new ArrayList<>();
        events.on("ping", seen::add);
        events.trigger("ping");
        assertEquals(1, seen.size());
        assertEquals("ping", seen.get(0).name());
        assertEquals(0, seen.get(0).size());
        assertEquals(Collections.emptyList(), seen.get(0).args());
        assertNull(seen.get(0).arg(0));
        assertFalse(EventOptions.of(seen.get(0)).silent());
    }

    @Test
    public void triggerWithOneArgumentPassesIt() {
        Events events = new Events();
        List<EventArgs> seen = new ArrayList<>();
        events.on("ping", seen::add);
        events.trigger("ping", "one");
        events.trigger("ping", (Object) null);
        assertEquals(2, seen.size());
        assertEquals(1, seen.get(0).size());
        assertEquals("one", seen.get(0).arg(0));
        assertNull(seen.get(0).arg(1));
        assertEquals(Arrays.asList("one"), seen.get(0).args());
        assertEquals(1, seen.get(1).size());
        assertNull(seen.get(1).arg(0));
    }

    @Test
    public void anArrayArgumentIsStillSpreadOverTheArguments() {
        Events events = new Events();
        List<EventArgs> seen = new ArrayList<>();
        events.on("ping", seen::add);
        events.trigger("ping", new Object[] {"a", "b"});
        assertEquals(2, seen.get(0).size());
        assertEquals("b", seen.get(0).arg(1));
    }

    @Test
    public void oneArgumentTriggerSplitsNamesAndReachesAllHandlers() {
        Events events = new Events();
        List<String> calls = new ArrayList<>();
        events.on("a", e -> calls.add("a:" + e.arg(0)));
        events.on("b", e -> calls.add("b:" + e.arg(0)));
        events.on("all", e -> calls.add("all " + e.name() + ":" + e.arg(0)));
        events.trigger("a  b", 7);
        assertEquals(Arrays.asList("a:7", "all a:7", "b:7", "all b:7"), calls);
    }

    @Test
    public void disposingASingleNameBindingRemovesOnlyIt() {
        Events events = new Events();
        int[] calls = {0};
        Listener count = e -> calls[0]++;
        Subscription first = events.on("ping", count);
        events.on("ping", count);
        first.dispose();
        first.dispose();
        events.trigger("ping");
        assertEquals(1, calls[0]);
        assertEquals(1, events.listenerCount("ping"));
    }

    @Test
    public void changeEventsCarryModelValueAndOptions() {
        Model model = new Model();
        List<EventArgs> seen = new ArrayList<>();
        model.on("change:title change", seen::add);
        Options options = new Options().put("source", "test");
        model.set("title", "Milk", options);
        assertEquals(2, seen.size());
        assertEquals("change:title", seen.get(0).name());
        assertEquals(Arrays.asList(model, "Milk"), seen.get(0).args().subList(0, 2));
        assertEquals("test", EventOptions.of(seen.get(0)).options().get("source"));
        assertEquals("change", seen.get(1).name());
        assertEquals(2, seen.get(1).size());
        assertEquals("test", EventOptions.of(seen.get(1)).options().get("source"));
    }

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
    public void aNewModelHasNoPreviousValuesAndNothingChanged() {
        Model model = new Model(Attributes.of("id", 7, "title", "a"));
        assertEquals(7, model.id());
        assertEquals("c", model.cid().substring(0, 1));
        assertNull(model.previous("title"));
        assertEquals(Collections.emptyMap(), model.previousAttributes());
        assertNull(model.changedAttributes());
        assertEquals(Collections.emptyMap(), model.changed());
    }

    @Test
    public void previousValuesAreThoseBeforeTheLatestRound() {
        Model model = new Model(Attributes.of("a", 1, "b", 2, "c", 3));
        model.set(Attributes.of("a", 10, "d", 4));
        model.unset("c", new Options().silent(true));
        assertEquals(3, model.previous("c"));
        assertEquals(10, model.previous("a"));
        assertEquals(Attributes.of("a", 10, "b", 2, "d", 4, "c", 3), model.previousAttributes());
        model.set(Attributes.of("b", 20));
        assertEquals(2, model.previous("b"));
        assertNull(model.previous("c"));
        assertEquals(Attributes.of("a", 10, "b", 2, "d", 4), model.previousAttributes());
    }

    @Test
    public void nestedSetsShareTheRoundStartOfTheOutermost() {
        Model model = new Model(Attributes.of("a", 1, "b", 1));
        List<Object> seen = new ArrayList<>();
        model.on("change:a", e -> model.set(Attributes.of("b", 2, "a", 3)));
        model.on("change", e -> {
            seen.add(model.previous("a"));
            seen.add(model.previous("b"));
            seen.add(model.changedAttributes());
            seen.add(model.changedAttributes(Attributes.of("a", 1, "b", 5)));
        });
        model.set("a", 2);
        assertEquals(Arrays.asList(1, 1, Attributes.of("a", 3, "b", 2), Attributes.of("b", 5)), seen);
        assertEquals(Attributes.of("a", 1, "b", 1), model.previousAttributes());
    }

    @Test
    public void previousValuesHoldWhileAWaitingSaveLendsTheModelItsNewAttributes() {
        Model model = new Model(Attributes.of("id", 1, "title", "old"));
        model.set("title", "older");
        List<Object> seen = new ArrayList<>();
        model.sync((method, target, options) -> {
            seen.add(model.get("title"));
            seen.add(model.previous("title"));
            return null;
        });
        model.urlRoot("/items");
        model.save(Attributes.of("title", "new"), new Options().wait(true));
        assertEquals(Arrays.asList("new", "old"), seen);
        assertEquals("older", model.get("title"));
        assertEquals("old", model.previous("title"));
    }

    @Test
    public void aSetOverrideStillSeesTheAttributesOfTheConstructor() {
        List<Object> seen = new ArrayList<>();
        Model model = new Model(Attributes.of("title", "a")) {
            @Override
            public boolean set(Map<String, ?> attrs, Options options) {
                seen.add(attrs.get("title"));
                return super.set(Attributes.of("title", attrs.get("title") + "!"), options);
            }
        };
        assertEquals(Arrays.asList("a"), seen);
        assertEquals("a!", model.get("title"));
        assertNull(model.previous("title"));
        model.set(Attributes.of("title", "b"));
        assertEquals("a!", model.previous("title"));
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
    public void eachRoundStartsFromAnEmptyChangedMapEvenWhenTheLastOneIsReused() {
        Model model = new Model(Attributes.of("a", 1, "b", 1));
        model.set("a", 2);
        Map<String, Object> first = model.changed();
        model.set("b", 2);
        // A view handed out keeps the round it came from.
        assertEquals(Collections.singletonMap("a", 2), first);
        assertEquals(Collections.singletonMap("b", 2), model.changed());
        model.set("a", 3);
        model.set("b", 3);
        assertEquals(Collections.singletonMap("b", 3), model.changed());
        assertFalse(model.hasChanged("a"));
        assertEquals(2, model.previous("b"));
        assertEquals(3, model.previous("a"));
        model.set("b", 3);
        assertFalse(model.hasChanged());
        assertNull(model.changedAttributes());
        assertEquals(Attributes.of("a", 3, "b", 3), model.previousAttributes());
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
    public void anAttributeChangedAgainAfterGoingBackComesLastAmongTheChanges() {
        Model model = new Model(Attributes.of("a", 1, "b", 1));
        model.on("change:a", e -> {
            if (Integer.valueOf(2).equals(model.get("a"))) {
                model.set("b", 2);
                model.set("a", 1);
                assertEquals(Collections.singletonMap("b", 2), model.changed());
                model.set("a", 3);
            }
        });
        model.set("a", 2);
        assertEquals(Arrays.asList("b", "a"), new ArrayList<>(model.changed().keySet()));
        assertEquals(Attributes.of("b", 2, "a", 3), model.changedAttributes());
        assertEquals(1, model.previous("a"));
        assertEquals(1, model.previous("b"));
        assertEquals(Attributes.of("a", 1, "b", 1), model.previousAttributes());
    }

    @Test
    public void unsettingAnAbsentAttributeWithAValueCountsAsAChange() {
        Model model = new Model(Attributes.of("a", 1));
        model.set(Attributes.of("x", 5), new Options().unset(true));
        assertEquals(Collections.singletonMap("x", 5), model.changed());
        assertFalse(model.has("x"));
        assertNull(model.previous("x"));
        assertEquals(Attributes.of("a", 1), model.previousAttributes());
        model.set(Attributes.of("a", 1), new Options().unset(true));
        assertFalse(model.hasChanged());
        assertEquals(1, model.previous("a"));
        assertFalse(model.has("a"));
    }

    @Test
    public void theAllCallbacksFollowEveryWayOfBindingAndRemovingThem() {
        Events events = new Events();
        List<String> seen = new ArrayList<>();
        Listener first = e -> seen.add("first " + e.name());
        Subscription second = events.on("all", e -> seen.add("second " + e.name()));
        events.on("all", first);
        events.trigger("ping", 1);
        events.trigger("a b");
        assertEquals(Arrays.asList("second ping", "first ping", "second a", "first a", "second b", "first b"), seen);
        seen.clear();
        second.dispose();
        events.trigger("ping", 1);
        events.off("all", first);
        events.trigger("ping", 1);
        assertEquals(Arrays.asList("first ping"), seen);
        seen.clear();
        events.once("all", first);
        events.trigger("ping");
        events.trigger("ping");
        events.on("all", first);
        events.on("ping", e -> seen.add("ping"));
        events.off();
        events.trigger("ping", 1);
        events.on("pong", e -> seen.add("pong"));
        events.trigger("pong", 1);
        assertEquals(Arrays.asList("first ping", "pong"), seen);
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
    public void manyEventNamesGrowTheTableAndEachStillFindsOnlyItsOwnCallbacks() {
        Events events = new Events();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String name = "e" + i;
            events.on(name, e -> calls.add(name + ":" + e.name()));
        }
        events.on("all", e -> calls.add("all:" + e.name()));
        assertEquals(12, events.listenerCount());
        // Names built at run time are other String objects than the ones bound: found by value.
        events.trigger(new StringBuilder("e").append(9).toString());
        events.trigger("e0 e10 missing");
        assertEquals(Arrays.asList("e9:e9", "all:e9", "e0:e0", "all:e0", "e10:e10", "all:e10", "all:missing"),
                calls);
    }

    @Test
    public void removingNamesFromTheMiddleKeepsEveryOtherBinding() {
        Events events = new Events();
        List<String> calls = new ArrayList<>();
        Listener shared = e -> calls.add("shared:" + e.name());
        for (int i = 0; i < 9; i++) {
            String name = "e" + i;
            events.on(name, e -> calls.add(name));
            if (i % 3 == 1) {
                events.on(name, shared);
            }
        }
        events.off("e2");
        events.off("e5 e0");
        // Every name loses the shared callback, and e1, e4 and e7 keep their own.
        events.off(null, shared);
        assertEquals(6, events.listenerCount());
        assertEquals(0, events.listenerCount("e2"));
        assertEquals(1, events.listenerCount("e4"));
        events.trigger("e0 e1 e2 e3 e4 e5 e6 e7 e8");
        assertEquals(Arrays.asList("e1", "e3", "e4", "e6", "e7", "e8"), calls);
        events.on("e2", e -> calls.add("again e2"));
        events.trigger("e2");
        assertEquals("again e2", calls.get(calls.size() - 1));
    }

    @Test
    public void aNameBoundDuringATriggerOfSeveralNamesIsHeardByTheLaterNames() {
        Events events = new Events();
        List<String> calls = new ArrayList<>();
        events.on("a", e -> {
            // Enough new names to outgrow the table while the trigger runs.
            for (int i = 0; i < 6; i++) {
                events.on("x" + i, x -> calls.add("x"));
            }
            events.on("b", x -> calls.add("late b"));
            calls.add("a");
        });
        events.on("b", e -> calls.add("b"));
        events.trigger("a b");
        assertEquals(Arrays.asList("a", "b", "late b"), calls);
    }

    @Test
    public void attributesKeepTheOrderTheyWereFirstSetInAndAReturningOneComesLast() {
        Model model = new Model(Attributes.of("a", 1, "b", 2, "c", 3));
        model.set("b", 20);
        assertEquals(Arrays.asList("a", "b", "c"), model.keys());
        model.unset("b");
        assertEquals(Arrays.asList("a", "c"), model.keys());
        assertEquals(Arrays.asList(1, 3), model.values());
        model.set("b", 4);
        assertEquals(Arrays.asList("a", "c", "b"), model.keys());
        assertEquals("Model(" + model.cid() + "){a=1, c=3, b=4}", model.toString());
    }

    @Test
    public void aNameMadeAtRunTimeFindsTheAttributeALiteralSet() {
        String built = new StringBuilder("ti").append("tle").toString();
        Model model = new Model(Attributes.of("title", "one"));
        assertEquals("one", model.get(built));
        model.set(built, "two");
        assertEquals(Arrays.asList("title"), model.keys());
        assertEquals("two", model.get("title"));
        assertTrue(model.hasChanged("title"));
        model.unset(built);
        assertTrue(model.isEmpty());
    }

    @Test
    public void manyAttributesGrowTheStoreAndKeepEveryValue() {
        Model model = new Model();
        for (int i = 0; i < 40; i++) {
            model.set("k" + i, i);
        }
        for (int i = 0; i < 40; i += 2) {
            model.unset("k" + i);
        }
        assertEquals(20, model.keys().size());
        for (int i = 0; i < 40; i++) {
            assertEquals(i % 2 == 0 ? null : (Object) i, model.get("k" + i));
        }
        assertEquals("k1", model.keys().get(0));
        assertEquals("k39", model.keys().get(19));
    }

    @Test
    public void aWideModelIsBuiltWithEveryAttributeOnceAndInOrder() {
        Map<String, Object> wide = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            wide.put("f" + i, i);
        }
        Model model = new Model(wide);
        assertEquals(new ArrayList<>(wide.keySet()), model.keys());
        assertEquals(wide, model.attributes());
        model.set("f49", 0);
        model.set("extra", 1);
        assertEquals(51, model.keys().size());
        assertEquals("extra", model.keys().get(50));
        assertEquals(0, model.get("f49"));
    }

    @Test
    public void theAttributesViewIsLiveReadOnlyAndAMap() {
        Model model = new Model(Attributes.of("id", 1, "note", null));
        Map<String, Object> view = model.attributes();
        assertEquals(Attributes.of("id", 1, "note", null), view);
        assertEquals(view, Attributes.of("id", 1, "note", null));
        assertEquals(Attributes.of("id", 1, "note", null).hashCode(), view.hashCode());
        assertTrue(view.containsKey("note"));
        assertNull(view.get("note"));
        assertFalse(view.containsKey("other"));
        assertNull(view.get(7));
        model.set("label", "x");
        assertEquals(3, view.size());
        assertEquals("x", view.get("label"));
        assertRefused(() -> view.put("id", 2));
        assertRefused(() -> view.remove("id"));
        assertRefused(() -> view.entrySet().iterator().remove());
        assertRefused(() -> view.entrySet().iterator().next().setValue(2));
        assertEquals(1, model.get("id"));
    }

    @Test
    public void copiesOfTheAttributesAreTheirOwn() {
        Model model = new Model(Attributes.of("a", 1));
        Map<String, Object> json = model.toJSON();
        Model clone = model.clone();
        json.put("a", 2);
        clone.set("a", 3);
        model.set("b", 4);
        assertEquals(1, model.get("a"));
        assertEquals(Attributes.of("a", 3), clone.attributes());
        assertEquals(Attributes.of("a", 2), json);
    }

    @Test
    public void anOverriddenGetShapesWhatBackboneReadsThroughGetButNotTheStoredAttributes() {
        Model model = new Model(Attributes.of("id", 7, "title", "<b>")) {
            @Override
            public Object get(String attr) {
                return "title".equals(attr) ? "Dr " + super.get(attr) : super.get(attr);
            }
        };
        List<Object> heard = new ArrayList<>();
        model.on("change:title", e -> heard.add(e.arg(1)));
        // Backbone's escape and has go through get; the attributes and the change events hold what was set.
        assertEquals("Dr &lt;b&gt;", model.escape("title"));
        assertEquals("<b>", model.attributes().get("title"));
        model.set("title", "x");
        assertEquals(Arrays.asList("x"), heard);
        assertEquals("x", model.attributes().get("title"));
        assertEquals("Dr x", model.get("title"));
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

    private static void assertRefused(Runnable change) {
        try {
            change.run();
        } catch (UnsupportedOperationException | IllegalStateException expected) {
            return;
        }
        throw new AssertionError("the change was allowed");
    }
}
