package io.backbonejava;

/**
 * A handle on one or more callbacks bound with {@link Events#on}, {@link Events#once}, {@link Events#listenTo}
 * or {@link Events#listenToOnce}. Disposing it removes exactly those bindings, and nothing else bound with
 * the same callback.
 *
 * <pre>{@code
 * Subscription s = model.on("change", e -> render());
 * s.dispose();   // same effect as model.off("change", thatCallback), without keeping the callback around
 * }</pre>
 */
@FunctionalInterface
public interface Subscription {
    /** Removes the bindings this handle stands for. Calling it again does nothing. */
    void dispose();
}
