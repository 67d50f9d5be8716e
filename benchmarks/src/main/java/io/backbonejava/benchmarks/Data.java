package io.backbonejava.benchmarks;

import io.backbonejava.Attributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** js-framework-benchmark's data: ids counting up over the page's life, labels of three random words. */
final class Data {
    // Each list is one string of words and a space after each: a String[] literal costs about 9 bytes of
    // bundle per word where a string costs its letters, and picking a word is then a short scan.
    private static final String ADJECTIVES = "pretty large big small tall short long handsome plain quaint clean "
            + "elegant easy angry crazy helpful mushy odd unsightly adorable important inexpensive cheap expensive "
            + "fancy ";
    private static final String COLOURS = "red yellow blue green pink brown purple brown white black orange ";
    private static final String NOUNS = "table chair house bbq desk car pony cookie sandwich burger pizza mouse "
            + "keyboard ";

    private static int nextId = 1;

    private Data() {
    }

    /** The attributes of {@code count} new rows. */
    static List<Map<String, Object>> build(int count) {
        List<Map<String, Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(Attributes.of("id", nextId++, "label", pick(ADJECTIVES, 25) + " " + pick(COLOURS, 11) + " "
                    + pick(NOUNS, 13)));
        }
        return rows;
    }

    /**
     * The benchmark's word picker: a random number in 0..1000 (JavaScript's rounding), modulo the number of
     * words, the word at that index.
     */
    static String pick(String words, int count) {
        // Math.round(Math.random() * 1000) % count, as the other apps pick: the cast rounds down a positive number.
        int index = (int) (Math.random() * 1000 + 0.5) % count;
        int start = 0;
        for (; index > 0; index--) {
            start = words.indexOf(' ', start) + 1;
        }
        return words.substring(start, words.indexOf(' ', start));
    }
}
