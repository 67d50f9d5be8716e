package io.backbonejava.sync;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends a cross-site request forgery token with every unsafe request ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}): the server put the token in a cookie, and the request echoes it in a header,
 * which a page on another site cannot do. Django's names are the defaults: cookie {@code csrftoken}, header
 * {@code X-CSRFToken}. Spring Security's {@code CookieCsrfTokenRepository} and Angular-style servers use
 * {@code XSRF-TOKEN} and {@code X-XSRF-TOKEN}. A request made while the cookie is absent is sent without the
 * header. It is a {@link RestSync.BeforeSend} hook, and immutable.
 *
 * <pre>{@code
 * // In the browser: the cookie is read from document.cookie at each request.
 * Sync.setDefault(new RestSync(new XhrTransport()).trailingSlash(true).beforeSend(CsrfPolicy.browser()));
 *
 * // On the JVM: the cookies the transport received.
 * JdkHttpTransport http = new JdkHttpTransport(URI.create("http://localhost:8000/"));
 * new RestSync(http).beforeSend(CsrfPolicy.of(http::cookieHeader).cookieName("XSRF-TOKEN").headerName("X-XSRF-TOKEN"));
 * }</pre>
 */
public final class CsrfPolicy implements RestSync.BeforeSend {
    private final String cookieName;
    private final String headerName;
    private final Supplier<String> cookies;

    private CsrfPolicy(String cookieName, String headerName, Supplier<String> cookies) {
        this.cookieName = cookieName;
        this.headerName = headerName;
        this.cookies = cookies;
    }

    /**
     * Django's policy reading the page's {@code document.cookie}; for the browser only.
     *
     * @return the policy
     */
    public static CsrfPolicy browser() {
        return of(Js::documentCookie);
    }

    /**
     * Django's policy reading cookies from {@code cookies}.
     *
     * @param cookies gives the cookies as a {@code Cookie} header or {@code document.cookie} reads:
     *     {@code name=value; name2=value2}; may give null
     * @return the policy
     */
    public static CsrfPolicy of(Supplier<String> cookies) {
        if (cookies == null) {
            throw new NullPointerException("cookies == null");
        }
        return new CsrfPolicy("csrftoken", "X-CSRFToken", cookies);
    }

    /**
     * This policy reading another cookie.
     *
     * @param name the cookie's name, such as {@code XSRF-TOKEN}
     * @return a new policy
     */
    public CsrfPolicy cookieName(String name) {
        if (name == null) {
            throw new NullPointerException("name == null");
        }
        return new CsrfPolicy(name, headerName, cookies);
    }

    /**
     * This policy sending another header.
     *
     * @param name the header's name, such as {@code X-XSRF-TOKEN}
     * @return a new policy
     */
    public CsrfPolicy headerName(String name) {
        if (name == null) {
            throw new NullPointerException("name == null");
        }
        return new CsrfPolicy(cookieName, name, cookies);
    }

    /** The cookie the token is read from. */
    public String cookieName() {
        return cookieName;
    }

    /** The header the token is sent in. */
    public String headerName() {
        return headerName;
    }

    /** Adds the header to unsafe requests when the cookie is there; GET, HEAD and OPTIONS go without it. */
    @Override
    public void beforeSend(String method, String url, Map<String, String> headers) {
        if (!"POST".equals(method) && !"PUT".equals(method) && !"PATCH".equals(method)
                && !"DELETE".equals(method)) {
            return;
        }
        String token = cookie(cookies.get(), cookieName);
        if (token != null) {
            headers.put(headerName, token);
        }
    }

    /**
     * The value of one cookie in a {@code document.cookie} string, read by hand (no regex in the browser).
     *
     * @param cookies {@code name=value; name2=value2}, or null
     * @param name the cookie's name
     * @return its value, or null when absent
     */
    static String cookie(String cookies, String name) {
        if (cookies == null) {
            return null;
        }
        int start = 0;
        while (start < cookies.length()) {
            int end = cookies.indexOf(';', start);
            if (end < 0) {
                end = cookies.length();
            }
            String pair = cookies.substring(start, end).trim();
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().equals(name)) {
                return pair.substring(equals + 1).trim();
            }
            start = end + 1;
        }
        return null;
    }
}
