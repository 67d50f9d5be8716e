package io.backbonejava;

/**
 * How models and collections are persisted: Backbone's {@code Backbone.sync}, as the one seam every
 * {@link Model#fetch fetch}, {@link Model#save save}, {@link Model#destroy destroy},
 * {@link Collection#fetch Collection.fetch} and {@link Collection#create create} goes through. It receives
 * what to do ({@code "create"}, {@code "read"}, {@code "update"}, {@code "patch"} or {@code "delete"}), the
 * model or collection, and the call's {@link Options}, and reports back by calling the options'
 * {@link Options#success() success} or {@link Options#error() error} callback.
 *
 * <p>The backbone-sync module provides {@code RestSync} (JSON over HTTP, as Backbone's default) and
 * {@code LocalStorageSync}. Install one for the whole app, and override it for single models or collections
 * where they live elsewhere:
 *
 * <pre>{@code
 * Sync.setDefault(new RestSync(new XhrTransport()));
 * todos.sync(LocalStorageSync.browser("todos-backbone"));   // this collection and its models
 * }</pre>
 *
 * <p>A sync of your own only has to honour the callbacks; a lambda will do:
 *
 * <pre>{@code
 * Map<Object, Map<String, Object>> rows = new HashMap<>();
 * Sync inMemory = (method, target, options) -> {
 *     Model model = (Model) target;
 *     if (Sync.CREATE.equals(method)) {
 *         Map<String, Object> row = model.toJSON();
 *         row.put("id", rows.size() + 1);
 *         rows.put(row.get("id"), row);
 *         options.success().handle(target, row, options);
 *     } else {
 *         options.error().handle(target, new Failure(501, Failure.ERROR, "Not Implemented", null, null), options);
 *     }
 *     return null;
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Sync {
    /** The method of a save of a new model (HTTP POST). */
    String CREATE = "create";
    /** The method of a fetch (HTTP GET). */
    String READ = "read";
    /** The method of a save of a model that has an id (HTTP PUT). */
    String UPDATE = "update";
    /** The method of a save with {@code patch} (HTTP PATCH). */
    String PATCH = "patch";
    /** The method of a destroy (HTTP DELETE). */
    String DELETE = "delete";

    /**
     * Persists or reads {@code target}, then calls {@code options.success()} with the response or
     * {@code options.error()} with a {@link Failure}, exactly once, now or later. Either callback may be null
     * when the caller gave none. A programming error, such as a missing url, may be thrown.
     *
     * @param method {@link #CREATE}, {@link #READ}, {@link #UPDATE}, {@link #PATCH} or {@link #DELETE}
     * @param target the {@link Model} or {@link Collection}
     * @param options the call's options; null stands for none
     * @return the handle of the operation: {@code options.request()} when the caller put one there, else a
     *     new one; null is allowed (the model methods return their own handle anyway)
     */
    Request sync(String method, Events target, Options options);

    /**
     * Runs a task after the current one, as JavaScript's {@code setTimeout(task, 0)}: how
     * {@link Model#destroy} reports success for a model that was never saved, since Backbone calls that
     * success asynchronously. This default runs it at once; browser implementations defer it.
     *
     * @param task the task
     */
    default void defer(Runnable task) {
        task.run();
    }

    /**
     * Installs the sync that every model and collection without one of its own uses: Backbone's
     * {@code Backbone.sync = ...}.
     *
     * @param sync the sync; null removes it
     */
    static void setDefault(Sync sync) {
        Persistence.defaultSync = sync;
    }

    /**
     * The sync installed with {@link #setDefault}.
     *
     * @return the sync, or null when none is installed
     */
    static Sync getDefault() {
        return Persistence.defaultSync;
    }

    /**
     * The server address of a model or collection: its {@code url()}, failing with Backbone's message when
     * it has none.
     *
     * @param target a {@link Model} or {@link Collection}
     * @return the url
     * @throws IllegalStateException {@code A "url" property or function must be specified}
     */
    static String url(Events target) {
        String url = null;
        if (target instanceof Model) {
            url = ((Model) target).url();
        } else if (target instanceof Collection) {
            url = ((Collection<?>) target).url();
        }
        if (url == null || url.isEmpty()) {
            throw new IllegalStateException(Persistence.URL_ERROR);
        }
        return url;
    }

    /**
     * JavaScript's {@code encodeURIComponent}, for sync implementations that build URLs, query strings or
     * form bodies: UTF-8 percent-encoding that keeps letters, digits and {@code -_.!~*'()}. A lone surrogate
     * is sent as U+FFFD, where JavaScript would throw.
     *
     * @param text the text to encode
     * @return the encoded text
     */
    static String encodeUriComponent(String text) {
        return Values.encodeUriComponent(text);
    }

    /**
     * What is sent for a model or collection: {@link Model#toJSON()} or {@link Collection#toJSON()}.
     *
     * @param target a {@link Model} or {@link Collection}
     * @return a map for a model, a list of maps for a collection, null for anything else
     */
    static Object toJSON(Events target) {
        if (target instanceof Model) {
            return ((Model) target).toJSON();
        }
        if (target instanceof Collection) {
            return ((Collection<?>) target).toJSON();
        }
        return null;
    }

    /**
     * The {@code success} option: what a sync calls with the response.
     */
    @FunctionalInterface
    interface SuccessCallback {
        /**
         * Called once when the operation succeeded.
         *
         * @param target the model (also for {@link Collection#create}) or collection
         * @param response the parsed response body, or null
         * @param options the call's options
         */
        void handle(Events target, Object response, Options options);
    }

    /**
     * The {@code error} option: what a sync calls with the {@link Failure}.
     */
    @FunctionalInterface
    interface ErrorCallback {
        /**
         * Called once when the operation failed.
         *
         * @param target the model or collection
         * @param failure why
         * @param options the call's options (the failure itself carries its textStatus and errorThrown)
         */
        void handle(Events target, Failure failure, Options options);
    }
}
