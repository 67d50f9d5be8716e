package io.backbonejava.devserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A headless Chromium driven through the DevTools protocol over its own websocket
 * ({@code --remote-debugging-port}): commands and their answers, and the events in arrival order.
 */
final class Chromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();

    Chromium() throws Exception {
        profile = Files.createTempDirectory("devserver-chromium");
        process = new ProcessBuilder(System.getProperty("chromium.binary", "/usr/bin/chromium"), "--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).start();
        String browserSocket = null;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; browserSocket == null && (line = out.readLine()) != null; ) {
            if (line.startsWith("DevTools listening on ")) {
                browserSocket = line.substring("DevTools listening on ".length()).trim();
            }
        }
        if (browserSocket == null) {
            throw new IOException("Chromium did not start");
        }
        Thread drain = new Thread(() -> out.lines().forEach(line -> { }));
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserSocket);
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getAuthority() + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        String page = null;
        for (JsonNode target : JSON.readTree(list)) {
            if ("page".equals(target.get("type").asText())) {
                page = target.get("webSocketDebuggerUrl").asText();
            }
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new Listener()).get(20, TimeUnit.SECONDS);
    }

    /** Sends a command and waits for its answer. */
    JsonNode call(String method, Map<String, ?> params) throws Exception {
        return send(method, params).get(60, TimeUnit.SECONDS);
    }

    /** Sends a command without waiting (its answer may come only after a breakpoint is resumed). */
    CompletableFuture<JsonNode> send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(message.toString(), true);
        return answer;
    }

    /** The value of a JavaScript expression in the page, or null while the page is (re)loading. */
    JsonNode evaluate(String expression) {
        try {
            JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true))
                    .get(10, TimeUnit.SECONDS);
            return result.path("result").path("value");
        } catch (Exception e) {
            return null;
        }
    }

    /** Polls an expression until it is true. */
    void waitUntil(String what, String expression, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            JsonNode value = evaluate(expression);
            if (value != null && value.asBoolean(false)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for " + what + ": " + expression);
    }

    /** Types a todo into todo-example's page once the app has taken it over (after its localStorage fetch). */
    void addTodo(String title, Duration timeout) throws InterruptedException {
        waitUntil("the app", "document.querySelector('.new-todo') != null", timeout);
        String enter = "(() => { const input = document.querySelector('.new-todo'); input.value = '" + title + "';"
                + " input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true})); return true; })()";
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            evaluate(enter);
            JsonNode added = evaluate("[...document.querySelectorAll('.todo-list li label')]"
                    + ".some(label => label.textContent === '" + title + "')");
            if (added != null && added.asBoolean(false)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("could not add a todo");
    }

    /** The next event of that method matching the test, dropping the others, or an error after the timeout. */
    JsonNode event(String method, Predicate<JsonNode> test, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = end - System.nanoTime();
            JsonNode event = left > 0 ? events.poll(left, TimeUnit.NANOSECONDS) : null;
            if (event == null) {
                throw new AssertionError("no " + method + " event within " + timeout);
            }
            if (method.equals(event.get("method").asText()) && test.test(event.get("params"))) {
                return event.get("params");
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        // Debian's launcher is a script: the browser and its helpers are its descendants, and they keep
        // writing into the profile until they are gone.
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                handle.destroyForcibly();
            }
        }
        deleteTree(profile);
    }

    /** Deletes a folder and what it holds, taking files that vanish meanwhile as already deleted. */
    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null && !(failure instanceof NoSuchFileException)) {
                    throw failure;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message.has("error") ? message : message.get("result"));
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
