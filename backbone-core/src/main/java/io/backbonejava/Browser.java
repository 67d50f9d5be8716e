package io.backbonejava;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
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
    /** The captures of a regular expression's match, an unmatched group as null; null when it does not match. */
    @JSBody(params = {"source", "text"}, script = "var m = new RegExp(source).exec(text);"
            + " return m ? m.slice(1).map(function (c) { return c === undefined ? null : c; }) : null;")
    static native JSObject exec(String source, String text);

    @JSBody(params = "array", script = "return array.length;")
    static native int length(JSObject array);

    /** An item of an array of strings and nulls. */
    @JSBody(params = {"array", "index"}, script = "return array[index];")
    static native String stringAt(JSObject array, int index);

    @JSBody(params = "text", script = "return Number(text);")
    static native double number(String text);

    /** JavaScript's {@code a < b} on two strings: UTF-16 code units in order. */
    @JSBody(params = {"a", "b"}, script = "return a < b;")
    static native boolean less(String a, String b);

    /** A form field's {@code value}: an input's, a select's or a text area's. */
    @JSBody(params = "field", script = "return field.value;")
    static native String value(HTMLElement field);

    /** Sets a form field's {@code value}. */
    @JSBody(params = {"field", "value"}, script = "field.value = value;")
    static native void setValue(HTMLElement field, String value);

    /** A checkbox's or radio button's {@code checked}. */
    @JSBody(params = "field", script = "return field.checked;")
    static native boolean checked(HTMLElement field);

    /** Sets a checkbox's or radio button's {@code checked}. */
    @JSBody(params = {"field", "value"}, script = "field.checked = value;")
    static native void setChecked(HTMLElement field, boolean value);

    /** Whether the field holds input the browser cannot read as a value: "abc" in a number field. */
    @JSBody(params = "field", script = "return !!(field.validity && field.validity.badInput);")
    static native boolean badInput(HTMLElement field);

    /** Whether a select lets the user choose several options. */
    @JSBody(params = "field", script = "return !!field.multiple;")
    static native boolean multiple(HTMLElement field);

    /** A text field's caret or selection start, or -1 for a field without one (a number field). */
    @JSBody(params = "field", script = "try { var s = field.selectionStart; return s == null ? -1 : s; }"
            + " catch (e) { return -1; }")
    static native int selectionStart(HTMLElement field);

    /** A text field's selection end, or -1 for a field without one. */
    @JSBody(params = "field", script = "try { var s = field.selectionEnd; return s == null ? -1 : s; }"
            + " catch (e) { return -1; }")
    static native int selectionEnd(HTMLElement field);

    /** Selects a range of a text field's text (the caret when empty). */
    @JSBody(params = {"field", "start", "end"}, script = "field.setSelectionRange(start, end);")
    static native void setSelectionRange(HTMLElement field, int start, int end);
}
