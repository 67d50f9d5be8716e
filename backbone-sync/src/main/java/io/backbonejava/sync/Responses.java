package io.backbonejava.sync;

import io.backbonejava.Failure;
import java.util.function.Function;

/**
 * How every transport reads a finished HTTP response, by jQuery's rules (the ones Backbone users know): a 2xx
 * or 304 succeeds, with an empty body read as null and a body that is not JSON failing as
 * {@code "parsererror"}; any other status fails with the body, parsed as well when it is JSON.
 */
final class Responses {
    private Responses() {
    }

    static void deliver(int status, String statusText, String text, Function<String, String> headers,
            JsonParser json, Transport.Callback callback) {
        boolean empty = text == null || text.trim().isEmpty();
        if ((status >= 200 && status < 300) || status == 304) {
            if (empty) {
                callback.success(status, null, headers);
                return;
            }
            Object value;
            try {
                value = json.parse(text);
            } catch (RuntimeException e) {
                callback.error(new Failure(status, Failure.PARSER_ERROR, e.getMessage(), text, null));
                return;
            }
            callback.success(status, value, headers);
            return;
        }
        Object body = null;
        if (!empty) {
            try {
                body = json.parse(text);
            } catch (RuntimeException e) {
                body = null;
            }
        }
        callback.error(new Failure(status, Failure.ERROR, statusText, text, body));
    }
}
