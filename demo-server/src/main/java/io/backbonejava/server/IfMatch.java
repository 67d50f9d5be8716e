package io.backbonejava.server;

import java.util.HashSet;
import java.util.Set;

/**
 * An {@code If-Match} precondition (RFC 9110, section 13.1.1): {@code *}, or a list of entity tags of which
 * one must be the todo's current one. Weak tags ({@code W/"3"}) never match, because If-Match compares
 * strongly. No header at all is {@link #NONE}, which every todo satisfies: writes without it stay
 * unconditional.
 */
final class IfMatch {

    /** No precondition. */
    static final IfMatch NONE = new IfMatch(null);
    private static final IfMatch ANY = new IfMatch(null);

    // The opaque tags of the strong entity tags listed, without quotes; null for NONE and ANY.
    private final Set<String> tags;

    private IfMatch(Set<String> tags) {
        this.tags = tags;
    }

    /**
     * Parses the values of every {@code If-Match} header of a request, joined with commas.
     *
     * @param header the joined values, or null when the request has none
     * @throws ApiError 400 when the header is not {@code *} or a list of entity tags
     */
    static IfMatch parse(String header) {
        if (header == null) {
            return NONE;
        }
        if (header.strip().equals("*")) {
            return ANY;
        }
        Set<String> tags = new HashSet<>();
        int i = 0;
        int n = header.length();
        boolean any = false;
        while (i < n) {
            char c = header.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            if (i >= n || header.charAt(i) != '"') {
                throw malformed();
            }
            int end = header.indexOf('"', i + 1);
            if (end < 0) {
                throw malformed();
            }
            String tag = header.substring(i + 1, end);
            for (int k = 0; k < tag.length(); k++) {
                // etagc: visible ASCII but DQUOTE, or obs-text.
                char t = tag.charAt(k);
                if (t < 0x21 || t == 0x7F) {
                    throw malformed();
                }
            }
            if (!weak) {
                tags.add(tag);
            }
            any = true;
            i = end + 1;
            // After a tag comes the end, whitespace or a comma.
            if (i < n && header.charAt(i) != ',' && header.charAt(i) != ' ' && header.charAt(i) != '\t') {
                throw malformed();
            }
        }
        if (!any) {
            throw malformed();
        }
        return new IfMatch(tags);
    }

    /** Whether a todo at this version satisfies the precondition. */
    boolean matches(long version) {
        return this == NONE || this == ANY || tags.contains(Long.toString(version));
    }

    private static ApiError malformed() {
        return new ApiError(400, "If-Match must be * or a list of entity tags such as \"3\"");
    }
}
