package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Backbone 1.6.1's test/events.js, case by case (see PORTING.md for the cases that do not apply to
 * Java), followed by tests of the Java-only {@link Subscription} handle.
 */
@RunWith(TeaVMTestRunner.class)
public class EventsTest {

    /** A listener that counts its calls: the Java stand-in for QUnit's {@code assert.expect(n)}. */
    static final class Counter implements Listener {
        int calls;

        @Override
        public void handle(EventArgs event) {
            calls++;
        }
    }

    /** A listener that must never run. */
    static Listener never() {
        return e -> fail("this callback must not be called, but was for " + e.name());
    }

    /** An ordered event map, as Backbone's {@code {a: f, b: g}}. */
    static Map<String, Listener> map(Object... namesAndCallbacks) {
        Map<String, Listener> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCallbacks.length; i += 2) {
            map.put((String) namesAndCallbacks[i], (Listener) namesAndCallbacks[i + 1]);
        }
        return map;
    }

    @Test
    public void onAndTrigger() {
        Events obj = new Events();
        Counter counter = new Counter();
        obj.on("event", counter);
        obj.trigger("event");
        assertEquals("counter should be incremented.", 1, counter.calls);
        obj.trigger("event");
        obj.trigger("event");
        obj.trigger("event");
        obj.trigger("event");
        assertEquals("counter should be incremented five times.", 5, counter.calls);
    }

    @Test
    public void bindingAndTriggeringMultipleEvents() {
        Events obj = new Events();
        Counter counter = new Counter();
        obj.on("a b c", counter);

        obj.trigger("a");
        assertEquals(1, counter.calls);

        obj.trigger("a b");
        assertEquals(3, counter.calls);

        obj.trigger("c");
        assertEquals(4, counter.calls);

        obj.off("a c");
        obj.trigger("a b c");
        assertEquals(5, counter.calls);
    }

    @Test
    public void bindingAndTriggeringWithEventMaps() {
        Events obj = new Events();
        Counter increment = new Counter();
        obj.on(map("a", increment, "b", increment, "c", increment));

        obj.trigger("a");
        assertEquals(1, increment.calls);

        obj.trigger("a b");
        assertEquals(3, increment.calls);

        obj.trigger("c");
        assertEquals(4, increment.calls);

        obj.off(map("a", increment, "c", increment));
        obj.trigger("a b c");
        assertEquals(5, increment.calls);
    }

    @Test
    public void bindingAndTriggeringMultipleEventNamesWithEventMaps() {
        Events obj = new Events();
        Counter increment = new Counter();
        obj.on(map("a b c", increment));

        obj.trigger("a");
        assertEquals(1, increment.calls);

        obj.trigger("a b");
        assertEquals(3, increment.calls);

        obj.trigger("c");
        assertEquals(4, increment.calls);

        obj.off(map("a c", increment));
        obj.trigger("a b c");
        assertEquals(5, increment.calls);
    }

    @Test
    public void listenToAndStopListening() {
        Events a = new Events();
        Events b = new Events();
        Counter counter = new Counter();
        a.listenTo(b, "all", counter);
        b.trigger("anything");
        a.listenTo(b, "all", never());
        a.stopListening();
        b.trigger("anything");
        assertEquals(1, counter.calls);
    }

    @Test
    public void listenToAndStopListeningWithEventMaps() {
        Events a = new Events();
        Events b = new Events();
        Counter cb = new Counter();
        a.listenTo(b, map("event", cb));
        b.trigger("event");
        a.listenTo(b, map("event2", cb));
        b.on("event2", cb);
        a.stopListening(b, map("event2", cb));
        b.trigger("event event2");
        a.stopListening();
        b.trigger("event event2");
        assertEquals(4, cb.calls);
    }

    @Test
    public void stopListeningWithOmittedArgs() {
        Events a = new Events();
        Events b = new Events();
        Counter cb = new Counter();
        a.listenTo(b, "event", cb);
        b.on("event", cb);
        a.listenTo(b, "event2", cb);
        a.stopListening(null, map("event", cb));
        b.trigger("event event2");
        b.off();
        a.listenTo(b, "event event2", cb);
        a.stopListening(null, "event", null);
        a.stopListening();
        b.trigger("event2");
        assertEquals(2, cb.calls);
    }

    @Test
    public void listenToOnce() {
        Events obj = new Events();
        int[] counterA = {0};
        int[] counterB = {0};
        Listener incrA = e -> {
            counterA[0]++;
            obj.trigger("event");
        };
        Listener incrB = e -> counterB[0]++;
        obj.listenToOnce(obj, "event", incrA);
        obj.listenToOnce(obj, "event", incrB);
        obj.trigger("event");
        assertEquals("counterA should have only been incremented once.", 1, counterA[0]);
        assertEquals("counterB should have only been incremented once.", 1, counterB[0]);
    }

    @Test
    public void listenToOnceAndStopListening() {
        Events a = new Events();
        Events b = new Events();
        Counter counter = new Counter();
        a.listenToOnce(b, "all", counter);
        b.trigger("anything");
        b.trigger("anything");
        a.listenToOnce(b, "all", never());
        a.stopListening();
        b.trigger("anything");
        assertEquals(1, counter.calls);
    }

    @Test
    public void listenToListenToOnceAndStopListening() {
        Events a = new Events();
        Events b = new Events();
        Counter counter = new Counter();
        a.listenToOnce(b, "all", counter);
        b.trigger("anything");
        b.trigger("anything");
        a.listenTo(b, "all", never());
        a.stopListening();
        b.trigger("anything");
        assertEquals(1, counter.calls);
    }

    /** The second upstream case titled "listenTo and stopListening with event maps". */
    @Test
    public void listenToAndStopListeningWithEventMaps2() {
        Events a = new Events();
        Events b = new Events();
        Counter counter = new Counter();
        a.listenTo(b, map("change", counter));
        b.trigger("change");
        a.listenTo(b, map("change", never()));
        a.stopListening();
        b.trigger("change");
        assertEquals(1, counter.calls);
    }

    @Test
    public void listenToYourself() {
        Events e = new Events();
        Counter counter = new Counter();
        e.listenTo(e, "foo", counter);
        e.trigger("foo");
        assertEquals(1, counter.calls);
    }

    @Test
    public void listenToYourselfCleansYourselfUpWithStopListening() {
        Events e = new Events();
        Counter counter = new Counter();
        e.listenTo(e, "foo", counter);
        e.trigger("foo");
        e.stopListening();
        e.trigger("foo");
        assertEquals(1, counter.calls);
        assertEquals(0, e.listenerCount());
        assertEquals(0, e.listeningToCount());
        assertEquals(0, e.listenersCount());
    }

    @Test
    public void stopListeningCleansUpReferences() {
        Events a = new Events();
        Events b = new Events();
        Listener fn = e -> { };
        b.on("event", fn);
        a.listenTo(b, "event", fn);
        a.stopListening();
        assertReferencesCleanedUp(a, b);
        a.listenTo(b, "event", fn);
        a.stopListening(b);
        assertReferencesCleanedUp(a, b);
        a.listenTo(b, "event", fn);
        a.stopListening(b, "event", null);
        assertReferencesCleanedUp(a, b);
        a.listenTo(b, "event", fn);
        a.stopListening(b, "event", fn);
        assertReferencesCleanedUp(a, b);
    }

    @Test
    public void stopListeningCleansUpReferencesFromListenToOnce() {
        Events a = new Events();
        Events b = new Events();
        Listener fn = e -> { };
        b.on("event", fn);
        a.listenToOnce(b, "event", fn);
        a.stopListening();
        assertReferencesCleanedUp(a, b);
        a.listenToOnce(b, "event", fn);
        a.stopListening(b);
        assertReferencesCleanedUp(a, b);
        a.listenToOnce(b, "event", fn);
        a.stopListening(b, "event", null);
        assertReferencesCleanedUp(a, b);
        a.listenToOnce(b, "event", fn);
        a.stopListening(b, "event", fn);
        assertReferencesCleanedUp(a, b);
    }

    /** After stopListening, a holds no record of b, b none of a, and b keeps only its own "event" binding. */
    private static void assertReferencesCleanedUp(Events a, Events b) {
        assertEquals(0, a.listeningToCount());
        assertEquals(1, b.listenerCount("event"));
        assertEquals(0, b.listenersCount());
    }

    @Test
    public void listenToAndOffCleaningUpReferences() {
        Events a = new Events();
        Events b = new Events();
        Listener fn = e -> { };
        a.listenTo(b, "event", fn);
        b.off();
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenersCount());
        a.listenTo(b, "event", fn);
        b.off("event");
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenersCount());
        a.listenTo(b, "event", fn);
        b.off(null, fn);
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenersCount());
        // Upstream's fourth step, b.off(null, null, a), removes by context: Java has no public form of it.
    }

    @Test
    public void listenToAndStopListeningCleaningUpReferences() {
        Events a = new Events();
        Events b = new Events();
        Counter counter = new Counter();
        a.listenTo(b, "all", counter);
        b.trigger("anything");
        a.listenTo(b, "other", never());
        a.stopListening(b, "other", null);
        a.stopListening(b, "all", null);
        assertEquals(1, counter.calls);
        assertEquals(0, a.listeningToCount());
    }

    @Test
    public void listenToOnceWithoutContextCleansUpReferencesAfterTheEventHasFired() {
        Events a = new Events();
        Events b = new Events();
        Counter counter = new Counter();
        a.listenToOnce(b, "all", counter);
        b.trigger("anything");
        assertEquals(1, counter.calls);
        assertEquals(0, a.listeningToCount());
    }

    @Test
    public void listenToOnceWithEventMapsCleansUpReferences() {
        Events a = new Events();
        Events b = new Events();
        Counter one = new Counter();
        a.listenToOnce(b, map("one", one, "two", never()));
        b.trigger("one");
        assertEquals(1, one.calls);
        assertEquals(1, a.listeningToCount());
    }

    @Test
    public void listenToWithEmptyCallbackDoesntThrowAnError() {
        Events e = new Events();
        e.listenTo(e, "foo", null);
        e.trigger("foo");
        assertEquals(0, e.listenerCount());
    }

    @Test
    public void triggerAllForEachEvent() {
        Events obj = new Events();
        List<String> seen = new ArrayList<>();
        obj.on("all", e -> seen.add(e.name()));
        obj.trigger("a b");
        assertTrue(seen.contains("a"));
        assertTrue(seen.contains("b"));
        assertEquals(2, seen.size());
    }

    @Test
    public void onThenUnbindAllFunctions() {
        Events obj = new Events();
        Counter callback = new Counter();
        obj.on("event", callback);
        obj.trigger("event");
        obj.off("event");
        obj.trigger("event");
        assertEquals("counter should have only been incremented once.", 1, callback.calls);
    }

    @Test
    public void bindTwoCallbacksUnbindOnlyOne() {
        Events obj = new Events();
        Counter callback = new Counter();
        Counter other = new Counter();
        obj.on("event", callback);
        obj.on("event", other);
        obj.trigger("event");
        obj.off("event", callback);
        obj.trigger("event");
        assertEquals("counterA should have only been incremented once.", 1, callback.calls);
        assertEquals("counterB should have been incremented twice.", 2, other.calls);
    }

    @Test
    public void unbindACallbackInTheMidstOfItFiring() {
        Events obj = new Events();
        int[] counter = {0};
        Listener callback = new Listener() {
            @Override
            public void handle(EventArgs event) {
                counter[0]++;
                obj.off("event", this);
            }
        };
        obj.on("event", callback);
        obj.trigger("event");
        obj.trigger("event");
        obj.trigger("event");
        assertEquals("the callback should have been unbound.", 1, counter[0]);
    }

    @Test
    public void twoBindsThatUnbindThemselves() {
        Events obj = new Events();
        int[] counterA = {0};
        int[] counterB = {0};
        Listener incrA = new Listener() {
            @Override
            public void handle(EventArgs event) {
                counterA[0]++;
                obj.off("event", this);
            }
        };
        Listener incrB = new Listener() {
            @Override
            public void handle(EventArgs event) {
                counterB[0]++;
                obj.off("event", this);
            }
        };
        obj.on("event", incrA);
        obj.on("event", incrB);
        obj.trigger("event");
        obj.trigger("event");
        obj.trigger("event");
        assertEquals("counterA should have only been incremented once.", 1, counterA[0]);
        assertEquals("counterB should have only been incremented once.", 1, counterB[0]);
    }

    /** Backbone calls the callback with {@code this} as the object; a Java listener reads it from the event. */
    @Test
    public void bindACallbackWithADefaultContextWhenNoneSupplied() {
        Events obj = new Events();
        List<Events> sources = new ArrayList<>();
        obj.once("event", e -> sources.add(e.source()));
        obj.trigger("event");
        assertEquals(1, sources.size());
        assertSame(obj, sources.get(0));
    }

    @Test
    public void nestedTriggerWithUnbind() {
        Events obj = new Events();
        int[] counter = {0};
        Listener incr1 = new Listener() {
            @Override
            public void handle(EventArgs event) {
                counter[0]++;
                obj.off("event", this);
                obj.trigger("event");
            }
        };
        Listener incr2 = e -> counter[0]++;
        obj.on("event", incr1);
        obj.on("event", incr2);
        obj.trigger("event");
        assertEquals("counter should have been incremented three times", 3, counter[0]);
    }

    @Test
    public void callbackListIsNotAlteredDuringTrigger() {
        Events obj = new Events();
        Counter incr = new Counter();
        Listener incrOn = e -> obj.on("event all", incr);
        Listener incrOff = e -> obj.off("event all", incr);

        obj.on("event all", incrOn);
        obj.trigger("event");
        assertEquals("on does not alter callback list", 0, incr.calls);

        obj.off();
        obj.on("event", incrOff);
        obj.on("event all", incr);
        obj.trigger("event");
        assertEquals("off does not alter callback list", 2, incr.calls);
    }

    @Test
    public void allCallbackListIsRetrievedAfterEachEvent_1282() {
        Events obj = new Events();
        Counter incr = new Counter();
        obj.on("x", e -> {
            obj.on("y", incr);
            obj.on("all", incr);
        });
        obj.trigger("x y");
        assertEquals(2, incr.calls);
    }

    @Test
    public void ifNoCallbackIsProvidedOnIsANoop() {
        Events obj = new Events();
        obj.on("test", null);
        assertEquals(0, obj.listenerCount());
        obj.trigger("test");
    }

    @Test
    public void removeAllEventsForASpecificCallback() {
        Events obj = new Events();
        Counter success = new Counter();
        Listener fail = never();
        obj.on("x y all", success);
        obj.on("x y all", fail);
        obj.off(null, fail);
        obj.trigger("x y");
        assertEquals(4, success.calls);
    }

    /**
     * Upstream removes two consecutive bindings by their shared context. Java's forms of that are removing a
     * callback bound twice in a row, and stopListening, which removes by the listener.
     */
    @Test
    public void offDoesNotSkipConsecutiveEvents_1310() {
        Events obj = new Events();
        Listener fail = never();
        obj.on("event", fail);
        obj.on("event", fail);
        obj.off(null, fail);
        obj.trigger("event");
        assertEquals(0, obj.listenerCount());

        Events listener = new Events();
        listener.listenTo(obj, "event", never());
        listener.listenTo(obj, "event", never());
        listener.stopListening(obj);
        obj.trigger("event");
        assertEquals(0, obj.listenerCount());
    }

    @Test
    public void once() {
        Events obj = new Events();
        int[] counterA = {0};
        int[] counterB = {0};
        Listener incrA = e -> {
            counterA[0]++;
            obj.trigger("event");
        };
        Listener incrB = e -> counterB[0]++;
        obj.once("event", incrA);
        obj.once("event", incrB);
        obj.trigger("event");
        assertEquals("counterA should have only been incremented once.", 1, counterA[0]);
        assertEquals("counterB should have only been incremented once.", 1, counterB[0]);
    }

    @Test
    public void onceVariantOne() {
        Counter f = new Counter();
        Events a = new Events();
        a.once("event", f);
        Events b = new Events();
        b.on("event", f);

        a.trigger("event");

        b.trigger("event");
        b.trigger("event");
        assertEquals(3, f.calls);
    }

    @Test
    public void onceVariantTwo() {
        Counter f = new Counter();
        Events obj = new Events();
        obj.once("event", f);
        obj.on("event", f);
        obj.trigger("event").trigger("event");
        assertEquals(3, f.calls);
    }

    @Test
    public void onceWithOff() {
        Events obj = new Events();
        Listener f = never();
        obj.once("event", f);
        obj.off("event", f);
        obj.trigger("event");
        assertEquals(0, obj.listenerCount());
    }

    @Test
    public void onceWithEventMaps() {
        Events obj = new Events();
        Counter increment = new Counter();
        obj.once(map("a", increment, "b", increment, "c", increment));

        obj.trigger("a");
        assertEquals(1, increment.calls);

        obj.trigger("a b");
        assertEquals(2, increment.calls);

        obj.trigger("c");
        assertEquals(3, increment.calls);

        obj.trigger("a b c");
        assertEquals(3, increment.calls);
    }

    @Test
    public void onceWithMultipleEvents() {
        Events obj = new Events();
        Counter counter = new Counter();
        obj.once("x y", counter);
        obj.trigger("x y");
        assertEquals(2, counter.calls);
    }

    @Test
    public void offDuringIterationWithOnce() {
        Events obj = new Events();
        Counter counter = new Counter();
        Listener f = new Listener() {
            @Override
            public void handle(EventArgs event) {
                event.source().off("event", this);
            }
        };
        obj.on("event", f);
        obj.once("event", e -> { });
        obj.on("event", counter);

        obj.trigger("event");
        obj.trigger("event");
        assertEquals(2, counter.calls);
    }

    @Test
    public void onceOnAllShouldWorkAsExpected() {
        Events bus = new Events();
        int[] calls = {0};
        bus.once("all", e -> {
            calls[0]++;
            bus.trigger("all");
        });
        bus.trigger("all");
        assertEquals(1, calls[0]);
    }

    @Test
    public void onceWithoutACallbackIsANoop() {
        Events obj = new Events();
        obj.once("event", null);
        assertEquals(0, obj.listenerCount());
        obj.trigger("event");
    }

    @Test
    public void listenToOnceWithoutACallbackIsANoop() {
        Events obj = new Events();
        obj.listenToOnce(obj, "event", null);
        assertEquals(0, obj.listenerCount());
        assertEquals(0, obj.listeningToCount());
        obj.trigger("event");
    }

    /**
     * In Java the binding methods return a {@link Subscription} rather than the object; trigger, off and
     * stopListening still return it for chaining.
     */
    @Test
    public void eventFunctionsAreChainable() {
        Events obj = new Events();
        Events obj2 = new Events();
        Listener fn = e -> { };
        assertSame(obj, obj.trigger("noeventssetyet"));
        assertSame(obj, obj.off("noeventssetyet"));
        assertSame(obj, obj.stopListening(obj2));
        obj.on("a", fn);
        obj.once("c", fn);
        assertSame(obj, obj.trigger("a"));
        obj.listenTo(obj2, "a", fn);
        obj.listenToOnce(obj2, "b", fn);
        assertSame(obj, obj.off("a c"));
        assertSame(obj, obj.stopListening(obj2, "a", null));
        assertSame(obj, obj.stopListening());
        assertEquals(0, obj.listenerCount());
        assertEquals(0, obj2.listenerCount());
    }

    @Test
    public void listenToOnceWithSpaceSeparatedEvents_3448() {
        Events one = new Events();
        Events two = new Events();
        List<Integer> received = new ArrayList<>();
        one.listenToOnce(two, "x y", e -> received.add((Integer) e.arg(0)));
        two.trigger("x", 1);
        two.trigger("x", 1);
        two.trigger("y", 2);
        two.trigger("y", 2);
        assertEquals(2, received.size());
        assertEquals(Integer.valueOf(1), received.get(0));
        assertEquals(Integer.valueOf(2), received.get(1));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Not from upstream: Java-only behaviour, mostly of the Subscription handle every binding method returns.
    // ---------------------------------------------------------------------------------------------------------

    @Test
    public void subscriptionDisposeRemovesOnlyItsOwnBindingOfACallbackBoundTwice() {
        Events obj = new Events();
        Counter callback = new Counter();
        Subscription first = obj.on("event", callback);
        obj.on("event", callback);
        first.dispose();
        assertEquals(1, obj.listenerCount("event"));
        obj.trigger("event");
        assertEquals(1, callback.calls);
    }

    @Test
    public void subscriptionDisposeRemovesOnlyItsOwnListenToBindingOfACallbackBoundTwice() {
        Events a = new Events();
        Events b = new Events();
        Counter callback = new Counter();
        Subscription first = a.listenTo(b, "event", callback);
        a.listenTo(b, "event", callback);
        first.dispose();
        b.trigger("event");
        assertEquals(1, callback.calls);
        assertEquals(1, a.listeningToCount());
        assertEquals(1, b.listenersCount());
    }

    @Test
    public void subscriptionDisposingTwiceIsHarmless() {
        Events obj = new Events();
        Counter callback = new Counter();
        Subscription first = obj.on("event", callback);
        obj.on("event", callback);
        first.dispose();
        first.dispose();
        obj.trigger("event");
        assertEquals(1, callback.calls);

        // The second dispose must not release the listenTo bookkeeping a second time either.
        Events a = new Events();
        Events b = new Events();
        Counter heard = new Counter();
        Subscription listening = a.listenTo(b, "event", e -> { });
        a.listenTo(b, "event", heard);
        listening.dispose();
        listening.dispose();
        assertEquals(1, a.listeningToCount());
        assertEquals(1, b.listenersCount());
        b.trigger("event");
        assertEquals(1, heard.calls);
        a.stopListening();
        assertEquals(0, b.listenerCount());
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenersCount());
    }

    @Test
    public void subscriptionDisposeOfListenToReleasesTheListenerBookkeeping() {
        Events a = new Events();
        Events b = new Events();
        Subscription subscription = a.listenTo(b, "event", never());
        subscription.dispose();
        assertEquals(0, b.listenerCount());
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenersCount());
        b.trigger("event");
        a.stopListening();
        assertEquals(0, a.listeningToCount());

        // Listening again afterwards starts fresh bookkeeping that stopListening still removes.
        Counter counter = new Counter();
        a.listenTo(b, "event", counter);
        b.trigger("event");
        a.stopListening();
        b.trigger("event");
        assertEquals(1, counter.calls);
        assertEquals(0, b.listenerCount());
        assertEquals(0, b.listenersCount());
    }

    @Test
    public void subscriptionDisposeOfListenToOnceReleasesTheListenerBookkeeping() {
        Events a = new Events();
        Events b = new Events();
        Subscription subscription = a.listenToOnce(b, "x y", never());
        subscription.dispose();
        assertEquals(0, b.listenerCount());
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenersCount());
        b.trigger("x y");
        a.stopListening();
    }

    @Test
    public void subscriptionDisposeOfAMultiNameSubscriptionRemovesAllItsNames() {
        Events obj = new Events();
        Counter kept = new Counter();
        Subscription subscription = obj.on("a b c", never());
        obj.on("b", kept);
        subscription.dispose();
        assertEquals(1, obj.listenerCount());
        obj.trigger("a b c");
        assertEquals(1, kept.calls);

        Subscription once = obj.once("a c", never());
        once.dispose();
        obj.trigger("a c");
        assertEquals(1, obj.listenerCount());

        Events listener = new Events();
        Subscription listening = listener.listenTo(obj, "a b c", never());
        listening.dispose();
        obj.trigger("a b c");
        assertEquals(1, obj.listenerCount());
        assertEquals(0, listener.listeningToCount());
        assertEquals(0, obj.listenersCount());
    }

    @Test
    public void listenToWithoutEventNamesKeepsNoBookkeeping() {
        Events a = new Events();
        Events b = new Events();
        a.listenTo(b, null, never());
        a.listenTo(b, " ", never());
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenersCount());
        assertEquals(0, b.listenerCount());

        // An existing record is kept when a further listenTo binds nothing.
        Counter counter = new Counter();
        a.listenTo(b, "event", counter);
        a.listenTo(b, "", never());
        b.trigger("event");
        assertEquals(1, counter.calls);
        assertEquals(1, a.listeningToCount());
        assertEquals(1, b.listenersCount());
        a.stopListening();
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenersCount());
    }

    @Test
    public void subscriptionDisposeOfAnEventMapRemovesEveryEntry() {
        Events obj = new Events();
        Subscription subscription = obj.on(map("a", never(), "b c", never()));
        subscription.dispose();
        obj.trigger("a b c");
        assertEquals(0, obj.listenerCount());
    }

    @Test
    public void stopListeningToOneOfSeveralObjectsKeepsTheOthers() {
        Events a = new Events();
        Events b = new Events();
        Events c = new Events();
        Events d = new Events();
        List<String> heard = new ArrayList<>();
        a.listenTo(b, "event", e -> heard.add("b"));
        a.listenTo(c, "event", e -> heard.add("c"));
        a.listenTo(d, "event", e -> heard.add("d"));
        assertEquals(3, a.listeningToCount());

        // b was listened to first; the others must survive its going, and b must be heard again after.
        a.stopListening(b);
        assertEquals(2, a.listeningToCount());
        b.trigger("event");
        c.trigger("event");
        d.trigger("event");
        assertEquals(List.of("c", "d"), heard);
        a.listenTo(b, "event", e -> heard.add("b again"));
        assertEquals(3, a.listeningToCount());
        b.trigger("event");
        assertEquals(List.of("c", "d", "b again"), heard);

        // d's own off() makes a forget d, and only d.
        d.off();
        assertEquals(2, a.listeningToCount());
        assertEquals(0, d.listenersCount());
        a.stopListening();
        assertEquals(0, a.listeningToCount());
        assertEquals(0, b.listenerCount() + c.listenerCount() + d.listenerCount());
        assertEquals(0, b.listenersCount() + c.listenersCount());
    }

    @Test
    public void triggerWithoutArgumentsGivesNoArguments() {
        Events events = new Events();
        List<EventArgs> seen = new ArrayList<>();
        events.on("ping", seen::add);
        events.trigger("ping");
        assertEquals(1, seen.size());
        assertEquals("ping", seen.get(0).name());
        assertEquals(0, seen.get(0).size());
        assertEquals(Collections.emptyList(), seen.get(0).args());
        assertNull(seen.get(0).arg(0));
        assertFalse(EventOptions.of(seen.get(0)).silent());
    }

    @Test
    public void triggerWithOneArgumentPassesIt() {
        Events events = new Events();
        List<EventArgs> seen = new ArrayList<>();
        events.on("ping", seen::add);
        events.trigger("ping", "one");
        events.trigger("ping", (Object) null);
        assertEquals(2, seen.size());
        assertEquals(1, seen.get(0).size());
        assertEquals("one", seen.get(0).arg(0));
        assertNull(seen.get(0).arg(1));
        assertEquals(Arrays.asList("one"), seen.get(0).args());
        assertEquals(1, seen.get(1).size());
        assertNull(seen.get(1).arg(0));
    }

    @Test
    public void anArrayArgumentIsStillSpreadOverTheArguments() {
        Events events = new Events();
        List<EventArgs> seen = new ArrayList<>();
        events.on("ping", seen::add);
        events.trigger("ping", new Object[] {"a", "b"});
        assertEquals(2, seen.get(0).size());
        assertEquals("b", seen.get(0).arg(1));
    }

    @Test
    public void oneArgumentTriggerSplitsNamesAndReachesAllHandlers() {
        Events events = new Events();
        List<String> calls = new ArrayList<>();
        events.on("a", e -> calls.add("a:" + e.arg(0)));
        events.on("b", e -> calls.add("b:" + e.arg(0)));
        events.on("all", e -> calls.add("all " + e.name() + ":" + e.arg(0)));
        events.trigger("a  b", 7);
        assertEquals(Arrays.asList("a:7", "all a:7", "b:7", "all b:7"), calls);
    }

    @Test
    public void disposingASingleNameBindingRemovesOnlyIt() {
        Events events = new Events();
        int[] calls = {0};
        Listener count = e -> calls[0]++;
        Subscription first = events.on("ping", count);
        events.on("ping", count);
        first.dispose();
        first.dispose();
        events.trigger("ping");
        assertEquals(1, calls[0]);
        assertEquals(1, events.listenerCount("ping"));
    }

    @Test
    public void theAllCallbacksFollowEveryWayOfBindingAndRemovingThem() {
        Events events = new Events();
        List<String> seen = new ArrayList<>();
        Listener first = e -> seen.add("first " + e.name());
        Subscription second = events.on("all", e -> seen.add("second " + e.name()));
        events.on("all", first);
        events.trigger("ping", 1);
        events.trigger("a b");
        assertEquals(Arrays.asList("second ping", "first ping", "second a", "first a", "second b", "first b"), seen);
        seen.clear();
        second.dispose();
        events.trigger("ping", 1);
        events.off("all", first);
        events.trigger("ping", 1);
        assertEquals(Arrays.asList("first ping"), seen);
        seen.clear();
        events.once("all", first);
        events.trigger("ping");
        events.trigger("ping");
        events.on("all", first);
        events.on("ping", e -> seen.add("ping"));
        events.off();
        events.trigger("ping", 1);
        events.on("pong", e -> seen.add("pong"));
        events.trigger("pong", 1);
        assertEquals(Arrays.asList("first ping", "pong"), seen);
    }

    @Test
    public void manyEventNamesGrowTheTableAndEachStillFindsOnlyItsOwnCallbacks() {
        Events events = new Events();
        List<String> calls = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            String name = "e" + i;
            events.on(name, e -> calls.add(name + ":" + e.name()));
        }
        events.on("all", e -> calls.add("all:" + e.name()));
        assertEquals(12, events.listenerCount());
        // Names built at run time are other String objects than the ones bound: found by value.
        events.trigger(new StringBuilder("e").append(9).toString());
        events.trigger("e0 e10 missing");
        assertEquals(Arrays.asList("e9:e9", "all:e9", "e0:e0", "all:e0", "e10:e10", "all:e10", "all:missing"),
                calls);
    }

    @Test
    public void removingNamesFromTheMiddleKeepsEveryOtherBinding() {
        Events events = new Events();
        List<String> calls = new ArrayList<>();
        Listener shared = e -> calls.add("shared:" + e.name());
        for (int i = 0; i < 9; i++) {
            String name = "e" + i;
            events.on(name, e -> calls.add(name));
            if (i % 3 == 1) {
                events.on(name, shared);
            }
        }
        events.off("e2");
        events.off("e5 e0");
        // Every name loses the shared callback, and e1, e4 and e7 keep their own.
        events.off(null, shared);
        assertEquals(6, events.listenerCount());
        assertEquals(0, events.listenerCount("e2"));
        assertEquals(1, events.listenerCount("e4"));
        events.trigger("e0 e1 e2 e3 e4 e5 e6 e7 e8");
        assertEquals(Arrays.asList("e1", "e3", "e4", "e6", "e7", "e8"), calls);
        events.on("e2", e -> calls.add("again e2"));
        events.trigger("e2");
        assertEquals("again e2", calls.get(calls.size() - 1));
    }

    @Test
    public void aNameBoundDuringATriggerOfSeveralNamesIsHeardByTheLaterNames() {
        Events events = new Events();
        List<String> calls = new ArrayList<>();
        events.on("a", e -> {
            // Enough new names to outgrow the table while the trigger runs.
            for (int i = 0; i < 6; i++) {
                events.on("x" + i, x -> calls.add("x"));
            }
            events.on("b", x -> calls.add("late b"));
            calls.add("a");
        });
        events.on("b", e -> calls.add("b"));
        events.trigger("a b");
        assertEquals(Arrays.asList("a", "b", "late b"), calls);
    }
}
