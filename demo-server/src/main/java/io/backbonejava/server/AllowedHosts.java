package io.backbonejava.server;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The host names a request's {@code Host} header may carry, at any port. A page on a hostile site whose DNS
 * name is re-pointed at 127.0.0.1 (DNS rebinding) reaches the server with that site's name in Host, and is
 * refused; without a check it could read and change every todo as if it were the app.
 *
 * <p>Entries are names or IPv4 addresses ({@code localhost}, {@code todo.example}, {@code 192.168.1.5}) or
 * IPv6 addresses, with or without brackets, never with a port; {@code *} alone allows every host.
 */
final class AllowedHosts {

    /** What a server on loopback is reached by. */
    static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> names;

    private AllowedHosts(Set<String> names) {
        this.names = names;
    }

    /**
     * Checks and normalizes the entries.
     *
     * @throws IllegalArgumentException for an empty list or a malformed entry
     */
    static AllowedHosts of(Collection<String> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("No allowed hosts");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String entry : entries) {
            names.add(normalize(entry));
        }
        if (names.contains("*") && names.size() > 1) {
            throw new IllegalArgumentException("Allowed hosts: * must stand alone");
        }
        return new AllowedHosts(Collections.unmodifiableSet(names));
    }

    /** The normalized entries. */
    Set<String> names() {
        return names;
    }

    /** Whether every host is allowed. */
    boolean allowsAny() {
        return names.contains("*");
    }

    /**
     * Whether a request with this {@code Host} header is allowed. A missing or malformed header is not.
     *
     * @param hostHeader such as {@code localhost:8080} or {@code [::1]:8080}; may be null
     */
    boolean allows(String hostHeader) {
        if (allowsAny()) {
            return true;
        }
        String host = hostOf(hostHeader);
        return host != null && names.contains(host);
    }

    /** The host part of a Host header, lower case; null when it is missing or malformed. */
    static String hostOf(String hostHeader) {
        if (hostHeader == null) {
            return null;
        }
        String value = hostHeader.strip();
        String host;
        String rest;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = value.substring(0, close + 1);
            rest = value.substring(close + 1);
        } else {
            int colon = value.indexOf(':');
            host = colon < 0 ? value : value.substring(0, colon);
            rest = colon < 0 ? "" : value.substring(colon);
        }
        if (host.isEmpty() || host.equals("[]") || !validPort(rest)) {
            return null;
        }
        return host.toLowerCase(Locale.ROOT);
    }

    // Nothing, or a colon and one to five digits.
    private static boolean validPort(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        if (rest.charAt(0) != ':' || rest.length() < 2 || rest.length() > 6) {
            return false;
        }
        for (int i = 1; i < rest.length(); i++) {
            if (rest.charAt(i) < '0' || rest.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String entry) {
        String name = entry.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Empty allowed host");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_'
                    || c == ':' || c == '[' || c == ']' || c == '*';
            if (!ok) {
                throw new IllegalArgumentException("Bad allowed host: " + entry);
            }
        }
        if (name.equals("*")) {
            return name;
        }
        if (name.indexOf('*') >= 0) {
            throw new IllegalArgumentException("Bad allowed host (only * alone is a wildcard): " + entry);
        }
        boolean bracketed = name.startsWith("[") && name.endsWith("]") && name.length() > 2;
        String inner = bracketed ? name.substring(1, name.length() - 1) : name;
        if (inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0) {
            throw new IllegalArgumentException("Bad allowed host: " + entry);
        }
        long colons = inner.chars().filter(c -> c == ':').count();
        if (colons == 1) {
            throw new IllegalArgumentException("Allowed hosts take no port (any port is allowed): " + entry);
        }
        return colons >= 2 ? "[" + inner + "]" : inner;
    }
}
