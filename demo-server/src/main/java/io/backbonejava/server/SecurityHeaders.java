package io.backbonejava.server;

import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every response carries, so that a browser runs the app's page only with the app's own script
 * and style, never inside another site's frame, never guessing a type, and sends no referrer elsewhere.
 *
 * <p>The policy allows {@code data:} images for the page's empty favicon ({@code <link rel="icon"
 * href="data:,">}) and nothing inline: no inline script, event-handler attribute or style attribute. The
 * app's pages therefore start the app from a script file ({@code start.js}), not {@code onload="main()"}.
 */
final class SecurityHeaders {

    /** The Content-Security-Policy of every response. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Sets the headers, replacing any of the same name. */
    static void addTo(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        // For browsers older than frame-ancestors.
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        // Other sites may not load these responses, not even as an image or a script.
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
    }
}
