package io.backbonejava.sync;

import io.backbonejava.Failure;
import java.util.Map;
import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/**
 * Sends {@link RestSync}'s requests from the browser with {@code XMLHttpRequest}, as jQuery's
 * {@code $.ajax} does for Backbone, and reads JSON responses with the browser's own {@code JSON.parse}.
 * A 2xx (or 304) response with a JSON or empty body succeeds; a response with another status, no response
 * at all (the server is down, the request was blocked), a request running past its timeout, and a 2xx body
 * that is not JSON each fail with a {@link Failure} carrying the status and the body.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Sync.setDefault(new RestSync(new XhrTransport().timeout(15_000)));
 *     Collection<Todo> todos = new Collection<>(Todo::new).url("/api/todos");
 *     todos.fetch().catchError(failure -> banner.show("Could not load the list: " + failure.errorThrown()));
 * }
 * }</pre>
 */
public final class XhrTransport implements Transport {
    private int timeout;

    /** A transport with no time limit of its own. */
    public XhrTransport() {
    }

    /** The time limit of requests whose options set none, in milliseconds; 0 for none. */
    public int timeout() {
        return timeout;
    }

    /**
     * Sets the time limit of requests whose options set none.
     *
     * @param millis milliseconds; 0 for none
     * @return this transport
     */
    public XhrTransport timeout(int millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        timeout = millis;
        return this;
    }

    /**
     * Opens and sends the request asynchronously; the outcome arrives in a later event-loop task.
     *
     * @param request what to send
     * @param callback where the outcome goes
     * @return {@code xhr.abort()}
     */
    @Override
    public Runnable send(AjaxRequest request, Callback callback) {
        XMLHttpRequest xhr = XMLHttpRequest.create();
        xhr.open(request.type(), request.fullUrl(), true);
        String body = request.body();
        if (body != null && request.contentType() != null) {
            xhr.setRequestHeader("Content-Type", request.contentType());
        }
        // What jQuery asks for with dataType "json".
        xhr.setRequestHeader("Accept", "application/json, text/javascript, */*; q=0.01");
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            xhr.setRequestHeader(header.getKey(), header.getValue());
        }
        int millis = request.timeout() > 0 ? request.timeout() : timeout;
        if (millis > 0) {
            Js.setTimeout(xhr, millis);
        }
        // One listener for the four outcomes, told apart by the event's type: a lambda is a class in the bundle.
        // The browser tells scripts nothing about why a request errs: a refused connection, a DNS failure and
        // a CORS refusal all look the same.
        EventListener<Event> outcome = event -> {
            String type = event.getType();
            if ("load".equals(type)) {
                complete(xhr, callback);
            } else if ("timeout".equals(type)) {
                // Json.text prints with the browser's String(n): "" + int brings a digit loop of its own.
                callback.error(Failure.timeout("timeout after " + Json.text(millis) + " ms"));
            } else if ("abort".equals(type)) {
                callback.error(Failure.abort());
            } else {
                callback.error(Failure.network("Network error"));
            }
        };
        xhr.addEventListener("load", outcome);
        xhr.addEventListener("error", outcome);
        xhr.addEventListener("timeout", outcome);
        xhr.addEventListener("abort", outcome);
        if (body != null) {
            xhr.send(body);
        } else {
            xhr.send();
        }
        // A lambda, not xhr::abort: a method reference on a browser object makes TeaVM null-check it through its
        // Java wrapper for browser values, which costs the bundle about 0.4 KB.
        return () -> xhr.abort();
    }

    /** Runs the task in a later event-loop task, with {@code setTimeout(task, 0)}. */
    @Override
    public void defer(Runnable task) {
        schedule(task, 0);
    }

    /** Runs the task later with {@code setTimeout}; the returned action calls {@code clearTimeout}. */
    @Override
    public Runnable schedule(Runnable task, int delayMillis) {
        return new Timer(task, delayMillis);
    }

    /** A pending {@code setTimeout}: the browser's handler, and as a Runnable what clears it; one class for both. */
    private static final class Timer implements TimerHandler, Runnable {
        private final Runnable task;
        private final int id;

        Timer(Runnable task, int delayMillis) {
            this.task = task;
            id = Window.setTimeout(this, delayMillis);
        }

        @Override
        public void onTimer() {
            task.run();
        }

        @Override
        public void run() {
            Window.clearTimeout(id);
        }
    }

    /** Status 0 is a request that never got an answer; everything else is read by {@link Responses}. */
    private static void complete(XMLHttpRequest xhr, Callback callback) {
        int status = xhr.getStatus();
        if (status == 0) {
            callback.error(Failure.network("Network error"));
            return;
        }
        Responses.deliver(status, xhr.getStatusText(), xhr.getResponseText(), name -> xhr.getResponseHeader(name),
                JsonParser.browser(), callback);
    }
}
