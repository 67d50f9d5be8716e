package io.backbonejava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Backbone's Events stands alone, and so does ours: the classes {@link Events} reaches in the compiled code
 * (through {@code jdeps}, the JDK's class-dependency tool) are its own, its listener types and its handler table, never the
 * models, options or persistence built on top of it.
 */
class EventsStandAloneTest {
    private static final Set<String> EVENTS_LAYER = Set.of("Events", "EventArgs", "Listener", "Subscription",
            "HandlerTable");

    @Test
    void eventsReachesOnlyItselfAndItsListenerTypes() throws Exception {
        Map<String, Set<String>> edges = dependencies();
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of("Events"));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (reached.add(name)) {
                todo.addAll(edges.getOrDefault(name, Set.of()));
            }
        }
        assertEquals(new TreeSet<>(EVENTS_LAYER), reached);
    }

    @Test
    void theModelLayerDependsOnEventsAndNotTheOtherWay() throws Exception {
        Map<String, Set<String>> edges = dependencies();
        assertTrue(edges.get("Model").contains("Events"), "jdeps must see Model extend Events: " + edges.get("Model"));
        assertTrue(edges.get("EventOptions").contains("EventArgs"));
    }

    /** Class to classes of this package it uses, nested classes folded into their outer class. */
    private static Map<String, Set<String>> dependencies() throws Exception {
        Path classes = Paths.get(Events.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-filter:none", "-verbose:class",
                classes.toString());
        assertEquals(0, status, out.toString());
        String prefix = "io.backbonejava.";
        Map<String, Set<String>> edges = new HashMap<>();
        for (String line : out.toString().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && "->".equals(parts[1]) && parts[0].startsWith(prefix)
                    && parts[2].startsWith(prefix)) {
                String from = outer(parts[0].substring(prefix.length()));
                String to = outer(parts[2].substring(prefix.length()));
                if (!from.contains(".") && !to.contains(".") && !from.equals(to)) {
                    edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        return edges;
    }

    private static String outer(String name) {
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }

}
