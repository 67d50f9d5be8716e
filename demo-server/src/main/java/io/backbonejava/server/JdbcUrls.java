package io.backbonejava.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the password of a JDBC URL out of logs and error messages: {@code password=...} (and
 * {@code sslpassword=...}, any parameter whose name ends in "password") after {@code ?}, {@code &} or
 * {@code ;}, and the password of {@code user:password@host}.
 */
final class JdbcUrls {

    /** What a password is shown as. */
    static final String MASK = "***";

    // A parameter whose name ends in "password", up to the next separator.
    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)([?&;][^?&;=#]*password=)([^&;#]*)");
    // user:password@ after "//"; neither may hold '/', '@', '?', '#' or ';' (the user no ':' either).
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@?#;:]*:)([^/@?#;]*)@");

    // Shorter secrets are only masked where they appear in the URL, not wherever their letters occur.
    private static final int MIN_SCRUBBED_LENGTH = 4;

    private JdbcUrls() {
    }

    /**
     * The URL with every password replaced by {@value #MASK}.
     *
     * @param url a JDBC URL
     * @return the URL, safe to log
     */
    static String mask(String url) {
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return USER_INFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    }

    /**
     * A message with the URL in it masked, and any password of the URL masked wherever else it appears
     * (a driver may quote only part of the URL).
     *
     * @param text a message, such as an exception's; may be null
     * @param url the JDBC URL whose secrets must not appear
     * @return the message, safe to log
     */
    static String scrub(String text, String url) {
        if (text == null) {
            return null;
        }
        String scrubbed = text.replace(url, mask(url));
        for (String secret : secrets(url)) {
            if (secret.length() >= MIN_SCRUBBED_LENGTH) {
                scrubbed = scrubbed.replace(secret, MASK);
            }
        }
        return scrubbed;
    }

    /** Whether a message, or that of any cause, shows a secret of the URL. */
    static boolean leaks(Throwable error, String url) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.equals(scrub(message, url))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The password values in the URL. */
    static List<String> secrets(String url) {
        List<String> secrets = new ArrayList<>();
        Matcher parameters = PASSWORD_PARAMETER.matcher(url);
        while (parameters.find()) {
            if (!parameters.group(2).isEmpty()) {
                secrets.add(parameters.group(2));
            }
        }
        Matcher userInfo = USER_INFO.matcher(url);
        while (userInfo.find()) {
            if (!userInfo.group(2).isEmpty()) {
                secrets.add(userInfo.group(2));
            }
        }
        return secrets;
    }
}
