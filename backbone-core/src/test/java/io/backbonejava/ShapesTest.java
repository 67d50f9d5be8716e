package io.backbonejava;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * What {@link Shapes} and backbone-core's TeaVM plugin keep, seen from compiled code in the browser: a blank
 * object per class holding nothing of the real ones, an empty array per array type the app made, both made
 * again on each pass and kept apart from the classes themselves, and two passes after a view is built (one
 * when the task that built it ends, one half a second later), none while no view is. (Whether V8 then keeps
 * its optimized code is measured by the benchmarks: "Why creating rows costs more after a collection" in
 * BENCHMARKS.md.)
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class ShapesTest {

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

    static final class Timed {
    }

    @Test
    public void everyClassGetsABlankObjectHoldingOnlyDefaults() {
        List<String> payload = new ArrayList<>(List.of("kept?"));
        JSObject probe = js(new Probe(payload));
        JSObject blanks = js(Shapes.keepAll());
        assertTrue("a blank object is made", hasBlank(blanks, probe));
        assertTrue("of the same class", blankHasSamePrototype(blanks, probe));
        assertFalse("not the object itself", blankIsSelf(blanks, probe));
        assertTrue("with the same fields, all at their defaults", blankHoldsOnlyDefaults(blanks, probe));
    }

    @Test
    public void libraryClassesAreCoveredToo() {
        Model model = new Model();
        model.set("title", "kept?");
        JSObject js = js(model);
        JSObject blanks = js(Shapes.keepAll());
        assertTrue(blankHasSamePrototype(blanks, js));
        assertTrue(blankHoldsOnlyDefaults(blanks, js));
    }

    @Test
    public void everyArrayTypeMadeGetsAnEmptyArray() {
        Probe[] probes = {new Probe("a"), new Probe("b")};
        assertTrue(hasEmptyArrayLike(js(Shapes.keepAll()), js(probes)));
    }

    @Test
    public void eachPassMakesNewBlanks() {
        JSObject probe = js(new Probe(null));
        JSObject first = blankOf(js(Shapes.keepAll()), probe);
        JSObject blanks = js(Shapes.keepAll());
        assertFalse(same(first, blankOf(blanks, probe)));
        assertTrue(blankHoldsOnlyDefaults(blanks, probe));
    }

    @Test
    public void aPassLeavesTheConstructorFunctionsAsTheyWere() {
        // A property added to a class's constructor function changes that function's hidden class, and V8
        // then throws away the optimized constructors of its subclasses, which call it. Earlier passes (other
        // tests) may have run already, so the check is of every property's value too, not only of names.
        JSObject probe = js(new Probe("a"));
        JSObject model = js(new Model());
        JSObject probeFunctions = constructorProperties(probe);
        JSObject modelFunctions = constructorProperties(model);
        Shapes.keepAll();
        Shapes.keepAll();
        assertTrue(sameProperties(probeFunctions, constructorProperties(probe)));
        assertTrue(sameProperties(modelFunctions, constructorProperties(model)));
    }

    @Test
    public void aPassFollowsTheTaskThatBuiltAViewAndAnotherHalfASecondLaterNoneWithoutOne()
            throws InterruptedException {
        JSObject timed = js(new Timed());
        Thread.sleep(Shapes.DELAY + 400);
        Object before = Shapes.kept();
        Thread.sleep(Shapes.DELAY + 400);
        assertTrue("no view built, so no pass", Shapes.kept() == before);
        new View();
        assertTrue("the pass waits for the task to end", Shapes.kept() == before);
        Thread.sleep(100);
        Object soon = Shapes.kept();
        assertTrue("a pass right after the task", soon != null && soon != before);
        assertTrue(hasBlank(js(soon), timed));
        Thread.sleep(Shapes.DELAY + 400);
        Object later = Shapes.kept();
        assertTrue("a second pass half a second later", later != null && later != soon);
        Thread.sleep(Shapes.DELAY + 400);
        assertTrue("and no more", Shapes.kept() == later);
    }

    private static JSObject js(Object javaObject) {
        return (JSObject) javaObject;
    }

    @JSBody(params = {"blanks", "o"}, script = "return blanks.find(function(b) {"
            + " return b.constructor === o.constructor; }) || null;")
    private static native JSObject blankOf(JSObject blanks, JSObject o);

    private static boolean hasBlank(JSObject blanks, JSObject o) {
        return blankOf(blanks, o) != null;
    }

    @JSBody(params = {"a", "b"}, script = "return a === b;")
    private static native boolean same(JSObject a, JSObject b);

    private static boolean blankIsSelf(JSObject blanks, JSObject o) {
        return same(blankOf(blanks, o), o);
    }

    private static boolean blankHasSamePrototype(JSObject blanks, JSObject o) {
        return samePrototype(blankOf(blanks, o), o);
    }

    @JSBody(params = {"a", "b"}, script = "return Object.getPrototypeOf(a) === Object.getPrototypeOf(b);")
    private static native boolean samePrototype(JSObject a, JSObject b);

    private static boolean blankHoldsOnlyDefaults(JSObject blanks, JSObject o) {
        return holdsOnlyDefaultsOf(blankOf(blanks, o), o);
    }

    @JSBody(params = {"s", "o"}, script = "var keys = Object.keys(s);"
            + " return keys.length > 0 && keys.join() === Object.keys(o).join()"
            + " && keys.every(function(k) { return s[k] === null || s[k] === 0 || s[k] === false; });")
    private static native boolean holdsOnlyDefaultsOf(JSObject s, JSObject o);

    @JSBody(params = {"blanks", "array"}, script = "return blanks.some(function(s) {"
            + " return s !== array && Object.getPrototypeOf(s) === Object.getPrototypeOf(array)"
            + " && s.data.length === 0; }) && array.data.length === 2;")
    private static native boolean hasEmptyArrayLike(JSObject blanks, JSObject array);

    /**
     * The own properties (string and symbol keys, and their values) of the object's constructor function and
     * of its superclass's, as a flat array of keys and values.
     */
    @JSBody(params = "o", script = "var c = o.constructor, p = Object.getPrototypeOf(c.prototype).constructor,"
            + " all = [];"
            + " [c, p].forEach(function(f) { Reflect.ownKeys(f).forEach(function(k) { all.push(k, f[k]); }); });"
            + " return all;")
    private static native JSObject constructorProperties(JSObject o);

    @JSBody(params = {"a", "b"}, script = "return a.length === b.length"
            + " && a.every(function(x, i) { return x === b[i]; });")
    private static native boolean sameProperties(JSObject a, JSObject b);
}
