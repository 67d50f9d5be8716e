package io.backbonejava;

import java.util.List;
import java.util.Map;
import org.teavm.interop.PlatformMarker;

/**
 * JavaScript's value rules where Backbone relies on them: one number type, deep equality for change
 * detection, string keys for the id index, HTML escaping and URL encoding. Written by hand, without regex or
 * {@code String.format}, because all of it runs in the browser bundle.
 */
final class Values {
    /** Marks an attribute that is absent, which JavaScript tells apart from one that holds null. */
    static final Object UNDEFINED = new Object() {
        @Override
        public String toString() {
            return "undefined";
        }
    };

    private Values() {
    }

    /** Underscore's {@code _.isEqual}: numbers by value, lists and maps element by element, else equals(). */
    static boolean deepEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a == UNDEFINED || b == UNDEFINED) {
            return false;
        }
        // Strings first: the commonest attribute values, and a class test is cheaper than interface tests.
        if (a instanceof String) {
            return a.equals(b);
        }
        if (a instanceof Number && b instanceof Number) {
            return equalNumbers((Number) a, (Number) b);
        }
        if (a instanceof List && b instanceof List) {
            List<?> left = (List<?>) a;
            List<?> right = (List<?>) b;
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!deepEquals(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map && b instanceof Map) {
            Map<?, ?> left = (Map<?, ?>) a;
            Map<?, ?> right = (Map<?, ?>) b;
            if (left.size() != right.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : left.entrySet()) {
                if (!right.containsKey(entry.getKey()) || !deepEquals(entry.getValue(), right.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** JavaScript's {@code ===}: numbers by value, strings and booleans by content, objects by identity. */
    static boolean strictEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Number && b instanceof Number) {
            return sameNumber((Number) a, (Number) b);
        }
        if (a instanceof String || a instanceof Boolean || a instanceof Character) {
            return a.equals(b);
        }
        return false;
    }

    private static boolean sameNumber(Number a, Number b) {
        // Two ints compare as ints: under TeaVM a long is an emulated object, slow to make and compare.
        if (a instanceof Integer && b instanceof Integer) {
            return a.intValue() == b.intValue();
        }
        if (isIntegral(a) && isIntegral(b)) {
            return a.longValue() == b.longValue();
        }
        return a.doubleValue() == b.doubleValue();
    }

    /** Underscore's number equality: NaN equals NaN, and 0 does not equal -0, unlike {@code ===}. */
    private static boolean equalNumbers(Number a, Number b) {
        if (isIntegral(a) && isIntegral(b)) {
            return sameNumber(a, b);
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        if (x != x) {
            return y != y;
        }
        // 1 / 0 is Infinity and 1 / -0 is -Infinity: the one way to tell the zeros apart.
        return x == y && (x != 0 || 1 / x == 1 / y);
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
    }

    /**
     * The order Underscore's {@code sortBy} gives two keys: {@link #UNDEFINED} last, the rest by JavaScript's
     * {@code <} and {@code >} (numbers by value, strings by UTF-16 code units, a string beside a number as a
     * number, null as 0), and 0 (keep their order) when neither is less.
     */
    static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == UNDEFINED || lessThan(b, a)) {
            return 1;
        }
        if (b == UNDEFINED || lessThan(a, b)) {
            return -1;
        }
        return 0;
    }

    /** JavaScript's {@code a < b}, for the values attributes hold. */
    static boolean lessThan(Object a, Object b) {
        if (a == UNDEFINED || b == UNDEFINED) {
            return false;
        }
        if (a instanceof Number && b instanceof Number) {
            return ((Number) a).doubleValue() < ((Number) b).doubleValue();
        }
        Object x = a == null || a instanceof Number || a instanceof Boolean ? a : toJsString(a);
        Object y = b == null || b instanceof Number || b instanceof Boolean ? b : toJsString(b);
        if (x instanceof String && y instanceof String) {
            // In the browser the browser compares: the same UTF-16 order, without String.compareTo's code.
            return compiledToJavaScript() ? Browser.less((String) x, (String) y) : ((String) x).compareTo((String) y) < 0;
        }
        return toNumber(x) < toNumber(y);
    }

    /** JavaScript's {@code Number(value)} for null, booleans, numbers and strings; NaN where it gives NaN. */
    static double toNumber(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof Boolean) {
            return (Boolean) value ? 1 : 0;
        }
        if (!(value instanceof String)) {
            return Double.NaN;
        }
        if (compiledToJavaScript()) {
            return Browser.number((String) value);
        }
        String text = ((String) value);
        int start = 0;
        int end = text.length();
        while (start < end && isJsWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isJsWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return 0;
        }
        text = text.substring(start, end);
        if (text.length() > 2 && text.charAt(0) == '0') {
            char radix = text.charAt(1);
            int base = radix == 'x' || radix == 'X' ? 16 : radix == 'o' || radix == 'O' ? 8
                    : radix == 'b' || radix == 'B' ? 2 : 0;
            if (base != 0) {
                double number = 0;
                for (int i = 2; i < text.length(); i++) {
                    int digit = hexDigit(text.charAt(i));
                    if (digit < 0 || digit >= base) {
                        return Double.NaN;
                    }
                    number = number * base + digit;
                }
                return number;
            }
        }
        int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        if (text.startsWith("Infinity", i) && text.length() == i + 8) {
            return text.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return isDecimalLiteral(text, i) ? Double.parseDouble(text) : Double.NaN;
    }

    /** Whether {@code text} from {@code i} is digits with an optional fraction and exponent, as JavaScript reads. */
    static boolean isDecimalLiteral(String text, int i) {
        int digits = 0;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
            digits++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == text.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A Java null where JavaScript would have {@code undefined}: a key function's null sorts last. */
    static Object missingIfNull(Object value) {
        return value == null ? UNDEFINED : value;
    }

    /**
     * The key under which a collection indexes an id or a cid: {@code 1}, {@code 1.0} and {@code "1"} meet,
     * as they do as JavaScript property names. Two values get equal keys exactly when their
     * {@link #toJsString JavaScript text} is equal: a text that is an int as JavaScript prints it becomes that
     * {@link Integer}, anything else stays text. An Integer id, the common case, is its own key: no text is
     * printed or hashed for it.
     */
    static Object key(Object id) {
        if (id == null || id instanceof Integer) {
            return id;
        }
        String text = id instanceof String ? (String) id : toJsString(id);
        return intKey(text);
    }

    /** The Integer a text stands for when it is an int printed as JavaScript prints it; else the text. */
    private static Object intKey(String text) {
        int length = text.length();
        if (length == 0 || length > 11) {
            return text;
        }
        boolean negative = text.charAt(0) == '-';
        int start = negative ? 1 : 0;
        if (start == length) {
            return text;
        }
        char first = text.charAt(start);
        // No leading zeros, no "-0": JavaScript prints neither for any number.
        if (first < '0' || first > '9' || (first == '0' && length > 1)) {
            return text;
        }
        long value = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return text;
            }
            value = value * 10 + (c - '0');
        }
        if (negative) {
            value = -value;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            return text;
        }
        return Integer.valueOf((int) value);
    }

    /**
     * JavaScript's {@code String(value)} for the values attributes hold: numbers as JavaScript prints them
     * ({@code 1}, not {@code 1.0}), a list as its items joined with commas, and a map, a model or any other
     * object as {@code [object Object]}; strings, booleans, characters, enums and other {@link CharSequence}s
     * give their own text.
     *
     * <p>It never calls {@code toString()} on a value whose type it does not know. Under TeaVM such a call
     * could reach {@code Double.toString}, whose number-printing tables add about 12 KB gzipped to every app:
     * TeaVM's analysis does not see that an {@code instanceof} test has excluded doubles, but a cast does.
     */
    static String toJsString(Object value) {
        if (value == null) {
            return "null";
        }
        if (value == UNDEFINED) {
            return "undefined";
        }
        // Ids are mostly ints, printed for every model a collection indexes: the browser does it natively.
        if (value instanceof Integer && compiledToJavaScript()) {
            return Browser.string((Integer) value);
        }
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Number) {
            return numberText((Number) value);
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
        if (value instanceof List) {
            // Array.prototype.toString: the items' text joined with commas, null and undefined as "".
            List<?> items = (List<?>) value;
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object item = items.get(i);
                out.append(item == null || item == UNDEFINED ? "" : toJsString(item));
            }
            return out.toString();
        }
        return "[object Object]";
    }

    /** A number's text: whole numbers without a fraction, others as JavaScript prints them. */
    static String numberText(Number value) {
        if (compiledToJavaScript()) {
            // The browser prints every number as JavaScript does, so the bundle needs no Long.toString; a long,
            // a BigInt there, keeps every digit.
            return value instanceof Long ? Browser.string(value.longValue()) : Browser.string(value.doubleValue());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Long.toString(value.longValue());
        }
        double d = value.doubleValue();
        // Finite and small first: under TeaVM, rounding NaN towards a long throws instead of giving 0.
        if (!Double.isNaN(d) && Math.abs(d) < 1e15 && d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        // In the browser, the browser prints it: the same text as JavaScript, and none of Java's tables.
        return compiledToJavaScript() ? Browser.string(d) : jvmNumberText(d);
    }

    /**
     * JavaScript's {@code String(number)} on the JVM, for fractions, NaN and infinities: Java's shortest digits,
     * laid out as JavaScript lays them out ({@code 1e-7}, not {@code 1.0E-7}), so ids and URLs read the same on
     * both sides. Never reached in the browser, where the browser prints numbers itself. (Before JDK 19,
     * Double.toString is not always shortest, so a value beyond 2^53 may differ in its last digits.)
     */
    static String jvmNumberText(double d) {
        if (d != d) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return "0";
        }
        // Double.toString gives "123.456", "0.001" or "1.234E25": collect its digits and decimal exponent.
        String java = Double.toString(Math.abs(d));
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int exponent = dot - 1 + (e < 0 ? 0 : Integer.parseInt(java.substring(e + 1)));
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
            exponent--;
        }
        int length = digits.length();
        while (length > lead + 1 && digits.charAt(length - 1) == '0') {
            length--;
        }
        String text = digits.substring(lead, length);
        length = text.length();
        StringBuilder out = new StringBuilder(24);
        if (d < 0) {
            out.append('-');
        }
        // JavaScript's layout: plain decimals from 1e-6 up to 1e21, exponent notation outside.
        if (exponent >= 21 || exponent < -6) {
            out.append(text.charAt(0));
            if (length > 1) {
                out.append('.').append(text, 1, length);
            }
            out.append('e').append(exponent > 0 ? "+" : "-").append(Math.abs(exponent));
        } else if (exponent < 0) {
            out.append("0.");
            for (int i = -1; i > exponent; i--) {
                out.append('0');
            }
            out.append(text);
        } else if (length <= exponent + 1) {
            out.append(text);
            for (int i = length; i <= exponent; i++) {
                out.append('0');
            }
        } else {
            out.append(text, 0, exponent + 1).append('.').append(text, exponent + 1, length);
        }
        return out.toString();
    }

    /**
     * {@code prefix + value}, the way model and view cids are made. In the browser the browser joins them:
     * TeaVM's own string concatenation goes through a StringBuilder and a char array.
     */
    static String concat(String prefix, int value) {
        if (compiledToJavaScript()) {
            return Browser.concat(prefix, Browser.string(value));
        }
        return prefix + value;
    }

    /** {@code prefix + text}, joined by the browser in TeaVM output; see {@link #concat(String, int)}. */
    static String concat(String prefix, String text) {
        if (compiledToJavaScript()) {
            return Browser.concat(prefix, text);
        }
        return prefix + text;
    }

    /**
     * True in code compiled by TeaVM, false on the JVM: TeaVM replaces the call with the constant, so the
     * branch the other platform takes is not compiled at all.
     */
    @PlatformMarker
    static boolean compiledToJavaScript() {
        return false;
    }

    /** Underscore's {@code _.escape}: the HTML-significant characters as entities; null reads as "". */
    static String escapeHtml(Object value) {
        if (value == null || value == UNDEFINED) {
            return "";
        }
        String text = toJsString(value);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity;
            switch (c) {
                case '&': entity = "&amp;"; break;
                case '<': entity = "&lt;"; break;
                case '>': entity = "&gt;"; break;
                case '"': entity = "&quot;"; break;
                case '\'': entity = "&#x27;"; break;
                case '`': entity = "&#x60;"; break;
                default: entity = null;
            }
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16);
                out.append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** JavaScript's {@code encodeURIComponent}: UTF-8, with letters, digits and {@code -_.!~*'()} kept. */
    static String encodeUriComponent(String text) {
        if (compiledToJavaScript()) {
            // The browser's own, with the same answer for lone surrogates: none of the code below in the bundle.
            return Browser.encodeUriComponent(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
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
                // JavaScript throws on a lone surrogate; we send the replacement character and lose nothing else.
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
        return out.toString();
    }

    /**
     * JavaScript's {@code decodeURIComponent}, except that malformed input (a stray {@code %}, bad hex, a broken
     * UTF-8 sequence) comes back unchanged instead of throwing, so one bad link cannot break routing.
     */
    static String decodeUriComponent(String text) {
        // In the browser, the browser's own; it throws exactly where decode() gives the text back unchanged.
        return compiledToJavaScript() ? Browser.decodeUriComponent(text) : decode(text, "");
    }

    /**
     * JavaScript's {@code decodeURI}: like {@link #decodeUriComponent}, but an escape that stands for one of
     * {@code ;/?:@&=+$,#} is kept as written, since decoding it would change how the URI splits into parts.
     * Malformed input comes back unchanged.
     */
    static String decodeUri(String text) {
        return compiledToJavaScript() ? Browser.decodeUri(text) : decode(text, ";/?:@&=+$,#");
    }

    private static String decode(String text, String keptEscaped) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int first = octetAt(text, i);
            if (first < 0) {
                return text;
            }
            if (first < 0x80) {
                if (keptEscaped.indexOf((char) first) >= 0) {
                    out.append(text, i, i + 3);
                } else {
                    out.append((char) first);
                }
                i += 3;
                continue;
            }
            // A multi-byte UTF-8 sequence: the lead byte says how many continuation bytes follow.
            int extra;
            int codePoint;
            int min;
            if ((first & 0xE0) == 0xC0) {
                extra = 1;
                codePoint = first & 0x1F;
                min = 0x80;
            } else if ((first & 0xF0) == 0xE0) {
                extra = 2;
                codePoint = first & 0x0F;
                min = 0x800;
            } else if ((first & 0xF8) == 0xF0) {
                extra = 3;
                codePoint = first & 0x07;
                min = 0x10000;
            } else {
                return text;
            }
            int at = i + 3;
            for (int k = 0; k < extra; k++, at += 3) {
                int next = octetAt(text, at);
                if (next < 0 || (next & 0xC0) != 0x80) {
                    return text;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return text;
            }
            out.appendCodePoint(codePoint);
            i = at;
        }
        return out.toString();
    }

    /** The byte written as {@code %XY} at {@code index}, or -1 when there is no such escape. */
    private static int octetAt(String text, int index) {
        if (index + 2 >= text.length() || text.charAt(index) != '%') {
            return -1;
        }
        int high = hexDigit(text.charAt(index + 1));
        int low = hexDigit(text.charAt(index + 2));
        return high < 0 || low < 0 ? -1 : (high << 4) | low;
    }

    /** Written out rather than {@code Character.digit}, which drags Unicode digit tables into the bundle. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** JavaScript's {@code \s}: the characters a regular expression counts as white space. */
    static boolean isJsWhitespace(char c) {
        switch (c) {
            case ' ': case '\t': case '\n': case '\u000B': case '\f': case '\r':
            case '\u00A0': case '\u1680': case '\u2028': case '\u2029': case '\u202F': case '\u205F':
            case '\u3000': case '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    private static void percent(StringBuilder out, int octet) {
        String hex = "0123456789ABCDEF";
        out.append('%').append(hex.charAt((octet >> 4) & 0xF)).append(hex.charAt(octet & 0xF));
    }
}
