package io.backbonejava;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.DocumentFragment;
import org.teavm.jso.dom.xml.Element;

/**
 * The few DOM calls TeaVM's {@code jso-apis} do not declare, as one-line {@code @JSBody} methods. Keep it to
 * one-liners: anything bigger belongs in Java.
 */
final class Browser {
    private Browser() {
    }

    /** {@code Element.matches}: whether the element is one the CSS selector selects. */
    @JSBody(params = {"element", "selector"}, script = "return element.matches(selector);")
    static native boolean matches(Element element, String selector);

    /** {@code Element.closest}: the element or its nearest ancestor the selector selects, or null. */
    @JSBody(params = {"element", "selector"}, script = "return element.closest(selector);")
    static native Element closest(Element element, String selector);

    /** JavaScript's {@code String(number)}: the browser's own number printing, without Java's tables. */
    @JSBody(params = {"number"}, script = "return String(number);")
    static native String string(double number);

    /** JavaScript's {@code String(value)} on a long, which TeaVM represents as a BigInt: every digit, exactly. */
    @JSBody(params = {"value"}, script = "return String(value);")
    static native String string(long value);

    /** JavaScript's {@code a + b} on two strings: a native join, where Java's would copy chars twice. */
    @JSBody(params = {"a", "b"}, script = "return a + b;")
    static native String concat(String a, String b);

    /** {@code HTMLTemplateElement.content}: the inert fragment a {@code <template>} element parsed. */
    @JSBody(params = {"template"}, script = "return template.content;")
    static native DocumentFragment content(HTMLElement template);
}
