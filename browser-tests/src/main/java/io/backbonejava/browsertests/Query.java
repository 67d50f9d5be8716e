package io.backbonejava.browsertests;

import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;

/** The page's query string, read by scenarios that the tests configure through it ({@code ?key=value}). */
final class Query {
    private Query() {
    }

    /**
     * The decoded value of a query parameter of the page's URL.
     *
     * @param name the parameter's name
     * @return its value, or null when the URL has no such parameter
     */
    static String param(String name) {
        String search = Window.current().getLocation().getSearch();
        // No split or regex in the bundle: walk the "&"-separated pairs by hand.
        int from = search.startsWith("?") ? 1 : 0;
        while (from < search.length()) {
            int end = search.indexOf('&', from);
            if (end < 0) {
                end = search.length();
            }
            int eq = search.indexOf('=', from);
            String key = eq < 0 || eq > end ? search.substring(from, end) : search.substring(from, eq);
            if (key.equals(name)) {
                return eq < 0 || eq > end ? "" : decode(search.substring(eq + 1, end));
            }
            from = end + 1;
        }
        return null;
    }

    @JSBody(params = "text", script = "return decodeURIComponent(text.replace(/\\+/g, ' '));")
    private static native String decode(String text);
}
