package io.backbonejava.browsertests;

import io.backbonejava.History;
import java.util.List;
import org.teavm.jso.browser.Window;

/** What the routing scenarios log, so both read the same way in the tests. */
final class RoutingLog {
    private RoutingLog() {
    }

    /** Logs the history's {@code "route"} and {@code "notfound"} events. */
    static void listen(History history) {
        history.on("route", e -> Log.line("history route " + e.arg(1) + " " + Text.of(e.arg(2))));
        history.on("notfound", e -> {
            Log.line("notfound " + history.fragment());
            Log.show("screen", "not found");
        });
    }

    /**
     * A route handler's report: logs {@code route <name> <args> at <pathname>} and shows the screen's name.
     *
     * @param name the route's name
     * @param args the route's arguments
     */
    static void screen(String name, List<String> args) {
        Log.line("route " + name + " " + Text.of(args) + " at " + Window.current().getLocation().getPathName());
        Log.show("screen", name);
    }
}
