package io.backbonejava.sync;

/**
 * Turns JSON text into Java values: objects into ordered {@code Map<String, Object>}s, arrays into
 * {@code List<Object>}s, numbers into {@link Double}s (JavaScript's one number type), and strings, booleans
 * and null as themselves. {@link LocalStorageSync} reads its stored records through one.
 *
 * <pre>{@code
 * Object value = JsonParser.browser().parse("[{\"id\": 1, \"title\": \"Buy milk\"}]");
 * Map<String, Object> first = (Map<String, Object>) ((List<?>) value).get(0);
 * first.get("id");   // 1.0
 * }</pre>
 */
@FunctionalInterface
public interface JsonParser {
    /**
     * Parses one JSON value.
     *
     * @param text the JSON text
     * @return the value
     * @throws RuntimeException (such as {@link IllegalArgumentException}) when the text is not JSON
     */
    Object parse(String text);

    /**
     * The browser's own {@code JSON.parse}, with its result converted to Java values: the fast, small choice
     * in a TeaVM bundle. It only works there.
     *
     * @return the parser
     */
    static JsonParser browser() {
        return BrowserJson::parse;
    }

    /**
     * A parser written in Java, for the JVM (it is what {@link JdkHttpTransport} uses). It also runs under
     * TeaVM, but there {@link #browser()} is smaller and faster.
     *
     * @return the parser
     */
    static JsonParser plainJava() {
        return JsonReader::parse;
    }
}
