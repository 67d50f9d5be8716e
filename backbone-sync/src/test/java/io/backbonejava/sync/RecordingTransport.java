package io.backbonejava.sync;

import io.backbonejava.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fake server of the sync tests, as Backbone's test setup fakes {@code Backbone.ajax}: it records every
 * request and answers only when a test tells it to. Deferred tasks wait in a queue until
 * {@link #runDeferred()}, as {@code _.defer} waits for the event loop.
 */
final class RecordingTransport implements Transport {
    final List<Call> calls = new ArrayList<>();
    final List<Runnable> deferred = new ArrayList<>();

    @Override
    public Runnable send(AjaxRequest request, Callback callback) {
        Call call = new Call(request, callback);
        calls.add(call);
        return () -> call.aborted++;
    }

    @Override
    public void defer(Runnable task) {
        deferred.add(task);
    }

    /** Runs the deferred tasks queued so far; returns how many ran. */
    int runDeferred() {
        List<Runnable> tasks = new ArrayList<>(deferred);
        deferred.clear();
        for (Runnable task : tasks) {
            task.run();
        }
        return tasks.size();
    }

    /** The latest call: Backbone's {@code this.ajaxSettings}. */
    Call last() {
        return calls.isEmpty() ? null : calls.get(calls.size() - 1);
    }

    AjaxRequest lastRequest() {
        return calls.isEmpty() ? null : last().request;
    }

    /** One request and the means to answer it. */
    static final class Call {
        final AjaxRequest request;
        final Callback callback;
        int aborted;

        Call(AjaxRequest request, Callback callback) {
            this.request = request;
            this.callback = callback;
        }

        void succeed(Object response) {
            callback.success(200, response);
        }

        void fail(Failure failure) {
            callback.error(failure);
        }

        void fail(int status, String body) {
            Object json = null;
            try {
                json = JsonReader.parse(body);
            } catch (IllegalArgumentException e) {
                json = null;
            }
            callback.error(new Failure(status, Failure.ERROR, JdkHttpTransport.reasonPhrase(status), body, json));
        }

        /** The JSON body, parsed. */
        @SuppressWarnings("unchecked")
        Map<String, Object> json() {
            return (Map<String, Object>) JsonReader.parse((String) request.data());
        }

        /** The form fields of an emulateJSON request. */
        @SuppressWarnings("unchecked")
        Map<String, Object> form() {
            return (Map<String, Object>) request.data();
        }
    }
}
