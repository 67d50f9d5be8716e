package io.backbonejava.sync;

/**
 * Where {@link LocalStorageSync} keeps its text: the Web Storage API ({@code getItem}, {@code setItem},
 * {@code removeItem}) as a seam. {@link #local()} is the browser's {@code window.localStorage};
 * {@link MemoryStorage} keeps the text in a map, for tests and for the JVM.
 *
 * <pre>{@code
 * Storage storage = Storage.local();
 * storage.setItem("todos-backbone", "[]");
 * String text = storage.getItem("todos-backbone");   // "[]"
 * }</pre>
 */
public interface Storage {
    /**
     * The text stored under a key.
     *
     * @param key the key
     * @return the text, or null when nothing is stored there
     */
    String getItem(String key);

    /**
     * Stores text under a key, replacing what was there.
     *
     * @param key the key
     * @param value the text
     * @throws RuntimeException when the storage refuses it (for example when it is full)
     */
    void setItem(String key, String value);

    /**
     * Removes what is stored under a key.
     *
     * @param key the key
     */
    void removeItem(String key);

    /**
     * The browser's {@code window.localStorage}: kept per origin across reloads and restarts. Looked up on
     * each call, so a browser that refuses storage (a sandboxed frame, some private modes) fails that call,
     * which {@link LocalStorageSync} reports as a {@link io.backbonejava.Failure}.
     *
     * @return the storage
     */
    static Storage local() {
        return new BrowserStorage(true);
    }

    /**
     * The browser's {@code window.sessionStorage}: kept per tab until it is closed.
     *
     * @return the storage
     */
    static Storage session() {
        return new BrowserStorage(false);
    }
}
