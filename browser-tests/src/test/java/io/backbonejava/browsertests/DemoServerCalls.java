package io.backbonejava.browsertests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the tests' demo servers (in process, {@link TodoServer}, or as a process of its own,
 * {@link DemoServerProcess}) share: a call to the REST API that must answer one status, the stored todos in
 * order, and removing a data folder.
 */
final class DemoServerCalls {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoServerCalls() {
    }

    /** Sends a request and returns the body; any other status than the one expected fails the test. */
    static String send(HttpClient http, HttpRequest.Builder request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError("demo server answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The todos stored behind {@code baseUrl}, as {@code GET /api/todos} returns them, sorted by {@code order}. */
    static List<Map<String, Object>> todos(HttpClient http, String baseUrl) {
        String body = send(http, HttpRequest.newBuilder(URI.create(baseUrl + "/api/todos")).GET(), 200);
        try {
            List<Map<String, Object>> todos = JSON.readValue(body, new TypeReference<>() { });
            todos.sort(Comparator.comparing(todo -> ((Number) todo.get("order")).intValue()));
            return todos;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
