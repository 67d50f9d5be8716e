package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backbonejava.server.TestHttp.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting and stopping, static files, the test hook, and errors raised outside the API routes. */
class DemoServerTest {

    @TempDir
    Path tempDir;

    private DemoServer start(ServerConfig.Builder builder) {
        return DemoServer.start(builder.port(0).dataDir(tempDir.resolve("data")).build());
    }

    @Test
    void servesTheBundledTodoAppByDefault() {
        try (DemoServer server = start(ServerConfig.builder())) {
            TestHttp http = new TestHttp(server.port());
            Reply page = http.get("/");
            assertEquals(200, page.status());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(page.body().contains("class=\"todoapp\"") && page.body().contains("data-store=\"rest\""),
                    page.body());
            assertTrue(http.get("/local.html").body().contains("data-store=\"local\""));
            Reply js = http.get("/todo.js");
            assertEquals(200, js.status());
            assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
            assertEquals(200, http.get("/todomvc-app-css/index.css").status());
        }
    }

    @Test
    void servesFilesFromTheStaticDirWhenGiven() throws IOException {
        Path site = Files.createDirectories(tempDir.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>compiled app</p>");
        Files.writeString(site.resolve("app.js"), "main();");
        try (DemoServer server = start(ServerConfig.builder().staticDir(site))) {
            TestHttp http = new TestHttp(server.port());
            assertEquals("<p>compiled app</p>", http.get("/").body());
            Reply js = http.get("/app.js");
            assertEquals(200, js.status());
            assertEquals("main();", js.body());
            // The API is still there beside the static files.
            assertEquals(200, http.get("/api/todos").status());
        }
    }

    @Test
    void aMissingStaticFileAnswers404WithJson() {
        try (DemoServer server = start(ServerConfig.builder())) {
            new TestHttp(server.port()).get("/no-such-file.js").error(404);
        }
    }

    @Test
    void aRouteAddedThroughTheHookThatThrowsAnswersAJson500EvenForAnError() {
        ServerConfig.Builder builder = ServerConfig.builder().configure(javalin -> {
            javalin.routes.get("/api/test/fail", ctx -> {
                throw new IllegalStateException("deliberate failure from a test route");
            });
            javalin.routes.get("/api/test/error", ctx -> {
                throw new AssertionError("deliberate Error from a test route");
            });
        });
        try (DemoServer server = start(builder)) {
            TestHttp http = new TestHttp(server.port());
            JsonNode error = http.get("/api/test/fail").error(500);
            assertEquals("Internal server error", error.get("error").asText(), "no internals leak");
            // A java.lang.Error takes another path through Javalin; the body is JSON all the same.
            assertEquals("Internal server error", http.get("/api/test/error").error(500).get("error").asText());
            // The built-in routes are unaffected by the hook.
            assertEquals(201, http.post("/api/todos", "{\"title\":\"still works\"}").status());
        }
    }

    /** Whether this JVM still holds H2's lock on the database file, that is, has it open. */
    private boolean databaseIsOpen() throws IOException {
        Path file = tempDir.resolve("data").resolve("todos.mv.db");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.tryLock().release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    @Test
    void stopClosesThePortAndTheDatabaseAndMayBeCalledTwice() throws IOException {
        DemoServer server = start(ServerConfig.builder());
        TestHttp http = new TestHttp(server.port());
        assertEquals(200, http.get("/api/todos").status());
        assertTrue(databaseIsOpen());
        server.stop();
        server.stop();
        assertFalse(databaseIsOpen());
        assertThrows(UncheckedIOException.class, () -> http.get("/api/todos"));
    }

    @Test
    void aPortInUseFailsTheStartAndClosesTheDatabase() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            ServerConfig config = ServerConfig.builder().port(taken.getLocalPort())
                    .dataDir(tempDir.resolve("data")).build();
            assertThrows(RuntimeException.class, () -> DemoServer.start(config));
        }
        assertFalse(databaseIsOpen());
    }

    @Test
    void requestsJettyRefusesBeforeRoutingGetJsonErrorsToo() throws IOException {
        try (DemoServer server = start(ServerConfig.builder())) {
            // java.net.http will not send a malformed URI, so speak HTTP over a raw socket.
            String response = TestHttp.raw(server.port(), "GET /api/todos/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.contains("Content-Type: application/json"), response);
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            JsonNode json = TestHttp.JSON.readTree(body);
            assertTrue(json.get("error").isTextual(), body);
        }
    }

    @Test
    void mainPrintsTheUrlOnceListening() throws Exception {
        ServerProcess process = ServerProcess.launch(tempDir, "--port=0", "--data-dir=" + tempDir.resolve("data"));
        try {
            int port = process.awaitPort();
            assertEquals(200, new TestHttp(port).get("/api/todos").status());
        } finally {
            process.kill();
        }
    }

    @Test
    void mainExitsWithStatus2AndTheUsageLineOnBadArguments() throws Exception {
        for (String bad : new String[] {"--port=eighty", "--colour=blue"}) {
            ServerProcess process = ServerProcess.launch(tempDir, bad);
            assertEquals(2, process.waitForExit(30), process.stderr());
            assertTrue(process.stderr().contains(ServerConfig.USAGE), process.stderr());
            assertEquals("", process.remainingStdout());
        }
    }
}
