package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** A model's attributes in one array: a read-only map in the order names were first stored. */
@RunWith(TeaVMTestRunner.class)
public class AttributeTableTest {
    @Test
    public void storingKeepsTheFirstPlaceOfANameAndDeletingMovesTheOthersUp() {
        AttributeTable table = new AttributeTable();
        table.store("a", 1);
        table.store("b", 2);
        table.store("c", 3);
        table.store("a", 10);
        assertEquals(List.of("a", "b", "c"), names(table));
        table.delete("b");
        table.delete("missing");
        table.store("b", 20);
        assertEquals(List.of("a", "c", "b"), names(table));
        assertEquals(10, table.valueAt(0));
        assertEquals(20, table.get("b"));
        assertEquals(3, table.size());
    }

    @Test
    public void anAbsentNameIsUndefinedWhereAStoredNullIsAValue() {
        AttributeTable table = new AttributeTable();
        table.store("none", null);
        assertNull(table.value("none"));
        assertTrue(table.containsKey("none"));
        assertSame(Values.UNDEFINED, table.value("other"));
        assertFalse(table.containsKey("other"));
        assertNull(table.get("other"));
        assertNull(table.get(7));
    }

    @Test
    public void namesAreFoundByTextNotOnlyByIdentity() {
        AttributeTable table = new AttributeTable();
        table.store("title", "a");
        String built = new StringBuilder("tit").append("le").toString();
        table.store(built, "b");
        assertEquals(1, table.size());
        assertEquals("b", table.get("title"));
    }

    @Test
    public void itGrowsPastItsFirstArray() {
        AttributeTable table = new AttributeTable();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            table.store("k" + i, i);
            expected.put("k" + i, i);
        }
        assertEquals(expected, table);
        assertEquals(19, table.value("k19"));
    }

    @Test
    public void aCopyAndACopyIntoATableAreIndependentOfTheOriginal() {
        AttributeTable table = new AttributeTable();
        for (int i = 0; i < 6; i++) {
            table.store("k" + i, i);
        }
        AttributeTable copy = table.copy();
        AttributeTable into = new AttributeTable();
        into.store("stale", true);
        into.copyFrom(table);
        table.store("k0", "changed");
        table.delete("k1");
        assertEquals(0, copy.get("k0"));
        assertEquals(0, into.get("k0"));
        assertEquals(6, into.size());
        assertFalse(into.containsKey("stale"));
        AttributeTable small = new AttributeTable();
        small.store("only", 1);
        into.copyFrom(small);
        assertEquals(Map.of("only", 1), into);
    }

    @Test
    public void fillingAnEmptyTableAndDeletingAllLeaveItUsable() {
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            attrs.put("k" + i, i);
        }
        AttributeTable table = new AttributeTable();
        table.fill(attrs);
        assertEquals(attrs, table);
        assertEquals(List.of("k0", "k1", "k2", "k3", "k4", "k5", "k6"), names(table));
        table.deleteAll();
        assertTrue(table.isEmpty());
        table.store("again", 1);
        assertEquals(Map.of("again", 1), table);
    }

    @Test
    public void itRefusesChangesFromOutside() {
        AttributeTable table = new AttributeTable();
        table.store("a", 1);
        try {
            table.put("b", 2);
            fail("put changed the table");
        } catch (UnsupportedOperationException expected) {
            assertEquals(1, table.size());
        }
        try {
            table.entrySet().iterator().remove();
            fail("the iterator removed an attribute");
        } catch (UnsupportedOperationException expected) {
            assertEquals(1, table.size());
        }
    }

    private static List<String> names(AttributeTable table) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> entry : table.entrySet()) {
            names.add(entry.getKey());
        }
        return names;
    }
}
