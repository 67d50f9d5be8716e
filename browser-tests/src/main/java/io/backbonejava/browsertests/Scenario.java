package io.backbonejava.browsertests;

import org.teavm.jso.dom.html.HTMLElement;

/** One page state the browser tests drive: it builds its views into the page's {@code #app} element. */
@FunctionalInterface
public interface Scenario {
    /**
     * Builds the scenario's views.
     *
     * @param app the page's empty {@code #app} element
     */
    void mount(HTMLElement app);
}
