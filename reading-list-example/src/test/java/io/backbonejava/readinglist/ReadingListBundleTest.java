package io.backbonejava.readinglist;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The compiled app stays small: a budget on {@code reading-list.js} as the demo server ships it (minified,
 * gzipped), so that a change dragging a heavy part of the Java class library into forms fails here.
 */
class ReadingListBundleTest {
    /**
     * Bytes, gzip at its best level: 45.9 KB today, of which the form binding (Form and its conversions) is
     * about 3.3 KB and the list's CollectionView about 2 KB. A guard against regex or Java's number printing
     * (30 KB and more), not a target.
     */
    private static final int GZIPPED_BUDGET = 46_500;

    @Test
    void theMinifiedAppFitsTheBudget() throws IOException {
        assumeTrue(Boolean.parseBoolean(System.getProperty("reading-list.minified", "true")),
                "a build that is not minified");
        byte[] js = Files.readAllBytes(Path.of("target/classes/public/reading-list/reading-list.js"));

        int gzipped = gzip(js).length;

        assertTrue(gzipped < GZIPPED_BUDGET, "reading-list.js is " + gzipped + " bytes gzipped, over " + GZIPPED_BUDGET);
        // The first entry of the table of powers of ten that TeaVM's Double.toString brings along.
        assertTrue(new String(js, StandardCharsets.UTF_8).indexOf("3251292512") < 0,
                "Double.toString's tables are in reading-list.js");
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
