package io.backbonejava.devserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edit saved to page reloaded, measured on todo-example: a benchmark run by hand, not a test.
 *
 * <pre>{@code
 * mvn -q -pl backbone-devserver test-compile exec:java -Dexec.classpathScope=test \
 *     -Ddevserver.main=io.backbonejava.devserver.ReloadBenchmark -Dtodo.example=todo-example [-Dedits=12]
 * }</pre>
 *
 * <p>It starts the dev loop on a copy of todo-example, opens local.html in headless Chromium with one todo,
 * then, {@code edits} times, changes the footer's text in {@code AppView.java} and times from the moment the
 * file is written to the moment the reloaded page shows the new text (polled every 10 ms through the
 * DevTools protocol). The first two edits warm the JVM up and are reported apart.
 */
public final class ReloadBenchmark {
    private ReloadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int edits = Integer.getInteger("edits", 12);
        Path work = Files.createTempDirectory("reload-benchmark");
        Path app = DevServerTest.copyOfTodoExample(work.resolve("todo-example"));
        Path appView = app.resolve("src/main/java/io/backbonejava/todo/AppView.java");
        String original = Files.readString(appView);
        try (DevServer server = DevServer.start(app, MavenClasspath.resolve(DevServerTest.todoExample()), 0);
                Chromium chromium = new Chromium()) {
            chromium.call("Page.navigate", Map.of("url", server.url() + "local.html"));
            chromium.addTodo("Buy milk", Duration.ofMinutes(3));
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            List<Long> times = new ArrayList<>();
            for (int i = 1; i <= edits; i++) {
                String marker = "left, edit " + i;
                chromium.evaluate("window.beforeTheEdit = true");
                long start = System.nanoTime();
                Files.writeString(appView, original.replace("{{items}} left</span>", "{{items}} " + marker + "</span>"));
                pollUntilShown(chromium, marker);
                long millis = (System.nanoTime() - start) / 1_000_000;
                times.add(millis);
                System.out.printf("edit %2d: %5d ms%s%n", i, millis, i <= 2 ? " (warm-up)" : "");
                Thread.sleep(500);
            }
            List<Long> measured = new ArrayList<>(times.subList(Math.min(2, times.size()), times.size()));
            measured.sort(null);
            System.out.printf("edit saved to page reloaded, %d edits after 2 warm-up: median %d ms, min %d ms,"
                    + " max %d ms, quartiles %d-%d ms; load average at start %s, at end %s%n",
                    measured.size(), median(measured), measured.get(0), measured.get(measured.size() - 1),
                    measured.get(measured.size() / 4), measured.get(measured.size() * 3 / 4), load,
                    Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            Files.writeString(appView, original);
        }
    }

    private static void pollUntilShown(Chromium chromium, String marker) throws InterruptedException {
        String shown = "!window.beforeTheEdit && document.querySelector('.todo-count') != null"
                + " && document.querySelector('.todo-count').textContent.includes('" + marker + "')";
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < end) {
            var value = chromium.evaluate(shown);
            if (value != null && value.asBoolean(false)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the page never showed " + marker);
    }

    private static long median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
