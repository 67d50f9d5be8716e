package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backbonejava.server.TestHttp.Reply;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What protects the server from other web pages: the Host allow-list (DNS rebinding), JSON-only bodies
 * (cross-site form posts, in {@link TodoApiTest}), and the security headers on every response, with a
 * Content-Security-Policy that the bundled pages satisfy.
 */
class SecurityTest {

    @TempDir
    Path tempDir;

    private DemoServer start(Consumer<ServerConfig.Builder> settings) {
        ServerConfig.Builder builder = ServerConfig.builder().port(0).dataDir(tempDir.resolve("data"))
                .configure(javalin -> {
                    javalin.routes.get("/api/test/fail", ctx -> {
                        throw new IllegalStateException("deliberate");
                    });
                    javalin.routes.get("/api/test/error", ctx -> {
                        throw new AssertionError("deliberate");
                    });
                });
        settings.accept(builder);
        return DemoServer.start(builder.build());
    }

    /** A GET with this Host header over a raw socket: status line, headers and body. */
    private static String getWithHost(int port, String path, String host) {
        String hostLine = host == null ? "" : "Host: " + host + "\r\n";
        return TestHttp.raw(port, "GET " + path + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n");
    }

    private static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static void assertSecurityHeaders(String what, java.net.http.HttpHeaders headers) {
        String csp = headers.firstValue("Content-Security-Policy").orElse(null);
        assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, csp, what);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        try (DemoServer server = start(builder -> { })) {
            TestHttp http = new TestHttp(server.port());
            JsonNode todo = http.create("x");
            List<Reply> replies = List.of(
                    http.get("/"), http.get("/todo.js"), http.get("/start.js"), http.get("/todomvc-app-css/index.css"),
                    http.get("/api/todos"), http.get("/api/todos/" + todo.get("id")), http.post("/api/todos", "{}"),
                    http.get("/no-such-file.js"), http.get("/api/todos/abc"), http.delete("/api/todos"),
                    http.sendTyped("POST", "/api/todos", "text/plain", "{}"),
                    http.send("PATCH", "/api/todos/" + todo.get("id"), "{}", "If-Match", "\"99\""),
                    http.post("/api/todos", "{\"title\":\"" + "x".repeat(70_000) + "\"}"),
                    http.get("/api/test/fail"), http.get("/api/test/error"));
            for (Reply reply : replies) {
                assertSecurityHeaders(reply.status() + " " + reply.body(), reply.headers());
            }
            // Refused by Jetty before any handler runs, and refused by the Host check.
            for (String raw : new String[] {
                TestHttp.raw(server.port(), "GET /api/todos/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
                getWithHost(server.port(), "/", "evil.example")}) {
                String head = raw.substring(0, raw.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
                assertTrue(head.contains("content-security-policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY
                        .toLowerCase(Locale.ROOT)), head);
                assertTrue(head.contains("x-content-type-options: nosniff"), head);
            }
        }
    }

    @Test
    void thePolicyForbidsFramingInlineScriptAndOtherOrigins() {
        String csp = SecurityHeaders.CONTENT_SECURITY_POLICY;
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self';"), csp);
        assertFalse(csp.contains("unsafe"), csp);
    }

    @Test
    void theBundledPagesHaveNoInlineScriptOrEventHandlerAttributes() {
        try (DemoServer server = start(builder -> { })) {
            TestHttp http = new TestHttp(server.port());
            for (String page : new String[] {"/", "/local.html"}) {
                String html = http.get(page).body().toLowerCase(Locale.ROOT);
                assertTrue(html.contains("<script src=\"todo.js\"></script>"), html);
                assertTrue(html.contains("<script src=\"start.js\"></script>"), html);
                // Every <script> has a src, and no attribute is an event handler (onload=, onclick=, ...).
                assertEquals(html.split("<script", -1).length - 1, html.split("<script src=", -1).length - 1, html);
                assertFalse(html.matches("(?s).*\\son[a-z]+\\s*=.*"), html);
                assertFalse(html.contains("style="), html);
            }
        }
    }

    @Test
    void loopbackHostsAreAllowedAtAnyPort() {
        try (DemoServer server = start(builder -> { })) {
            for (String host : new String[] {"localhost", "localhost:" + server.port(), "127.0.0.1:8080", "[::1]",
                    "[::1]:" + server.port(), "LocalHost:1"}) {
                String response = getWithHost(server.port(), "/api/todos", host);
                assertEquals(200, status(response), host + ": " + response);
            }
        }
    }

    @Test
    void otherHostsAnswer421WithJsonForTheApiAndTheFiles() throws Exception {
        try (DemoServer server = start(builder -> { })) {
            TestHttp http = new TestHttp(server.port());
            int before = http.get("/api/todos").json().size();
            for (String host : new String[] {"evil.example", "evil.example:" + server.port(), "localhost.evil.example",
                    "127.0.0.2", "[::2]"}) {
                for (String path : new String[] {"/api/todos", "/", "/todo.js"}) {
                    String response = getWithHost(server.port(), path, host);
                    assertEquals(421, status(response), host + " " + path + ": " + response);
                    JsonNode error = TestHttp.JSON.readTree(body(response));
                    assertTrue(error.get("error").asText().contains("Host"), response);
                    assertFalse(response.contains("todoapp"), "no page served");
                }
            }
            // Jetty itself refuses a malformed Host with a 400 (JSON too); the allow-list would otherwise.
            for (String host : new String[] {"localhost:x", "[::1", "localhost:123456", ""}) {
                String response = getWithHost(server.port(), "/", host);
                assertTrue(status(response) == 400 || status(response) == 421, host + ": " + response);
                assertTrue(TestHttp.JSON.readTree(body(response)).get("error").isTextual(), response);
            }
            // HTTP/1.0 may omit Host; refused as well.
            String noHost = TestHttp.raw(server.port(), "GET /api/todos HTTP/1.0\r\n\r\n");
            assertEquals(421, status(noHost), noHost);
            // A cross-site POST through a rebound name stores nothing.
            String post = TestHttp.raw(server.port(), "POST /api/todos HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 13\r\nConnection: close\r\n\r\n{\"title\":\"x\"}");
            assertEquals(421, status(post), post);
            assertEquals(before, http.get("/api/todos").json().size());
        }
    }

    @Test
    void allowedHostsReplaceTheLoopbackNames() {
        try (DemoServer server = start(builder -> builder.allowedHosts(List.of("todo.example", "::1")))) {
            assertEquals(200, status(getWithHost(server.port(), "/api/todos", "todo.example:8443")));
            assertEquals(200, status(getWithHost(server.port(), "/api/todos", "[::1]:80")));
            assertEquals(421, status(getWithHost(server.port(), "/api/todos", "localhost")));
            assertEquals(421, status(getWithHost(server.port(), "/api/todos", "other.example")));
        }
    }

    @Test
    void aStarAllowsEveryHost() {
        try (DemoServer server = start(builder -> builder.allowedHosts(List.of("*")))) {
            assertEquals(200, status(getWithHost(server.port(), "/api/todos", "anything.example")));
            assertEquals(200, status(getWithHost(server.port(), "/api/todos", "localhost")));
        }
    }
}
