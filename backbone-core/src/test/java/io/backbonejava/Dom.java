package io.backbonejava;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.events.EventTarget;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/** Test-side DOM helpers: building fixtures and firing events as a user (or jQuery's trigger) would. */
final class Dom {
    private Dom() {
    }

    static HTMLDocument document() {
        return HTMLDocument.current();
    }

    /** A new detached element with the given text (or none when null). */
    static HTMLElement element(String tag, String text) {
        HTMLElement element = document().createElement(tag);
        if (text != null) {
            element.setTextContent(text);
        }
        return element;
    }

    /** Appends the children to the parent and returns the parent. */
    static HTMLElement append(HTMLElement parent, HTMLElement... children) {
        for (HTMLElement child : children) {
            parent.appendChild(child);
        }
        return parent;
    }

    /** Detaches the node from its parent, if it has one. */
    static void detach(HTMLElement element) {
        if (element != null && element.getParentNode() != null) {
            element.getParentNode().removeChild(element);
        }
    }

    /** Dispatches a bubbling event of any type, as jQuery's {@code trigger} does. */
    @JSBody(params = {"target", "type"}, script = "target.dispatchEvent(new Event(type, {bubbles: true}));")
    static native void fire(EventTarget target, String type);

    /** Dispatches a mouse event with a related target, as the browser does for mouseover and mouseout. */
    @JSBody(params = {"target", "type", "related"},
            script = "target.dispatchEvent(new MouseEvent(type, {bubbles: true, relatedTarget: related}));")
    static native void fireMouse(EventTarget target, String type, EventTarget related);

    /** Dispatches a bubbling keyboard event with the given key. */
    @JSBody(params = {"target", "type", "key"},
            script = "target.dispatchEvent(new KeyboardEvent(type, {bubbles: true, key: key}));")
    static native void fireKey(EventTarget target, String type, String key);

    /** Dispatches a bubbling mouse event with the given click count ({@code detail}). */
    @JSBody(params = {"target", "type", "detail"},
            script = "target.dispatchEvent(new MouseEvent(type, {bubbles: true, detail: detail}));")
    static native void fireMouseDetail(EventTarget target, String type, int detail);
}
