package io.backbonejava;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The handle of one {@link Sync} call, returned by {@link Model#fetch}, {@link Model#save},
 * {@link Model#destroy} and {@link Collection#fetch}: what Backbone returns as the jqXHR, with the
 * {@code then}/{@code catch} style Backbone users asked for. It is settled exactly once, either resolved
 * with the response or rejected with a {@link Failure}, and runs the callbacks registered for that outcome,
 * in registration order. A callback registered after it settled runs at once.
 *
 * <pre>{@code
 * spinner.show();
 * todo.save(Todo.TITLE, "Buy milk")
 *     .then(response -> status.setText("Saved"))
 *     .catchError(failure -> status.setText("Not saved: " + failure.errorThrown()))
 *     .always(spinner::hide);
 * }</pre>
 *
 * <p>The model's own work (setting the server's attributes, the {@code success} option, the {@code "sync"}
 * event) is done before these callbacks run. Unlike a JavaScript promise, {@link #then} returns this same
 * handle rather than a new one, so every callback sees the request's own outcome, and callbacks run
 * synchronously when the request settles. Like a model, a handle is meant for one thread.
 *
 * <p>Sync implementations settle it with {@link #resolve} and {@link #reject}, and make {@link #abort()}
 * stop the request in flight with {@link #onAbort}.
 */
public final class Request {
    private static final int PENDING = 0;
    private static final int RESOLVED = 1;
    private static final int REJECTED = 2;

    private int state = PENDING;
    private Object response;
    private Failure failure;
    /** Callbacks waiting for the outcome, in registration order; null once settled. */
    private List<Callback> callbacks = new ArrayList<>();
    private Runnable abortAction;
    private Function<String, String> responseHeaders;

    /**
     * A header of the response, as jQuery's {@code jqXHR.getResponseHeader}: how a collection's
     * {@code parse} reads an RFC 8288 {@code Link} header or a total count, through
     * {@code options.request()}. Available once the response arrived, when the sync gives headers
     * ({@code RestSync} does).
     *
     * @param name the header's name, in any case
     * @return its value, or null when absent or unknown
     */
    public String getResponseHeader(String name) {
        return responseHeaders == null ? null : responseHeaders.apply(name);
    }

    /**
     * Gives the response's headers, for Sync implementations, before they settle the handle.
     *
     * @param headers looks a header up by name, in any case, giving null when absent
     * @return this handle
     */
    public Request responseHeaders(Function<String, String> headers) {
        responseHeaders = headers;
        return this;
    }

    /** A pending handle, for Sync implementations and for model methods to settle later. */
    public Request() {
    }

    /**
     * A handle already resolved, for work that finished at once.
     *
     * @param response the response
     * @return the handle
     */
    public static Request resolved(Object response) {
        Request request = new Request();
        request.resolve(response);
        return request;
    }

    /**
     * A handle already rejected: what {@link Model#save} returns when validation refuses the model.
     *
     * @param failure why
     * @return the handle
     */
    public static Request rejected(Failure failure) {
        Request request = new Request();
        request.reject(failure);
        return request;
    }

    // Callbacks

    /**
     * Runs {@code onSuccess} with the response if the request succeeds (at once if it already has).
     *
     * @param onSuccess receives the parsed response body (maps, lists, strings, doubles, booleans or null)
     * @return this handle
     */
    public Request then(Consumer<Object> onSuccess) {
        return add(new Callback(onSuccess, null, null));
    }

    /**
     * Runs one of two callbacks, depending on the outcome.
     *
     * @param onSuccess receives the response on success; may be null
     * @param onFailure receives the failure otherwise; may be null
     * @return this handle
     */
    public Request then(Consumer<Object> onSuccess, Consumer<Failure> onFailure) {
        return add(new Callback(onSuccess, onFailure, null));
    }

    /**
     * Runs {@code onFailure} if the request fails (at once if it already has). Named so because
     * {@code catch} is a Java keyword.
     *
     * @param onFailure receives the failure
     * @return this handle
     */
    public Request catchError(Consumer<Failure> onFailure) {
        return add(new Callback(null, onFailure, null));
    }

    /**
     * Runs {@code callback} once the request has settled either way, such as to hide a spinner.
     *
     * @param callback the callback
     * @return this handle
     */
    public Request always(Runnable callback) {
        return add(new Callback(null, null, callback));
    }

    // State

    /** Whether the request has not settled yet. */
    public boolean isPending() {
        return state == PENDING;
    }

    /** Whether the request succeeded. */
    public boolean isResolved() {
        return state == RESOLVED;
    }

    /** Whether the request failed (or was aborted, or refused before sending). */
    public boolean isRejected() {
        return state == REJECTED;
    }

    /** The response of a resolved request, else null. */
    public Object response() {
        return response;
    }

    /** The failure of a rejected request, else null. */
    public Failure failure() {
        return failure;
    }

    /**
     * Stops the request if it is still pending. The sync reports an {@link Failure#ABORT} failure through the
     * {@code error} option and the {@code "error"} event, as jQuery's {@code xhr.abort()} does; the handle is
     * rejected with it in any case.
     *
     * @return true when the request was pending and is now aborted
     */
    public boolean abort() {
        if (state != PENDING) {
            return false;
        }
        Runnable action = abortAction;
        abortAction = null;
        if (action != null) {
            action.run();
        }
        reject(Failure.abort());
        return true;
    }

    // For Sync implementations

    /**
     * Settles the handle as successful, unless it has settled already.
     *
     * @param response the parsed response
     * @return true when this call settled it
     */
    public boolean resolve(Object response) {
        if (state != PENDING) {
            return false;
        }
        state = RESOLVED;
        this.response = response;
        settle();
        return true;
    }

    /**
     * Settles the handle as failed, unless it has settled already.
     *
     * @param failure why; null stands for an unspecified {@link Failure#ERROR}
     * @return true when this call settled it
     */
    public boolean reject(Failure failure) {
        if (state != PENDING) {
            return false;
        }
        state = REJECTED;
        this.failure = failure != null ? failure : new Failure(0, Failure.ERROR, "", null, null);
        settle();
        return true;
    }

    /**
     * Sets what {@link #abort()} does to stop the request in flight (the transport's abort).
     *
     * @param action the action; null when the request cannot be stopped
     * @return this handle
     */
    public Request onAbort(Runnable action) {
        abortAction = state == PENDING ? action : null;
        return this;
    }

    @Override
    public String toString() {
        if (state == PENDING) {
            return "Request(pending)";
        }
        return state == RESOLVED ? "Request(resolved: " + Values.toJsString(response) + ")"
                : "Request(rejected: " + failure + ")";
    }

    private Request add(Callback callback) {
        if (state == PENDING) {
            callbacks.add(callback);
        } else {
            callback.run(this);
        }
        return this;
    }

    /**
     * Runs every waiting callback once. One that throws does not keep the others from running; the first
     * exception is rethrown after all have run, so a bug in a callback is not swallowed.
     */
    private void settle() {
        List<Callback> waiting = callbacks;
        callbacks = null;
        abortAction = null;
        RuntimeException first = null;
        for (Callback callback : waiting) {
            try {
                callback.run(this);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** One registration: whichever of its parts fits the outcome runs. */
    private static final class Callback {
        private final Consumer<Object> onSuccess;
        private final Consumer<Failure> onFailure;
        private final Runnable always;

        Callback(Consumer<Object> onSuccess, Consumer<Failure> onFailure, Runnable always) {
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.always = always;
        }

        void run(Request request) {
            if (request.state == RESOLVED && onSuccess != null) {
                onSuccess.accept(request.response);
            } else if (request.state == REJECTED && onFailure != null) {
                onFailure.accept(request.failure);
            }
            if (always != null) {
                always.run();
            }
        }
    }
}
