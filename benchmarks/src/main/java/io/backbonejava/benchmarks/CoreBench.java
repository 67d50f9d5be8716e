package io.backbonejava.benchmarks;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.Events;
import io.backbonejava.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The core micro-benchmarks on backbone-java, compiled by TeaVM into {@code target/micro/micro.js}. They run
 * the same operations on the same inputs as {@code micro-backbone.js} does on Backbone.js, and answer the
 * harness the same way: {@code window.microBench(name)} prepares the input (untimed), times one run of the
 * operation and returns {@code {ms, check}}, where {@code check} is a number both sides must agree on.
 */
public final class CoreBench {
    private static final int SIZE = 10000;

    private CoreBench() {
    }

    /** The entry point the page calls: one run of the named benchmark. */
    @JSFunctor
    public interface Entry extends JSObject {
        /**
         * Runs one benchmark once.
         *
         * @param name the benchmark's name, such as {@code "add"}
         * @return {@code {ms, check}}
         */
        JSObject run(String name);
    }

    /**
     * Publishes {@code window.microBench}.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Page.exportMicroBench(CoreBench::run);
    }

    private static JSObject run(String name) {
        switch (name) {
            case "add": return add();
            case "set": return set();
            case "sort": return sort();
            case "modelSet": return modelSet();
            case "trigger": return trigger();
            case "where": return where();
            default: throw new IllegalArgumentException("no benchmark " + name);
        }
    }

    /** {@code Collection.add} of 10,000 attribute maps, each becoming a model. */
    private static JSObject add() {
        List<Map<String, Object>> input = rows(SIZE, "");
        double t0 = Page.now();
        Collection<Model> collection = new Collection<>();
        collection.add(input);
        double ms = Page.now() - t0;
        return Page.result(ms, collection.size());
    }

    /** {@code Collection.set} of 10,000 attribute maps that all merge into models already there. */
    private static JSObject set() {
        Collection<Model> collection = new Collection<>(rows(SIZE, ""));
        List<Map<String, Object>> input = rows(SIZE, " !");
        double t0 = Page.now();
        collection.set(input);
        double ms = Page.now() - t0;
        boolean merged = ("row " + SIZE + " !").equals(collection.at(SIZE - 1).get("label"));
        return Page.result(ms, merged ? collection.size() : -1);
    }

    /** {@code Collection.sort} of 10,000 models by a numeric attribute. */
    private static JSObject sort() {
        Collection<Model> collection = new Collection<>(rows(SIZE, ""));
        collection.comparator("score");
        double t0 = Page.now();
        collection.sort();
        double ms = Page.now() - t0;
        int check = id(collection.at(0)) * 10007 + id(collection.at(SIZE / 2));
        return Page.result(ms, check);
    }

    /** {@code Model.set} of one changing attribute, 100,000 times, with 10 listeners on {@code "change"}. */
    private static JSObject modelSet() {
        Model model = new Model();
        int[] calls = {0};
        for (int k = 0; k < 10; k++) {
            model.on("change", e -> calls[0]++);
        }
        double t0 = Page.now();
        for (int i = 0; i < 100000; i++) {
            model.set("value", i);
        }
        double ms = Page.now() - t0;
        return Page.result(ms, calls[0]);
    }

    /** {@code trigger} of one event with one argument, 1,000,000 times, to one listener. */
    private static JSObject trigger() {
        Events events = new Events();
        int[] calls = {0};
        events.on("ping", e -> calls[0]++);
        double t0 = Page.now();
        for (int i = 0; i < 1000000; i++) {
            events.trigger("ping", i);
        }
        double ms = Page.now() - t0;
        return Page.result(ms, calls[0]);
    }

    /** {@code Collection.where} over 10,000 models, 100 times, each finding 1,000. */
    private static JSObject where() {
        Collection<Model> collection = new Collection<>(rows(SIZE, ""));
        int found = 0;
        double t0 = Page.now();
        for (int i = 0; i < 100; i++) {
            found += collection.where(Attributes.of("group", 3)).size();
        }
        double ms = Page.now() - t0;
        return Page.result(ms, found);
    }

    /** The benchmarks' rows: ids counting from 1, a label, a pseudo-random score and one of ten groups. */
    private static List<Map<String, Object>> rows(int count, String suffix) {
        int random = 42;
        List<Map<String, Object>> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // The same 31-bit linear congruential generator as micro-backbone.js.
            random = (random * 1103515245 + 12345) & 0x7fffffff;
            list.add(Attributes.of("id", i + 1, "label", "row " + (i + 1) + suffix, "score", random % 100000,
                    "group", i % 10));
        }
        return list;
    }

    private static int id(Model model) {
        return ((Number) model.id()).intValue();
    }
}
