package io.backbonejava.browsertests;

import io.backbonejava.server.DemoServer;
import io.backbonejava.server.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real demo server for the Todo app tests: started in-process on an ephemeral loopback port with an H2
 * database in a temporary directory, serving the app from todo-example's jar exactly as
 * {@code java -jar demo-server.jar} does. It can be restarted on the same port and data, and read or emptied
 * through its own REST API, so tests can check what the app stored.
 */
final class TodoServer implements AutoCloseable {

    private final Path dataDir;
    private final HttpClient http = HttpClient.newHttpClient();
    private DemoServer server;
    private int port;

    TodoServer() {
        try {
            dataDir = Files.createTempDirectory("todo-app-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start(0);
    }

    private void start(int wanted) {
        server = DemoServer.start(ServerConfig.builder().host("127.0.0.1").port(wanted).dataDir(dataDir).build());
        port = server.port();
    }

    /** The server's address, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops the server and starts a new one on the same port over the same database file. */
    void restart() {
        server.stop();
        start(port);
    }

    /** The stored todos, as {@code GET /api/todos} returns them, sorted by {@code order}. */
    List<Map<String, Object>> todos() {
        return DemoServerCalls.todos(http, baseUrl());
    }

    /** Deletes every stored todo. */
    void clear() {
        for (Map<String, Object> todo : todos()) {
            send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/todos/" + todo.get("id"))).DELETE(), 204);
        }
    }

    private String send(HttpRequest.Builder request, int expectedStatus) {
        return DemoServerCalls.send(http, request, expectedStatus);
    }

    @Override
    public void close() throws IOException {
        server.stop();
        DemoServerCalls.deleteTree(dataDir);
    }
}
