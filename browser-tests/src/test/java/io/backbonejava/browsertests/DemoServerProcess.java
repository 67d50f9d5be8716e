package io.backbonejava.browsertests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The demo server as a process of its own, as {@code java -jar demo-server.jar} runs it (the same main class
 * and the test's classpath, which holds todo-example's jar with the app), so that a test can do to it what
 * happens to real servers: {@link #kill()} it with SIGKILL and {@link #start()} it again on the same port
 * and H2 file, or {@link #pause()} and {@link #resume()} it with SIGSTOP and SIGCONT.
 */
final class DemoServerProcess implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Process process;

    DemoServerProcess() throws IOException {
        dataDir = Files.createTempDirectory("demo-server-process");
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        start();
    }

    /** Starts the server process on the port and data of this instance and waits until it serves. */
    void start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.backbonejava.server.DemoServer", "--host=127.0.0.1", "--port=" + port, "--data-dir=" + dataDir)
                .redirectErrorStream(true);
        process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("Todo app: ")) {
                break;
            }
        }
        if (line == null) {
            throw new IllegalStateException("the demo server did not start:\n" + seen);
        }
        // Keep reading, so that a full pipe never stalls the server.
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // dropped
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "demo-server-output");
        drain.setDaemon(true);
        drain.start();
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, H2 is not closed cleanly. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGSTOP: the port stays open and connections are accepted by the kernel, but nothing is answered. */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " failed");
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The stored todos, sorted by {@code order}. */
    List<Map<String, Object>> todos() {
        return DemoServerCalls.todos(http, baseUrl());
    }

    /** Each stored todo as "title" or "title (done)", in order: what a user would read off the list. */
    List<String> stored() {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> todo : todos()) {
            lines.add(todo.get("title") + (Boolean.TRUE.equals(todo.get("completed")) ? " (done)" : ""));
        }
        return lines;
    }

    /** Deletes every stored todo. */
    void clear() {
        for (Map<String, Object> todo : todos()) {
            send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/todos/" + todo.get("id"))).DELETE(), 204);
        }
    }

    /** Stores todos titled {@code prefix 1 ... prefix n}, at most 16 requests at a time. */
    void create(String prefix, int n, boolean completed) throws InterruptedException {
        Semaphore slots = new Semaphore(16);
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            slots.acquire();
            String body = "{\"title\":\"" + prefix + " " + i + "\",\"order\":" + i + ",\"completed\":" + completed + "}";
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/todos"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, thrown) -> slots.release()));
        }
        for (CompletableFuture<HttpResponse<String>> each : all) {
            int status = each.join().statusCode();
            if (status != 201 && status != 200) {
                throw new AssertionError("create answered " + status);
            }
        }
    }

    private String send(HttpRequest.Builder request, int expectedStatus) {
        return DemoServerCalls.send(http, request, expectedStatus);
    }

    @Override
    public void close() throws IOException {
        if (process != null) {
            process.destroyForcibly();
        }
        DemoServerCalls.deleteTree(dataDir);
    }
}
