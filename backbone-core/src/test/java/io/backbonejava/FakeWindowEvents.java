package io.backbonejava;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link History.WindowEvents} on the JVM: keeps the listeners, and a test fires the events by hand. */
class FakeWindowEvents implements History.WindowEvents {
    private final Map<String, List<Runnable>> listeners = new LinkedHashMap<>();

    @Override
    public Subscription listen(String type, Runnable callback) {
        listeners.computeIfAbsent(type, t -> new ArrayList<>()).add(callback);
        return () -> listeners.get(type).remove(callback);
    }

    /** Calls every listener of {@code type}, as the browser does when the event happens. */
    void fire(String type) {
        for (Runnable callback : new ArrayList<>(listeners.getOrDefault(type, new ArrayList<>()))) {
            callback.run();
        }
    }

    /** How many listeners of {@code type} are subscribed. */
    int count(String type) {
        return listeners.getOrDefault(type, new ArrayList<>()).size();
    }
}
