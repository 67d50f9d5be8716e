package io.backbonejava;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** The callbacks of an Events object by name: one array of pairs, copy-on-write handler arrays, "all" at hand. */
@RunWith(TeaVMTestRunner.class)
public class HandlerTableTest {
    private final Events owner = new Events();

    private Events.Handler handler(String name) {
        return new Events.Handler(owner, name, e -> { }, null, null);
    }

    @Test
    public void handlersOfANameKeepTheOrderTheyWereAddedIn() {
        HandlerTable table = new HandlerTable();
        Events.Handler first = handler("change");
        Events.Handler second = handler("change");
        Events.Handler other = handler("add");
        table.add(first);
        table.add(other);
        table.add(second);
        assertArrayEquals(new Object[] {first, second}, table.get("change"));
        assertArrayEquals(new Object[] {other}, table.get("add"));
        assertNull(table.get("remove"));
        assertEquals(2, table.size());
        assertEquals(3, table.count());
    }

    @Test
    public void addingOrRemovingPutsANewArrayAndLeavesTheOldOneAsItWas() {
        HandlerTable table = new HandlerTable();
        Events.Handler first = handler("change");
        table.add(first);
        Events.Handler[] before = table.get("change");
        Events.Handler second = handler("change");
        table.add(second);
        assertArrayEquals(new Object[] {first}, before);
        Events.Handler[] both = table.get("change");
        assertTrue(table.remove(first));
        assertArrayEquals(new Object[] {first, second}, both);
        assertArrayEquals(new Object[] {second}, table.get("change"));
    }

    @Test
    public void removingTheLastHandlerDropsTheNameAndRemovingTwiceFindsNothing() {
        HandlerTable table = new HandlerTable();
        Events.Handler only = handler("change");
        table.add(only);
        assertTrue(table.remove(only));
        assertFalse(table.remove(only));
        assertNull(table.get("change"));
        assertEquals(0, table.size());
        assertEquals(0, table.count());
    }

    @Test
    public void theHandlersOfAllAreAtHandAndFollowEveryChange() {
        HandlerTable table = new HandlerTable();
        assertNull(table.all());
        Events.Handler first = handler("all");
        table.add(first);
        assertSame(table.get("all"), table.all());
        Events.Handler second = handler("all");
        table.add(second);
        assertArrayEquals(new Object[] {first, second}, table.all());
        table.put("all", new Events.Handler[0]);
        assertNull(table.all());
        assertNull(table.get("all"));
    }

    @Test
    public void namesAreFoundByTextNotOnlyByIdentity() {
        HandlerTable table = new HandlerTable();
        table.add(handler("change"));
        String built = new StringBuilder("chan").append("ge").toString();
        table.add(handler(built));
        assertEquals(1, table.size());
        assertEquals(2, table.get("change").length);
        table.add(handler(new StringBuilder("a").append("ll").toString()));
        assertEquals(1, table.all().length);
    }

    @Test
    public void droppingANameMovesTheLastIntoItsPlaceSoAWalkFromTheEndSeesEveryNameOnce() {
        HandlerTable table = new HandlerTable();
        // More names than the first array has room for: the table grows and keeps them all.
        for (int i = 0; i < 6; i++) {
            table.add(handler("e" + i));
        }
        List<String> seen = new ArrayList<>();
        for (int i = table.size() - 1; i >= 0; i--) {
            String name = table.name(i);
            seen.add(name);
            if (name.equals("e1") || name.equals("e5") || name.equals("e3")) {
                table.put(name, new Events.Handler[0]);
            }
        }
        assertEquals(List.of("e5", "e4", "e3", "e2", "e1", "e0"), seen);
        assertEquals(3, table.size());
        List<String> left = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            left.add(table.name(i));
            assertEquals(1, table.handlers(i).length);
        }
        assertEquals(List.of("e0", "e4", "e2"), left);
    }
}
