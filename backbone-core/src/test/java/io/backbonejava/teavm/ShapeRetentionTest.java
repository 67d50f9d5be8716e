package io.backbonejava.teavm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.backbonejava.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * What {@link ShapeRetentionPlugin} does to TeaVM's output, seen from compiled code in the browser: a class
 * whose constructions are built often enough to be looked at keeps a blank instance, and a blank array of
 * itself and of each superclass, that hold nothing of the real instances; a class's blank instance is made
 * again only when the count of its looked-at constructions reaches a power of two; constructors run as
 * before. (Whether V8 then keeps its optimized code is measured by the benchmarks.)
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class ShapeRetentionTest {
    /** The plugin looks at one construction in 1 to 16; this many of one class is far beyond enough. */
    private static final int PLENTY = 5000;

    /** A class with fields of every kind the blank must leave at their defaults. */
    static class Probe {
        final Object payload;
        final String name;
        final int count;
        final double ratio;
        final boolean flag;

        Probe(Object payload) {
            this.payload = payload;
            this.name = "probe";
            this.count = 42;
            this.ratio = 0.75;
            this.flag = true;
        }
    }

    static final class SubProbe extends Probe {
        final List<String> names = new ArrayList<>();

        SubProbe() {
            super("sub");
            names.add("first");
        }
    }

    static final class Counted {
    }

    @Test
    public void aClassBuiltOftenKeepsABlankInstanceOfItself() {
        Object payload = new ArrayList<>(List.of("kept?"));
        JSObject js = js(new Probe(payload));
        for (int i = 0; i < PLENTY && !hasShape(js); i++) {
            js = js(new Probe(payload));
        }
        assertTrue("a blank instance is kept", hasShape(js));
        assertTrue("of the same class", shapeIsInstanceOfSameClass(js));
        assertFalse("not the instance itself", shapeIsSelf(js));
        assertTrue("holding only defaults, so nothing else stays alive", shapeHoldsOnlyDefaults(js));
    }

    @Test
    public void constructorsStillRun() {
        Object payload = new Object();
        Probe probe = new Probe(payload);
        assertSame(payload, probe.payload);
        assertEquals("probe", probe.name);
        assertEquals(42, probe.count);
        assertEquals(0.75, probe.ratio, 0);
        assertTrue(probe.flag);
        SubProbe sub = new SubProbe();
        assertEquals(List.of("first"), sub.names);
        assertEquals("sub", sub.payload);
        Object plain = new Object();
        assertEquals(plain, plain);
        assertNotEquals(plain, new Object());
        assertEquals(plain.hashCode(), plain.hashCode());
    }

    @Test
    public void aSubclassKeepsItsOwnBlankAndArraysOfItsSuperclasses() {
        JSObject sub = js(new SubProbe());
        for (int i = 0; i < PLENTY && !hasShape(sub); i++) {
            sub = js(new SubProbe());
        }
        assertTrue(shapeIsInstanceOfSameClass(sub));
        assertTrue(shapeHoldsOnlyDefaults(sub));
        assertEquals("the class, Probe and Object each keep an empty array of their type", 3,
                emptyArrayShapesUpTheChain(sub));
    }

    @Test
    public void libraryObjectsAreCoveredToo() {
        JSObject js = js(new Model(Map.of("title", "kept?")));
        for (int i = 0; i < PLENTY && !hasShape(js); i++) {
            js = js(new Model(Map.of("title", "kept?")));
        }
        assertTrue(shapeIsInstanceOfSameClass(js));
        assertTrue(shapeHoldsOnlyDefaults(js));
    }

    @Test
    public void theBlankIsMadeAgainOnlyAtPowersOfTwo() {
        int builds = 4000;
        int[] counts = new int[builds];
        JSObject[] shapes = new JSObject[builds];
        boolean[] kept = new boolean[builds];
        for (int i = 0; i < builds; i++) {
            JSObject js = js(new Counted());
            counts[i] = constructionCount(js);
            kept[i] = hasShape(js);
            shapes[i] = shape(js);
        }
        int looked = counts[builds - 1];
        assertTrue("one construction in 1 to 16 is looked at, got " + looked + " of " + builds,
                looked >= builds / 16 && looked <= builds);
        int renewals = 0;
        for (int i = 0; i < builds; i++) {
            boolean renewed = kept[i] && (i == 0 || !kept[i - 1] || !same(shapes[i], shapes[i - 1]));
            if (renewed) {
                renewals++;
                int count = counts[i];
                assertTrue("renewed at count " + count, count > 0 && (count & (count - 1)) == 0);
                assertTrue(i == 0 || counts[i - 1] != count);
            }
        }
        assertEquals("one renewal per power of two up to " + looked,
                32 - Integer.numberOfLeadingZeros(looked), renewals);
    }

    private static JSObject js(Object javaObject) {
        return (JSObject) javaObject;
    }

    @JSBody(params = "o", script = "return o.constructor.$bbShape !== undefined;")
    private static native boolean hasShape(JSObject o);

    @JSBody(params = "o", script = "return o.constructor.$bbShape;")
    private static native JSObject shape(JSObject o);

    @JSBody(params = "o", script = "return o.constructor.$bbShapeCount | 0;")
    private static native int constructionCount(JSObject o);

    @JSBody(params = {"a", "b"}, script = "return a === b;")
    private static native boolean same(JSObject a, JSObject b);

    @JSBody(params = "o", script = "return o.constructor.$bbShape === o;")
    private static native boolean shapeIsSelf(JSObject o);

    @JSBody(params = "o", script = "var s = o.constructor.$bbShape;"
            + " return Object.getPrototypeOf(s) === Object.getPrototypeOf(o);")
    private static native boolean shapeIsInstanceOfSameClass(JSObject o);

    @JSBody(params = "o", script = "var s = o.constructor.$bbShape, keys = Object.keys(s);"
            + " return keys.length > 0 && keys.length === Object.keys(o).length"
            + " && keys.every(function(k) { return s[k] === null || s[k] === 0 || s[k] === false; });")
    private static native boolean shapeHoldsOnlyDefaults(JSObject o);

    @JSBody(params = "o", script = "var n = 0, k = o.constructor;"
            + " while (k && k !== Object) {"
            + "   var a = k.$bbArrayShape; if (a && a.data && a.data.length === 0) n++;"
            + "   var up = Object.getPrototypeOf(k.prototype); k = up ? up.constructor : null; }"
            + " return n;")
    private static native int emptyArrayShapesUpTheChain(JSObject o);
}
