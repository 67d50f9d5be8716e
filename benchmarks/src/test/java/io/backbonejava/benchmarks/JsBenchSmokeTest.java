package io.backbonejava.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One iteration of the whole harness, reduced to a correctness check: every js-framework-benchmark operation
 * once on each of the three apps (one warm-up instead of five, no forced collections, no CPU slowdown) and
 * each micro-benchmark once on each side. The DOM checks and the micro-benchmarks' check values must hold
 * and the console must stay free of errors; the times themselves are never asserted (see BENCHMARKS.md).
 */
class JsBenchSmokeTest {
    private static final Path APPS = Path.of(System.getProperty("bench.apps", "target"));

    private static AppServer server;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        server = new AppServer(APPS);
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyAppIsBuilt() {
        for (App app : App.values()) {
            assertTrue(app.isBuilt(APPS), app.title + " is not assembled under " + APPS.resolve(app.folder));
        }
    }

    @TestFactory
    List<DynamicTest> everyOperationPassesItsChecksOnEveryApp() {
        List<DynamicTest> tests = new ArrayList<>();
        for (App app : App.values()) {
            for (Operation operation : Operation.values()) {
                tests.add(dynamicTest(app.title + " " + operation.id, () -> {
                    double ms = Harness.measure(chromium, server, app, operation, 1, false, false);
                    assertTrue(ms > 0 && ms < 60_000, "a duration from click to frame, got " + ms);
                }));
            }
            tests.add(dynamicTest(app.title + " heap after 1,000 rows", () -> {
                long bytes = Harness.heapAfterThousandRows(chromium, server, app);
                long empty = Harness.heapOfEmptyPage(chromium, server);
                assertTrue(empty > 0 && bytes - empty > 100_000,
                        "1,000 rows above an empty page's " + empty + " bytes, got " + bytes);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyMicroBenchmarkAgreesOnItsCheckOnBothSides() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Micro bench : Micro.values()) {
            for (Micro.Side side : Micro.Side.values()) {
                tests.add(dynamicTest(side.title + " " + bench.key, () -> {
                    double ms = Harness.micro(chromium, server, side, bench, 0, 1);
                    assertTrue(ms >= 0, "a duration, got " + ms);
                }));
            }
        }
        return tests;
    }
}
