package io.backbonejava.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chromium's CPU profile of one benchmark, summed up as self and total time per function: how the numbers in
 * BENCHMARKS.md were explained. Build with {@code -Dbench.minify=false} first so that TeaVM's functions keep
 * their Java names ({@code ib_Collection_setAny} is {@code io.backbonejava.Collection.setAny}).
 *
 * <pre>
 * mvn -q -Pbenchmarks -pl benchmarks -am -DskipTests -Dbench.minify=false package
 * mvn -q -Pbenchmarks -pl benchmarks exec:java -Dexec.mainClass=io.backbonejava.benchmarks.Profile \
 *     -Dexec.classpathScope=test -Dexec.args="micro backbone-java add 20"
 * mvn -q -Pbenchmarks -pl benchmarks exec:java ... -Dexec.args="app jsbench-app 07_create10k 5"
 * </pre>
 *
 * <p>Arguments: {@code micro <backbone-java|backbonejs> <benchmark> <runs>} profiles that many runs of a
 * micro-benchmark after three warm-ups; {@code app <folder> <operation id> <runs>} profiles the timed click
 * of an operation to the next frame, each run on a fresh page after its warm-ups; {@code script ...} the
 * same, but only the click's own script, without the frame that follows. {@code -Dbench.sample=false} times
 * the clicks without the profiler, whose own cost (it records source positions, so it recompiles what it
 * samples) weighs on code-heavy pages. With it, the folder may be a comma-separated list: the runs then
 * alternate between the folders, and each gets its own times, so that a busy moment of the machine weighs
 * on all alike (how the experiment of {@code tools/anchor_instances.py} is measured). {@code
 * -Dbench.collect=churn} replaces the forced collections before each timed click with allocating about
 * 300 MB of arrays, so that V8 collects when and how it chooses, as it does in a real app; {@code none}
 * leaves them out.
 *
 * <p>{@code phases <folders> <operation id> <runs>} prints, per folder, the DevTools {@code Performance}
 * counters around each timed click (task, script, style and layout time, nodes, listeners), unthrottled unless
 * {@code -Dbench.throttle=true}; {@code trace <folders> <operation id> <runs>} writes a Chromium trace of each
 * timed click to {@code target/traces} (throttled as the harness does unless {@code -Dbench.throttle=false})
 * for {@code tools/trace_phases.py}. Both alternate between the folders run by run.
 */
public final class Profile {
    private Profile() {
    }

    /**
     * Profiles and prints the top functions.
     *
     * @param args see the class comment
     * @throws IOException when the server cannot start
     */
    public static void main(String[] args) throws IOException {
        Path apps = Path.of(System.getProperty("bench.apps", "target"));
        String kind = args[0];
        int runs = Integer.parseInt(args[3]);
        List<Map<String, Object>> profiles = new ArrayList<>();
        // The profiler itself costs time (source positions, samples): -Dbench.sample=false times without it.
        boolean sampling = !"false".equals(System.getProperty("bench.sample"));
        try (AppServer server = new AppServer(apps); Chromium chromium = new Chromium()) {
            if (kind.equals("micro")) {
                chromium.open(server.url("micro/" + args[1] + ".html"));
                for (int i = 0; i < 3; i++) {
                    chromium.script("return window.microBench(arguments[0]);", args[2]);
                }
                chromium.startProfiler();
                double total = 0;
                for (int i = 0; i < runs; i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> result = (Map<String, Object>) chromium.script(
                            "return window.microBench(arguments[0]);", args[2]);
                    total += ((Number) result.get("ms")).doubleValue();
                }
                profiles.add(chromium.stopProfiler());
                System.out.println("mean " + Report.format(total / runs, 2) + " ms per run");
            } else if (kind.equals("trace")) {
                trace(server, chromium, operationOf(args[2]), args[1].split(","), runs);
            } else if (kind.equals("phases")) {
                phases(server, chromium, operationOf(args[2]), args[1].split(","), runs);
            } else {
                Operation operation = null;
                for (Operation candidate : Operation.values()) {
                    if (candidate.id.equals(args[2])) {
                        operation = candidate;
                    }
                }
                if (operation == null) {
                    throw new IllegalArgumentException("no operation " + args[2]);
                }
                String[] folders = args[1].split(",");
                if (sampling && folders.length > 1) {
                    throw new IllegalArgumentException("several folders are timed only with -Dbench.sample=false");
                }
                List<List<Double>> times = new ArrayList<>();
                for (String folder : folders) {
                    times.add(new ArrayList<>());
                }
                for (int i = 0; i < runs; i++) {
                    for (int f = 0; f < folders.length; f++) {
                        chromium.open(server.url(folders[f] + "/index.html"));
                        operation.init(chromium, Operation.WARMUPS);
                        chromium.nextFrame();
                        collect(chromium);
                        if (sampling) {
                            chromium.startProfiler();
                        }
                        if (kind.equals("script")) {
                            times.get(f).add(chromium.scriptOnlyClick(clickOf(operation)));
                        } else {
                            times.get(f).add(operation.run(chromium, Operation.WARMUPS));
                        }
                        if (sampling) {
                            profiles.add(chromium.stopProfiler());
                        }
                    }
                }
                for (int f = 0; f < folders.length; f++) {
                    double total = 0;
                    for (double time : times.get(f)) {
                        total += time;
                    }
                    System.out.println((folders.length > 1 ? folders[f] + ": " : "") + "mean "
                            + Report.format(total / runs, 2) + " ms per run, median "
                            + Report.format(Report.median(times.get(f)), 2) + " (unthrottled)");
                }
            }
        }
        if (!profiles.isEmpty()) {
            print(profiles);
        }
    }

    /** The operation of an id such as {@code 05_swap1k}. */
    private static Operation operationOf(String id) {
        for (Operation candidate : Operation.values()) {
            if (candidate.id.equals(id)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no operation " + id);
    }

    /**
     * Writes a Chromium trace of each timed click to {@code target/traces/<folder>-<run>.jsonl}, the runs
     * alternating between the folders, throttled as the harness does unless {@code -Dbench.throttle=false}.
     */
    private static void trace(AppServer server, Chromium chromium, Operation operation, String[] folders,
            int runs) throws IOException {
        boolean throttle = !"false".equals(System.getProperty("bench.throttle"));
        Path out = Path.of(System.getProperty("bench.traces", "benchmarks/target/traces"));
        java.nio.file.Files.createDirectories(out);
        try (Trace trace = new Trace(chromium.debuggerAddress())) {
            for (int i = 0; i < runs; i++) {
                for (String folder : folders) {
                    chromium.open(server.url(folder + "/index.html"));
                    operation.init(chromium, Operation.WARMUPS);
                    chromium.nextFrame();
                    collect(chromium);
                    if (throttle) {
                        chromium.throttle(operation.slowdown);
                    }
                    trace.start();
                    // The timed click, with marks around it for tools/trace_phases.py to find its span.
                    double ms = ((Number) chromium.asyncScript("var done = arguments[arguments.length - 1];"
                            + "var el = document.querySelector(arguments[0]);"
                            + "var channel = new MessageChannel();"
                            + "channel.port1.onmessage = function () {"
                            + "  performance.mark('click-end'); done(performance.now() - t0); };"
                            + "performance.mark('click-start'); var t0 = performance.now(); el.click();"
                            + "requestAnimationFrame(function () { channel.port2.postMessage(null); });",
                            clickOf(operation))).doubleValue();
                    chromium.nextFrame();
                    trace.stop(out.resolve(folder + "-" + i + ".jsonl"));
                    if (throttle) {
                        chromium.throttle(1);
                    }
                    System.out.println(folder + " run " + i + ": " + Report.format(ms, 2) + " ms");
                }
            }
        }
    }

    /** The renderer's counters that {@link #phases} compares: durations in seconds, then counts. */
    private static final String[] METRICS = {"TaskDuration", "ScriptDuration", "RecalcStyleDuration",
        "LayoutDuration", "RecalcStyleCount", "LayoutCount", "Nodes", "JSEventListeners", "LayoutObjects",
        "JSHeapUsedSize"};

    /**
     * Where the time of a timed click goes, per folder, from the DevTools protocol's {@code Performance}
     * counters read just before the click and just after its frame: the main thread's task time, and within
     * it script, style recalculation and layout (paint and the rest are what task time leaves); then the
     * page's nodes, listeners and layout objects. The runs alternate between the folders, unthrottled unless
     * {@code -Dbench.throttle} gives the operation's rate.
     */
    @SuppressWarnings("unchecked")
    private static void phases(AppServer server, Chromium chromium, Operation operation, String[] folders,
            int runs) {
        boolean throttle = Boolean.getBoolean("bench.throttle");
        Map<String, List<double[]>> byFolder = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            for (String folder : folders) {
                chromium.open(server.url(folder + "/index.html"));
                chromium.metrics();
                operation.init(chromium, Operation.WARMUPS);
                chromium.nextFrame();
                collect(chromium);
                if (throttle) {
                    chromium.throttle(operation.slowdown);
                }
                Map<String, Double> before = chromium.metrics();
                double ms = chromium.timedClick(clickOf(operation));
                Map<String, Double> after = chromium.metrics();
                if (throttle) {
                    chromium.throttle(1);
                }
                double[] row = new double[METRICS.length + 1];
                row[0] = ms;
                for (int m = 0; m < METRICS.length; m++) {
                    double scale = m < 4 ? 1000 : 1;
                    row[m + 1] = m < 6 ? (after.get(METRICS[m]) - before.get(METRICS[m])) * scale
                            : after.get(METRICS[m]);
                }
                byFolder.computeIfAbsent(folder, f -> new ArrayList<>()).add(row);
            }
        }
        StringBuilder header = new StringBuilder("folder: median click ms");
        for (String metric : METRICS) {
            header.append(" | ").append(metric);
        }
        System.out.println(header + "  (durations in ms, counts of the click; the rest after it)");
        for (String folder : folders) {
            List<double[]> rows = byFolder.get(folder);
            StringBuilder line = new StringBuilder(folder).append(':');
            for (int m = 0; m <= METRICS.length; m++) {
                List<Double> values = new ArrayList<>();
                for (double[] row : rows) {
                    values.add(row[m]);
                }
                line.append(m == 0 ? " " : " | ").append(Report.format(Report.median(values), m <= 4 ? 2 : 0));
            }
            System.out.println(line);
        }
    }

    /** What comes between the warm-ups and the timed click: the harness's forced collections, or see above. */
    private static void collect(Chromium chromium) {
        String how = System.getProperty("bench.collect", "gc");
        switch (how) {
            case "gc":
                chromium.collectGarbage();
                break;
            case "churn":
                chromium.script("let kept = [];"
                        + " for (let i = 0; i < 40; i++) { kept.push(new Array(1000000).fill(i)); }"
                        + " kept = null;");
                break;
            case "none":
                break;
            default:
                throw new IllegalArgumentException("bench.collect is gc, churn or none, not " + how);
        }
    }

    /** The element the operation's timed click hits. */
    private static String clickOf(Operation operation) {
        switch (operation) {
            case UPDATE_10TH:
                return "#update";
            case SELECT:
                return Operation.cell(2, 2) + ">a";
            case SWAP:
                return "#swaprows";
            case REMOVE:
                return Operation.removeIcon(4);
            case CREATE_10K:
                return "#runlots";
            case APPEND_1K:
                return "#add";
            case CLEAR_1K:
                return "#clear";
            default:
                return "#run";
        }
    }

    /** Sums self time (sampled hits) and total time (hits in the function or below it) per function. */
    @SuppressWarnings("unchecked")
    private static void print(List<Map<String, Object>> profiles) {
        Map<String, long[]> byFunction = new HashMap<>();
        long allHits = 0;
        for (Map<String, Object> profile : profiles) {
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
            Map<Long, Map<String, Object>> byId = new HashMap<>();
            Map<Long, Long> parent = new HashMap<>();
            for (Map<String, Object> node : nodes) {
                long id = ((Number) node.get("id")).longValue();
                byId.put(id, node);
                for (Object child : (List<Object>) node.getOrDefault("children", List.of())) {
                    parent.put(((Number) child).longValue(), id);
                }
            }
            for (Map<String, Object> node : nodes) {
                long hits = ((Number) node.getOrDefault("hitCount", 0)).longValue();
                if (hits == 0) {
                    continue;
                }
                allHits += hits;
                String self = name(node);
                byFunction.computeIfAbsent(self, k -> new long[2])[0] += hits;
                // Total: once per distinct function on the stack.
                java.util.Set<String> seen = new java.util.HashSet<>();
                Long id = ((Number) node.get("id")).longValue();
                while (id != null) {
                    String function = name(byId.get(id));
                    if (seen.add(function)) {
                        byFunction.computeIfAbsent(function, k -> new long[2])[1] += hits;
                    }
                    id = parent.get(id);
                }
            }
        }
        printLines(profiles, allHits);
        List<Map.Entry<String, long[]>> rows = new ArrayList<>(byFunction.entrySet());
        rows.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        System.out.println("  self%  total%  function");
        for (int i = 0; i < Math.min(Integer.getInteger("bench.profileRows", 40), rows.size()); i++) {
            long[] hits = rows.get(i).getValue();
            System.out.println(String.format(Locale.ROOT, "%7.1f %7.1f  %s", 100.0 * hits[0] / allHits,
                    100.0 * hits[1] / allHits, rows.get(i).getKey()));
        }
    }

    /** The hottest source lines (Chromium's position ticks), with the line's text when the script is local. */
    @SuppressWarnings("unchecked")
    private static void printLines(List<Map<String, Object>> profiles, long allHits) {
        Map<String, Long> byLine = new HashMap<>();
        for (Map<String, Object> profile : profiles) {
            for (Map<String, Object> node : (List<Map<String, Object>>) profile.get("nodes")) {
                Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
                String url = (String) frame.get("url");
                for (Map<String, Object> tick : (List<Map<String, Object>>) node.getOrDefault("positionTicks",
                        List.of())) {
                    String key = url + "#" + tick.get("line");
                    byLine.merge(key, ((Number) tick.get("ticks")).longValue(), Long::sum);
                }
            }
        }
        List<Map.Entry<String, Long>> lines = new ArrayList<>(byLine.entrySet());
        lines.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        System.out.println("  hot lines (% of samples)");
        Path apps = Path.of(System.getProperty("bench.apps", "target"));
        for (int i = 0; i < Math.min(25, lines.size()); i++) {
            String key = lines.get(i).getKey();
            String url = key.substring(0, key.lastIndexOf('#'));
            int line = Integer.parseInt(key.substring(key.lastIndexOf('#') + 1));
            String text = "";
            try {
                String path = java.net.URI.create(url).getPath();
                List<String> source = java.nio.file.Files.readAllLines(apps.resolve(path.substring(1)));
                text = source.get(line - 1).trim();
            } catch (RuntimeException | IOException e) {
                // Not a local script: the location alone must do.
            }
            System.out.println(String.format(Locale.ROOT, "%7.1f  %s:%d  %s", 100.0 * lines.get(i).getValue() / allHits,
                    url.substring(url.lastIndexOf('/') + 1), line, text.length() > 110 ? text.substring(0, 110) : text));
        }
    }

    @SuppressWarnings("unchecked")
    private static String name(Map<String, Object> node) {
        Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
        String function = (String) frame.get("functionName");
        String url = (String) frame.get("url");
        String file = url == null || url.isEmpty() ? "" : url.substring(url.lastIndexOf('/') + 1);
        return (function.isEmpty() ? "(anonymous)" : function) + (file.isEmpty() ? "" : " " + file + ":"
                + frame.get("lineNumber"));
    }
}
