package io.backbonejava.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev loop on a copy of todo-example, in headless Chromium driven through the DevTools protocol: a
 * breakpoint set on a Java line stops there when the user clicks, a saved edit reloads the page by itself,
 * and a compile error shows over the page until it is fixed.
 */
class DevServerTest {
    private static final Duration BUILD = Duration.ofSeconds(180);

    @TempDir
    static Path work;
    static Path app;
    static DevServer server;
    static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        app = copyOfTodoExample(work.resolve("todo-example"));
        List<Path> classpath = MavenClasspath.resolve(todoExample());
        server = DevServer.start(app, classpath, 0);
        chromium = new Chromium();
        chromium.call("Page.enable", Map.of());
        chromium.call("Runtime.enable", Map.of());
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBreakpointOnAJavaLineIsHitByAClick() throws Exception {
        chromium.call("Debugger.enable", Map.of());
        try {
            chromium.call("Page.navigate", Map.of("url", server.url() + "local.html"));
            JsonNode script = chromium.event("Debugger.scriptParsed",
                    params -> params.get("url").asText().endsWith("/todo.js"), BUILD);
            assertEquals("todo.js.map", script.path("sourceMapURL").asText(), "the script names its source map");
            chromium.addTodo("Buy milk", BUILD);

            // The Java line, as a developer picks it in DevTools: Todo.toggle()'s body.
            Path todoJava = app.resolve("src/main/java/io/backbonejava/todo/Todo.java");
            int javaLine = lineOf(todoJava, "save(COMPLETED, !isCompleted());");
            SourceMap map = new SourceMap(get(server.url() + "todo.js.map"));
            int source = map.source("io/backbonejava/todo/Todo.java");
            assertTrue(source >= 0, "Todo.java is in the source map");
            assertTrue(get(server.url() + "src/" + map.sources.get(source)).contains("save(COMPLETED, !isCompleted());"),
                    "the server serves the Java source the map names");
            SourceMap.Segment generated = map.firstGenerated(source, javaLine);
            assertNotNull(generated, "Todo.java line " + javaLine + " has JavaScript");

            JsonNode breakpoint = chromium.call("Debugger.setBreakpointByUrl", Map.of("url", script.get("url").asText(),
                    "lineNumber", generated.line(), "columnNumber", generated.column()));
            assertFalse(breakpoint.path("locations").isEmpty(), "the breakpoint resolved: " + breakpoint);

            // A real click on the checkbox: the page stops in Todo.toggle().
            JsonNode box = chromium.evaluate("(() => { const r = document.querySelector('.todo-list li .toggle')"
                    + ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()");
            for (String type : List.of("mousePressed", "mouseReleased")) {
                chromium.send("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get(0).asDouble(),
                        "y", box.get(1).asDouble(), "button", "left", "clickCount", 1));
            }
            JsonNode paused = chromium.event("Debugger.paused", params -> true, Duration.ofSeconds(30));
            JsonNode location = paused.get("callFrames").get(0).get("location");
            SourceMap.Segment original = map.original(location.get("lineNumber").asInt(),
                    location.get("columnNumber").asInt());
            assertEquals("io/backbonejava/todo/Todo.java", map.sources.get(original.source()));
            assertEquals(javaLine, original.sourceLine() + 1, "paused on the Java line of the breakpoint");
            assertFalse(paused.path("hitBreakpoints").isEmpty());
            chromium.call("Debugger.removeBreakpoint", Map.of("breakpointId", breakpoint.get("breakpointId").asText()));
            chromium.call("Debugger.resume", Map.of());
        } finally {
            chromium.call("Debugger.disable", Map.of());
        }
    }

    @Test
    void savingAJavaFileReloadsThePageAndAnErrorShowsOverIt() throws Exception {
        chromium.call("Page.navigate", Map.of("url", server.url() + "local.html"));
        chromium.addTodo("Walk the dog", BUILD);
        Path appView = app.resolve("src/main/java/io/backbonejava/todo/AppView.java");
        String original = Files.readString(appView);

        // An edit the user can see: the page reloads by itself and shows it.
        chromium.evaluate("window.beforeTheEdit = true");
        String edited = original.replace("{{items}} left</span>", "{{items}} left, edited</span>");
        assertNotEquals(original, edited, "the footer template the test edits is still in AppView.java");
        Files.writeString(appView, edited);
        chromium.waitUntil("the edited footer", "!window.beforeTheEdit && document.querySelector('.todo-count') != null"
                + " && document.querySelector('.todo-count').textContent.includes('left, edited')", BUILD);

        // A compile error: it shows over the page, and the page is not reloaded into a stale app.
        Files.writeString(appView, original + "\nclass BrokenOnPurpose { int }\n");
        chromium.waitUntil("the error overlay", "document.getElementById('__devserver-overlay') != null"
                + " && document.getElementById('__devserver-overlay').textContent.includes('AppView.java')", BUILD);

        // Fixed: the next build reloads the page, without the overlay.
        Files.writeString(appView, original);
        chromium.waitUntil("the fixed page", "document.getElementById('__devserver-overlay') == null"
                + " && document.querySelector('.todo-count') != null"
                + " && !document.querySelector('.todo-count').textContent.includes('edited')", BUILD);
    }

    static Path todoExample() {
        return Path.of(System.getProperty("todo.example", "../todo-example")).toAbsolutePath().normalize();
    }

    // The app's sources and pom, and the stylesheet Maven unpacked, in a folder the test may edit.
    static Path copyOfTodoExample(Path to) throws IOException {
        Path from = todoExample();
        Files.createDirectories(to);
        Files.copy(from.resolve("pom.xml"), to.resolve("pom.xml"));
        for (String dir : List.of("src/main", "target/classes/public/todomvc-app-css")) {
            if (!Files.isDirectory(from.resolve(dir))) {
                continue;
            }
            try (Stream<Path> files = Files.walk(from.resolve(dir))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return to;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
