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

    /**
     * {@code encodeURIComponent}, except that a lone surrogate goes out as U+FFFD instead of throwing (surrogate
     * pairs are matched first and kept), as {@link Values#encodeUriComponent} does on the JVM.
     */
    @JSBody(params = {"text"}, script = "return encodeURIComponent(text.replace("
            + "/[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[\\uD800-\\uDFFF]/g, m => m.length > 1 ? m : '\\uFFFD'));")
    static native String encodeUriComponent(String text);

    /** {@code decodeURIComponent}, giving malformed input back unchanged instead of throwing. */
    @JSBody(params = {"text"}, script = "try { return decodeURIComponent(text); } catch (e) { return text; }")
    static native String decodeUriComponent(String text);

    /** {@code decodeURI}, giving malformed input back unchanged instead of throwing. */
    @JSBody(params = {"text"}, script = "try { return decodeURI(text); } catch (e) { return text; }")
    static native String decodeUri(String text);

    /** {@code HTMLTemplateElement.content}: the inert fragment a {@code <template>} element parsed. */
    @JSBody(params = {"template"}, script = "return template.content;")
    static native DocumentFragment content(HTMLElement template);

    /** JavaScript's {@code Number(text)}. */
    @JSBody(params = "text", script = "return Number(text);")
    static native double number(String text);

    /** JavaScript's {@code a < b} on two strings: UTF-16 code units in order. */
    @JSBody(params = {"a", "b"}, script = "return a < b;")
    static native boolean less(String a, String b);
}
