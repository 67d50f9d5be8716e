package io.backbonejava;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object that can bind callbacks to named events and trigger them: Backbone's {@code Events} mixin as a
 * base class. {@code Model}, {@code Collection}, and the browser classes {@code View}, {@code Router} and
 * {@code History} all extend it, and so can any class of yours.
 *
 * <p>Several names may be given at once, separated by spaces. The special name {@code "all"} hears every
 * event, and its listener can read the real name from {@link EventArgs#name()}. Every binding method returns
 * a {@link Subscription} whose {@code dispose()} removes just that binding; {@link #off} and
 * {@link #stopListening} remove by name and callback as in Backbone.
 *
 * <pre>{@code
 * Events bus = new Events();
 * bus.on("alert", e -> System.out.println("Triggered " + e.arg(0)));
 * bus.trigger("alert", "an event");
 * }</pre>
 *
 * <p>Dispatch follows Backbone exactly: a callback bound while an event is being triggered is not called by
 * that trigger; a callback removed during a trigger is still called by it; a {@link #once} callback is
 * removed before it runs; and the {@code "all"} callbacks are looked up again for each name of a
 * space-separated trigger.
 */
public class Events {
    /**
     * Event names and their callbacks, in pairs: a name at an even index, its {@code Handler[]} right after
     * it, the used pairs first and nulls after them. The callback arrays are never changed in place, so a
     * running trigger is stable. A flat table rather than a hash map: an object hears a few names, which a
     * scan finds as fast as hashing would, and a model or view built per row then carries no map, table and
     * entry objects for them. Null until something is bound.
     */
    private Object[] events;
    /** The callbacks of {@code "all"} in {@link #events}, or null: kept at hand, as every trigger needs them. */
    private Handler[] allHandlers;
    /** The objects this one listens to with {@link #listenTo}, each with its bookkeeping record. */
    private Map<Events, Listening> listeningTo;
    /**
     * The record of the first object this one listens to, kept out of {@link #listeningTo}: most listeners
     * (a view and its model) listen to one object, and then need no map at all.
     */
    private Listening firstListening;
    /** Bindings handed to {@link #listenTo(Subscription)} that are not single handlers, or null. */
    private List<Subscription> adopted;

    private static final Handler[] NO_HANDLERS = new Handler[0];
    private static final Subscription NOTHING = () -> { };

    /** Creates an event source with no bindings. */
    public Events() {
    }

    // Binding

    /**
     * Binds {@code callback} to one or more space-separated event names; {@code "all"} hears every event.
     *
     * @param names event names, such as {@code "change"} or {@code "add remove reset"}
     * @param callback called on each matching trigger; null binds nothing
     * @return a handle that removes these bindings
     */
    public Subscription on(String names, Listener callback) {
        return bind(names, callback, null, null);
    }

    /**
     * Binds each callback of an event map to its (possibly space-separated) names, as Backbone's
     * {@code on({change: f, destroy: g})}.
     *
     * @param map event names to callbacks
     * @return a handle that removes all of these bindings
     */
    public Subscription on(Map<String, ? extends Listener> map) {
        List<Subscription> all = new ArrayList<>();
        for (Map.Entry<String, ? extends Listener> entry : map.entrySet()) {
            all.add(on(entry.getKey(), entry.getValue()));
        }
        return combine(all);
    }

    /**
     * Binds {@code callback} so that it runs at most once per name: it is removed just before it is called.
     *
     * @param names one or more space-separated event names
     * @param callback called once for each name, on the first trigger of that name
     * @return a handle that removes the bindings not yet fired
     */
    public Subscription once(String names, Listener callback) {
        if (callback == null) {
            return NOTHING;
        }
        List<Subscription> all = new ArrayList<>();
        for (String name : splitNames(names)) {
            Once wrapper = new Once(callback, self -> off(name, self, null));
            all.add(bind(name, wrapper, null, null));
        }
        return combine(all);
    }

    /**
     * The event-map form of {@link #once(String, Listener)}.
     *
     * @param map event names to callbacks
     * @return a handle that removes the bindings not yet fired
     */
    public Subscription once(Map<String, ? extends Listener> map) {
        List<Subscription> all = new ArrayList<>();
        for (Map.Entry<String, ? extends Listener> entry : map.entrySet()) {
            all.add(once(entry.getKey(), entry.getValue()));
        }
        return combine(all);
    }

    /**
     * Removes callbacks. With no names every binding goes; with a name only that event's; with a callback only
     * the bindings of that callback (including {@code once} bindings made with it).
     *
     * @param names space-separated names, or null for every event
     * @param callback the callback to remove, or null for all callbacks of those names
     * @return this object
     */
    public Events off(String names, Listener callback) {
        return off(names, callback, null);
    }

    /**
     * Removes every callback bound to the given names.
     *
     * @param names space-separated names, or null for every event
     * @return this object
     */
    public Events off(String names) {
        return off(names, null, null);
    }

    /**
     * Removes every callback of every event, including those other objects bound with {@link #listenTo}.
     *
     * @return this object
     */
    public Events off() {
        return off(null, null, null);
    }

    /**
     * The event-map form of {@link #off(String, Listener)}.
     *
     * @param map event names to the callbacks to remove
     * @return this object
     */
    public Events off(Map<String, ? extends Listener> map) {
        for (Map.Entry<String, ? extends Listener> entry : map.entrySet()) {
            off(entry.getKey(), entry.getValue(), null);
        }
        return this;
    }

    /**
     * Calls the callbacks bound to each space-separated name, then the {@code "all"} callbacks, passing
     * {@code args} through in an {@link EventArgs}.
     *
     * @param names one or more space-separated event names
     * @param args the arguments the callbacks receive
     * @return this object
     */
    public Events trigger(String names, Object... args) {
        Object[] snapshot = events;
        if (snapshot == null || names == null) {
            return this;
        }
        Object[] safeArgs = args == null ? new Object[] {null} : args;
        // Nearly every trigger names one event: dispatch it without splitting.
        if (isSingleName(names)) {
            dispatch(snapshot, names, safeArgs);
        } else {
            for (String name : splitNames(names)) {
                dispatch(snapshot, name, safeArgs);
            }
        }
        return this;
    }

    /**
     * {@link #trigger(String, Object...)} with no arguments. Like the one-argument form, it exists for speed
     * (as SLF4J's fixed-arity methods do): in TeaVM's JavaScript every varargs call allocates an array, which
     * costs more than the whole dispatch.
     *
     * @param names one or more space-separated event names
     * @return this object
     */
    public Events trigger(String names) {
        return triggerFew(names, 0, null);
    }

    /**
     * {@link #trigger(String, Object...)} with one argument, without the argument array.
     *
     * @param names one or more space-separated event names
     * @param arg the one argument the callbacks receive
     * @return this object
     */
    public Events trigger(String names, Object arg) {
        return triggerFew(names, 1, arg);
    }

    private Events triggerFew(String names, int size, Object arg) {
        Object[] snapshot = events;
        if (snapshot == null || names == null) {
            return this;
        }
        // A name something is bound to is a single name: only other names need looking at.
        Handler[] named = lookup(snapshot, names);
        if (named != null || isSingleName(names)) {
            deliver(named, names, null, size, arg, null, null);
        } else {
            for (String name : splitNames(names)) {
                deliver(snapshot, name, null, size, arg, null, null);
            }
        }
        return this;
    }

    // Listening to other objects

    /**
     * Binds {@code callback} to events of {@code other}, and remembers it so that {@link #stopListening()}
     * can remove it later: the way a view listens to its model without leaking.
     *
     * @param other the object to listen to; null binds nothing
     * @param names one or more space-separated event names
     * @param callback the callback
     * @return a handle that removes these bindings
     */
    public Subscription listenTo(Events other, String names, Listener callback) {
        if (other == null || callback == null) {
            return NOTHING;
        }
        Listening listening = listeningFor(other);
        Subscription subscription = other.bind(names, callback, this, listening);
        if (listening.count == 0) {
            // No name was given, so nothing was bound: a record no binding holds could never be released.
            listening.cleanup();
        }
        return subscription;
    }

    /**
     * Makes a binding already made on another object this object's own, as if made with
     * {@link #listenTo(Events, String, Listener)}: {@link #stopListening()} then removes it. This is how a
     * view keeps the typed listeners of its model:
     *
     * <pre>{@code
     * listenTo(todo.onChange(Todo.TITLE, title -> renderTitle()));
     * listenTo(todos.onAdd(todo -> addOne(todo)));
     * }</pre>
     *
     * @param binding what {@code on} or a typed listener method returned
     * @return the handle that now removes the binding (use it rather than the one passed in)
     */
    public Subscription listenTo(Subscription binding) {
        if (binding instanceof Handler) {
            Handler handler = (Handler) binding;
            if (handler.listening == null && handler.context == null && !handler.relay
                    && !(handler.callback instanceof Once)) {
                // Bound a moment ago by on(): bind it again through the listenTo bookkeeping.
                handler.dispose();
                return listenTo(handler.owner, handler.name, handler.callback);
            }
        }
        if (binding == null || binding == NOTHING) {
            return NOTHING;
        }
        if (adopted == null) {
            adopted = new ArrayList<>();
        }
        adopted.add(binding);
        return binding;
    }

    /**
     * The event-map form of {@link #listenTo(Events, String, Listener)}.
     *
     * @param other the object to listen to
     * @param map event names to callbacks
     * @return a handle that removes these bindings
     */
    public Subscription listenTo(Events other, Map<String, ? extends Listener> map) {
        List<Subscription> all = new ArrayList<>();
        for (Map.Entry<String, ? extends Listener> entry : map.entrySet()) {
            all.add(listenTo(other, entry.getKey(), entry.getValue()));
        }
        return combine(all);
    }

    /**
     * Like {@link #listenTo(Events, String, Listener)}, but each name's callback runs at most once.
     *
     * @param other the object to listen to
     * @param names one or more space-separated event names
     * @param callback the callback
     * @return a handle that removes the bindings not yet fired
     */
    public Subscription listenToOnce(Events other, String names, Listener callback) {
        if (other == null || callback == null) {
            return NOTHING;
        }
        List<Subscription> all = new ArrayList<>();
        for (String name : splitNames(names)) {
            Once wrapper = new Once(callback, self -> stopListening(other, name, self));
            all.add(other.bind(name, wrapper, this, listeningFor(other)));
        }
        return combine(all);
    }

    /**
     * The event-map form of {@link #listenToOnce(Events, String, Listener)}.
     *
     * @param other the object to listen to
     * @param map event names to callbacks
     * @return a handle that removes the bindings not yet fired
     */
    public Subscription listenToOnce(Events other, Map<String, ? extends Listener> map) {
        List<Subscription> all = new ArrayList<>();
        for (Map.Entry<String, ? extends Listener> entry : map.entrySet()) {
            all.add(listenToOnce(other, entry.getKey(), entry.getValue()));
        }
        return combine(all);
    }

    /**
     * Removes bindings this object made with {@link #listenTo}: on {@code other} only, or everywhere when
     * {@code other} is null; for the given names and callback, or all of them when those are null.
     *
     * @param other the object listened to, or null for all
     * @param names space-separated names, or null for all
     * @param callback the callback, or null for all
     * @return this object
     */
    public Events stopListening(Events other, String names, Listener callback) {
        if (other == null && names == null && callback == null && adopted != null) {
            List<Subscription> bindings = adopted;
            adopted = null;
            for (Subscription binding : bindings) {
                binding.dispose();
            }
        }
        if (other != null) {
            if (listeningRecord(other) != null) {
                other.off(names, callback, this);
            }
        } else {
            Listening first = firstListening;
            if (first != null) {
                first.target.off(names, callback, this);
            }
            if (listeningTo != null) {
                // A copy: each off() below may drop its target from the map. Entries rather than keySet() or
                // values(), here and below: an app whose code uses neither view then carries neither class.
                Events[] targets = new Events[listeningTo.size()];
                int count = 0;
                for (Map.Entry<Events, Listening> entry : listeningTo.entrySet()) {
                    targets[count++] = entry.getKey();
                }
                for (Events target : targets) {
                    if (listeningTo == null) {
                        break;
                    }
                    if (listeningTo.containsKey(target)) {
                        target.off(names, callback, this);
                    }
                }
            }
        }
        if (listeningTo != null && listeningTo.isEmpty()) {
            listeningTo = null;
        }
        return this;
    }

    /**
     * Removes every binding this object made on {@code other}.
     *
     * @param other the object listened to
     * @return this object
     */
    public Events stopListening(Events other) {
        return stopListening(other, null, null);
    }

    /**
     * Removes every binding this object made on any other object: what {@code View.remove()} calls.
     *
     * @return this object
     */
    public Events stopListening() {
        return stopListening(null, null, null);
    }

    /**
     * The event-map form of {@link #stopListening(Events, String, Listener)}.
     *
     * @param other the object listened to
     * @param map event names to callbacks
     * @return this object
     */
    public Events stopListening(Events other, Map<String, ? extends Listener> map) {
        for (Map.Entry<String, ? extends Listener> entry : map.entrySet()) {
            stopListening(other, entry.getKey(), entry.getValue());
        }
        return this;
    }

    /**
     * How many callbacks are bound to this object, over all event names. A removed view should leave its
     * model and collection with none of its own: this is how tests tell.
     *
     * @return the number of bindings
     */
    public int listenerCount() {
        int count = 0;
        Object[] table = events;
        for (int i = 1; table != null && i < table.length && table[i] != null; i += 2) {
            count += ((Handler[]) table[i]).length;
        }
        return count;
    }

    /**
     * How many callbacks are bound to one event name on this object ({@code "all"} counts only its own).
     *
     * @param name a single event name
     * @return the number of bindings for that name
     */
    public int listenerCount(String name) {
        Handler[] handlers = events == null ? null : lookup(events, name);
        return handlers == null ? 0 : handlers.length;
    }

    /** How many objects this one listens to with {@link #listenTo}: Backbone's {@code _listeningTo}, for tests. */
    final int listeningToCount() {
        return (firstListening == null ? 0 : 1) + (listeningTo == null ? 0 : listeningTo.size());
    }

    /** How many objects listen to this one with {@link #listenTo}: Backbone's {@code _listeners}, for tests. */
    final int listenersCount() {
        // The records are reached through the handlers that hold them: no map of them is kept on this side.
        List<Listening> distinct = new ArrayList<>();
        Object[] table = events;
        for (int i = 1; table != null && i < table.length && table[i] != null; i += 2) {
            for (Handler handler : (Handler[]) table[i]) {
                if (handler.listening != null && !distinct.contains(handler.listening)) {
                    distinct.add(handler.listening);
                }
            }
        }
        return distinct.size();
    }

    // Internals shared with Model and Collection

    /** Binds with an identity (context) used for removal, as Backbone's third argument to {@code on}. */
    final Subscription bind(String names, Listener callback, Object context, Listening listening) {
        if (callback == null || names == null) {
            return NOTHING;
        }
        // One name (the usual case, and every collection's "all"): the handler is its own handle.
        if (isSingleName(names)) {
            return addHandler(names, callback, context, listening);
        }
        List<Handler> bound = new ArrayList<>();
        for (String name : splitNames(names)) {
            bound.add(addHandler(name, callback, context, listening));
        }
        return () -> {
            for (Handler handler : bound) {
                handler.dispose();
            }
        };
    }

    /**
     * Binds a relay: a callback that passes the events it hears on to {@code target}, as a collection does
     * with its models' events. See {@link #isHeardPastRelays()}.
     */
    final void bindRelay(String name, Listener callback, Events target) {
        addHandler(name, callback, target, null).relay = true;
    }

    private Handler addHandler(String name, Listener callback, Object context, Listening listening) {
        if (events == null) {
            // Most objects hear only a few event names: room for four.
            events = new Object[8];
        }
        Handler handler = new Handler(this, name, callback, context, listening);
        Handler[] old = lookup(events, name);
        if (old == null) {
            store(name, new Handler[] {handler});
        } else {
            Handler[] grown = new Handler[old.length + 1];
            System.arraycopy(old, 0, grown, 0, old.length);
            grown[old.length] = handler;
            store(name, grown);
        }
        if (listening != null) {
            listening.count++;
        }
        return handler;
    }

    /** Whether anything is bound to this object: lets Model skip building events nobody would hear. */
    final boolean hasListeners() {
        return events != null;
    }

    /**
     * Whether an event could reach a callback that does more than pass it on to an object nobody listens to:
     * false when the only bindings are relays under {@code "all"} (a collection's, for its models) whose
     * targets have no bindings. Lets Model skip its change events in a collection nobody listens to. Only
     * for events that relays merely pass on: a collection also acts on some of its models' events.
     */
    final boolean isHeardPastRelays() {
        Object[] table = events;
        if (table == null || table[0] == null) {
            return false;
        }
        Handler[] all = allHandlers;
        if (all == null || table[2] != null) {
            return true;
        }
        for (Handler handler : all) {
            if (!handler.relay || ((Events) handler.context).events != null) {
                return true;
            }
        }
        return false;
    }

    /** Backbone's {@code off(name, callback, context)}: any null argument matches everything. */
    final Events off(String names, Listener callback, Object context) {
        if (events == null) {
            return this;
        }
        if (names == null && callback == null && context == null) {
            // Everything goes: the listeners forget this object too. Their records are found through the
            // handlers, rather than kept in a map here that every listenTo and stopListening would update.
            Object[] all = events;
            events = null;
            allHandlers = null;
            for (int i = 1; i < all.length && all[i] != null; i += 2) {
                for (Handler handler : (Handler[]) all[i]) {
                    if (handler.listening != null) {
                        handler.listening.cleanup();
                    }
                }
            }
            return this;
        }
        if (names == null) {
            // Every name: one pass over the map, replacing or dropping each list that loses a handler. This
            // is what a view's stopListening() does to its model, once per view when a table is emptied.
            // From the last pair to the first, so that a pair moved into an emptied slot was seen already.
            Object[] table = events;
            for (int i = used(table) - 2; i >= 0; i -= 2) {
                Handler[] handlers = (Handler[]) table[i + 1];
                Handler[] remaining = without(handlers, callback, context);
                if (remaining.length == 0) {
                    removePair(table, i);
                } else if (remaining != handlers) {
                    table[i + 1] = remaining;
                }
            }
            // The lists were replaced in place, past store(): bring the "all" callbacks at hand up to date.
            allHandlers = lookup(table, "all");
        } else if (isSingleName(names)) {
            // The usual call: one name, no list (and no singleton-list class in the bundle).
            offName(names, callback, context);
        } else {
            List<String> targets = splitNames(names);
            for (int i = 0; i < targets.size() && events != null; i++) {
                offName(targets.get(i), callback, context);
            }
        }
        return this;
    }

    /** {@code off} for one name, with nothing to split: how a collection lets go of a model. */
    final void offName(String name, Listener callback, Object context) {
        Handler[] handlers = events == null ? null : lookup(events, name);
        if (handlers == null) {
            return;
        }
        Handler[] remaining = without(handlers, callback, context);
        if (remaining != handlers) {
            store(name, remaining);
        }
    }

    /**
     * The handlers {@code off(name, callback, context)} keeps, releasing the listenTo records of the others;
     * the same array when it removes none. Most calls (a view's stopListening, say) match nothing under most
     * names: look before copying.
     */
    private static Handler[] without(Handler[] handlers, Listener callback, Object context) {
        int removed = 0;
        for (Handler handler : handlers) {
            if (removes(handler, callback, context)) {
                removed++;
            }
        }
        if (removed == 0) {
            return handlers;
        }
        Handler[] remaining = removed == handlers.length ? NO_HANDLERS : new Handler[handlers.length - removed];
        int next = 0;
        for (Handler handler : handlers) {
            if (!removes(handler, callback, context)) {
                remaining[next++] = handler;
            } else if (handler.listening != null) {
                handler.listening.released();
            }
        }
        return remaining;
    }

    /** Whether {@code off(name, callback, context)} removes this handler: null arguments match all. */
    private static boolean removes(Handler handler, Listener callback, Object context) {
        return (callback == null || callback == handler.callback || callback == handler.original())
                && (context == null || context == handler.context);
    }

    /**
     * Triggers one event of the library's own, with two arguments: like {@code trigger(name, first, second)}
     * without the argument array, and without even the {@link EventArgs} when nobody listens.
     */
    final void fire(String name, Object first, Object second) {
        Object[] table = events;
        if (table != null) {
            deliver(lookup(table, name), name, null, 2, first, second, null);
        }
    }

    /** {@link #fire(String, Object, Object)} with three arguments. */
    final void fire(String name, Object first, Object second, Object third) {
        Object[] table = events;
        if (table != null) {
            deliver(lookup(table, name), name, null, 3, first, second, third);
        }
    }

    /** Triggers an event received from another object, arguments and all: how collections forward. */
    final void forward(EventArgs event) {
        Object[] table = events;
        if (table == null) {
            return;
        }
        Handler[] named = lookup(table, event.name());
        Handler[] all = allHandlers;
        if (named != null || all != null) {
            deliver(named, all, event.withSource(this));
        }
    }

    private void dispatch(Object[] snapshot, String name, Object[] args) {
        deliver(snapshot, name, args, 0, null, null, null);
    }

    /**
     * Runs the handlers of one name, found already, and those of "all", read now: before any handler runs,
     * so they are those of the same moment.
     */
    private void deliver(Handler[] named, String name, Object[] array, int size, Object first, Object second,
            Object third) {
        deliver(named, allHandlers, name, array, size, first, second, third);
    }

    /**
     * Runs the handlers of one name of a trigger of several names, then those of "all", both as bound now: a
     * handler of an earlier name may have changed them. Once {@code off()} has dropped every binding, the
     * trigger goes on with the table it started with, as Backbone's goes on with the object it started with.
     */
    private void deliver(Object[] snapshot, String name, Object[] array, int size, Object first,
            Object second, Object third) {
        Object[] table = events != null ? events : snapshot;
        deliver(lookup(table, name), lookup(table, "all"), name, array, size, first, second, third);
    }

    /** Builds the event only once a handler is known to want it, then runs the handlers. */
    private void deliver(Handler[] named, Handler[] all, String name, Object[] array, int size, Object first,
            Object second, Object third) {
        if (named == null && all == null) {
            return;
        }
        deliver(named, all, array != null ? new EventArgs(name, this, array)
                : new EventArgs(name, this, size, first, second, third));
    }

    private static void deliver(Handler[] named, Handler[] all, EventArgs event) {
        if (named != null) {
            for (Handler handler : named) {
                handler.callback.handle(event);
            }
        }
        if (all != null) {
            for (Handler handler : all) {
                handler.callback.handle(event);
            }
        }
    }

    private void removeHandler(String name, Handler target) {
        Handler[] handlers = events == null ? null : lookup(events, name);
        if (handlers == null) {
            return;
        }
        int index = -1;
        for (int i = 0; i < handlers.length; i++) {
            if (handlers[i] == target) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return;
        }
        Handler[] remaining = new Handler[handlers.length - 1];
        System.arraycopy(handlers, 0, remaining, 0, index);
        System.arraycopy(handlers, index + 1, remaining, index, remaining.length - index);
        store(name, remaining);
        if (target.listening != null) {
            target.listening.released();
        }
    }

    private void store(String name, Handler[] remaining) {
        Object[] table = events;
        int index = indexOf(table, name);
        if (remaining.length == 0) {
            if (index >= 0) {
                removePair(table, index);
            }
        } else if (index >= 0) {
            table[index + 1] = remaining;
        } else {
            int used = used(table);
            if (used == table.length) {
                Object[] grown = new Object[table.length * 2];
                System.arraycopy(table, 0, grown, 0, used);
                events = grown;
                table = grown;
            }
            table[used] = name;
            table[used + 1] = remaining;
        }
        if ("all".equals(name)) {
            allHandlers = remaining.length == 0 ? null : remaining;
        }
    }

    /** The callbacks bound to a name in a table of {@link #events}, or null. */
    private static Handler[] lookup(Object[] table, String name) {
        int index = indexOf(table, name);
        return index < 0 ? null : (Handler[]) table[index + 1];
    }

    /** Where a name stands in a table of {@link #events}, or -1. */
    private static int indexOf(Object[] table, String name) {
        for (int i = 0; i < table.length; i += 2) {
            Object key = table[i];
            if (key == null) {
                break;
            }
            if (key == name || name.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** How many slots of a table of {@link #events} hold pairs. */
    private static int used(Object[] table) {
        int used = 0;
        while (used < table.length && table[used] != null) {
            used += 2;
        }
        return used;
    }

    /** Drops the pair at {@code index}, moving the last pair into its place: the order of names is no one's. */
    private static void removePair(Object[] table, int index) {
        int last = used(table) - 2;
        table[index] = table[last];
        table[index + 1] = table[last + 1];
        table[last] = null;
        table[last + 1] = null;
    }

    private Listening listeningFor(Events other) {
        Listening listening = listeningRecord(other);
        if (listening == null) {
            listening = new Listening(this, other);
            if (firstListening == null) {
                firstListening = listening;
            } else {
                if (listeningTo == null) {
                    listeningTo = new LinkedHashMap<>(4);
                }
                listeningTo.put(other, listening);
            }
        }
        return listening;
    }

    /** This object's record of listening to {@code other}, or null when it does not. */
    private Listening listeningRecord(Events other) {
        if (firstListening != null && firstListening.target == other) {
            return firstListening;
        }
        return listeningTo == null ? null : listeningTo.get(other);
    }

    /** Whether the names are one name, with no separator to split at. */
    static boolean isSingleName(String names) {
        int length = names.length();
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (names.charAt(i) <= ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits space-separated names by hand: {@code String.split} would pull regex into the bundle. A list
     * rather than a callback, so that no caller needs a lambda class in the bundle.
     */
    static List<String> splitNames(String names) {
        List<String> out = new ArrayList<>(4);
        if (names == null) {
            return out;
        }
        int length = names.length();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean space = i == length || names.charAt(i) <= ' ';
            if (space) {
                if (start >= 0) {
                    out.add(names.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }

    private static Subscription combine(List<Subscription> all) {
        if (all.size() == 1) {
            return all.get(0);
        }
        return () -> {
            for (Subscription subscription : all) {
                subscription.dispose();
            }
        };
    }

    /**
     * One binding: the callback, the identity it was bound with, and the listenTo record it counts in. It is
     * also the {@link Subscription} of a single-name binding, which saves a handle object per binding.
     */
    static final class Handler implements Subscription {
        final Events owner;
        final String name;
        final Listener callback;
        final Object context;
        final Listening listening;
        /** Whether it is a relay to its context, an Events (see {@link Events#bindRelay}). */
        boolean relay;

        Handler(Events owner, String name, Listener callback, Object context, Listening listening) {
            this.owner = owner;
            this.name = name;
            this.callback = callback;
            this.context = context;
            this.listening = listening;
        }

        @Override
        public void dispose() {
            owner.removeHandler(name, this);
        }

        /** The callback a {@code once} wrapper stands for, so {@code off(name, callback)} finds it. */
        Listener original() {
            return callback instanceof Once ? ((Once) callback).callback : null;
        }
    }

    /** A callback that removes itself, then runs the wrapped one, at most once. */
    static final class Once implements Listener {
        final Listener callback;
        private final java.util.function.Consumer<Once> remover;
        private boolean fired;

        Once(Listener callback, java.util.function.Consumer<Once> remover) {
            this.callback = callback;
            this.remover = remover;
        }

        @Override
        public void handle(EventArgs event) {
            if (fired) {
                return;
            }
            fired = true;
            remover.accept(this);
            callback.handle(event);
        }
    }

    /** The bookkeeping of one listener listening to one object: how many bindings it holds there. */
    static final class Listening {
        final Events listener;
        final Events target;
        int count;

        Listening(Events listener, Events target) {
            this.listener = listener;
            this.target = target;
        }

        void released() {
            count--;
            if (count <= 0) {
                cleanup();
            }
        }

        void cleanup() {
            if (listener.firstListening == this) {
                listener.firstListening = null;
            } else if (listener.listeningTo != null) {
                listener.listeningTo.remove(target);
            }
        }
    }
}
