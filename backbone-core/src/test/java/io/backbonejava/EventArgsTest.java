package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * What a listener receives, built either way: from the trigger's own array, or from up to three arguments
 * held in fields (the library's events, {@code trigger(name)} and {@code trigger(name, arg)}). Both read the
 * same.
 */
@RunWith(TeaVMTestRunner.class)
public class EventArgsTest {
    private final Events source = new Events();

    @Test
    public void argumentsInFieldsReadAsAnArrayOfThemWould() {
        EventArgs fields = new EventArgs("change:title", source, null, 3, "a", null, "c");
        EventArgs array = new EventArgs("change:title", source, new Object[] {"a", null, "c"}, -1, null, null,
                null);
        for (EventArgs event : List.of(fields, array)) {
            assertEquals(3, event.size());
            assertEquals("a", event.arg(0));
            assertNull(event.arg(1));
            assertEquals("c", event.arg(2));
            assertNull("past the end, as a missing JavaScript argument", event.arg(3));
            assertNull(event.arg(-1));
            assertEquals(Arrays.asList("a", null, "c"), event.args());
            assertEquals("change:title[a, null, c]", event.toString());
        }
    }

    @Test
    public void fewerArgumentsThanFieldsHideTheUnusedOnes() {
        EventArgs one = new EventArgs("ping", source, null, 1, 7, null, null);
        assertEquals(1, one.size());
        assertEquals(List.of(7), one.args());
        assertNull(one.arg(1));
        EventArgs none = new EventArgs("ping", source, null, 0, null, null, null);
        assertEquals(0, none.size());
        assertEquals(List.of(), none.args());
    }

    @Test
    public void theArgumentListIsReadOnly() {
        EventArgs event = new EventArgs("ping", source, new Object[] {1, 2}, -1, null, null, null);
        try {
            event.args().set(0, 3);
            fail("args() must not be writable");
        } catch (UnsupportedOperationException expected) {
            assertEquals(1, event.arg(0));
        }
    }

    @Test
    public void asGivesTheSameArgumentsUnderAnotherNameAndSource() {
        Events collection = new Events();
        for (EventArgs event : List.of(new EventArgs("change", source, null, 2, "m", "o", null),
                new EventArgs("change", source, new Object[] {"m", "o"}, -1, null, null, null))) {
            EventArgs forwarded = event.as("change", collection);
            assertSame(collection, forwarded.source());
            assertSame(source, event.source());
            assertEquals(event.args(), forwarded.args());
            EventArgs renamed = event.as("other", source);
            assertEquals("other", renamed.name());
            assertEquals(List.of("m", "o"), renamed.args());
        }
    }

    @Test
    public void eachTriggerFormHandsTheArgumentsItWasGiven() {
        Events events = new Events();
        StringBuilder seen = new StringBuilder();
        events.on("e", e -> seen.append(e.size()).append(e.args()).append(' '));
        events.trigger("e");
        events.trigger("e", "one");
        events.trigger("e", "one", "two");
        events.trigger("e", 1, 2, 3, 4);
        events.trigger("e", (Object[]) null);
        assertEquals("0[] 1[one] 2[one, two] 4[1, 2, 3, 4] 1[null] ", seen.toString());
    }
}
