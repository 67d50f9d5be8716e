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
 * again on each pass, and a pass half a second after a view is built, none while no view is. (Whether V8 then keeps its optimized
 * code is measured by the benchmarks: "Why creating rows costs more after a collection" in BENCHMARKS.md.)
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
        Shapes.keepAll();
        assertTrue("a blank object is kept", hasShape(probe));
        assertTrue("of the same class", shapeHasSamePrototype(probe));
        assertFalse("not the object itself", shapeIsSelf(probe));
        assertTrue("with the same fields, all at their defaults", shapeHoldsOnlyDefaults(probe));
    }

    @Test
    public void libraryClassesAreCoveredToo() {
        Model model = new Model();
        model.set("title", "kept?");
        JSObject js = js(model);
        Shapes.keepAll();
        assertTrue(shapeHasSamePrototype(js));
        assertTrue(shapeHoldsOnlyDefaults(js));
    }

    @Test
    public void everyArrayTypeMadeGetsAnEmptyArray() {
        Probe[] probes = {new Probe("a"), new Probe("b")};
        JSObject probe = js(probes[0]);
        Shapes.keepAll();
        assertTrue(arrayShapeIsEmptyArrayLike(probe, js(probes)));
    }

    @Test
    public void eachPassMakesNewBlanks() {
        JSObject probe = js(new Probe(null));
        Shapes.keepAll();
        JSObject first = shape(probe);
        Shapes.keepAll();
        assertFalse(same(first, shape(probe)));
        assertTrue(shapeHoldsOnlyDefaults(probe));
    }

    @Test
    public void aPassFollowsHalfASecondAfterAViewIsBuiltAndNoneWithoutOne() throws InterruptedException {
        JSObject timed = js(new Timed());
        Thread.sleep(Shapes.DELAY + 400);
        Shapes.keepAll();
        JSObject before = shape(timed);
        Thread.sleep(Shapes.DELAY + 400);
        assertTrue("no view built, so no pass", same(before, shape(timed)));
        new View();
        Thread.sleep(Shapes.DELAY + 400);
        assertTrue(hasShape(timed));
        assertFalse("the view's pass made a new blank", same(before, shape(timed)));
    }

    private static JSObject js(Object javaObject) {
        return (JSObject) javaObject;
    }

    @JSBody(params = "o", script = "return o.constructor.$bbShape !== undefined;")
    private static native boolean hasShape(JSObject o);

    @JSBody(params = "o", script = "return o.constructor.$bbShape;")
    private static native JSObject shape(JSObject o);

    @JSBody(params = {"a", "b"}, script = "return a === b;")
    private static native boolean same(JSObject a, JSObject b);

    @JSBody(params = "o", script = "return o.constructor.$bbShape === o;")
    private static native boolean shapeIsSelf(JSObject o);

    @JSBody(params = "o", script = "var s = o.constructor.$bbShape;"
            + " return Object.getPrototypeOf(s) === Object.getPrototypeOf(o);")
    private static native boolean shapeHasSamePrototype(JSObject o);

    @JSBody(params = "o", script = "var s = o.constructor.$bbShape, keys = Object.keys(s);"
            + " return keys.length > 0 && keys.join() === Object.keys(o).join()"
            + " && keys.every(function(k) { return s[k] === null || s[k] === 0 || s[k] === false; });")
    private static native boolean shapeHoldsOnlyDefaults(JSObject o);

    @JSBody(params = {"o", "array"}, script = "var s = o.constructor.$bbArrayShape;"
            + " return !!s && s !== array && Object.getPrototypeOf(s) === Object.getPrototypeOf(array)"
            + " && s.data.length === 0 && array.data.length === 2;")
    private static native boolean arrayShapeIsEmptyArrayLike(JSObject o, JSObject array);
}
