package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for one running server, speaking real HTTP/1.1 over loopback. */
final class TestHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    // One client for all tests: it is thread-safe and pools connections.
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;

    TestHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Reply get(String path) {
        return send("GET", path, BodyPublishers.noBody());
    }

    Reply delete(String path) {
        return send("DELETE", path, BodyPublishers.noBody());
    }

    Reply post(String path, String body) {
        return send("POST", path, body);
    }

    Reply put(String path, String body) {
        return send("PUT", path, body);
    }

    Reply patch(String path, String body) {
        return send("PATCH", path, body);
    }

    Reply send(String method, String path, String body) {
        return send(method, path, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    Reply send(String method, String path, byte[] body) {
        return send(method, path, BodyPublishers.ofByteArray(body));
    }

    Reply send(String method, String path, BodyPublisher body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, body));
    }

    /** Sends a JSON body with one more header, such as If-Match. */
    Reply send(String method, String path, String body, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header(header, value)
                .method(method, BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Sends a body with the given Content-Type, or none when it is null. */
    Reply sendTyped(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(20)).build();
        String method = request.method();
        String path = request.uri().getPath();
        try {
            var response = CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends bytes over a raw socket and returns the whole response, for requests java.net.http will not make
     * (a malformed URI, a Host header of our choosing). The request should say {@code Connection: close}.
     */
    static String raw(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a todo and returns it as the server stored it. */
    JsonNode create(String title) {
        Reply reply = post("/api/todos", "{\"title\":" + quote(title) + "}");
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One response: status, headers and body text. */
    record Reply(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            assertTrue(headers.firstValue("Content-Type").orElse("").startsWith("application/json"),
                    "Content-Type of " + status + " " + body);
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        /** Asserts a JSON error response and returns its body. */
        JsonNode error(int expectedStatus) {
            assertEquals(expectedStatus, status, body);
            JsonNode node = json();
            assertTrue(node.isObject(), body);
            assertTrue(node.path("error").isTextual() && !node.path("error").asText().isEmpty(), body);
            return node;
        }

        /** Asserts a JSON error response naming the given field. */
        JsonNode error(int expectedStatus, String field) {
            JsonNode node = error(expectedStatus);
            assertEquals(field, node.path("field").asText(null), body);
            return node;
        }
    }
}
