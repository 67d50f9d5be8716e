package io.backbonejava.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The core micro-benchmarks: the names {@code window.microBench(name)} answers to on both micro pages
 * ({@code micro/backbonejs.html} with Backbone.js, {@code micro/backbone-java.html} with CoreBench), what
 * each measures, and the check value a correct run returns, computed here on the JVM from the same inputs.
 */
enum Micro {
    ADD("add", "Collection.add of 10,000 attribute maps") {
        @Override
        int expectedCheck() {
            return SIZE;
        }
    },
    SET("set", "Collection.set merging 10,000 into 10,000") {
        @Override
        int expectedCheck() {
            return SIZE;
        }
    },
    SORT("sort", "Collection.sort of 10,000 by a number") {
        @Override
        int expectedCheck() {
            // The ids at positions 0 and 5,000 after a stable sort by score.
            List<int[]> rows = new ArrayList<>();
            int random = 42;
            for (int i = 0; i < SIZE; i++) {
                random = (random * 1103515245 + 12345) & 0x7fffffff;
                rows.add(new int[] {i + 1, random % 100000});
            }
            rows.sort((a, b) -> Integer.compare(a[1], b[1]));
            return rows.get(0)[0] * 10007 + rows.get(SIZE / 2)[0];
        }
    },
    MODEL_SET("modelSet", "Model.set x 100,000, 10 change listeners") {
        @Override
        int expectedCheck() {
            return 1_000_000;
        }
    },
    TRIGGER("trigger", "trigger x 1,000,000, one listener") {
        @Override
        int expectedCheck() {
            return 1_000_000;
        }
    },
    WHERE("where", "Collection.where over 10,000, x 100") {
        @Override
        int expectedCheck() {
            return 100 * SIZE / 10;
        }
    };

    private static final int SIZE = 10000;

    /** The name the pages know the benchmark by. */
    final String key;
    /** What it measures, for the report. */
    final String label;

    Micro(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The {@code check} a correct run returns. */
    abstract int expectedCheck();

    /** The two implementations, each a page under {@code micro/}. */
    enum Side {
        BACKBONE_JS("backbonejs.html", "Backbone.js 1.6.1"),
        BACKBONE_JAVA("backbone-java.html", "backbone-java");

        final String page;
        final String title;

        Side(String page, String title) {
            this.page = page;
            this.title = title;
        }
    }
}
