package io.backbonejava.todo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The compiled app stays small: a budget on {@code todo.js} as the demo server ships it (minified, gzipped),
 * so that a change dragging in a heavy part of the Java class library fails here, not unnoticed in the browser.
 */
class TodoBundleTest {
    /**
     * Bytes, gzip at its best level: 43.5 KB today (44.7 KB before issue 15's cuts: no method references on
     * browser objects, no int concatenation, no toString() of an unknown object, no values() view in the router),
     * 46.5 KB before the app, the sync and routing were trimmed
     * for size (one listener per source instead of one lambda class each, JSON strings quoted and routes matched
     * by the browser's own engine, no private exception class or emulated long in the sync). What it holds: typed views and validation errors, server field errors,
     * unsaved-change tracking; since the app serves any REST backend, paging read to the end, the CSRF header
     * and the refused-title message, 1.7 KB together; EventOptions and HttpOptions, 0.3 KB; since issue 19 the
     * sync's per-model queue, retries, conflicts and the app's status line, about 3.5 KB; the list as a
     * CollectionView, 1.2 KB), and Backbone +
     * Underscore + jQuery alone are 43.2 KB. A guard against a heavy part of the class library slipping in
     * (regex or number printing add 10 to 30 KB and more, Unicode case tables 1 KB), not a target.
     */
    private static final int GZIPPED_BUDGET = 44_000;

    @Test
    void theMinifiedAppFitsTheBudget() throws IOException {
        assumeTrue(Boolean.parseBoolean(System.getProperty("todo.minified", "true")), "a -Pdev build is not minified");
        byte[] js = Files.readAllBytes(Path.of("target/classes/public/todo.js"));

        int gzipped = gzip(js).length;

        assertTrue(gzipped < GZIPPED_BUDGET, "todo.js is " + gzipped + " bytes gzipped, over " + GZIPPED_BUDGET);
        // TeaVM's Double.toString would bring a 660-entry table of powers of ten; its first entry is this pair.
        assertTrue(new String(js, "UTF-8").indexOf("3251292512") < 0, "Double.toString's tables are in todo.js");
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
