package io.backbonejava;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the differential fuzzers need, without a dependency: writes scripts (maps, lists, strings,
 * numbers, booleans, null) for node, and reads back what node prints, a list of lists of strings.
 */
final class FidelityJson {
    private FidelityJson() {
    }

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
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                quote((String) entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object element : (List<?>) value) {
                out.append(first ? "" : ",");
                first = false;
                write(element, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + value);
        }
    }

    /** JSON.stringify's quoting: the two specials escaped, control characters as \\uXXXX or their short forms. */
    static void quote(String text, StringBuilder out) {
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
                    if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF && !pairedSurrogate(text, i))) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder();
        quote(text, out);
        return out.toString();
    }

    /** Reads {@code [["line", ...], ...]}. */
    static List<List<String>> readLogs(String json) {
        Reader reader = new Reader(json);
        List<List<String>> logs = new ArrayList<>();
        reader.expect('[');
        while (!reader.tryConsume(']')) {
            reader.tryConsume(',');
            List<String> log = new ArrayList<>();
            reader.expect('[');
            while (!reader.tryConsume(']')) {
                reader.tryConsume(',');
                log.add(reader.string());
            }
            logs.add(log);
        }
        return logs;
    }

    private static final class Reader {
        final String text;
        int position;

        Reader(String text) {
            this.text = text;
        }

        void expect(char c) {
            if (!tryConsume(c)) {
                throw new IllegalArgumentException("expected '" + c + "' at " + position + " in node's output: "
                        + text.substring(position, Math.min(text.length(), position + 80)));
            }
        }

        boolean tryConsume(char c) {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            if (position < text.length() && text.charAt(position) == c) {
                position++;
                return true;
            }
            return false;
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(position++);
                switch (e) {
                    case 'n': out.append('\n'); break;
                    case 'r': out.append('\r'); break;
                    case 't': out.append('\t'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'u':
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                        break;
                    default: out.append(e);
                }
            }
        }
    }
}
