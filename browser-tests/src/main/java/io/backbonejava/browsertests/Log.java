package io.backbonejava.browsertests;

import io.backbonejava.Html;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** What scenarios report to the tests: one {@code <li>} per line in the page's {@code #log} list. */
public final class Log {
    private Log() {
    }

    /**
     * Appends a line to {@code #log}.
     *
     * @param line the text
     */
    public static void line(String line) {
        HTMLDocument document = HTMLDocument.current();
        document.getElementById("log").appendChild(Html.text(document.createElement("li"), line));
    }

    /**
     * Sets the text of the element with the given id, for values the tests read, such as listener counts.
     *
     * @param id the element's id
     * @param value the value to show
     */
    public static void show(String id, Object value) {
        HTMLElement element = HTMLDocument.current().getElementById(id);
        Html.text(element, value);
    }
}
