package io.backbonejava.sync;

import io.backbonejava.Collection;
import io.backbonejava.Model;
import java.util.List;
import java.util.Map;

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
     * as its {@code toJSON()}, anything else as the string of its {@code toString()}.
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
                quote(String.valueOf(entry.getKey()), out);
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
            quote(value.toString(), out);
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
     * {@code 1.0} read from JSON is sent back as {@code 1}. NaN and infinities give {@code nonFinite}.
     */
    static String number(Number value, String nonFinite) {
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return nonFinite;
            }
            // Below 2^53 every whole double is an exact long; beyond, Java's 1.0E20 is valid JSON too.
            if (d == Math.rint(d) && Math.abs(d) < 9007199254740992.0) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        return value.toString();
    }

    /** JavaScript's {@code String(value)} for the scalars a query string or form holds; null gives "". */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return number((Number) value, String.valueOf(value));
        }
        return value.toString();
    }

    /** JavaScript's {@code encodeURIComponent}: UTF-8, with letters, digits and {@code -_.!~*'()} kept. */
    static void encodeUriComponent(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.!~*'()".indexOf(c) >= 0) {
                out.append(c);
                continue;
            }
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                codePoint = 0xFFFD;
            }
            if (codePoint < 0x80) {
                percent(out, codePoint);
            } else if (codePoint < 0x800) {
                percent(out, 0xC0 | (codePoint >> 6));
                percent(out, 0x80 | (codePoint & 0x3F));
            } else if (codePoint < 0x10000) {
                percent(out, 0xE0 | (codePoint >> 12));
                percent(out, 0x80 | ((codePoint >> 6) & 0x3F));
                percent(out, 0x80 | (codePoint & 0x3F));
            } else {
                percent(out, 0xF0 | (codePoint >> 18));
                percent(out, 0x80 | ((codePoint >> 12) & 0x3F));
                percent(out, 0x80 | ((codePoint >> 6) & 0x3F));
                percent(out, 0x80 | (codePoint & 0x3F));
            }
        }
    }

    private static void percent(StringBuilder out, int octet) {
        String hex = "0123456789ABCDEF";
        out.append('%').append(hex.charAt((octet >> 4) & 0xF)).append(hex.charAt(octet & 0xF));
    }
}
