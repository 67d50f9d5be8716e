package io.backbonejava.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * The samples of one harness run and the tables made from them: per operation the median of the
 * iterations, its ratio to vanilla JavaScript, the weighted geometric mean of those ratios with
 * js-framework-benchmark's weights, the heap after 1,000 rows, the JavaScript each page loads, and the
 * micro-benchmark medians with backbone-java's ratio to Backbone.js. Numbers are reported, never judged.
 */
final class Report {
    private final List<App> apps;
    private final Map<App, Map<Operation, List<Double>>> times = new EnumMap<>(App.class);
    private final Map<App, List<Double>> heaps = new EnumMap<>(App.class);
    private final List<Double> emptyPageHeaps = new ArrayList<>();
    private final Map<App, List<Sizes.Entry>> sizes = new EnumMap<>(App.class);
    private final Map<Micro.Side, Map<Micro, List<Double>>> micro = new EnumMap<>(Micro.Side.class);

    Report(List<App> apps) {
        this.apps = apps;
        for (App app : apps) {
            times.put(app, new EnumMap<>(Operation.class));
            heaps.put(app, new ArrayList<>());
        }
        for (Micro.Side side : Micro.Side.values()) {
            micro.put(side, new EnumMap<>(Micro.class));
        }
    }

    void time(App app, Operation operation, double ms) {
        times.get(app).computeIfAbsent(operation, k -> new ArrayList<>()).add(ms);
    }

    void heap(App app, long bytes) {
        heaps.get(app).add((double) bytes);
    }

    void emptyPageHeap(long bytes) {
        emptyPageHeaps.add((double) bytes);
    }

    /**
     * What an app's page holds beyond an empty page of the same server: the median of its heaps after 1,000
     * rows less the median of the empty page's. NaN when either was not measured.
     */
    double heapAboveEmptyPage(App app) {
        return median(heaps.get(app)) - median(emptyPageHeaps);
    }

    void sizes(App app, List<Sizes.Entry> entries) {
        sizes.put(app, entries);
    }

    void micro(Micro.Side side, Micro bench, double ms) {
        micro.get(side).computeIfAbsent(bench, k -> new ArrayList<>()).add(ms);
    }

    /** The median of one app's samples for one operation, or NaN without samples. */
    double median(App app, Operation operation) {
        return median(times.get(app).getOrDefault(operation, List.of()));
    }

    /**
     * The weighted geometric mean of an app's ratios to vanilla JavaScript over the nine operations, with
     * js-framework-benchmark's weights: exp(sum(w * ln(ratio)) / sum(w)). Operations left out of the run
     * (see {@code bench.operations}) are left out of the mean too.
     */
    double geometricMean(App app) {
        return weightedGeometricMean(operation -> median(app, operation) / median(App.VANILLA, operation));
    }

    /** exp(sum(w * ln(ratio)) / sum(w)) over the operations whose ratio is a number. */
    private static double weightedGeometricMean(ToDoubleFunction<Operation> ratioOf) {
        double weighted = 0;
        double weights = 0;
        for (Operation operation : Operation.values()) {
            double ratio = ratioOf.applyAsDouble(operation);
            if (Double.isNaN(ratio)) {
                continue;
            }
            weighted += operation.weight * Math.log(ratio);
            weights += operation.weight;
        }
        return Math.exp(weighted / weights);
    }

    /**
     * How far the run's noise could move {@link #geometricMean}: the 5th and 95th percentiles of the mean over
     * 2,000 bootstrap rounds, each drawing every app's samples of every operation again, with replacement, and
     * taking the medians and ratios anew. The seed is fixed, so the same samples give the same interval.
     *
     * @return {low, high}, or {NaN, NaN} without samples
     */
    double[] geometricMeanInterval(App app) {
        Random random = new Random(20261121L);
        int rounds = 2000;
        double[] means = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            means[round] = weightedGeometricMean(operation ->
                    median(resample(times.get(app).getOrDefault(operation, List.of()), random))
                    / median(resample(times.get(App.VANILLA).getOrDefault(operation, List.of()), random)));
        }
        Arrays.sort(means);
        return new double[] {means[rounds * 5 / 100], means[rounds * 95 / 100 - 1]};
    }

    private static List<Double> resample(List<Double> samples, Random random) {
        List<Double> drawn = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            drawn.add(samples.get(random.nextInt(samples.size())));
        }
        return drawn;
    }

    static double median(List<Double> samples) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The result tables in Markdown. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("### js-framework-benchmark (keyed), milliseconds from click to next frame, median\n\n");
        out.append("| Operation | slowdown |");
        for (App app : apps) {
            out.append(' ').append(app.title).append(" |");
        }
        for (App app : apps) {
            if (app != App.VANILLA) {
                out.append(' ').append(app.title).append(" / vanilla |");
            }
        }
        if (apps.contains(App.BACKBONE_JAVA) && apps.contains(App.BACKBONE_JS)) {
            out.append(" backbone-java / Backbone.js |");
        }
        out.append('\n').append("|---|---:|");
        int columns = apps.size() + (apps.size() - 1) + (apps.size() == 3 ? 1 : 0);
        out.append("---:|".repeat(columns)).append('\n');
        for (Operation operation : Operation.values()) {
            if (Double.isNaN(median(apps.get(0), operation))) {
                // Not in this run (bench.operations).
                continue;
            }
            out.append("| ").append(operation.id).append(' ').append(operation.label).append(" | ")
                    .append(operation.slowdown).append("x |");
            for (App app : apps) {
                out.append(' ').append(format(median(app, operation), 1)).append(" |");
            }
            for (App app : apps) {
                if (app != App.VANILLA) {
                    out.append(' ').append(format(median(app, operation) / median(App.VANILLA, operation), 2))
                            .append(" |");
                }
            }
            if (apps.size() == 3) {
                out.append(' ').append(format(median(App.BACKBONE_JAVA, operation)
                        / median(App.BACKBONE_JS, operation), 2)).append(" |");
            }
            out.append('\n');
        }
        out.append("| **weighted geometric mean** (ratio to vanilla) | |");
        for (App app : apps) {
            out.append(" **").append(format(geometricMean(app), 2)).append("** |");
        }
        out.append(" |".repeat(columns - apps.size())).append('\n');
        out.append("| 90 % bootstrap interval of that mean (the run's noise) | |");
        for (App app : apps) {
            double[] interval = geometricMeanInterval(app);
            out.append(' ').append(format(interval[0], 2)).append(" to ").append(format(interval[1], 2)).append(" |");
        }
        out.append(" |".repeat(columns - apps.size())).append('\n');

        out.append("\n### Memory and size\n\n| | ");
        for (App app : apps) {
            out.append(app.title).append(" | ");
        }
        out.append('\n').append("|---|").append("---:|".repeat(apps.size())).append('\n');
        out.append("| JS heap after 1,000 rows (MB, median) |");
        for (App app : apps) {
            out.append(' ').append(format(median(heaps.get(app)) / 1024 / 1024, 2)).append(" |");
        }
        out.append('\n').append("| the same, above an empty page of ")
                .append(format(median(emptyPageHeaps) / 1024 / 1024, 2)).append(" MB (MB) |");
        for (App app : apps) {
            out.append(' ').append(format(heapAboveEmptyPage(app) / 1024 / 1024, 2)).append(" |");
        }
        out.append('\n').append("| JS loaded, raw (bytes) |");
        for (App app : apps) {
            out.append(' ').append(sum(app, false)).append(" |");
        }
        out.append('\n').append("| JS loaded, gzip -9 (bytes) |");
        for (App app : apps) {
            out.append(' ').append(sum(app, true)).append(" |");
        }
        out.append("\n\nScripts, raw / gzip -9 bytes:\n\n");
        for (App app : apps) {
            out.append("- ").append(app.title).append(": ");
            List<String> parts = new ArrayList<>();
            for (Sizes.Entry entry : sizes.getOrDefault(app, List.of())) {
                parts.add("`" + entry.name() + "` " + entry.raw() + " / " + entry.gzip());
            }
            out.append(String.join(", ", parts)).append('\n');
        }

        out.append('\n').append(microMarkdown());
        return out.toString();
    }

    /** The micro-benchmark table, of the benchmarks that have samples; alone, the report of a micro-only run. */
    String microMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("### Core micro-benchmarks, milliseconds per run, median\n\n");
        out.append("| Benchmark | Backbone.js 1.6.1 | backbone-java | backbone-java / Backbone.js |\n");
        out.append("|---|---:|---:|---:|\n");
        for (Micro bench : Micro.values()) {
            if (!micro.get(Micro.Side.BACKBONE_JAVA).containsKey(bench)
                    && !micro.get(Micro.Side.BACKBONE_JS).containsKey(bench)) {
                continue;
            }
            double js = median(micro.get(Micro.Side.BACKBONE_JS).getOrDefault(bench, List.of()));
            double java = median(micro.get(Micro.Side.BACKBONE_JAVA).getOrDefault(bench, List.of()));
            out.append("| ").append(bench.label).append(" | ").append(format(js, 2)).append(" | ")
                    .append(format(java, 2)).append(" | ").append(format(java / js, 2)).append(" |\n");
        }
        return out.toString();
    }

    /** Every sample, one per line, for whoever wants more than medians. */
    String csv() {
        StringBuilder out = new StringBuilder("kind,implementation,benchmark,iteration,value\n");
        for (App app : apps) {
            for (Map.Entry<Operation, List<Double>> entry : times.get(app).entrySet()) {
                List<Double> samples = entry.getValue();
                for (int i = 0; i < samples.size(); i++) {
                    out.append("ms,").append(app.folder).append(',').append(entry.getKey().id).append(',')
                            .append(i).append(',').append(samples.get(i)).append('\n');
                }
            }
            List<Double> heap = heaps.get(app);
            for (int i = 0; i < heap.size(); i++) {
                out.append("heap-bytes,").append(app.folder).append(",22_run-memory,").append(i).append(',')
                        .append(heap.get(i).longValue()).append('\n');
            }
        }
        for (int i = 0; i < emptyPageHeaps.size(); i++) {
            out.append("heap-bytes,empty-page,22_run-memory,").append(i).append(',')
                    .append(emptyPageHeaps.get(i).longValue()).append('\n');
        }
        for (Map.Entry<Micro.Side, Map<Micro, List<Double>>> side : micro.entrySet()) {
            for (Map.Entry<Micro, List<Double>> entry : side.getValue().entrySet()) {
                List<Double> samples = entry.getValue();
                for (int i = 0; i < samples.size(); i++) {
                    out.append("micro-ms,").append(side.getKey().page).append(',').append(entry.getKey().key)
                            .append(',').append(i).append(',').append(samples.get(i)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private long sum(App app, boolean gzip) {
        long total = 0;
        for (Sizes.Entry entry : sizes.getOrDefault(app, List.of())) {
            total += gzip ? entry.gzip() : entry.raw();
        }
        return total;
    }

    static String format(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
