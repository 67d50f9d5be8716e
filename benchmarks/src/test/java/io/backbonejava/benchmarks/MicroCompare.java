package io.backbonejava.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A quick side-by-side of micro-benchmarks for working on the library on a busy machine: both micro pages
 * in frames of one page (from two sites, so in two processes), their runs alternating one by one, so that
 * a busy second hits both sides alike.
 * Prints, per benchmark, the minimum and the median of each side and their ratios. The harness's figures
 * (fresh pages, medians of medians) are the ones reported; this is for finding out quickly.
 *
 * <pre>
 * mvn -q -Pbenchmarks -pl benchmarks exec:java -Dexec.classpathScope=test -Dbench.apps=benchmarks/target \
 *     -Dexec.mainClass=io.backbonejava.benchmarks.MicroCompare -Dexec.args="30 set add"
 * </pre>
 *
 * <p>Arguments: the number of timed runs per side (after 3 warm-ups each), then the benchmarks (all without).
 */
public final class MicroCompare {
    private MicroCompare() {
    }

    /**
     * Runs the comparison and prints it.
     *
     * @param args the runs per side, then benchmark names
     * @throws IOException when the frame page cannot be written or the server cannot start
     */
    public static void main(String[] args) throws IOException {
        Path apps = Path.of(System.getProperty("bench.apps", "target"));
        int runs = Integer.parseInt(args[0]);
        List<String> names = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            names.add(args[i]);
        }
        if (names.isEmpty()) {
            for (Micro bench : Micro.values()) {
                names.add(bench.key);
            }
        }
        try (AppServer server = new AppServer(apps); Chromium chromium = new Chromium()) {
            // Two sites (127.0.0.1 and localhost), so two renderer processes: neither side's garbage is
            // collected during the other's runs.
            String javaUrl = server.url("micro/backbone-java.html");
            String jsUrl = server.url("micro/backbonejs.html").replace("127.0.0.1", "localhost");
            Files.writeString(apps.resolve("micro/compare.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                    + "<link rel=\"icon\" href=\"data:,\"></head><body>"
                    + "<iframe id=\"java\" src=\"" + javaUrl + "\"></iframe>"
                    + "<iframe id=\"js\" src=\"" + jsUrl + "\"></iframe></body></html>", StandardCharsets.UTF_8);
            for (String name : names) {
                chromium.open(server.url("micro/compare.html"));
                List<Number> jsTimes = new ArrayList<>();
                List<Number> javaTimes = new ArrayList<>();
                String run = "return window.microBench(arguments[0]).ms;";
                for (int i = -3; i < runs; i++) {
                    // The side going first alternates.
                    Number javaMs;
                    Number jsMs;
                    if (i % 2 == 0) {
                        javaMs = (Number) chromium.scriptInFrame("java", run, name);
                        jsMs = (Number) chromium.scriptInFrame("js", run, name);
                    } else {
                        jsMs = (Number) chromium.scriptInFrame("js", run, name);
                        javaMs = (Number) chromium.scriptInFrame("java", run, name);
                    }
                    if (i >= 0) {
                        jsTimes.add(jsMs);
                        javaTimes.add(javaMs);
                    }
                }
                List<Double> js = sorted(jsTimes);
                List<Double> java = sorted(javaTimes);
                double jsMedian = Report.median(js);
                double javaMedian = Report.median(java);
                System.out.println(name + ": min " + Report.format(java.get(0), 2) + " / " + Report.format(js.get(0), 2)
                        + " = " + Report.format(java.get(0) / js.get(0), 2) + ", median "
                        + Report.format(javaMedian, 2) + " / " + Report.format(jsMedian, 2) + " = "
                        + Report.format(javaMedian / jsMedian, 2) + "  (backbone-java / Backbone.js, ms)");
            }
        }
    }

    private static List<Double> sorted(List<Number> values) {
        List<Double> list = new ArrayList<>();
        for (Number value : values) {
            list.add(value.doubleValue());
        }
        Collections.sort(list);
        return list;
    }
}
