package io.backbonejava.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Debian Chromium driven through chromedriver, with the page-side helpers the benchmarks need:
 * clicks, js-framework-benchmark's DOM checks (polled in the page until they hold or time out), the timed
 * click, and the heap after a forced garbage collection.
 *
 * <p><b>How a click is timed.</b> In the page, as js-framework-benchmark's "afterframe" runner does:
 * {@code performance.now()} just before {@code element.click()} (the app handles the click synchronously
 * inside it), then a {@code requestAnimationFrame} callback posts a {@code MessageChannel} message, and the
 * time is read when that message arrives: a task that runs only after the frame holding the app's DOM changes
 * has done its style, layout and paint. So a duration covers script, style, layout and paint of that frame.
 */
final class Chromium implements AutoCloseable {
    static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** How long a DOM check may take to hold before the run fails. */
    private static final long CHECK_TIMEOUT_MS = 20_000;

    /**
     * Selenium warns that it has no DevTools bindings for this Chromium version; the harness only sends raw
     * protocol commands, which need none. Held here so that the setting outlives garbage collection.
     */
    private static final java.util.logging.Logger CDP_VERSION_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.OFF);
    }

    private final Path profile;
    private final ChromeDriver driver;

    Chromium() {
        try {
            profile = Files.createTempDirectory("bench-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--disable-extensions", "--window-size=1280,1024",
                // Exact performance.memory numbers instead of coarse buckets.
                "--enable-precise-memory-info",
                // Keep a headless page from being treated as hidden and throttled.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                // A page left behind stays alive in the back-forward cache, and in the heap the next page reports.
                "--disable-features=BackForwardCache",
                "--user-data-dir=" + profile);
        // window.gc(), which js-framework-benchmark calls before each run. More V8 flags for profiling only,
        // e.g. -Dbench.jsFlags=--no-turbo-inlining to see inlined functions on their own.
        String jsFlags = System.getProperty("bench.jsFlags", "");
        options.addArguments("--js-flags=--expose-gc" + (jsFlags.isEmpty() ? "" : " " + jsFlags));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofMillis(CHECK_TIMEOUT_MS + 10_000));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** The host and port of the browser's DevTools endpoint, for a second protocol client ({@link Trace}). */
    @SuppressWarnings("unchecked")
    String debuggerAddress() {
        return (String) ((Map<String, Object>) driver.getCapabilities().getCapability("goog:chromeOptions"))
                .get("debuggerAddress");
    }

    /** The browser's version string, for the report. */
    String version() {
        return String.valueOf(driver.getCapabilities().getBrowserVersion());
    }

    /** Loads a page afresh (a new document and JavaScript global) and waits for its load event. */
    void open(String url) {
        driver.get(url);
        driver.manage().logs().get(LogType.BROWSER);   // start each page with an empty console
    }

    /** Runs a script in the page and returns its result. */
    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Runs a script in the frame of the page's {@code iframe} with this id, then returns to the page. */
    Object scriptInFrame(String frameId, String script, Object... args) {
        driver.switchTo().frame(frameId);
        try {
            return driver.executeScript(script, args);
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** Runs an asynchronous script: it ends by calling {@code arguments[arguments.length - 1](result)}. */
    Object asyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    /** Clicks the element a CSS selector finds, in the page, without timing it. */
    void click(String selector) {
        Object missing = script("var el = document.querySelector(arguments[0]);"
                + "if (!el) return 'missing'; el.click(); return null;", selector);
        if (missing != null) {
            throw new AssertionError("click: nothing matches " + selector);
        }
    }

    /**
     * Clicks the element a CSS selector finds and returns the milliseconds from the click to the end of the
     * next frame (see the class comment).
     */
    double timedClick(String selector) {
        Object result = asyncScript(
                "var done = arguments[arguments.length - 1];"
                + "var el = document.querySelector(arguments[0]);"
                + "if (!el) { done('missing'); return; }"
                + "var channel = new MessageChannel();"
                + "var t0 = 0;"
                + "channel.port1.onmessage = function () { done(performance.now() - t0); };"
                + "t0 = performance.now();"
                + "el.click();"
                + "requestAnimationFrame(function () { channel.port2.postMessage(null); });",
                selector);
        if (!(result instanceof Number)) {
            throw new AssertionError("timed click: nothing matches " + selector);
        }
        return ((Number) result).doubleValue();
    }

    /** Clicks and returns the milliseconds the click's own script took (no frame): for profiling. */
    double scriptOnlyClick(String selector) {
        return ((Number) script("var el = document.querySelector(arguments[0]); var t0 = performance.now();"
                + " el.click(); return performance.now() - t0;", selector)).doubleValue();
    }

    /** Waits for the next frame to be painted, so that what follows starts from a settled page. */
    void nextFrame() {
        asyncScript("var done = arguments[arguments.length - 1];"
                + "var channel = new MessageChannel();"
                + "channel.port1.onmessage = function () { done(null); };"
                + "requestAnimationFrame(function () { channel.port2.postMessage(null); });");
    }

    // js-framework-benchmark's checks

    void checkExists(String selector) {
        check("exists", selector, null);
    }

    void checkNotExists(String selector) {
        check("notExists", selector, null);
    }

    void checkText(String selector, String text) {
        check("text", selector, text);
    }

    void checkClass(String selector, String className) {
        check("class", selector, className);
    }

    void checkCount(String selector, int count) {
        check("count", selector, count);
    }

    /** The text of the element a selector finds, or null. */
    String text(String selector) {
        return (String) script("var el = document.querySelector(arguments[0]); return el ? el.textContent : null;",
                selector);
    }

    /** Polls a check in the page every 10 ms until it holds; fails with what the page shows instead. */
    private void check(String kind, String selector, Object expected) {
        Object failure = asyncScript(
                "var done = arguments[arguments.length - 1];"
                + "var kind = arguments[0], selector = arguments[1], expected = arguments[2];"
                + "var deadline = performance.now() + arguments[3];"
                + "function state() {"
                + "  if (kind === 'count') { var n = document.querySelectorAll(selector).length;"
                + "    return n === expected ? null : 'count ' + n; }"
                + "  var el = document.querySelector(selector);"
                + "  if (kind === 'exists') return el ? null : 'missing';"
                + "  if (kind === 'notExists') return el ? 'present' : null;"
                + "  if (!el) return 'missing';"
                + "  if (kind === 'text') return el.textContent.indexOf(expected) >= 0 ? null"
                + "    : 'text \"' + el.textContent + '\"';"
                + "  return el.classList.contains(expected) ? null : 'class \"' + el.className + '\"';"
                + "}"
                + "(function poll() {"
                + "  var s = state();"
                + "  if (s === null || performance.now() > deadline) { done(s); return; }"
                + "  setTimeout(poll, 10);"
                + "})();",
                kind, selector, expected, CHECK_TIMEOUT_MS);
        if (failure != null) {
            throw new AssertionError("check " + kind + " " + selector
                    + (expected == null ? "" : " " + expected) + " failed: " + failure);
        }
    }

    // Memory

    /**
     * Forces full garbage collections before a run as js-framework-benchmark does: {@code window.gc()} seven
     * times. Besides a clean heap this has a cost the benchmark means to include: V8 ages the bytecode of
     * functions at each collection and drops it when old, so a run pays again for compiling code that the
     * warm-ups had compiled. (The DevTools protocol's collection, used for the heap figure, is harsher still.)
     */
    void collectGarbage() {
        script("for (var i = 0; i < arguments[0]; i++) { window.gc(); }", GC_COUNT);
    }

    private static final int GC_COUNT = Integer.getInteger("bench.gcCount", 7);

    /** Full collections through the DevTools protocol, before reading the heap size. */
    private void collectAllGarbage() {
        driver.executeCdpCommand("HeapProfiler.enable", Map.of());
        driver.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        driver.executeCdpCommand("HeapProfiler.collectGarbage", Map.of());
        driver.executeCdpCommand("HeapProfiler.disable", Map.of());
    }

    /** {@code performance.memory.usedJSHeapSize} after a forced full collection. */
    long heapAfterGc() {
        collectAllGarbage();
        return ((Number) script("return performance.memory.usedJSHeapSize;")).longValue();
    }

    /** Starts Chromium's sampling CPU profiler, sampling every 100 microseconds. */
    void startProfiler() {
        driver.executeCdpCommand("Profiler.enable", Map.of());
        driver.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
        driver.executeCdpCommand("Profiler.start", Map.of());
    }

    /** Stops the profiler and returns its profile (DevTools protocol {@code Profiler.Profile}). */
    @SuppressWarnings("unchecked")
    Map<String, Object> stopProfiler() {
        Map<String, Object> result = driver.executeCdpCommand("Profiler.stop", Map.of());
        driver.executeCdpCommand("Profiler.disable", Map.of());
        return (Map<String, Object>) result.get("profile");
    }

    /**
     * The renderer's {@code Performance} counters by name (durations in seconds, cumulative since the page
     * opened); the first call on a page enables them.
     */
    @SuppressWarnings("unchecked")
    Map<String, Double> metrics() {
        driver.executeCdpCommand("Performance.enable", Map.of());
        Map<String, Object> result = driver.executeCdpCommand("Performance.getMetrics", Map.of());
        Map<String, Double> metrics = new java.util.HashMap<>();
        for (Map<String, Object> metric : (List<Map<String, Object>>) result.get("metrics")) {
            metrics.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue());
        }
        return metrics;
    }

    /** Slows the page's CPU down by a factor (1 for none), as the benchmark does for its quick operations. */
    void throttle(double rate) {
        driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", rate));
    }

    /** The console's errors since the page was opened (or since the last call). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // A leftover temp profile is harmless.
            }
        }
    }
}
