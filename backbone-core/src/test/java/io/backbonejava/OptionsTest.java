package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

@RunWith(TeaVMTestRunner.class)
public class OptionsTest {

    @Test
    public void settersReturnNewOptionsAndLeaveTheReceiverAsItWas() {
        Options plain = new Options();
        Options silent = plain.silent(true);
        Options placed = silent.at(2).put("source", "keyboard");
        assertNotSame(plain, silent);
        assertFalse(plain.silent());
        assertTrue(silent.silent());
        assertFalse(silent.hasAt());
        assertFalse(silent.has("source"));
        assertTrue(placed.hasAt());
        assertEquals(2, placed.at());
        assertEquals("keyboard", placed.get("source"));
        Options other = placed.put("source", "mouse").wait(true).url("/x");
        assertEquals("keyboard", placed.get("source"));
        assertFalse(placed.waits());
        assertNull(placed.url());
        assertEquals("mouse", other.get("source"));
        assertTrue(other.waits() && other.silent());
    }

    @Test
    public void gettersAnswerTwoStatesWithTheDocumentedDefaults() {
        Options none = new Options();
        assertFalse(none.silent() || none.unset() || none.validate() || none.merge() || none.add()
                || none.remove() || none.parse() || none.waits() || none.patch() || none.reset());
        assertTrue(none.sort());
        assertFalse(none.sort(false).sort());
        assertTrue(none.merge(true).merge());
    }

    @Test
    public void anIndexIsReadOnlyWhenOneWasGivenAndNegativeOnesCount() {
        Options none = new Options();
        assertFalse(none.hasAt());
        try {
            none.at();
            throw new AssertionError("at() answered without an index");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("at"));
        }
        Options last = none.at(-1);
        assertTrue(last.hasAt());
        assertEquals(-1, last.at());
        assertTrue(last.silent(true).hasAt());
        assertFalse(none.hasAt());
    }

    @Test
    public void oneValueServesManyCallsAndNoCallChangesIt() {
        Options atFront = new Options().at(0);
        Collection<Model> a = new Collection<>(Arrays.asList(Attributes.of("id", 1)));
        Collection<Model> b = new Collection<>(Arrays.asList(Attributes.of("id", 2)));
        List<Object> seen = new ArrayList<>();
        a.on("add", e -> seen.add(EventOptions.of(e).index()));
        a.add(Attributes.of("id", 3), atFront);
        b.add(Attributes.of("id", 4), atFront);
        a.set(Arrays.asList(Attributes.of("id", 5)), atFront);
        assertEquals(Arrays.asList(0, 0), seen);
        assertEquals(Arrays.asList((Object) 5), a.pluck("id"));
        assertEquals(Arrays.asList((Object) 4, 2), b.pluck("id"));
        assertFalse(atFront.add() || atFront.merge() || atFront.remove());
        assertSame(null, atFront.attrs());
    }

    @Test
    public void attrsAreCopiedAndReadOnly() {
        java.util.Map<String, Object> attrs = new java.util.LinkedHashMap<>(Attributes.of("a", 1));
        Options options = new Options().attrs(attrs);
        attrs.put("b", 2);
        assertEquals(Attributes.of("a", 1), options.attrs());
        try {
            options.attrs().put("c", 3);
            throw new AssertionError("attrs() must be read-only");
        } catch (UnsupportedOperationException expected) {
            assertEquals(1, options.attrs().size());
        }
    }
}
