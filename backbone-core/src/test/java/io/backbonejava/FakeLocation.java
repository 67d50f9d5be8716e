package io.backbonejava;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link History.Location} on the JVM, standing where Backbone's router tests put their fake {@code Location}
 * (an anchor element they parse URLs with). Like a browser it splits a URL into its parts, percent-encodes what
 * a browser would (non-ASCII characters, spaces, quotes) and resolves relative URLs; unlike a browser it loads
 * nothing and fires no events. It records the URLs given to {@link #replace} and {@link #assign}.
 */
class FakeLocation implements History.Location {
    private String origin;
    private String pathname;
    /** After the {@code ?}, or null when there is no {@code ?}. */
    private String query;
    /** After the {@code #}, or null when there is no {@code #}. */
    private String fragment;

    final List<String> replaced = new ArrayList<>();
    final List<String> assigned = new ArrayList<>();
    int hashWrites;

    FakeLocation(String href) {
        load(href);
    }

    @Override
    public String href() {
        return origin + pathname + (query == null ? "" : "?" + query) + (fragment == null ? "" : "#" + fragment);
    }

    @Override
    public String pathname() {
        return pathname;
    }

    /** As {@code location.search}: "" when there is no query, else with its {@code ?}. */
    String search() {
        return query == null || query.isEmpty() ? "" : "?" + query;
    }

    /** As {@code location.hash}: "" when there is no fragment, else with its {@code #}. */
    String hash() {
        return fragment == null || fragment.isEmpty() ? "" : "#" + fragment;
    }

    @Override
    public void hash(String hash) {
        hashWrites++;
        fragment = encode(hash.startsWith("#") ? hash.substring(1) : hash, " \"<>`");
    }

    @Override
    public void replace(String url) {
        replaced.add(url);
        load(url);
    }

    @Override
    public void assign(String url) {
        assigned.add(url);
        load(url);
    }

    /** Goes to {@code url}, absolute or relative to the current one. */
    void load(String url) {
        String rest = url;
        int scheme = url.indexOf("://");
        if (scheme >= 0) {
            int hostEnd = scheme + 3;
            while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
                hostEnd++;
            }
            origin = url.substring(0, hostEnd);
            rest = url.substring(hostEnd);
            pathname = "/";
            query = null;
            fragment = null;
        }
        int hash = rest.indexOf('#');
        String newFragment = hash < 0 ? null : rest.substring(hash + 1);
        String beforeHash = hash < 0 ? rest : rest.substring(0, hash);
        int question = beforeHash.indexOf('?');
        String newQuery = question < 0 ? null : beforeHash.substring(question + 1);
        String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
        if (!path.isEmpty()) {
            if (!path.startsWith("/")) {
                path = pathname.substring(0, pathname.lastIndexOf('/') + 1) + path;
            }
            pathname = encode(path, " \"<>`#?{}");
            query = newQuery == null ? null : encode(newQuery, " \"<>#'");
        } else if (newQuery != null) {
            query = encode(newQuery, " \"<>#'");
        }
        fragment = newFragment == null ? null : encode(newFragment, " \"<>`");
    }

    /** Percent-encodes controls, non-ASCII characters and {@code extra}, as a browser does for each URL part. */
    private static String encode(String text, String extra) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x20 && c < 0x7F && extra.indexOf(c) < 0) {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
            for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append("0123456789ABCDEF".charAt((b >> 4) & 0xF)).append("0123456789ABCDEF".charAt(b & 0xF));
            }
            i = end - 1;
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return href();
    }
}
