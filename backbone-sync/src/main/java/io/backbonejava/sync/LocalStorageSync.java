package io.backbonejava.sync;

import io.backbonejava.Collection;
import io.backbonejava.Events;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Sync;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Persists a collection's models in the browser's {@code localStorage} instead of on a server, as the
 * Backbone.localStorage plugin does: the whole store is one JSON array of records under one key, so it
 * survives reloads and can be read back in one go. A new model gets a random id (like
 * {@code "3f2a9c1e-07b4-4d8a-9e55-c0a1b2d3e4f5"}) unless it already has one. The storage is read afresh on
 * every call, so two instances over the same key, or two tabs, see each other's writes.
 *
 * <pre>{@code
 * Collection<Todo> todos = new Collection<>(Todo::new);
 * todos.sync(LocalStorageSync.browser("todos-backbone"));   // the collection and the models in it
 * todos.fetch();                                    // whatever was stored before the reload
 * todos.create(Attributes.of("title", "Buy milk"));   // stored at once, with a new id
 * }</pre>
 *
 * <p>Every outcome is reported through the options' callbacks, synchronously. Stored data that is not a JSON
 * array of objects (edited by hand, written by another app) is reported as a {@link Failure#PARSER_ERROR}
 * failure naming the problem, with the stored text as {@link Failure#responseText()}, and is left as it is:
 * nothing is written over it. A model read or patched that is not stored fails with status 404; a full
 * storage fails with {@link Failure#ERROR}.
 */
public final class LocalStorageSync implements Sync {
    private final String key;
    private final Storage storage;
    private final JsonParser parser;
    private Supplier<?> ids = LocalStorageSync::guid;

    /**
     * A sync storing under {@code key} in {@code storage}, reading the stored text with {@code parser}.
     *
     * @param key the storage key of the whole store, such as {@code "todos-backbone"}
     * @param storage {@link Storage#local()}, or a {@link MemoryStorage}
     * @param parser {@link JsonParser#browser()} in the browser, {@link JsonParser#plainJava()} on the JVM
     */
    public LocalStorageSync(String key, Storage storage, JsonParser parser) {
        if (key == null) {
            throw new NullPointerException("key == null");
        }
        if (storage == null) {
            throw new NullPointerException("storage == null");
        }
        if (parser == null) {
            throw new NullPointerException("parser == null");
        }
        this.key = key;
        this.storage = storage;
        this.parser = parser;
    }

    /**
     * A sync over the browser's {@code window.localStorage}, parsing with the browser's {@code JSON.parse}.
     *
     * @param key the storage key of the whole store
     * @return the sync
     */
    public static LocalStorageSync browser(String key) {
        return new LocalStorageSync(key, Storage.local(), JsonParser.browser());
    }

    /** The storage key of the whole store. */
    public String key() {
        return key;
    }

    /**
     * Replaces how ids of new records are made (random, UUID-like strings by default).
     *
     * @param generator makes one new id per call, such as a counter
     * @return this sync
     */
    public LocalStorageSync ids(Supplier<?> generator) {
        if (generator == null) {
            throw new NullPointerException("generator == null");
        }
        ids = generator;
        return this;
    }

    /**
     * Reads or writes the store: {@code "read"} of a collection answers every record, of a model its record;
     * {@code "create"} stores a new record with a new id; {@code "update"} replaces the model's record (or
     * stores it); {@code "patch"} merges the attributes into it; {@code "delete"} removes it. The target
     * fires {@code "request"} first, and the outcome goes to the options' callbacks before this returns.
     *
     * @param method {@code "create"}, {@code "read"}, {@code "update"}, {@code "patch"} or {@code "delete"}
     * @param target a model, or for {@code "read"} also a collection
     * @param options the options; null for none
     * @return the settled handle: {@code options.request()} when still pending, else a new one
     * @throws IllegalArgumentException for an unknown method, or a write of something not a model
     */
    @Override
    public Request sync(String method, Events target, Options options) {
        RestSync.httpMethod(method);
        if (!(target instanceof Model) && !(target instanceof Collection && READ.equals(method))) {
            // Named by its kind, not its toString(): that call on any Events would keep Object.toString and
            // the class names it prints in every bundle.
            throw new IllegalArgumentException("LocalStorageSync cannot " + method + " "
                    + (target instanceof Collection ? "a collection" : target == null ? "null" : "this target"));
        }
        Options opts = options == null ? new Options() : options;
        Request request = opts.request();
        if (request == null || !request.isPending()) {
            request = new Request();
            opts = opts.request(request);
        }
        target.trigger("request", target, request, opts);

        Object response;
        try {
            response = perform(method, target, opts);
        } catch (RuntimeException e) {
            // The storage itself refused: full, or not available in this browser.
            response = new Failure(0, Failure.ERROR, "Storage failed: " + e.getMessage(), null, null);
        }
        if (response instanceof Failure) {
            fail(target, opts, request, (Failure) response);
            return request;
        }
        SuccessCallback success = opts.success();
        if (success != null) {
            success.handle(target, response, opts);
        }
        request.resolve(response);
        return request;
    }

    // The record or records to answer with, or the Failure to report (a response is never a Failure).
    @SuppressWarnings("unchecked")
    private Object perform(String method, Events target, Options options) {
        Object loaded = load();
        if (target instanceof Collection || loaded instanceof Failure) {
            return loaded;
        }
        List<Map<String, Object>> records = (List<Map<String, Object>>) loaded;
        Model model = (Model) target;
        String idAttribute = model.idAttribute();
        int index = indexOf(records, idAttribute, model.id());
        if (READ.equals(method)) {
            if (index < 0) {
                return notFound(model);
            }
            return records.get(index);
        }
        if (DELETE.equals(method)) {
            if (index < 0) {
                return null;
            }
            Map<String, Object> removed = records.remove(index);
            store(records);
            return removed;
        }
        Map<String, Object> attrs = new LinkedHashMap<>(
                options.attrs() != null ? options.attrs() : model.toJSON());
        if (PATCH.equals(method)) {
            if (index < 0) {
                return notFound(model);
            }
            records.get(index).putAll(attrs);
            store(records);
            return records.get(index);
        }
        if (CREATE.equals(method)) {
            Object id = attrs.get(idAttribute);
            if (id == null) {
                id = ids.get();
                attrs.put(idAttribute, id);
            }
            index = indexOf(records, idAttribute, id);
        } else if (attrs.get(idAttribute) == null) {
            attrs.put(idAttribute, model.id());
        }
        if (index < 0) {
            records.add(attrs);
        } else {
            records.set(index, attrs);
        }
        store(records);
        return attrs;
    }

    /**
     * The records as stored, after checking they are what this sync writes: a JSON array of objects. The
     * round trip through JSON also gives the caller copies, never the stored objects themselves. What is
     * stored otherwise gives the Failure to report.
     */
    @SuppressWarnings("unchecked")
    private Object load() {
        String text = storage.getItem(key);
        if (text == null) {
            return new ArrayList<>();
        }
        Object parsed;
        try {
            parsed = parser.parse(text);
        } catch (RuntimeException e) {
            return corrupt("is not JSON (" + e.getMessage() + ")", text);
        }
        if (!(parsed instanceof List)) {
            return corrupt("is not a JSON array", text);
        }
        List<Object> items = (List<Object>) parsed;
        List<Map<String, Object>> records = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map)) {
                return corrupt("holds a record that is not a JSON object, at index " + Json.text(i), text);
            }
            records.add((Map<String, Object>) items.get(i));
        }
        return records;
    }

    private void store(List<Map<String, Object>> records) {
        storage.setItem(key, Json.write(records));
    }

    private Failure corrupt(String what, String text) {
        return new Failure(0, Failure.PARSER_ERROR,
                "The data stored under \"" + key + "\" " + what + "; it was left unchanged", text, null);
    }

    private static Failure notFound(Model model) {
        return new Failure(404, Failure.ERROR, "Record not found: " + Json.text(model.id()), null, null);
    }

    private static void fail(Events target, Options options, Request request, Failure failure) {
        ErrorCallback error = options.error();
        if (error != null) {
            error.handle(target, failure, options);
        }
        request.reject(failure);
    }

    private static int indexOf(List<Map<String, Object>> records, String idAttribute, Object id) {
        if (id == null) {
            return -1;
        }
        String wanted = Json.text(id);
        for (int i = 0; i < records.size(); i++) {
            Object candidate = records.get(i).get(idAttribute);
            if (candidate != null && wanted.equals(Json.text(candidate))) {
                return i;
            }
        }
        return -1;
    }

    /** A random id shaped like a UUID, made without java.util.UUID's secure random (heavy in a bundle). */
    static String guid() {
        String hex = "0123456789abcdef";
        StringBuilder out = new StringBuilder(36);
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                out.append('-');
            }
            out.append(hex.charAt((int) (Math.random() * 16)));
        }
        return out.toString();
    }
}
