package io.backbonejava.todo;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.Event;

/** The browser one-liners the app needs and jso-apis lacks. */
final class Page {
    private Page() {
    }

    /** Makes the browser ask before the page is closed or reloaded: both ways browsers have asked for it. */
    @JSBody(params = "event", script = "event.preventDefault(); event.returnValue = '';")
    static native void askBeforeLeaving(Event event);

    /**
     * A count as the browser prints it.
     *
     * @param count the number
     * @return its digits
     */
    @JSBody(params = "count", script = "return String(count);")
    static native String text(int count);

    /**
     * Writes a line to the browser's console as an error. {@code System.err} would do the same through
     * TeaVM's PrintStream, which is about 150 bytes more in the bundle for one line.
     */
    @JSBody(params = "message", script = "console.error(message);")
    static native void logError(String message);
}
