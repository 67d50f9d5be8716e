package io.backbonejava;

import java.util.List;

/**
 * A route written as code: the Java stand-in for the regular expressions Backbone accepts as routes. Pass
 * one to {@link Router#route(RouteMatcher, String, RouteHandler)} when a string pattern cannot say what you
 * need.
 *
 * <p>The result plays the part of the expression's capture groups, and the router treats it exactly as
 * Backbone treats them: every element but the last is URI-decoded, the last is passed on as written (for a
 * string route it is the query string), and empty elements become {@code null}. A matcher is called once to
 * test a fragment and again to read its parameters, so it should have no side effects.
 *
 * <pre>{@code
 * // Backbone: router.route(/^(.*?)\/open$/, "open", ...)
 * RouteMatcher open = fragment -> fragment.endsWith("/open")
 *         ? Arrays.asList(fragment.substring(0, fragment.length() - 5))
 *         : null;
 * router.route(open, "open", args -> openFolder(args.get(0)));
 * }</pre>
 */
@FunctionalInterface
public interface RouteMatcher {
    /**
     * Tests a URL fragment.
     *
     * @param fragment the fragment, without the root and without a leading {@code #} or {@code /}
     * @return the captured parts (elements may be null), or {@code null} when the fragment does not match
     */
    List<String> match(String fragment);
}
