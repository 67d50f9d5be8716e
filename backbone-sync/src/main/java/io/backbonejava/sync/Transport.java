package io.backbonejava.sync;

import io.backbonejava.Failure;
import java.util.function.Function;

/**
 * Sends the HTTP requests {@link RestSync} builds: Backbone's {@code Backbone.ajax}, as a seam. The browser
 * uses {@link XhrTransport}, the JVM {@link JdkHttpTransport}; tests put a fake here to see exactly what
 * would be sent and to answer as a server would, without a network.
 *
 * <pre>{@code
 * List<AjaxRequest> sent = new ArrayList<>();
 * Transport fake = (request, callback) -> {
 *     sent.add(request);
 *     callback.success(200, Attributes.of("id", 1.0));
 *     return null;
 * };
 * Sync.setDefault(new RestSync(fake));
 * }</pre>
 */
@FunctionalInterface
public interface Transport {
    /**
     * Sends one request and reports its outcome to {@code callback} exactly once, now or later. Failures
     * (a status outside 2xx, no connection, a timeout, a body that is not JSON) go to
     * {@link Callback#error}, never out of this method as exceptions.
     *
     * @param request what to send
     * @param callback where the outcome goes
     * @return what stops the request in flight, or null when this transport cannot stop it
     */
    Runnable send(AjaxRequest request, Callback callback);

    /**
     * Runs a task after the current one, in the same thread as the callbacks ({@code setTimeout(task, 0)} in
     * the browser). This default runs it at once.
     *
     * @param task the task
     */
    default void defer(Runnable task) {
        task.run();
    }

    /**
     * Runs a task once, {@code delayMillis} from now, in the same thread as the callbacks: how
     * {@link RestSync} waits before sending a failed request again ({@link RetryPolicy}). The browser's
     * {@code setTimeout}; a test's fake moves its own clock. This default has no clock and refuses.
     *
     * @param task the task
     * @param delayMillis the wait in milliseconds
     * @return what cancels the task if it has not run yet
     * @throws UnsupportedOperationException when this transport has no timers
     */
    default Runnable schedule(Runnable task, int delayMillis) {
        throw new UnsupportedOperationException("This transport cannot schedule retries");
    }

    /** Where a transport reports the outcome of a request. */
    interface Callback {
        /**
         * The request succeeded: a 2xx (or 304) status whose body is JSON or empty.
         *
         * @param status the HTTP status
         * @param response the body parsed as JSON (maps, lists, strings, doubles, booleans), or null when
         *     the body was empty
         */
        void success(int status, Object response);

        /**
         * The request succeeded, with the response's headers for {@code parse} to read (a {@code Link}
         * header, a total count). Transports call this one; the default forgets the headers.
         *
         * @param status the HTTP status
         * @param response the body parsed as JSON, or null
         * @param headers looks a response header up by name, in any case; null when absent
         */
        default void success(int status, Object response, Function<String, String> headers) {
            success(status, response);
        }

        /**
         * The request failed.
         *
         * @param failure the status, kind and body of the failure
         */
        void error(Failure failure);
    }
}
