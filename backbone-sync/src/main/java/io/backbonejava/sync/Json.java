package io.backbonejava.sync;

import io.backbonejava.Collection;
import io.backbonejava.Model;
import java.util.List;
import java.util.Map;
import org.teavm.interop.PlatformMarker;
import org.teavm.interop.Platforms;

/**
 * Writes Java values as JSON text the way JavaScript's {@code JSON.stringify} does, and formats numbers and
 * URL components as JavaScript does. Written by hand, without regex or {@code String.format}, because it
 * runs in the browser bundle. (Reading JSON is {@link JsonParser}'s job.)
 */
final class Json {
    private static final String HEX = "0123456789abcdef";

    private Json() {
    }

    /**
     * JSON text for maps, lists, arrays, strings, numbers, booleans and null; a model or collection is written
     * as its {@code toJSON()}, anything else as the string {@link #text} gives for it (a character, an enum or
     * another {@link CharSequence} as its text; other objects as {@code [object Object]}, as in JavaScript).
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            quote((String) value, out);
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue() ? "true" : "false");
        } else if (value instanceof Number) {
            out.append(number((Number) value, "null"));
        } else if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(text(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List) {
            writeArray(((List<?>) value).toArray(), out);
        } else if (value instanceof Object[]) {
            writeArray((Object[]) value, out);
        } else if (value instanceof Model) {
            write(((Model) value).toJSON(), out);
        } else if (value instanceof Collection) {
            write(((Collection<?>) value).toJSON(), out);
        } else {
            quote(text(value), out);
        }
    }

    private static void writeArray(Object[] items, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            write(items[i], out);
        }
        out.append(']');
    }

    /** A JSON string literal: quotes, backslashes, control characters and lone surrogates escaped. */
    private static void quote(String text, StringBuilder out) {
        if (inBrowser()) {
            // The browser's JSON.stringify escapes exactly as below (lone surrogates too, since ES2019), and
            // the bundle then needs none of this loop.
            out.append(Js.quote(text));
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || isLoneSurrogate(text, i)) {
                        out.append("\\u").append(HEX.charAt(c >> 12)).append(HEX.charAt((c >> 8) & 0xF))
                                .append(HEX.charAt((c >> 4) & 0xF)).append(HEX.charAt(c & 0xF));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /**
     * A number as JavaScript prints it where that matters: whole numbers without {@code .0}, so that
     * {@code 1.0} read from JSON is sent back as {@code 1}. NaN and infinities give {@code nonFinite}. Numbers
     * of other classes than the JDK's boxes (BigDecimal, AtomicLong...) are printed from their double value,
     * as JavaScript knows no other kind.
     */
    static String number(Number value, String nonFinite) {
        if (inBrowser()) {
            // The browser prints every number (a long is a BigInt there, every digit kept): the bundle then
            // needs no Long.toString. Whole doubles print without a fraction, as below.
            if (value instanceof Long) {
                return Js.longText(value.longValue());
            }
            double d = value.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? nonFinite : Js.numberText(d);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.toString(value.longValue());
        }
        double d = value.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return nonFinite;
        }
        // Below 2^53 every whole double is an exact long; beyond, Java's 1.0E20 is valid JSON too.
        if (d == Math.rint(d) && Math.abs(d) < 9007199254740992.0) {
            return Long.toString((long) d);
        }
        // In the browser the browser prints it: JavaScript's text, without the tables of Java's Double.toString
        // (about 12 KB gzipped), which nothing here may reach by calling toString() on an unknown value.
        return inBrowser() ? Js.numberText(d) : Double.toString(d);
    }

    /** True in code compiled by TeaVM to JavaScript, which drops the branches this rules out. */
    @PlatformMarker(Platforms.JAVASCRIPT)
    static boolean inBrowser() {
        return false;
    }

    /**
     * JavaScript's {@code String(value)} for the scalars a query string, a form or an id holds; null gives "".
     * A character, an enum or another {@link CharSequence} gives its text, any other object
     * {@code [object Object]}: a value of unknown type is never asked for its {@code toString()}.
     */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            return number((Number) value, Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? "true" : "false";
        }
        if (value instanceof Character) {
            return String.valueOf(((Character) value).charValue());
        }
        if (value instanceof CharSequence) {
            return ((CharSequence) value).toString();
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).toString();
        }
        return "[object Object]";
    }
}
