package io.backbonejava;

/** What Model and Collection share for persistence: the default {@link Sync} and Backbone's wrapError. */
final class Persistence {
    static final String URL_ERROR = "A \"url\" property or function must be specified";

    /** Backbone.sync: the sync of every model and collection that has none of its own. */
    static Sync defaultSync;

    private Persistence() {
    }

    /** The sync to use when neither the object nor (for a model) its collection has one. */
    static Sync require(Sync own) {
        if (own != null) {
            return own;
        }
        if (defaultSync == null) {
            // What a newcomer meets when the page forgot its store: say which call and where the syncs live.
            throw new IllegalStateException("No Sync: call Sync.setDefault(...) with a RestSync or"
                    + " LocalStorageSync (backbone-sync) before fetch or save");
        }
        return defaultSync;
    }

    /**
     * Backbone's wrapError: the failure reaches the caller's error callback, then the {@code "error"} event,
     * then the handle. The {@link Failure} carries jQuery's textStatus and errorThrown for the handlers to read. A
     * model's failure carrying the server's {@link Failure#validationError()} first sets it on the model and
     * fires {@code "invalid"}, as a refusal of {@code validate} does. Returns the options with the wrapped
     * callback; {@code sent} holds, by the time the sync reports, the options the sync was given.
     */
    static Options wrapError(Events target, Options options, Request request, Options[] sent) {
        Sync.ErrorCallback error = options.error();
        return options.error((ignored, failure, reported) -> {
            Options asSent = reported != null ? reported : sent[0];
            Failure failed = failure != null ? failure : new Failure(0, Failure.ERROR, "", null, null);
            if (target instanceof Model && failed.validationError() != null) {
                ((Model) target).refusedByServer(failed.validationError(), asSent);
            }
            if (error != null) {
                error.handle(target, failed, asSent);
            }
            target.trigger("error", target, failed, EventOptions.of(asSent));
            request.reject(failed);
        });
    }

    /** Lets {@link Request#abort()} on the model's handle reach a handle the sync made of its own. */
    static Request link(Request own, Request returned) {
        if (returned != null && returned != own && returned.isPending()) {
            own.onAbort(returned::abort);
        }
        return own;
    }
}
