package io.backbonejava;

import java.util.List;

/**
 * What a {@link Router} runs when its route matches the URL: Backbone's route callback, with the parameters
 * packed into one list.
 *
 * <p>The list holds the route's {@code :named} and {@code *splat} parts in order, URI-decoded, then the query
 * string as written (without the {@code ?}). A part that did not take part in the match, such as an absent
 * optional one or a missing query string, is {@code null}.
 *
 * <pre>{@code
 * router.route("search/:query(/p:page)", "search", args -> search(args.get(0), args.get(1)));
 * // "#search/kiwis/p7?sort=asc" gives ["kiwis", "7", "sort=asc"]
 * }</pre>
 */
@FunctionalInterface
public interface RouteHandler {
    /**
     * Called when the route matches.
     *
     * @param args the decoded parameters, then the raw query string; read-only, may hold nulls
     */
    void handle(List<String> args);
}
