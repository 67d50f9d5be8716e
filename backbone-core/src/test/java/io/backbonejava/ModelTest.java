package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Backbone 1.6.1's test/model.js, case by case; PORTING.md says what became of each upstream case.
 *
 * <p>Two translations recur. JavaScript's {@code undefined} has no Java value: where a case sets an
 * attribute to {@code undefined} to take its value away, the port unsets it or leaves the key out, and where
 * it checks that a key given without a value is still kept, the port gives {@code null}. Where a case
 * assigns or deletes {@code model.validate} midway, the port uses {@link Checked}, whose rule can be swapped.
 */
@RunWith(TeaVMTestRunner.class)
public class ModelTest {
    private Model doc;
    private Collection<Model> collection;

    @Before
    public void setUp() {
        doc = new Model(Attributes.of(
                "id", "1-the-tempest",
                "title", "The Tempest",
                "author", "Bill Shakespeare",
                "length", 123));
        collection = new Collection<>();
        collection.url("/collection");
        collection.add(doc);
    }

    /** A model whose validation rule a test can replace or remove, as upstream assigns model.validate. */
    private static final class Checked extends Model {
        Function<Map<String, Object>, Object> rule;

        Checked(Map<String, ?> attributes) {
            super(attributes);
        }

        @Override
        protected ValidationError validate(Candidate candidate, Options options) {
            Map<String, Object> attrs = candidate.toMap();
            return Errors.of(rule == null ? null : rule.apply(attrs));
        }
    }

    /** Upstream's initialize hook is the subclass constructor, which runs after the model is set up. */
    private static final class Initialized extends Model {
        final int one;
        final Object seenOption;
        final Collection<?> seenCollection;
        final Object seenOne;

        Initialized(Map<String, ?> attributes, Options options) {
            super(attributes, options);
            one = 1;
            seenOption = options == null ? null : options.get("one");
            seenCollection = collection();
            seenOne = get("one");
        }
    }

    private static final class Defaulted extends Model {
        Defaulted(Map<String, ?> attributes) {
            super(attributes);
        }

        @Override
        protected Map<String, ?> defaults() {
            return Attributes.of("one", 1, "two", 2);
        }
    }

    private static final class Prefixed extends Model {
        Prefixed(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        protected String cidPrefix() {
            return "m";
        }
    }

    private static boolean truthy(Object value) {
        return value != null && !Boolean.FALSE.equals(value) && !"".equals(value)
                && !(value instanceof Number && ((Number) value).doubleValue() == 0);
    }

    @Test
    public void initialize() {
        Initialized model = new Initialized(Attributes.of(), new Options().collection(collection));
        assertSame(collection, model.seenCollection);
        assertEquals(1, model.one);
        assertSame(collection, model.collection());
    }

    @Test
    public void objectPrototypePropertiesAreOverriddenByAttributes() {
        Model model = new Model(Attributes.of("hasOwnProperty", true));
        assertEquals(true, model.get("hasOwnProperty"));
    }

    @Test
    public void initializeWithAttributesAndOptions() {
        Initialized model = new Initialized(Attributes.of(), new Options().put("one", 1));
        assertEquals(1, model.seenOption);
    }

    @Test
    public void initializeWithParsedAttributes() {
        Model model = new Model(Attributes.of("value", 1), new Options().parse(true)) {
            @Override
            @SuppressWarnings("unchecked")
            protected Map<String, Object> parse(Object response, Options options) {
                Map<String, Object> attrs = (Map<String, Object>) response;
                attrs.put("value", (Integer) attrs.get("value") + 1);
                return attrs;
            }
        };
        assertEquals(2, model.get("value"));
    }

    @Test
    public void parseCanReturnNull() {
        Model model = new Model(Attributes.of("value", 1), new Options().parse(true)) {
            @Override
            @SuppressWarnings("unchecked")
            protected Map<String, Object> parse(Object response, Options options) {
                Map<String, Object> attrs = (Map<String, Object>) response;
                attrs.put("value", (Integer) attrs.get("value") + 1);
                return null;
            }
        };
        assertEquals(new LinkedHashMap<String, Object>(), model.toJSON());
    }

    @Test
    public void url() {
        doc.urlRoot(null);
        assertEquals("/collection/1-the-tempest", doc.url());
        collection.url("/collection/");
        assertEquals("/collection/1-the-tempest", doc.url());
        // Java has no public setter for model.collection; leaving the collection is how it becomes null.
        collection.remove(doc);
        assertNull(doc.collection());
        try {
            doc.url();
            fail("url() without urlRoot or collection should throw");
        } catch (IllegalStateException expected) {
            assertEquals("A \"url\" property or function must be specified", expected.getMessage());
        }
    }

    @Test
    public void urlWhenUsingUrlRootAndUriEncoding() {
        Model model = new Model() {
            @Override
            public String urlRoot() {
                return "/collection";
            }
        };
        assertEquals("/collection", model.url());
        model.set(Attributes.of("id", "+1+"));
        assertEquals("/collection/%2B1%2B", model.url());
    }

    @Test
    public void urlWhenUsingUrlRootAsAFunctionToDetermineUrlRootAtRuntime() {
        Model model = new Model(Attributes.of("parentId", 1)) {
            @Override
            public String urlRoot() {
                return "/nested/" + get("parentId") + "/collection";
            }
        };
        assertEquals("/nested/1/collection", model.url());
        model.set(Attributes.of("id", 2));
        assertEquals("/nested/1/collection/2", model.url());
    }

    @Test
    public void underscoreMethods() {
        Model model = new Model(Attributes.of("foo", "a", "bar", "b", "baz", "c"));
        assertEquals(Arrays.asList("foo", "bar", "baz"), model.keys());
        assertEquals(Arrays.asList("a", "b", "c"), model.values());
        assertEquals(Attributes.of("a", "foo", "b", "bar", "c", "baz"), model.invert());
        assertEquals(Attributes.of("foo", "a", "baz", "c"), model.pick("foo", "baz"));
        assertEquals(Attributes.of("baz", "c"), model.omit("foo", "bar"));
    }

    @Test
    public void cloneModel() { // "clone" itself would clash with Object.clone()
        Model a = new Model(Attributes.of("foo", 1, "bar", 2, "baz", 3));
        Model b = a.clone();
        assertEquals(1, a.get("foo"));
        assertEquals(2, a.get("bar"));
        assertEquals(3, a.get("baz"));
        assertEquals("Foo should be the same on the clone.", a.get("foo"), b.get("foo"));
        assertEquals("Bar should be the same on the clone.", a.get("bar"), b.get("bar"));
        assertEquals("Baz should be the same on the clone.", a.get("baz"), b.get("baz"));
        a.set(Attributes.of("foo", 100));
        assertEquals(100, a.get("foo"));
        assertEquals("Changing a parent attribute does not change the clone.", 1, b.get("foo"));

        Model foo = new Model(Attributes.of("p", 1));
        Model bar = new Model(Attributes.of("p", 2));
        bar.set(foo.clone().attributes(), new Options().unset(true));
        assertEquals(1, foo.get("p"));
        assertNull(bar.get("p"));
    }

    @Test
    public void isNew() {
        Model a = new Model(Attributes.of("foo", 1, "bar", 2, "baz", 3));
        assertTrue("it should be new", a.isNew());
        a = new Model(Attributes.of("foo", 1, "bar", 2, "baz", 3, "id", -5));
        assertFalse("any defined ID is legal, negative or positive", a.isNew());
        a = new Model(Attributes.of("foo", 1, "bar", 2, "baz", 3, "id", 0));
        assertFalse("any defined ID is legal, including zero", a.isNew());
        assertTrue("is true when there is no id", new Model().isNew());
        assertFalse("is false for a positive integer", new Model(Attributes.of("id", 2)).isNew());
        assertFalse("is false for a negative integer", new Model(Attributes.of("id", -5)).isNew());
    }

    @Test
    public void get() {
        assertEquals("The Tempest", doc.get("title"));
        assertEquals("Bill Shakespeare", doc.get("author"));
    }

    @Test
    public void escape() {
        assertEquals("The Tempest", doc.escape("title"));
        doc.set(Attributes.of("audience", "Bill & Bob"));
        assertEquals("Bill &amp; Bob", doc.escape("audience"));
        doc.set(Attributes.of("audience", "Tim > Joan"));
        assertEquals("Tim &gt; Joan", doc.escape("audience"));
        doc.set(Attributes.of("audience", 10101));
        assertEquals("10101", doc.escape("audience"));
        doc.unset("audience");
        assertEquals("", doc.escape("audience"));
    }

    @Test
    public void has() {
        Model model = new Model();
        assertFalse(model.has("name"));

        model.set(Attributes.of(
                "0", 0,
                "1", 1,
                "true", true,
                "false", false,
                "empty", "",
                "name", "name",
                "null", null));

        assertTrue(model.has("0"));
        assertTrue(model.has("1"));
        assertTrue(model.has("true"));
        assertTrue(model.has("false"));
        assertTrue(model.has("empty"));
        assertTrue(model.has("name"));

        model.unset("name");

        assertFalse(model.has("name"));
        assertFalse(model.has("null"));
        assertFalse(model.has("undefined"));
    }

    @Test
    public void matches() {
        Model model = new Model();
        assertFalse(model.matches(Attributes.of("name", "Jonas", "cool", true)));

        model.set(Attributes.of("name", "Jonas", "cool", true));

        assertTrue(model.matches(Attributes.of("name", "Jonas")));
        assertTrue(model.matches(Attributes.of("name", "Jonas", "cool", true)));
        assertFalse(model.matches(Attributes.of("name", "Jonas", "cool", false)));
    }

    @Test
    public void setAndUnset() {
        Checked a = new Checked(Attributes.of("id", "id", "foo", 1, "bar", 2, "baz", 3));
        int[] changeCount = {0};
        a.on("change:foo", e -> changeCount[0]++);
        a.set(Attributes.of("foo", 2));
        assertEquals("Foo should have changed.", 2, a.get("foo"));
        assertEquals("Change count should have incremented.", 1, changeCount[0]);
        // Setting a value that is not new fires no change event.
        a.set(Attributes.of("foo", 2));
        assertEquals("Foo should NOT have changed, still 2", 2, a.get("foo"));
        assertEquals("Change count should NOT have incremented.", 1, changeCount[0]);

        List<Object> validated = new ArrayList<>();
        a.rule = attrs -> {
            validated.add(attrs.get("foo"));
            return null;
        };
        a.unset("foo", new Options().validate(true));
        assertEquals("validate:true passed while unsetting", Arrays.asList((Object) null), validated);
        assertNull("Foo should have changed", a.get("foo"));
        a.rule = null;
        assertEquals("Change count should have incremented for unset.", 2, changeCount[0]);

        a.unset("id");
        assertNull("Unsetting the id should remove the id property.", a.id());
    }

    @Test
    public void setWithFailedValidateFollowedByAnotherSetTriggersChange_2030() {
        int[] attr = {0};
        int[] main = {0};
        int[] error = {0};
        Model model = new Model(Attributes.of("x", 0)) {
            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                if (((Number) attrs.get("x")).doubleValue() > 1) {
                    error[0]++;
                    return Errors.of("this is an error");
                }
                return null;
            }
        };
        model.on("change:x", e -> attr[0]++);
        model.on("change", e -> main[0]++);
        model.set(Attributes.of("x", 2), new Options().validate(true));
        model.set(Attributes.of("x", 1), new Options().validate(true));
        assertEquals(Arrays.asList(1, 1, 1), Arrays.asList(attr[0], main[0], error[0]));
    }

    @Test
    public void setTriggersChangesInTheCorrectOrder() {
        String[] value = {null};
        Model model = new Model();
        model.on("last", e -> value[0] = "last");
        model.on("first", e -> value[0] = "first");
        model.trigger("first");
        model.trigger("last");
        assertEquals("last", value[0]);
    }

    @Test
    public void setFalsyValuesInTheCorrectOrder() {
        Model model = new Model(Attributes.of("result", "result"));
        int[] calls = {0};
        model.on("change", e -> {
            calls[0]++;
            assertNull(model.changed().get("result"));
            assertEquals(false, model.previous("result"));
        });
        model.unset("result", new Options().silent(true));
        model.set(Attributes.of("result", null), new Options().silent(true));
        model.set(Attributes.of("result", false), new Options().silent(true));
        model.unset("result");
        assertEquals(1, calls[0]);
    }

    @Test
    public void nestedSetTriggersWithTheCorrectOptions() {
        Model model = new Model();
        Options o1 = new Options().put("call", 1);
        Options o2 = new Options().put("call", 2);
        Options o3 = new Options().put("call", 3);
        List<Object> seen = new ArrayList<>();
        model.on("change", e -> {
            seen.add(EventOptions.of(e).options().get("call"));
            Object a = model.get("a");
            if (Integer.valueOf(1).equals(a)) {
                model.set("a", 2, o2);
            } else if (Integer.valueOf(2).equals(a)) {
                model.set("a", 3, o3);
            }
        });
        model.set("a", 1, o1);
        assertEquals(3, seen.size());
        assertEquals(Arrays.asList(1, 2, 3), seen);
    }

    @Test
    public void multipleUnsets() {
        int[] i = {0};
        Model model = new Model(Attributes.of("a", 1));
        model.on("change:a", e -> i[0]++);
        model.set(Attributes.of("a", 2));
        model.unset("a");
        model.unset("a");
        assertEquals("Unset does not fire an event for missing attributes.", 2, i[0]);
    }

    @Test
    public void unsetAndChangedAttributes() {
        Model model = new Model(Attributes.of("a", 1));
        int[] calls = {0};
        model.on("change", e -> {
            calls[0]++;
            assertTrue("changedAttributes should contain unset properties",
                    model.changedAttributes().containsKey("a"));
        });
        model.unset("a");
        assertEquals(1, calls[0]);
    }

    @Test
    public void usingANonDefaultIdAttribute() {
        Model model = new Model(Attributes.of("id", "eye-dee", "_id", 25, "title", "Model")) {
            @Override
            public String idAttribute() {
                return "_id";
            }
        };
        assertEquals("eye-dee", model.get("id"));
        assertEquals(25, model.id());
        assertFalse(model.isNew());
        model.unset("_id");
        assertNull(model.id());
        assertTrue(model.isNew());
    }

    @Test
    public void settingAnAlternativeCidPrefix() {
        Model model = new Prefixed(null, null);
        assertEquals('m', model.cid().charAt(0));

        model = new Model();
        assertEquals('c', model.cid().charAt(0));

        Collection<Prefixed> col = new Collection<>(Prefixed::new, Arrays.asList(
                Attributes.of("id", "c5"), Attributes.of("id", "c6"), Attributes.of("id", "c7")));
        assertEquals('m', col.get("c6").cid().charAt(0));
        col.set(Arrays.asList(Attributes.of("id", "c6", "value", "test")),
                new Options().merge(true).add(true).remove(false));
        assertTrue(col.get("c6").has("value"));
    }

    @Test
    public void setAnEmptyString() {
        Model model = new Model(Attributes.of("name", "Model"));
        model.set(Attributes.of("name", ""));
        assertEquals("", model.get("name"));
    }

    @Test
    public void settingAnObject() {
        Model model = new Model(Attributes.of("custom", Attributes.of("foo", 1)));
        int[] changes = {0};
        model.on("change", e -> changes[0]++);
        model.set(Attributes.of("custom", Attributes.of("foo", 1))); // no change should be fired
        model.set(Attributes.of("custom", Attributes.of("foo", 2))); // change event should be fired
        assertEquals(1, changes[0]);
    }

    @Test
    public void clear() {
        boolean[] changed = {false};
        int[] calls = {0};
        Model model = new Model(Attributes.of("id", 1, "name", "Model"));
        model.on("change:name", e -> changed[0] = true);
        model.on("change", e -> {
            calls[0]++;
            assertTrue(model.changedAttributes().containsKey("name"));
        });
        model.clear();
        assertEquals(1, calls[0]);
        assertTrue(changed[0]);
        assertNull(model.get("name"));
    }

    @Test
    public void defaults() {
        // Upstream's {two: undefined}: Java has no undefined, so the key is left out.
        Model model = new Defaulted(Attributes.of());
        assertEquals(1, model.get("one"));
        assertEquals(2, model.get("two"));
        model = new Defaulted(Attributes.of("two", 3));
        assertEquals(1, model.get("one"));
        assertEquals(3, model.get("two"));
        // As in Backbone, null is a value: only missing attributes take their defaults.
        model = new Defaulted(Attributes.of("two", null));
        assertTrue(model.attributes().containsKey("two"));
        assertNull(model.get("two"));

        // Upstream's defaults given as a function: defaults() is a method already, called per model.
        Model computed = new Model(Attributes.of()) {
            @Override
            protected Map<String, ?> defaults() {
                return Attributes.of("one", 3, "two", 4);
            }
        };
        assertEquals(3, computed.get("one"));
        assertEquals(4, computed.get("two"));

        class OwnProperty extends Model {
            OwnProperty(Map<String, ?> attributes) {
                super(attributes);
            }

            @Override
            protected Map<String, ?> defaults() {
                return Attributes.of("hasOwnProperty", true);
            }
        }
        assertEquals(true, new OwnProperty(null).get("hasOwnProperty"));
        assertEquals(true, new OwnProperty(Attributes.of()).get("hasOwnProperty"));
        assertEquals(false, new OwnProperty(Attributes.of("hasOwnProperty", false)).get("hasOwnProperty"));
    }

    @Test
    public void changeHasChangedChangedAttributesPreviousPreviousAttributes() {
        Model model = new Model(Attributes.of("name", "Tim", "age", 10));
        assertNull(model.changedAttributes());
        int[] calls = {0};
        model.on("change", e -> {
            calls[0]++;
            assertTrue("name changed", model.hasChanged("name"));
            assertFalse("age did not", model.hasChanged("age"));
            assertEquals("changedAttributes returns the changed attrs",
                    Attributes.of("name", "Rob"), model.changedAttributes());
            assertEquals("Tim", model.previous("name"));
            assertEquals("previousAttributes is correct",
                    Attributes.of("name", "Tim", "age", 10), model.previousAttributes());
        });
        assertFalse(model.hasChanged());
        assertFalse(model.hasChanged((String) null));
        model.set(Attributes.of("name", "Rob"));
        assertEquals("Rob", model.get("name"));
        assertEquals(1, calls[0]);
    }

    @Test
    public void changedAttributes() {
        Model model = new Model(Attributes.of("a", "a", "b", "b"));
        assertNull(model.changedAttributes());
        assertNull(model.changedAttributes(Attributes.of("a", "a")));
        assertEquals("b", model.changedAttributes(Attributes.of("a", "b")).get("a"));
    }

    @Test
    public void changeWithOptions() {
        String[] value = {null};
        Model model = new Model(Attributes.of("name", "Rob"));
        model.on("change", e -> {
            Model m = (Model) e.arg(0);
            value[0] = EventOptions.of(e).options().get("prefix") + (String) m.get("name");
        });
        model.set(Attributes.of("name", "Bob"), new Options().put("prefix", "Mr. "));
        assertEquals("Mr. Bob", value[0]);
        model.set(Attributes.of("name", "Sue"), new Options().put("prefix", "Ms. "));
        assertEquals("Ms. Sue", value[0]);
    }

    @Test
    public void changeAfterInitialize() {
        int[] changed = {0};
        Map<String, Object> attrs = Attributes.of("id", 1, "label", "c");
        Model obj = new Model(attrs);
        obj.on("change", e -> changed[0]++);
        obj.set(attrs);
        assertEquals(0, changed[0]);
    }

    @Test
    public void validate() {
        Object[] lastError = {null};
        Model model = new Model() {
            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return Errors.of(Objects.equals(attrs.get("admin"), get("admin")) ? null : "Can't change admin status.");
            }
        };
        model.on("invalid", e -> lastError[0] = e.arg(1));
        boolean result = model.set(Attributes.of("a", 100));
        assertTrue(result);
        assertEquals(100, model.get("a"));
        assertNull(lastError[0]);
        model.set(Attributes.of("admin", true));
        assertEquals(true, model.get("admin"));
        result = model.set(Attributes.of("a", 200, "admin", false), new Options().validate(true));
        assertEquals(ValidationError.of("Can't change admin status."), lastError[0]);
        assertFalse(result);
        assertEquals(100, model.get("a"));
    }

    @Test
    public void validateOnUnsetAndClear() {
        boolean[] error = {false};
        Checked model = new Checked(Attributes.of("name", "One"));
        model.rule = attrs -> {
            if (!truthy(attrs.get("name"))) {
                error[0] = true;
                return "No thanks.";
            }
            return null;
        };
        model.set(Attributes.of("name", "Two"));
        assertEquals("Two", model.get("name"));
        assertFalse(error[0]);
        model.unset("name", new Options().validate(true));
        assertTrue(error[0]);
        assertEquals("Two", model.get("name"));
        model.clear(new Options().validate(true));
        assertEquals("Two", model.get("name"));
        model.rule = null;
        model.clear();
        assertNull(model.get("name"));
    }

    @Test
    public void validateWithErrorCallback() {
        boolean[] boundError = {false};
        Checked model = new Checked(null);
        model.rule = attrs -> truthy(attrs.get("admin")) ? "Can't change admin status." : null;
        model.on("invalid", e -> boundError[0] = true);
        boolean result = model.set(Attributes.of("a", 100), new Options().validate(true));
        assertTrue(result);
        assertEquals(100, model.get("a"));
        assertNull(model.validationError());
        assertFalse(boundError[0]);
        result = model.set(Attributes.of("a", 200, "admin", true), new Options().validate(true));
        assertFalse(result);
        assertEquals(100, model.get("a"));
        assertEquals("Can't change admin status.", model.validationError().message());
        assertTrue(boundError[0]);
    }

    @Test
    public void defaultsAlwaysExtendAttrs_459() {
        class WithDefaults extends Model {
            final Object oneInConstructor;

            WithDefaults(Map<String, ?> attributes) {
                super(attributes);
                oneInConstructor = attributes().get("one");
            }

            @Override
            protected Map<String, ?> defaults() {
                return Attributes.of("one", 1);
            }
        }
        assertEquals(1, new WithDefaults(Attributes.of()).oneInConstructor);
        assertEquals(1, new WithDefaults(null).oneInConstructor);
    }

    @Test
    public void nestedChangeEventsDontClobberPreviousAttributes() {
        Model model = new Model();
        int[] calls = {0};
        model.on("change:state", e -> {
            calls[0]++;
            Model m = (Model) e.arg(0);
            assertNull(m.previous("state"));
            assertEquals("hello", e.arg(1));
            // Fire a nested change event.
            m.set(Attributes.of("other", "whatever"));
        });
        model.on("change:state", e -> {
            calls[0]++;
            Model m = (Model) e.arg(0);
            assertNull(m.previous("state"));
            assertEquals("hello", e.arg(1));
        });
        model.set(Attributes.of("state", "hello"));
        assertEquals(2, calls[0]);
    }

    @Test
    public void hasChangedSetShouldUseSameComparison() {
        int[] changed = {0};
        int[] calls = {0};
        Model model = new Model(Attributes.of("a", null));
        model.on("change", e -> {
            calls[0]++;
            assertTrue(model.hasChanged("a"));
        });
        model.on("change:a", e -> changed[0]++);
        // Upstream sets {a: undefined}; taking the value away in Java is unset.
        model.unset("a");
        assertEquals(1, changed[0]);
        assertEquals(1, calls[0]);
    }

    @Test
    public void changeAttributeCallbacksShouldFireAfterAllChangesHaveOccurred_582_425() {
        Model model = new Model();
        int[] calls = {0};
        Listener assertion = e -> {
            calls[0]++;
            assertEquals("a", model.get("a"));
            assertEquals("b", model.get("b"));
            assertEquals("c", model.get("c"));
        };
        model.on("change:a", assertion);
        model.on("change:b", assertion);
        model.on("change:c", assertion);
        model.set(Attributes.of("a", "a", "b", "b", "c", "c"));
        assertEquals(3, calls[0]);
    }

    @Test
    public void setWithAttributesProperty_871() {
        Model model = new Model();
        model.set(Attributes.of("attributes", true));
        assertTrue(model.has("attributes"));
    }

    @Test
    public void setValueRegardlessOfEqualityChange() {
        Model model = new Model(Attributes.of("x", new ArrayList<Object>()));
        List<Object> a = new ArrayList<>();
        model.set(Attributes.of("x", a));
        assertSame(a, model.get("x"));
    }

    @Test
    public void setSameValueDoesNotTriggerChange() {
        Model model = new Model(Attributes.of("x", 1));
        List<String> fired = new ArrayList<>();
        model.on("change change:x", e -> fired.add(e.name()));
        model.set(Attributes.of("x", 1));
        model.set(Attributes.of("x", 1));
        assertEquals(new ArrayList<String>(), fired);
    }

    @Test
    public void unsetDoesNotFireAChangeForUndefinedAttributes() {
        // Upstream's {x: undefined}: in Java an attribute without a value is one never set.
        Model model = new Model(Attributes.of());
        List<String> fired = new ArrayList<>();
        model.on("change:x change", e -> fired.add(e.name()));
        model.unset("x");
        assertEquals(new ArrayList<String>(), fired);
        assertFalse(model.hasChanged());
    }

    @Test
    public void setUndefinedValues() {
        // Upstream's {x: undefined}: a key given without a value (null in Java) is still an attribute.
        Model model = new Model(Attributes.of("x", null));
        assertTrue(model.attributes().containsKey("x"));
    }

    @Test
    public void hasChangedWorksOutsideOfChangeEventsAndTrueWithin() {
        Model model = new Model(Attributes.of("x", 1));
        int[] calls = {0};
        model.on("change:x", e -> {
            calls[0]++;
            assertTrue(model.hasChanged("x"));
            assertEquals(1, model.get("x"));
        });
        model.set(Attributes.of("x", 2), new Options().silent(true));
        assertTrue(model.hasChanged());
        assertTrue(model.hasChanged("x"));
        model.set(Attributes.of("x", 1));
        assertTrue(model.hasChanged());
        assertTrue(model.hasChanged("x"));
        assertEquals(1, calls[0]);
    }

    @Test
    public void hasChangedGetsClearedOnTheFollowingSet() {
        Model model = new Model();
        model.set(Attributes.of("x", 1));
        assertTrue(model.hasChanged());
        model.set(Attributes.of("x", 1));
        assertFalse(model.hasChanged());
        model.set(Attributes.of("x", 2));
        assertTrue(model.hasChanged());
        model.set(Attributes.of());
        assertFalse(model.hasChanged());
    }

    @Test
    public void hasChangedForFalseyKeys() {
        Model model = new Model();
        model.set(Attributes.of("x", true), new Options().silent(true));
        assertFalse(model.hasChanged("0"));
        assertFalse(model.hasChanged(""));
    }

    @Test
    public void previousForFalseyKeys() {
        Model model = new Model(Attributes.of("0", true, "", true));
        model.set(Attributes.of("0", false, "", false), new Options().silent(true));
        assertEquals(true, model.previous("0"));
        assertEquals(true, model.previous(""));
    }

    @Test
    public void nestedSetDuringChangeAttr() {
        List<String> events = new ArrayList<>();
        Model model = new Model();
        model.on("all", e -> events.add(e.name()));
        model.on("change", e -> model.set(Attributes.of("z", true), new Options().silent(true)));
        model.on("change:x", e -> model.set(Attributes.of("y", true)));
        model.set(Attributes.of("x", true));
        assertEquals(Arrays.asList("change:y", "change:x", "change"), events);
        events.clear();
        model.set(Attributes.of("z", true));
        assertEquals(new ArrayList<String>(), events);
    }

    @Test
    public void nestedChangeOnlyFiresOnce() {
        Model model = new Model();
        int[] calls = {0};
        model.on("change", e -> {
            calls[0]++;
            model.set(Attributes.of("x", true));
        });
        model.set(Attributes.of("x", true));
        assertEquals(1, calls[0]);
    }

    @Test
    public void nestedSetDuringChange() {
        int[] count = {0};
        Model model = new Model();
        model.on("change", e -> {
            switch (count[0]++) {
                case 0:
                    assertEquals(Attributes.of("x", true), model.changedAttributes());
                    assertNull(model.previous("x"));
                    model.set(Attributes.of("y", true));
                    break;
                case 1:
                    assertEquals(Attributes.of("x", true, "y", true), model.changedAttributes());
                    assertNull(model.previous("x"));
                    model.set(Attributes.of("z", true));
                    break;
                case 2:
                    assertEquals(Attributes.of("x", true, "y", true, "z", true), model.changedAttributes());
                    assertNull(model.previous("y"));
                    break;
                default:
                    fail("change fired more than three times");
            }
        });
        model.set(Attributes.of("x", true));
        assertEquals(3, count[0]);
    }

    @Test
    public void nestedChangeWithSilent() {
        int[] count = {0};
        Model model = new Model();
        model.on("change:y", e -> fail("change:y must stay silent"));
        model.on("change", e -> {
            switch (count[0]++) {
                case 0:
                    assertEquals(Attributes.of("x", true), model.changedAttributes());
                    model.set(Attributes.of("y", true), new Options().silent(true));
                    model.set(Attributes.of("z", true));
                    break;
                case 1:
                    assertEquals(Attributes.of("x", true, "y", true, "z", true), model.changedAttributes());
                    break;
                case 2:
                    assertEquals(Attributes.of("z", false), model.changedAttributes());
                    break;
                default:
                    fail("change fired more than three times");
            }
        });
        model.set(Attributes.of("x", true));
        model.set(Attributes.of("z", false));
        assertEquals(3, count[0]);
    }

    @Test
    public void nestedChangeAttrWithSilent() {
        Model model = new Model();
        int[] calls = {0};
        model.on("change:y", e -> fail("change:y must stay silent"));
        model.on("change", e -> {
            calls[0]++;
            model.set(Attributes.of("y", true), new Options().silent(true));
            model.set(Attributes.of("z", true));
        });
        model.set(Attributes.of("x", true));
        assertEquals(2, calls[0]);
    }

    @Test
    public void multipleNestedChangesWithSilent() {
        Model model = new Model();
        List<Object> values = new ArrayList<>();
        model.on("change:x", e -> {
            model.set(Attributes.of("y", 1), new Options().silent(true));
            model.set(Attributes.of("y", 2));
        });
        model.on("change:y", e -> values.add(e.arg(1)));
        model.set(Attributes.of("x", true));
        assertEquals(Arrays.asList((Object) 2), values);
    }

    /** Upstream has two cases titled "multiple nested changes with silent"; this is the second. */
    @Test
    public void multipleNestedChangesWithSilent2() {
        List<Object> changes = new ArrayList<>();
        Model model = new Model();
        model.on("change:b", e -> changes.add(e.arg(1)));
        model.on("change", e -> model.set(Attributes.of("b", 1)));
        model.set(Attributes.of("b", 0));
        assertEquals(Arrays.asList((Object) 0, 1), changes);
    }

    @Test
    public void basicSilentChangeSemantics() {
        Model model = new Model();
        model.set(Attributes.of("x", 1));
        int[] calls = {0};
        model.on("change", e -> calls[0]++);
        model.set(Attributes.of("x", 2), new Options().silent(true));
        model.set(Attributes.of("x", 1));
        assertEquals(1, calls[0]);
    }

    @Test
    public void nestedSetMultipleTimes() {
        Model model = new Model();
        int[] calls = {0};
        model.on("change:b", e -> calls[0]++);
        model.on("change:a", e -> {
            model.set(Attributes.of("b", true));
            model.set(Attributes.of("b", true));
        });
        model.set(Attributes.of("a", true));
        assertEquals(1, calls[0]);
    }

    @Test
    public void clearDoesNotAlterOptions_1122() {
        Model model = new Model();
        Options options = new Options();
        model.clear(options);
        assertFalse(options.unset());
    }

    @Test
    public void unsetDoesNotAlterOptions_1122() {
        Model model = new Model();
        Options options = new Options();
        model.unset("x", options);
        assertFalse(options.unset());
    }

    @Test
    public void changingFromOneValueSilentlyToAnotherBackToOriginalTriggersAChange_1664() {
        Model model = new Model(Attributes.of("x", 1));
        int[] calls = {0};
        model.on("change:x", e -> calls[0]++);
        model.set(Attributes.of("x", 2), new Options().silent(true));
        model.set(Attributes.of("x", 3), new Options().silent(true));
        model.set(Attributes.of("x", 1));
        assertEquals(1, calls[0]);
    }

    @Test
    public void multipleSilentChangesNestedInsideAChangeEvent_1664() {
        List<Object> changes = new ArrayList<>();
        Model model = new Model();
        model.on("change", e -> {
            model.set(Attributes.of("a", "c"), new Options().silent(true));
            model.set(Attributes.of("b", 2), new Options().silent(true));
            model.unset("c", new Options().silent(true));
        });
        model.on("change:a change:b change:c", e -> changes.add(e.arg(1)));
        model.set(Attributes.of("a", "a", "b", 1, "c", "item"));
        assertEquals(Arrays.asList((Object) "a", 1, "item"), changes);
        assertEquals(Attributes.of("a", "c", "b", 2), model.attributes());
    }

    @Test
    public void attributesIsAvailableForParse_1791() {
        List<Boolean> seen = new ArrayList<>();
        new Model(null, new Options().parse(true)) {
            @Override
            protected Map<String, Object> parse(Object response, Options options) {
                seen.add(has("a")); // must not throw
                return null;
            }
        };
        assertEquals(Arrays.asList(false), seen);
    }

    @Test
    public void silentChangesInLastChangeEventBackToOriginalTriggersChange() {
        List<Object> changes = new ArrayList<>();
        Model model = new Model();
        model.on("change:a change:b change:c", e -> changes.add(e.arg(1)));
        model.on("change", e -> model.set(Attributes.of("a", "c"), new Options().silent(true)));
        model.set(Attributes.of("a", "a"));
        assertEquals(Arrays.asList((Object) "a"), changes);
        model.set(Attributes.of("a", "a"));
        assertEquals(Arrays.asList((Object) "a", "a"), changes);
    }

    @Test
    public void changeCalculationsShouldUseIsEqual_1943() {
        Model model = new Model(Attributes.of("a", Attributes.of("key", "value")));
        model.set("a", Attributes.of("key", "value"), new Options().silent(true));
        assertNull(model.changedAttributes());
    }

    @Test
    public void finalChangeEventIsAlwaysFiredRegardlessOfInterimChanges_1964() {
        Model model = new Model();
        int[] calls = {0};
        model.on("change:property", e -> model.set("property", "bar"));
        model.on("change", e -> calls[0]++);
        model.set("property", "foo");
        assertEquals(1, calls[0]);
    }

    @Test
    public void isValid() {
        Checked model = new Checked(Attributes.of("valid", true));
        model.rule = attrs -> truthy(attrs.get("valid")) ? null : "invalid";
        assertTrue(model.isValid());
        assertFalse(model.set(Attributes.of("valid", false), new Options().validate(true)));
        assertTrue(model.isValid());
        model.set(Attributes.of("valid", false));
        assertFalse(model.isValid());
        assertFalse(model.set("valid", false, new Options().validate(true)));
    }

    @Test
    public void isValidReturnsTrueInTheAbsenceOfValidate_1179() {
        Checked model = new Checked(null);
        model.rule = null;
        assertTrue(model.isValid());
        assertTrue(new Model().isValid());
    }

    @Test
    public void creatingAModelWithValidateTrueWillCallValidateAndUseTheErrorCallback_1961() {
        Model model = new Model(Attributes.of("id", 1), new Options().validate(true)) {
            @Override
            protected ValidationError validate(Candidate candidate, Options options) {
                Map<String, Object> attrs = candidate.toMap();
                return Errors.of(Integer.valueOf(1).equals(attrs.get("id")) ? "This shouldn't happen" : null);
            }
        };
        assertEquals("This shouldn't happen", model.validationError().message());
    }

    @Test
    public void nestedSetWithSilentOnlyTriggersOneChange_2034() {
        Model model = new Model();
        int[] calls = {0};
        model.on("change", e -> {
            model.set(Attributes.of("b", true), new Options().silent(true));
            calls[0]++;
        });
        model.set(Attributes.of("a", true));
        assertEquals(1, calls[0]);
    }

    @Test
    public void idWillOnlyBeUpdatedIfItIsSet_3778() {
        // Java's id has no setter, so it cannot be made to differ from its attribute as upstream does;
        // what remains observable is that a set without the id attribute leaves the id (and changeId) alone.
        Model model = new Model(Attributes.of("id", 1));
        List<Object> previousIds = new ArrayList<>();
        model.on("changeId", e -> previousIds.add(e.arg(1)));
        model.set(Attributes.of("foo", "bar"));
        assertEquals(1, model.id());
        assertEquals(new ArrayList<Object>(), previousIds);
        model.set(Attributes.of("id", 3));
        assertEquals(3, model.id());
        assertEquals(Arrays.asList((Object) 1), previousIds);
    }

    @Test
    public void triggerChangeIdNeedToBeGenerateOnlyIfTheContentIdChange_4289() {
        Model model = new Model(Attributes.of("id", 1));
        List<Object> ids = new ArrayList<>();
        model.on("changeId", e -> ids.add(((Model) e.arg(0)).get("id")));
        model.set(Attributes.of("id", 1));
        model.set(Attributes.of("id", 2));
        assertEquals(Arrays.asList((Object) 2), ids);
    }

    // Not from upstream: regressions found while porting.

    @Test
    public void unsettingTheModelsOwnAttributesClearsIt() {
        Model model = new Model(Attributes.of("a", 1, "b", 2));
        List<String> events = new ArrayList<>();
        model.on("all", e -> events.add(e.name()));
        assertTrue(model.set(model.attributes(), new Options().unset(true)));
        assertTrue(model.isEmpty());
        // As in Backbone, change detection compares the values given, which equal the current ones.
        assertEquals(new ArrayList<String>(), events);
        assertFalse(model.hasChanged());
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

    private static void assertRefused(Runnable change) {
        try {
            change.run();
        } catch (UnsupportedOperationException | IllegalStateException expected) {
            return;
        }
        throw new AssertionError("the change was allowed");
    }
}
