package io.backbonejava.sync;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;

/** The JavaScript one-liners that TeaVM's jso-apis do not declare. */
final class Js {
    private Js() {
    }

    @JSBody(params = "text", script = "return JSON.parse(text);")
    static native JSObject parseJson(String text);

    /** A JSON string literal, as {@code JSON.stringify} writes it. */
    @JSBody(params = "text", script = "return JSON.stringify(text);")
    static native String quote(String text);

    @JSBody(params = "value", script = "return typeof value;")
    static native String typeOf(JSObject value);

    @JSBody(params = "value", script = "return value === null || value === undefined;")
    static native boolean isNullish(JSObject value);

    @JSBody(params = "value", script = "return Array.isArray(value);")
    static native boolean isArray(JSObject value);

    @JSBody(params = "array", script = "return array.length;")
    static native int length(JSObject array);

    @JSBody(params = { "array", "index" }, script = "return array[index];")
    static native JSObject at(JSObject array, int index);

    @JSBody(params = "object", script = "return Object.keys(object);")
    static native JSObject keys(JSObject object);

    @JSBody(params = { "object", "key" }, script = "return object[key];")
    static native JSObject get(JSObject object, String key);

    @JSBody(params = "value", script = "return value;")
    static native String asString(JSObject value);

    @JSBody(params = "value", script = "return value;")
    static native double asNumber(JSObject value);

    @JSBody(params = "value", script = "return value;")
    static native boolean asBoolean(JSObject value);

    /** JavaScript's {@code String(number)}: the browser's own number printing. */
    @JSBody(params = "number", script = "return String(number);")
    static native String numberText(double number);

    /** JavaScript's {@code String(value)} on a long, which TeaVM keeps as a BigInt: every digit, exactly. */
    @JSBody(params = "value", script = "return String(value);")
    static native String longText(long value);

    /** The page's cookies as {@code name=value; name2=value2}, for {@link CsrfPolicy#browser()}. */
    @JSBody(script = "return document.cookie;")
    static native String documentCookie();

    @JSBody(params = { "xhr", "millis" }, script = "xhr.timeout = millis;")
    static native void setTimeout(XMLHttpRequest xhr, int millis);

    @JSBody(params = "local", script = "return local ? window.localStorage : window.sessionStorage;")
    static native org.teavm.jso.browser.Storage webStorage(boolean local);
}
