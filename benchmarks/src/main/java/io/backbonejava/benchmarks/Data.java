package io.backbonejava.benchmarks;

import io.backbonejava.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** js-framework-benchmark's data: ids counting up over the page's life, labels of three random words. */
final class Data {
    private static final String[] ADJECTIVES = {"pretty", "large", "big", "small", "tall", "short", "long",
        "handsome", "plain", "quaint", "clean", "elegant", "easy", "angry", "crazy", "helpful", "mushy", "odd",
        "unsightly", "adorable", "important", "inexpensive", "cheap", "expensive", "fancy"};
    private static final String[] COLOURS = {"red", "yellow", "blue", "green", "pink", "brown", "purple", "brown",
        "white", "black", "orange"};
    private static final String[] NOUNS = {"table", "chair", "house", "bbq", "desk", "car", "pony", "cookie",
        "sandwich", "burger", "pizza", "mouse", "keyboard"};

    private static int nextId = 1;

    private Data() {
    }

    /** The attributes of {@code count} new rows. */
    static List<Map<String, Object>> build(int count) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(Attributes.of("id", nextId++, "label", pick(ADJECTIVES) + " " + pick(COLOURS) + " " + pick(NOUNS)));
        }
        return rows;
    }

    /** The benchmark's word picker: a random number in 0..1000 (JavaScript's rounding), modulo the length. */
    private static String pick(String[] words) {
        return words[(int) Math.floor(Math.random() * 1000 + 0.5) % words.length];
    }
}
