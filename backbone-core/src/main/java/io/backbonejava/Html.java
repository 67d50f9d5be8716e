package io.backbonejava;

import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * Putting user data into the page without letting it run: text and attribute setters that cannot be
 * turned into markup or script, and {@code Html}, a piece of markup you vouch for, which is the only way raw
 * HTML gets in. {@link Template} uses the same rules for its placeholders.
 *
 * <pre>{@code
 * Html.text(view.$(".title"), todo.get(Todo.TITLE));          // shown as typed, even "<script>..."
 * Html.attr(view.$("a.home"), "href", user.get("homepage"));  // "javascript:..." is neutralised
 * Html.html(view.$(".help"), Html.raw("<b>Tip:</b> double-click to edit"));   // trusted markup only
 * }</pre>
 *
 * <p>The rules: text goes in as a text node, never parsed. Attribute values go in with
 * {@code setAttribute}, never parsed either; in URL attributes ({@code href}, {@code src}, {@code action}
 * and the like) a value with a scheme other than {@code http}, {@code https}, {@code mailto}, {@code tel} or
 * {@code ftp} (so {@code javascript:}, {@code data:}, {@code vbscript:}) is replaced by
 * {@value #UNSAFE_URL}; event handler attributes ({@code onclick}...) and {@code srcdoc} are refused,
 * since their values are code or markup. Markup comes only from {@link #raw}, named so that it stands out
 * in review.
 */
public final class Html {
    /** What an unsafe URL is replaced with: it goes nowhere and requests nothing. */
    public static final String UNSAFE_URL = "about:invalid#unsafe-url";

    private static final String[] URL_ATTRIBUTES = {
        "action", "background", "cite", "codebase", "data", "formaction", "href", "icon", "longdesc",
        "manifest", "ping", "poster", "src", "xlink:href"
    };
    private static final String[] SAFE_SCHEMES = {"http", "https", "mailto", "tel", "ftp"};

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /**
     * Marks a string as markup you trust, to be inserted as HTML (by {@link #html} or in a {@link Template}
     * placeholder). Never pass user data here unless it went through {@link #escape} first.
     *
     * @param trustedMarkup HTML written by you
     * @return the markup, marked as trusted
     */
    public static Html raw(String trustedMarkup) {
        return new Html(trustedMarkup == null ? "" : trustedMarkup);
    }

    /**
     * Underscore's {@code _.escape}, as {@link Model#escape} uses it: {@code & < > " ' `} become entities,
     * so the result can sit in markup as text or in a quoted attribute. Null gives "".
     *
     * @param value any value; it is turned into text as JavaScript's {@code String(value)} would
     * @return the escaped text
     */
    public static String escape(Object value) {
        return Values.escapeHtml(value);
    }

    /**
     * The URL itself when it is safe to follow or load, else {@link #UNSAFE_URL}. Relative URLs are safe;
     * so are {@code http}, {@code https}, {@code mailto}, {@code tel} and {@code ftp}. The scheme is read as
     * the browser reads it, ignoring leading spaces and control characters and any tab or newline.
     *
     * @param url the URL, or null
     * @return a URL that runs no script, or null for null
     */
    public static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        StringBuilder scheme = new StringBuilder();
        for (int i = start; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == ':') {
                return isSafeScheme(scheme.toString()) ? url : UNSAFE_URL;
            }
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean later = scheme.length() > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.');
            if (!letter && !later) {
                // Not a scheme character before any colon: the browser reads a relative URL.
                return url;
            }
            scheme.append(letter && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return url;
    }

    /**
     * Replaces the element's content with one text node holding {@code value}, shown exactly as given.
     *
     * @param element the element
     * @param value any value; null gives an empty element
     * @param <E> the element's type
     * @return the element
     */
    public static <E extends Element> E text(E element, Object value) {
        element.setTextContent(toText(value));
        return element;
    }

    /**
     * Sets an attribute safely: the value as literal text, URL attributes passed through {@link #safeUrl}.
     * Null or {@code false} removes the attribute and {@code true} sets it empty, as boolean attributes such
     * as {@code checked} and {@code disabled} want; on {@code aria-*} and {@code data-*} attributes a boolean
     * is written as {@code "true"} or {@code "false"} instead.
     *
     * @param element the element
     * @param name the attribute's name; event handler attributes ({@code on...}) and {@code srcdoc} are refused
     * @param value any value
     * @param <E> the element's type
     * @return the element
     * @throws IllegalArgumentException for an event handler attribute or {@code srcdoc}
     */
    public static <E extends Element> E attr(E element, String name, Object value) {
        setAttribute(element, name, value);
        return element;
    }

    /**
     * Replaces the element's content with trusted markup: the one place besides {@link Template} where HTML
     * is parsed, and only from an {@code Html} made by {@link #raw}.
     *
     * @param element the element
     * @param markup the trusted markup
     * @param <E> the element's type
     * @return the element
     */
    public static <E extends HTMLElement> E html(E element, Html markup) {
        element.setInnerHTML(markup.markup);
        return element;
    }

    /** The markup, as given to {@link #raw}. */
    @Override
    public String toString() {
        return markup;
    }

    /** Markup is equal when its text is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Html && ((Html) other).markup.equals(markup);
    }

    /** The hash of the markup's text. */
    @Override
    public int hashCode() {
        return markup.hashCode();
    }

    // Shared with View and Template

    /** The text JavaScript's {@code String(value)} gives, with null and undefined as "". */
    static String toText(Object value) {
        if (value == null || value == Values.UNDEFINED) {
            return "";
        }
        if (value instanceof String) {
            return (String) value;
        }
        // The browser prints numbers itself: Java's Double.toString would add its tables to the bundle, and
        // Integer.toString builds the digits in a char array.
        if (value instanceof Double || value instanceof Float || value instanceof Integer) {
            return Browser.string(((Number) value).doubleValue());
        }
        return value.toString();
    }

    /** The safe {@code setAttribute} behind {@link #attr}, for view attributes and template placeholders. */
    static void setAttribute(Element element, String name, Object value) {
        String lower = checkAttributeName(name);
        if (value instanceof Boolean && !lower.startsWith("aria-") && !lower.startsWith("data-")) {
            value = (Boolean) value ? "" : null;
        }
        if (value == null || value == Values.UNDEFINED) {
            element.removeAttribute(name);
            return;
        }
        String text = toText(value);
        element.setAttribute(name, isUrlAttribute(lower) ? safeUrl(text) : text);
    }

    /** Refuses the attributes whose values are code or markup; returns the name in lower case. */
    static String checkAttributeName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("attribute name is empty");
        }
        String lower = asciiLowerCase(name);
        if (lower.startsWith("on") || lower.equals("srcdoc")) {
            throw new IllegalArgumentException("unsafe attribute: " + name
                    + " (use a view's events map for handlers)");
        }
        return lower;
    }

    /** Lower case for the ASCII letters only, as HTML does with tag and attribute names. */
    static String asciiLowerCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    static boolean isUrlAttribute(String lowerName) {
        for (String candidate : URL_ATTRIBUTES) {
            if (candidate.equals(lowerName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSafeScheme(String scheme) {
        for (String safe : SAFE_SCHEMES) {
            if (safe.equals(scheme)) {
                return true;
            }
        }
        return false;
    }
}
