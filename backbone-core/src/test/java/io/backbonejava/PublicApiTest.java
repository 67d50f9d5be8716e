package io.backbonejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point of the pure-Java core, called once with the types a user would write, so that an
 * accidental change of a signature breaks this file's compilation (Javalin's public-API test does the same).
 * Each call is also checked for one result: the file compiles against the API and runs against it.
 */
class PublicApiTest {
    static final class Item extends Model {
        static final Attribute<String> NAME = Attribute.string("name");
        static final Attribute<Integer> RANK = Attribute.integer("rank");
        static final Attribute<Long> BIG = Attribute.longInteger("big");
        static final Attribute<Double> SCORE = Attribute.number("score");
        static final Attribute<Boolean> DONE = Attribute.bool("done");
        static final Attribute<List<String>> TAGS = Attribute.list("tags");
        static final Attribute<Map<String, Object>> META = Attribute.map("meta");
        static final Attribute<Object> ANY = Attribute.of("any");

        Item(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        protected Map<String, ?> defaults() {
            return Attributes.of(NAME, "", DONE, false);
        }

        @Override
        protected ValidationError validate(Candidate attrs, Options options) {
            assertEquals(attrs.get(NAME), attrs.get("name"));
            assertEquals(attrs.get(NAME) != null, attrs.has(NAME));
            assertEquals(attrs.toMap().get("name"), attrs.raw(NAME));
            return "bad".equals(attrs.raw(NAME)) ? ValidationError.of(NAME, "bad name") : null;
        }
    }

    @Test
    void events() {
        Events bus = new Events();
        Events other = new Events();
        List<String> log = new ArrayList<>();
        Listener listener = e -> log.add(e.name() + e.size() + e.args() + (e.source() == bus) + e.arg(0) + e);
        Subscription one = bus.on("a", listener);
        bus.on(Map.of("b", listener));
        bus.once("c", listener);
        bus.once(Map.of("d", listener));
        bus.trigger("a");
        bus.trigger("b", 1);
        bus.trigger("c d", 1, 2);
        one.dispose();
        bus.off("b", listener);
        bus.off("b");
        bus.off(Map.of("b", listener));
        bus.off();
        other.listenTo(bus, "x", listener);
        other.listenTo(bus, Map.of("y", listener));
        other.listenToOnce(bus, "z", listener);
        other.listenToOnce(bus, Map.of("w", listener));
        other.listenTo(bus.on("v", listener));
        assertEquals(5, bus.listenerCount());
        assertEquals(1, bus.listenerCount("x"));
        other.stopListening(bus, "x", listener);
        other.stopListening(bus, Map.of("y", listener));
        other.stopListening(bus);
        other.stopListening();
        assertEquals(0, bus.listenerCount());
        assertEquals(4, log.size());
    }

    @Test
    void attributesAndModels() {
        Map<String, Object> one = Attributes.of(Item.NAME, "a");
        Map<String, Object> five = Attributes.of(Item.NAME, "a", Item.RANK, 1, Item.BIG, 2L, Item.SCORE, 0.5,
                Item.DONE, true);
        assertEquals(5, five.size());
        assertEquals(4, Attributes.of(Item.NAME, "a", Item.RANK, 1, Item.BIG, 2L, Item.SCORE, 0.5).size());
        assertEquals(3, Attributes.of(Item.NAME, "a", Item.RANK, 1, Item.BIG, 2L).size());
        assertEquals(2, Attributes.of(Item.NAME, "a", Item.RANK, 1).size());
        assertEquals(2, Attributes.of("name", "a", "rank", 1).size());
        assertTrue(Attributes.of().isEmpty());
        assertEquals("name", Item.NAME.name() + Item.NAME.toString().substring(4));

        Item item = new Item(five, null);
        Model plain = new Model();
        Model withAttrs = new Model(one);
        assertEquals("id", plain.idAttribute());
        assertNotNull(item.cid());
        assertNull(item.id());
        assertNull(item.collection());
        assertEquals("a", item.get("name"));
        assertEquals("a", item.get(Item.NAME));
        assertEquals(Long.valueOf(2), item.get(Item.BIG));
        assertEquals(Double.valueOf(0.5), item.get(Item.SCORE));
        assertNull(item.get(Item.TAGS));
        assertNull(item.get(Item.META));
        assertNull(item.get(Item.ANY));
        assertEquals("a", item.escape(Item.NAME) + item.escape("missing"));
        assertTrue(item.has(Item.NAME) && item.has("rank"));
        assertTrue(item.matches(Attributes.of(Item.RANK, 1)));
        assertEquals(5, item.attributes().size());
        assertEquals(5, item.toJSON().size());

        List<Object> heard = new ArrayList<>();
        item.onChange(Item.NAME, heard::add);
        item.onChange(() -> heard.add("change"));
        item.onDestroy(() -> heard.add("destroy"));
        item.onInvalid(heard::add);
        item.onError(heard::add);
        item.onSync(() -> heard.add("sync"));

        assertTrue(item.set("rank", 2));
        assertTrue(item.set("rank", 3, new Options()));
        assertTrue(item.set(Item.NAME, "b"));
        assertTrue(item.set(Item.NAME, "c", new Options().silent(true)));
        assertTrue(item.set(Attributes.of(Item.DONE, false)));
        // Backbone's set(null, options): the map form, which sets nothing.
        assertTrue(item.set(null, new Options().silent(true)));
        assertTrue(item.set((String) null, 1) && item.set("rank", 4, (Options) null));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> item.set("rank", 5, new Options(), new Options()));
        Options atOne = new Options().at(1);
        assertTrue(atOne.hasAt() && atOne.at() == 1 && !new Options().hasAt());
        assertEquals(4, item.get("rank"));
        assertFalse(item.set(Attributes.of(Item.NAME, "bad"), new Options().validate(true)));
        assertEquals("bad name", item.validationError().message());
        assertTrue(item.unset("rank") && item.unset("big", new Options()));
        assertTrue(item.unset(Item.SCORE) && item.unset(Item.DONE, new Options()));
        assertTrue(item.hasChanged() && item.hasChanged(Item.DONE) && !item.hasChanged("name"));
        assertEquals(1, item.changed().size());
        assertEquals(1, item.changedAttributes().size());
        assertNull(item.changedAttributes(Attributes.of(Item.NAME, "c")));
        assertEquals(false, item.previous("done"));
        assertEquals(Boolean.FALSE, item.previous(Item.DONE));
        assertEquals(2, item.previousAttributes().size());
        assertTrue(item.isValid() && item.isValid(new Options()));
        assertTrue(item.isNew());
        assertEquals("/items", item.urlRoot("/items").urlRoot());
        assertEquals("/items", item.url());
        assertEquals(item.attributes(), item.clone().attributes());
        assertEquals(Arrays.asList("name"), item.keys());
        assertEquals(Arrays.asList((Object) "c"), item.values());
        assertFalse(item.isEmpty());
        assertEquals(1, item.pick("name").size() + item.pick(Item.RANK).size());
        assertEquals(0, item.omit("name").size());
        assertEquals("name", item.invert().get("c"));
        assertTrue(item.toString().contains("c"));
        assertTrue(item.clear(new Options()) && withAttrs.clear());
        assertTrue(heard.contains("b") && heard.contains(ValidationError.of(Item.NAME, "bad name"))
                && heard.contains(null) && !heard.contains("destroy"));
    }

    @Test
    void persistence() {
        List<String> methods = new ArrayList<>();
        Sync sync = (method, target, options) -> {
            methods.add(method);
            if (options.success() == null) {
                return null;
            }
            if (Sync.READ.equals(method)) {
                options.error().handle(target, new Failure(500, Failure.ERROR, "boom", "{}", null), options);
            } else {
                options.success().handle(target, Sync.DELETE.equals(method) ? null : Attributes.of("id", 1), options);
            }
            return null;
        };
        Item item = new Item(Attributes.of(Item.NAME, "a"), new Options());
        item.urlRoot("/items");
        item.sync(sync);
        assertTrue(item.save().isResolved());
        assertTrue(item.save(new Options()).isResolved());
        assertTrue(item.save("name", "b").isResolved());
        assertTrue(item.save("name", "c", new Options()).isResolved());
        assertTrue(item.save(Item.NAME, "d").isResolved());
        assertTrue(item.save(Item.NAME, "e", new Options()).isResolved());
        assertTrue(item.save(Attributes.of(Item.NAME, "f")).isResolved());
        assertTrue(item.save(Attributes.of(Item.NAME, "g"), new Options()).isResolved());
        Request failed = item.fetch();
        assertEquals("boom", failed.failure().errorThrown());
        assertEquals(500, failed.failure().status());
        assertEquals(Failure.ERROR, failed.failure().textStatus());
        assertEquals("{}", failed.failure().responseText());
        assertNull(failed.failure().validationError());
        item.fetch(new Options());
        item.sync(Sync.READ, item, new Options());
        assertTrue(item.destroy(new Options()).isResolved());
        assertTrue(new Item(null, null).destroy().isResolved());
        assertEquals(Failure.INVALID, Failure.invalid(ValidationError.of("x")).textStatus());
        assertEquals(ValidationError.of(Item.NAME, "x").and("y"),
                ValidationError.add(ValidationError.add(null, Item.NAME, "x"), "y"));
        assertEquals(Arrays.asList("create", "update", "update", "update", "update", "update", "update", "update",
                "read", "read", "read", "delete"), methods);
    }

    /**
     * The call forms where a bare null or a value of a wide type meets an overload set: each must compile, pick
     * the overload Backbone's meaning asks for, and do it. A regression here fails compilation first.
     */
    @Test
    void nullAndWideValuesPickTheIntendedOverload() {
        Collection<Item> items = new Collection<>(Item::new);
        Item low = items.add(Attributes.of(Item.NAME, "low", Item.RANK, 1));
        Item high = items.add(Attributes.of(Item.NAME, "high", Item.RANK, 2));

        // comparator: a name, a CharSequence, an attribute, a key, a comparator, and null to remove it.
        items.comparator("rank");
        assertEquals(Arrays.asList(low, high), items.models());
        items.comparator(new StringBuilder("name"));
        assertEquals(Arrays.asList(high, low), items.sort().models());
        items.comparator(Item.RANK);
        assertEquals(Arrays.asList(low, high), items.sort().models());
        items.comparator(item -> -item.get(Item.RANK));
        assertEquals(Arrays.asList(high, low), items.sort().models());
        items.comparator((x, y) -> x.get(Item.NAME).compareTo(y.get(Item.NAME)));
        assertEquals(Arrays.asList(high, low), items.sort().models());
        items.comparator(null);
        assertNull(items.comparator());
        Item middle = items.add(Attributes.of(Item.NAME, "middle", Item.RANK, 0));
        assertEquals(middle, items.at(2), "without a comparator a new model goes last");

        // An attribute is also its name, its reading, and the order of models by it.
        assertEquals("name", Item.NAME.toString());
        assertEquals(4, Item.NAME.length());
        assertEquals('n', Item.NAME.charAt(0));
        assertEquals("am", Item.NAME.subSequence(1, 3).toString());
        assertEquals(Arrays.asList("high", "low", "middle"), items.map(Item.NAME));
        assertTrue(Item.RANK.compare(low, high) < 0);
        List<Item> byRank = new ArrayList<>(items.models());
        byRank.sort(Item.RANK);
        assertEquals(Arrays.asList(middle, low, high), byRank);

        // save(null, options) is Backbone's save(attrs, options) with no attributes; the key/value forms take
        // their options trailing, none or one.
        List<String> methods = new ArrayList<>();
        Sync sync = (method, target, options) -> {
            methods.add(method);
            options.success().handle(target, null, options);
            return null;
        };
        Item saved = new Item(Attributes.of("name", "s", "id", 7), null);
        saved.urlRoot("/items");
        saved.sync(sync);
        assertTrue(saved.save(null, new Options().patch(true)).isResolved());
        assertTrue(saved.save(null, null).isResolved());
        assertTrue(saved.save("name", "t").isResolved());
        assertTrue(saved.save("name", "u", new Options()).isResolved());
        assertTrue(saved.save("name", "v", null).isResolved());
        assertTrue(saved.save(Item.NAME, "w").isResolved());
        assertTrue(saved.save(Item.NAME, "x", new Options()).isResolved());
        assertTrue(saved.save(Item.NAME, "y", null).isResolved());
        assertEquals("y", saved.get(Item.NAME));
        assertEquals(Arrays.asList("patch", "update", "update", "update", "update", "update", "update", "update"),
                methods);
        IllegalArgumentException two = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> saved.save(Item.NAME, "z", new Options(), new Options()));
        assertEquals("at most one Options", two.getMessage());
        assertEquals("y", saved.get(Item.NAME), "a refused call changes nothing");

        // collection(): typed as the caller expects, no cast.
        Collection<Item> owner = low.collection();
        assertEquals(items, owner);
        assertEquals(low, low.collection().remove(low));
        assertNull(low.collection());

        // A list held in an Object is refused by the single-model forms rather than half-added.
        Object both = Arrays.asList(Attributes.of(Item.NAME, "p"), Attributes.of(Item.NAME, "q"));
        int size = items.size();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> items.add(both));
        assertEquals(size, items.size());
        List<Item> none = items.remove((List<?>) null);
        assertTrue(none.isEmpty());
    }

    @Test
    void collections() {
        Collection<Model> plain = new Collection<>();
        Collection<Model> fromList = new Collection<>(Arrays.asList(Attributes.of("id", 1)));
        Collection<Item> items = new Collection<>(Item::new);
        Collection<Item> seeded = new Collection<>(Item::new, Arrays.asList(Attributes.of(Item.NAME, "z")));
        Collection<Item> parsed = new Collection<>(Item::new, Arrays.asList(Attributes.of(Item.NAME, "y")),
                new Options().parse(true));
        assertEquals(0, plain.size());
        assertEquals(1, fromList.size() + seeded.size() + parsed.size() - 2);

        List<String> log = new ArrayList<>();
        items.onAdd(item -> log.add("add " + item.get(Item.NAME)));
        items.onRemove(item -> log.add("remove " + item.get(Item.NAME)));
        items.onChange(Item.RANK, (item, rank) -> log.add("rank " + rank));
        items.onUpdate(() -> log.add("update"));
        items.onUpdate(changes -> log.add("changes " + changes.added().size() + changes.removed().size()
                + changes.merged().size()));
        items.onReset(() -> log.add("reset"));
        items.onReset(previous -> log.add("previous " + previous.size()));
        items.onRemove((item, index) -> log.add("removed at " + index));
        items.on("update reset invalid", e -> {
            EventOptions told = EventOptions.of(e);
            log.add(told.silent() + " " + told.index() + " " + (told.changes() != null) + " "
                    + (told.previousModels() != null) + " " + (told.validationError() != null) + " "
                    + told.options().has("x") + told);
        });
        items.onSort(() -> log.add("sort"));
        items.onError((item, failure) -> log.add("error " + item.get(Item.NAME) + failure.status()));
        items.onInvalid((item, error) -> log.add("invalid " + item.get(Item.NAME) + error.message()));

        assertEquals("/items", items.url("/items").url());
        items.comparator("rank");
        items.comparator(Item.RANK);
        items.comparator((Function<Item, Object>) item -> item.get(Item.RANK));
        items.comparator(Comparator.comparing((Item item) -> item.get(Item.RANK)));
        assertNotNull(items.comparator());
        Item a = items.add(Attributes.of(Item.NAME, "a", Item.RANK, 3));
        items.add(Attributes.of(Item.NAME, "b", Item.RANK, 2), new Options());
        items.add(Arrays.asList(Attributes.of(Item.NAME, "c", Item.RANK, 1)));
        items.add(Arrays.asList(Attributes.of(Item.NAME, "d", Item.RANK, 0)), new Options());
        items.sort();
        items.sort(new Options().silent(true));
        Item e = items.push(Attributes.of(Item.NAME, "e", Item.RANK, 4));
        items.push(Attributes.of(Item.NAME, "f", Item.RANK, 5), new Options());
        items.unshift(Attributes.of(Item.NAME, "g", Item.RANK, -1));
        items.unshift(Attributes.of(Item.NAME, "h", Item.RANK, -2), new Options());
        assertEquals("h", items.shift().get(Item.NAME));
        assertEquals("g", items.shift(new Options()).get(Item.NAME));
        assertEquals("f", items.pop(new Options()).get(Item.NAME));
        assertEquals(e, items.pop());
        assertEquals(a, items.remove(a));
        assertNull(items.remove(a, new Options()));
        assertEquals(0, items.remove(Arrays.asList(a)).size() + items.remove(Arrays.asList(a), new Options()).size());
        a.set(Item.RANK, 7);
        assertEquals(3, items.set(items.models()).size());
        assertEquals(3, items.set(items.models(), new Options().remove(false)).size());
        assertEquals(3, items.reset(items.models(), new Options()).size());
        assertEquals(3, items.reset(new ArrayList<>(items.models())).size());

        Item c = items.findWhere(Item.NAME, "c");
        assertEquals(c, items.get(c.cid()));
        assertTrue(items.has(c));
        assertEquals("d", items.at(0).get(Item.NAME));
        assertEquals(1, items.where(Attributes.of("name", "c")).size() + items.where(Item.NAME, "x").size());
        assertEquals(c, items.findWhere(Attributes.of("name", "c")));
        assertEquals(Arrays.asList("d", "c", "b"), items.pluck(Item.NAME));
        assertEquals(Arrays.asList((Object) "d", "c", "b"), items.pluck("name"));
        assertEquals(3, items.length());
        assertFalse(items.isEmpty());
        assertEquals(2, items.slice(1).size() + items.slice(0, 0).size());
        assertEquals(3, items.toJSON().size());
        assertEquals(3, items.clone().size());
        Iterator<Item> it = items.iterator();
        Stream<Item> stream = items.stream();
        assertTrue(it.hasNext() && stream.count() == 3);
        assertEquals(items.size(), items.entries().size());
        assertEquals(items.entries().get(0).getKey(), items.keys().get(0));
        assertEquals(3, items.map(item -> item.get(Item.NAME)).size());
        assertEquals(1, items.filter(item -> item == c).size() + items.reject(item -> true).size());
        assertEquals(c, items.find(item -> item == c));
        assertEquals(1, items.findIndex(item -> item == c) + items.findLastIndex(item -> false) + 1);
        assertTrue(items.some(item -> item == c) && items.every(item -> item != null));
        assertTrue(items.contains(c));
        assertEquals(1, items.indexOf(c) + items.lastIndexOf(c) - 1);
        assertEquals("d00", items.first().get(Item.NAME) + items.first(0).size() + items.last(0).size());
        assertEquals("b", items.last().get(Item.NAME));
        assertEquals(4, items.rest(1).size() + items.initial(1).size());
        assertEquals(4, items.without(c).size() + items.difference(Arrays.asList(c)).size());
        assertEquals("dcb", items.reduce("", (text, item) -> text + item.get(Item.NAME)));
        assertEquals("bcd", items.reduceRight("", (text, item) -> text + item.get(Item.NAME)));
        assertEquals(3, items.groupBy(item -> item.get(Item.NAME)).size());
        assertEquals(1, items.groupBy("done").size() + items.groupBy(Item.DONE).size() - 1);
        assertEquals(3, items.countBy(item -> item.get(Item.NAME)).size());
        assertEquals(3, items.indexBy(item -> item.get(Item.NAME)).size());
        assertEquals("b", items.sortBy(Item.NAME).get(0).get(Item.NAME));
        assertEquals("b", items.sortBy("name").get(0).get(Item.NAME));
        assertEquals("b", items.sortBy(item -> item.get(Item.NAME)).get(0).get(Item.NAME));
        assertEquals(2, items.partition(item -> item == c).get(false).size());
        Comparator<Item> byName = Comparator.comparing((Item item) -> item.get(Item.NAME));
        assertEquals("d", items.max(byName).get(Item.NAME) + items.min(byName).get(Item.NAME).substring(1));
        assertEquals(3, items.shuffle().size());
        assertTrue(items.contains(items.sample()));
        assertTrue(items.toString().startsWith("Collection["));

        items.comparator(Item.RANK);
        items.sync((method, target, options) -> {
            if (options.success() == null) {
                return null;
            }
            options.success().handle(target, Sync.READ.equals(method)
                    ? Arrays.asList(Attributes.of("id", 1, "name", "r")) : Attributes.of("id", 2), options);
            return null;
        });
        assertTrue(items.fetch().isResolved() && items.fetch(new Options()).isResolved());
        items.sync(Sync.READ, items, new Options());
        assertEquals(Integer.valueOf(2), items.create(Attributes.of(Item.NAME, "n")).id());
        assertEquals(Integer.valueOf(2), items.create(Attributes.of(Item.NAME, "m"), new Options()).id());
        items.get(1).set(Item.RANK, 9);
        assertTrue(log.contains("rank 9") && log.contains("add a") && log.contains("remove a")
                && log.contains("update") && log.contains("reset") && log.contains("sort"));
        assertTrue(new LinkedHashMap<>(items.get(1).attributes()).containsValue("r"));
    }
}
