package io.backbonejava.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Storage} that keeps its text in a map: what tests use in place of {@code window.localStorage},
 * and how {@link LocalStorageSync} runs on the JVM. Share one instance to simulate a page reload: a new
 * {@link LocalStorageSync} over the same storage sees what the old one stored.
 *
 * <pre>{@code
 * MemoryStorage storage = new MemoryStorage();
 * Sync sync = new LocalStorageSync("todos", storage, JsonParser.plainJava());
 * todos.sync(sync).create(Attributes.of("title", "Buy milk"));
 * storage.getItem("todos");   // [{"title":"Buy milk","id":"..."}]
 * }</pre>
 */
public final class MemoryStorage implements Storage {
    private final Map<String, String> items = new LinkedHashMap<>();

    /** An empty storage. */
    public MemoryStorage() {
    }

    @Override
    public String getItem(String key) {
        return items.get(key);
    }

    @Override
    public void setItem(String key, String value) {
        if (value == null) {
            throw new NullPointerException("value == null");
        }
        items.put(key, value);
    }

    @Override
    public void removeItem(String key) {
        items.remove(key);
    }

    /** How many keys hold text. */
    public int size() {
        return items.size();
    }

    /** Removes everything. */
    public void clear() {
        items.clear();
    }
}
