package io.backbonejava.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark harness: serves the three js-framework-benchmark apps and the two micro-benchmark pages from
 * an in-process server, and runs them all in one headless Chromium, interleaved so that drift in the
 * machine's speed touches every implementation alike. Run it with {@code benchmarks/run.sh}.
 *
 * <p>Each iteration runs, for every operation, every app on a fresh page (the app order rotating from one
 * iteration to the next): the benchmark's warm-ups with their checks, seven forced garbage collections, the
 * benchmark's CPU slowdown where it has one, the timed click, and the checks of its effect. Then the heap
 * after 1,000 rows, per app. The micro-benchmarks follow: per iteration, per benchmark, each side on a fresh
 * page runs {@value #MICRO_WARMUPS} untimed warm-up runs, then {@value #MICRO_RUNS} timed runs whose median is
 * that iteration's sample.
 *
 * <p>System properties: {@code bench.apps} (the assembled {@code target/} folder), {@code bench.iterations}
 * (default 10, the benchmark's own count), {@code bench.microIterations} (default 10),
 * {@code bench.report} (where the Markdown report goes; the samples go next to it as CSV),
 * {@code bench.slowdown=false} to skip the CPU slowdowns, {@code bench.quietLoad} to wait first for the load
 * average to fall under that value, {@code bench.micro} to run only the micro-benchmarks named in it
 * (comma-separated, such as {@code set,add}), {@code bench.operations} to run only some operations (a
 * comma-separated list of id prefixes such as {@code 02,09} or {@code 04_select1k}; the default, empty, runs
 * all nine). With {@code bench.iterations=0} only the micro-benchmarks run and the report holds only their table.
 */
public final class Harness {
    static final int MICRO_WARMUPS = 3;
    static final int MICRO_RUNS = 5;

    private Harness() {
    }

    /**
     * Runs the whole benchmark and prints the report.
     *
     * @param args unused; see the system properties in the class comment
     * @throws IOException when the report cannot be written
     * @throws InterruptedException when interrupted while waiting for a quiet machine
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path apps = Path.of(System.getProperty("bench.apps", "target"));
        int iterations = Integer.getInteger("bench.iterations", 10);
        int microIterations = Integer.getInteger("bench.microIterations", 10);
        boolean slowdown = !"false".equals(System.getProperty("bench.slowdown"));
        Path reportFile = Path.of(System.getProperty("bench.report", "target/benchmark-results.md"));
        List<Micro> micros = selectMicros(System.getProperty("bench.micro", ""));
        List<Operation> operations = selectOperations(System.getProperty("bench.operations", ""));

        List<App> built = new ArrayList<>();
        for (App app : App.values()) {
            if (app.isBuilt(apps)) {
                built.add(app);
            } else {
                System.out.println("Not built, left out: " + app.title + " (" + apps.resolve(app.folder) + ")");
            }
        }
        String quietLoad = System.getProperty("bench.quietLoad", "");
        if (!quietLoad.isEmpty()) {
            Machine.waitForQuiet(Double.parseDouble(quietLoad));
        }
        String loadBefore = loadAverage();
        String started = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Report report = new Report(built);
        String browserVersion;
        try (AppServer server = new AppServer(apps); Chromium chromium = new Chromium()) {
            browserVersion = chromium.version();
            for (int iteration = 0; iteration < iterations; iteration++) {
                List<App> order = rotate(built, iteration);
                for (Operation operation : operations) {
                    for (App app : order) {
                        double ms = measure(chromium, server, app, operation, Operation.WARMUPS, slowdown, true);
                        report.time(app, operation, ms);
                    }
                }
                report.emptyPageHeap(heapOfEmptyPage(chromium, server));
                for (App app : order) {
                    report.heap(app, heapAfterThousandRows(chromium, server, app));
                }
                System.out.println("iteration " + (iteration + 1) + "/" + iterations + " done, load "
                        + loadAverage());
            }
            for (int iteration = 0; iteration < microIterations; iteration++) {
                List<Micro.Side> sides = rotate(List.of(Micro.Side.values()), iteration);
                for (Micro bench : micros) {
                    for (Micro.Side side : sides) {
                        report.micro(side, bench, micro(chromium, server, side, bench, MICRO_WARMUPS, MICRO_RUNS));
                    }
                }
                System.out.println("micro iteration " + (iteration + 1) + "/" + microIterations + " done, load "
                        + loadAverage());
            }
        }
        boolean microOnly = iterations == 0;
        if (!microOnly) {
            for (App app : built) {
                report.sizes(app, Sizes.measure(apps.resolve(app.folder)));
            }
        }

        String text = "## Run of " + started + "\n\n"
                + "- Machine: " + Machine.describe() + "\n"
                + "- Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAverage() + "\n"
                + "- Chromium " + browserVersion + " headless; " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version") + " runs the harness\n"
                + "- Iterations: " + iterations + " (js-framework-benchmark), " + microIterations
                + " (micro-benchmarks, each the median of " + MICRO_RUNS + " runs after " + MICRO_WARMUPS
                + " warm-ups); CPU slowdowns " + (slowdown ? "on" : "off")
                + (operations.size() < Operation.values().length ? "; operations " + operations : "") + "\n\n"
                + (microOnly ? report.microMarkdown() : report.markdown());
        System.out.println();
        System.out.println(text);
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, text, StandardCharsets.UTF_8);
        Path csv = reportFile.resolveSibling(reportFile.getFileName().toString().replace(".md", "") + "-samples.csv");
        Files.writeString(csv, report.csv(), StandardCharsets.UTF_8);
        System.out.println("Written to " + reportFile + " and " + csv);
    }

    /**
     * One sample of one operation on one app: a fresh page, the warm-ups, garbage collection, the benchmark's
     * slowdown, the timed click and its checks. Fails on a check that does not hold or a console error.
     */
    static double measure(Chromium chromium, AppServer server, App app, Operation operation, int warmups,
            boolean slowdown, boolean collectGarbage) {
        chromium.open(server.url(app.folder + "/index.html"));
        operation.init(chromium, warmups);
        chromium.nextFrame();
        if (collectGarbage) {
            chromium.collectGarbage();
        }
        double ms;
        if (slowdown && operation.slowdown > 1) {
            chromium.throttle(operation.slowdown);
            try {
                ms = operation.run(chromium, warmups);
            } finally {
                chromium.throttle(1);
            }
        } else {
            ms = operation.run(chromium, warmups);
        }
        failOnConsoleErrors(chromium, app.title + " " + operation.id);
        return ms;
    }

    /**
     * The JavaScript heap of a page with no script from the same server, measured the same way: what every
     * page's figure starts from in this browser (WebDriver's own scripts live in the page's heap too), to be
     * taken off the apps' figures so that they compare what the apps hold.
     */
    static long heapOfEmptyPage(Chromium chromium, AppServer server) {
        chromium.open(server.url("empty/index.html"));
        chromium.nextFrame();
        return chromium.heapAfterGc();
    }

    /** js-framework-benchmark's "run memory": the JavaScript heap after creating 1,000 rows. */
    static long heapAfterThousandRows(Chromium chromium, AppServer server, App app) {
        chromium.open(server.url(app.folder + "/index.html"));
        Operation.createThousand(chromium);
        chromium.nextFrame();
        long bytes = chromium.heapAfterGc();
        failOnConsoleErrors(chromium, app.title + " memory");
        return bytes;
    }

    /**
     * One sample of one micro-benchmark on one side: on a fresh page, untimed warm-up runs, then the median of
     * the timed runs. Every run's check must match the one computed on the JVM.
     */
    static double micro(Chromium chromium, AppServer server, Micro.Side side, Micro bench, int warmups, int timed) {
        chromium.open(server.url("micro/" + side.page));
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < warmups + timed; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) chromium.script(
                    "return window.microBench(arguments[0]);", bench.key);
            int check = ((Number) result.get("check")).intValue();
            if (check != bench.expectedCheck()) {
                throw new AssertionError(side.title + " " + bench.key + ": check " + check + ", expected "
                        + bench.expectedCheck());
            }
            if (i >= warmups) {
                runs.add(((Number) result.get("ms")).doubleValue());
            }
        }
        failOnConsoleErrors(chromium, side.title + " micro " + bench.key);
        return Report.median(runs);
    }

    static void failOnConsoleErrors(Chromium chromium, String where) {
        List<String> errors = chromium.consoleErrors();
        if (!errors.isEmpty()) {
            throw new AssertionError(where + ": console errors " + errors);
        }
    }

    /** The micro-benchmarks named in a comma-separated list, in the report's order; all for an empty list. */
    static List<Micro> selectMicros(String names) {
        List<String> wanted = new ArrayList<>();
        for (String name : names.split(",")) {
            if (!name.isBlank()) {
                wanted.add(name.trim());
            }
        }
        boolean all = wanted.isEmpty();
        List<Micro> selected = new ArrayList<>();
        for (Micro bench : Micro.values()) {
            if (all || wanted.remove(bench.key)) {
                selected.add(bench);
            }
        }
        if (!wanted.isEmpty()) {
            throw new IllegalArgumentException("no micro-benchmark " + wanted);
        }
        return selected;
    }

    /**
     * The operations whose ids start with one of the comma-separated prefixes, in the benchmark's order; all
     * of them for an empty filter. A prefix that selects nothing is an error, so that a typo does not pass
     * for a run.
     */
    static List<Operation> selectOperations(String filter) {
        List<Operation> selected = new ArrayList<>();
        if (filter.isBlank()) {
            selected.addAll(List.of(Operation.values()));
            return selected;
        }
        for (String prefix : filter.split(",")) {
            String trimmed = prefix.trim();
            boolean found = false;
            for (Operation operation : Operation.values()) {
                if (!trimmed.isEmpty() && operation.id.startsWith(trimmed)) {
                    found = true;
                    if (!selected.contains(operation)) {
                        selected.add(operation);
                    }
                }
            }
            if (!found) {
                throw new IllegalArgumentException("bench.operations: no operation id starts with \"" + trimmed + "\"");
            }
        }
        selected.sort(null);
        return selected;
    }

    /** The list starting at a different element each iteration, so that no implementation always goes first. */
    static <T> List<T> rotate(List<T> list, int by) {
        List<T> rotated = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            rotated.add(list.get((i + by) % list.size()));
        }
        return rotated;
    }

    static String loadAverage() {
        return Machine.loadAverage();
    }
}
