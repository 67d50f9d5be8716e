package io.backbonejava.sync;

import io.backbonejava.Events;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Sync;

/** Backbone's test setup wraps Backbone.sync to remember its arguments ({@code this.syncArgs}); so does this. */
final class RecordingSync implements Sync {
    final Sync delegate;
    int count;
    String method;
    Events target;
    Options options;

    RecordingSync(Sync delegate) {
        this.delegate = delegate;
    }

    @Override
    public Request sync(String method, Events target, Options options) {
        count++;
        this.method = method;
        this.target = target;
        this.options = options;
        return delegate.sync(method, target, options);
    }

    @Override
    public void defer(Runnable task) {
        delegate.defer(task);
    }
}
