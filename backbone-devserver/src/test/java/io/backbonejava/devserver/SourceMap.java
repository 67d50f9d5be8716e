package io.backbonejava.devserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A source map (version 3) decoded into its segments, both ways: from a Java line to the JavaScript
 * positions it became, and from a JavaScript position back to its Java line. What DevTools does when it
 * puts a breakpoint on a {@code .java} line.
 */
final class SourceMap {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** One mapped position: generated line and column (0-based), source index, source line (0-based). */
    record Segment(int line, int column, int source, int sourceLine) {
    }

    final List<String> sources = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();

    SourceMap(String json) throws Exception {
        JsonNode map = new ObjectMapper().readTree(json);
        map.get("sources").forEach(source -> sources.add(source.asText()));
        String[] lines = map.get("mappings").asText().split(";", -1);
        int source = 0;
        int sourceLine = 0;
        int sourceColumn = 0;
        for (int line = 0; line < lines.length; line++) {
            int column = 0;
            for (String segment : lines[line].split(",")) {
                if (segment.isEmpty()) {
                    continue;
                }
                int[] fields = decode(segment);
                column += fields[0];
                if (fields.length >= 4) {
                    source += fields[1];
                    sourceLine += fields[2];
                    sourceColumn += fields[3];
                    segments.add(new Segment(line, column, source, sourceLine));
                }
            }
        }
    }

    /** The index of the source whose name ends so, or -1. */
    int source(String suffix) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).endsWith(suffix)) {
                return i;
            }
        }
        return -1;
    }

    /** The first JavaScript position of a Java line (1-based), or null. */
    Segment firstGenerated(int source, int javaLine) {
        return segments.stream().filter(s -> s.source() == source && s.sourceLine() == javaLine - 1)
                .min((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                        : Integer.compare(a.column(), b.column()))
                .orElse(null);
    }

    /** The segment a JavaScript position falls in (the last one starting at or before it on its line). */
    Segment original(int line, int column) {
        Segment found = null;
        for (Segment segment : segments) {
            if (segment.line() == line && segment.column() <= column
                    && (found == null || segment.column() >= found.column())) {
                found = segment;
            }
        }
        return found;
    }

    private static int[] decode(String segment) {
        List<Integer> values = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (char c : segment.toCharArray()) {
            int digit = BASE64.indexOf(c);
            value += (digit & 31) << shift;
            if ((digit & 32) != 0) {
                shift += 5;
            } else {
                values.add((value & 1) != 0 ? -(value >> 1) : value >> 1);
                value = 0;
                shift = 0;
            }
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
