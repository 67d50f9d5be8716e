package io.backbonejava;

/**
 * The callbacks an {@link Events} object holds, by event name: Backbone's {@code _events}, an object from each
 * name to the array of its handlers. Kept in one array of name, handlers, name, handlers rather than a hash
 * map: an object hears a few names, which a scan finds as fast as hashing would (the names are usually
 * literals, the same objects), and a model or view built per row then carries no map, table and entry objects.
 * The handlers of {@code "all"}, which every trigger reads, are also kept at hand.
 *
 * <p>A name's handler array is never changed in place: binding or removing puts a new array, so a trigger
 * that is running over the old one calls exactly the handlers bound when it started, as in Backbone.
 *
 * <pre>{@code
 * HandlerTable table = new HandlerTable();
 * table.add(new Events.Handler(owner, "change", callback, null, null));
 * table.get("change");   // an array of that one handler
 * table.all();           // null: nothing is bound to "all"
 * }</pre>
 */
final class HandlerTable {
    /** Names at even slots, their handlers after them; room for four names before the array grows. */
    private Object[] slots = new Object[8];
    /** The slots in use: two per name. */
    private int used;
    /** The handlers of {@code "all"}, or null. */
    private Events.Handler[] all;

    /** The handlers bound to a name, or null when there are none. */
    Events.Handler[] get(String name) {
        int index = indexOf(name);
        return index < 0 ? null : (Events.Handler[]) slots[index + 1];
    }

    /** The handlers of {@code "all"}, or null: {@code get("all")} without the search. */
    Events.Handler[] all() {
        return all;
    }

    /** How many names have handlers. */
    int size() {
        return used / 2;
    }

    /** The name at {@code index}, below {@link #size()}; the order of names is no one's. */
    String name(int index) {
        return (String) slots[2 * index];
    }

    /** The handlers of the name at {@code index}. */
    Events.Handler[] handlers(int index) {
        return (Events.Handler[]) slots[2 * index + 1];
    }

    /** How many handlers there are, over all names. */
    int count() {
        int count = 0;
        for (int i = 1; i < used; i += 2) {
            count += ((Events.Handler[]) slots[i]).length;
        }
        return count;
    }

    /** Binds one more handler, after those of its name. */
    void add(Events.Handler handler) {
        Events.Handler[] old = get(handler.name);
        int length = old == null ? 0 : old.length;
        Events.Handler[] grown = new Events.Handler[length + 1];
        if (old != null) {
            System.arraycopy(old, 0, grown, 0, length);
        }
        grown[length] = handler;
        put(handler.name, grown);
    }

    /** Removes one handler, found by identity; false when it is not bound (disposed already). */
    boolean remove(Events.Handler handler) {
        Events.Handler[] handlers = get(handler.name);
        int index = -1;
        for (int i = 0; handlers != null && i < handlers.length; i++) {
            if (handlers[i] == handler) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return false;
        }
        Events.Handler[] remaining = new Events.Handler[handlers.length - 1];
        System.arraycopy(handlers, 0, remaining, 0, index);
        System.arraycopy(handlers, index + 1, remaining, index, remaining.length - index);
        put(handler.name, remaining);
        return true;
    }

    /**
     * Replaces the handlers of a name; an empty array drops the name, moving the last name into its place.
     * Dropping the name at {@code index} thus leaves the names before it where they were: a caller walking
     * the names from the last to the first may drop the one it stands on.
     */
    void put(String name, Events.Handler[] handlers) {
        int index = indexOf(name);
        if (handlers.length == 0) {
            if (index >= 0) {
                used -= 2;
                slots[index] = slots[used];
                slots[index + 1] = slots[used + 1];
                slots[used] = null;
                slots[used + 1] = null;
            }
        } else if (index >= 0) {
            slots[index + 1] = handlers;
        } else {
            if (used == slots.length) {
                Object[] grown = new Object[used * 2];
                System.arraycopy(slots, 0, grown, 0, used);
                slots = grown;
            }
            slots[used] = name;
            slots[used + 1] = handlers;
            used += 2;
        }
        if ("all".equals(name)) {
            all = handlers.length == 0 ? null : handlers;
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < used; i += 2) {
            Object key = slots[i];
            if (key == name || name.equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
