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
    /** The fake clock of scheduled retries: what is due when, in milliseconds from the start. */
    final List<Timer> timers = new ArrayList<>();
    long now;

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

    @Override
    public Runnable schedule(Runnable task, int delayMillis) {
        Timer timer = new Timer(now + delayMillis, task);
        timers.add(timer);
        return () -> timers.remove(timer);
    }

    /** Moves the fake clock on, running each timer that comes due, in order. */
    void advance(long millis) {
        long until = now + millis;
        while (true) {
            Timer next = null;
            for (Timer timer : timers) {
                if (timer.due <= until && (next == null || timer.due < next.due)) {
                    next = timer;
                }
            }
            if (next == null) {
                break;
            }
            timers.remove(next);
            now = next.due;
            next.task.run();
        }
        now = until;
    }

    /** Calls still waiting for an answer. */
    List<Call> open() {
        List<Call> open = new ArrayList<>();
        for (Call call : calls) {
            if (!call.answered && call.aborted == 0) {
                open.add(call);
            }
        }
        return open;
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

    /** A task due at a time on the fake clock. */
    static final class Timer {
        final long due;
        final Runnable task;

        Timer(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }
    }

    /** One request and the means to answer it. */
    static final class Call {
        final AjaxRequest request;
        final Callback callback;
        int aborted;
        boolean answered;

        Call(AjaxRequest request, Callback callback) {
            this.request = request;
            this.callback = callback;
        }

        void succeed(Object response) {
            answered = true;
            callback.success(200, response);
        }

        /** Answers with an {@code ETag} header, as a server that versions its resources does. */
        void succeed(Object response, String etag) {
            answered = true;
            callback.success(200, response, name -> "etag".equalsIgnoreCase(name) ? etag : null);
        }

        void fail(Failure failure) {
            answered = true;
            callback.error(failure);
        }

        void fail(int status, String body) {
            Object json = null;
            try {
                json = JsonReader.parse(body);
            } catch (IllegalArgumentException e) {
                json = null;
            }
            answered = true;
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
