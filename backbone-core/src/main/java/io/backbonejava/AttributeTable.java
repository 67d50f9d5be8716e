package io.backbonejava;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A model's attributes, as {@link Model#attributes()} hands them out: a read-only map, in the order the
 * attributes were first set, kept in one array of name, value, name, value. A model has a handful of
 * attributes and an app has thousands of models, so one array each is cheaper to build, to copy and to read
 * than a hash map with an entry object per attribute, and a scan of a few names finds one as fast as hashing
 * would (the names are usually literals, the same objects). Only {@link Model} changes it, through the
 * package-private methods; to everyone else it is an unmodifiable {@link Map}.
 *
 * <pre>{@code
 * AttributeTable attributes = new AttributeTable();
 * attributes.store("title", "Milk");
 * attributes.value("done");   // Values.UNDEFINED: absent, which a stored null is not
 * }</pre>
 */
final class AttributeTable extends AbstractMap<String, Object> {
    /** Names at even slots, their values after them; room for four attributes before the array grows. */
    private Object[] slots;
    /** The slots in use: two per attribute. */
    private int used;

    /** An empty table. */
    AttributeTable() {
        slots = new Object[8];
    }

    private AttributeTable(Object[] slots, int used) {
        this.slots = slots;
        this.used = used;
    }

    /** A copy that later changes to either table leave the other as it was. */
    AttributeTable copy() {
        return new AttributeTable(slots.clone(), used);
    }

    /**
     * Makes this table hold what another holds, in its order, reusing this table's array: a model takes a
     * copy of its attributes at every round of {@code set}, and a merge of thousands of models should not
     * allocate thousands of tables to do it.
     */
    void copyFrom(AttributeTable other) {
        if (slots.length < other.used) {
            slots = new Object[other.slots.length];
        }
        System.arraycopy(other.slots, 0, slots, 0, other.used);
        for (int i = other.used; i < used; i++) {
            slots[i] = null;
        }
        used = other.used;
    }

    /** An attribute's value, {@link Values#UNDEFINED} when it is absent (a stored null is a value). */
    Object value(String attr) {
        int slot = slotOf(attr);
        return slot < 0 ? Values.UNDEFINED : slots[slot + 1];
    }

    /** Stores an attribute's value, in its place when present, at the end when new. */
    void store(String attr, Object value) {
        int slot = slotOf(attr);
        if (slot >= 0) {
            slots[slot + 1] = value;
        } else {
            append(attr, value);
        }
    }

    /**
     * Stores every entry of a map into this table while it is empty: a map's names are distinct already, so
     * none needs a search. This is how a new model gets its attributes.
     */
    void fill(Map<String, ?> attrs) {
        if (slots.length < attrs.size() * 2) {
            slots = new Object[attrs.size() * 2];
        }
        for (Map.Entry<String, ?> entry : attrs.entrySet()) {
            append(entry.getKey(), entry.getValue());
        }
    }

    /** Removes an attribute; the later ones move up, keeping their order. */
    void delete(String attr) {
        int slot = slotOf(attr);
        if (slot >= 0) {
            System.arraycopy(slots, slot + 2, slots, slot, used - slot - 2);
            used -= 2;
            slots[used] = null;
            slots[used + 1] = null;
        }
    }

    /** Removes every attribute. */
    void deleteAll() {
        for (int i = 0; i < used; i++) {
            slots[i] = null;
        }
        used = 0;
    }

    /** The name of the attribute at a position, in the table's order. */
    String nameAt(int index) {
        return (String) slots[2 * index];
    }

    /** The value of the attribute at a position, in the table's order. */
    Object valueAt(int index) {
        return slots[2 * index + 1];
    }

    @Override
    public Object get(Object key) {
        int slot = key == null || key instanceof String ? slotOf((String) key) : -1;
        return slot < 0 ? null : slots[slot + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return (key == null || key instanceof String) && slotOf((String) key) >= 0;
    }

    @Override
    public int size() {
        return used / 2;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<Map.Entry<String, Object>>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<Map.Entry<String, Object>>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < used;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= used) {
                            throw new NoSuchElementException();
                        }
                        next += 2;
                        return new SimpleImmutableEntry<>((String) slots[next - 2], slots[next - 1]);
                    }

                    // Spelled out: TeaVM's Iterator has no default remove() to fall back on.
                    @Override
                    public void remove() {
                        throw new UnsupportedOperationException("a model's attributes change through set");
                    }
                };
            }

            @Override
            public int size() {
                return used / 2;
            }
        };
    }

    /** The slot of an attribute's name, or -1 when it is absent. */
    private int slotOf(String attr) {
        // Names are mostly the same literals, and comparing references is far cheaper than comparing text.
        for (int i = 0; i < used; i += 2) {
            if (slots[i] == attr) {
                return i;
            }
        }
        if (attr != null) {
            for (int i = 0; i < used; i += 2) {
                if (attr.equals(slots[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    private void append(String attr, Object value) {
        if (used == slots.length) {
            Object[] grown = new Object[slots.length * 2];
            System.arraycopy(slots, 0, grown, 0, used);
            slots = grown;
        }
        slots[used] = attr;
        slots[used + 1] = value;
        used += 2;
    }
}
