package io.backbonejava.browsertests;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backbonejava.sync.DjangoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A Django REST Framework backend for the Todo app tests: {@link DjangoServer} (the project in
 * {@code tools/drf}, the one backbone-sync is tested against) serving, beside its API, todo-example's packaged
 * app: the same {@code todo.js}, {@code start.js} and stylesheet the demo server serves, and the same
 * {@code index.html} with {@code data-api="/api/todos/"} on its body. Its API lists two todos a page, wants
 * a trailing slash on every url and a CSRF token on every write. The tests read and empty it over the API
 * with a session of their own.
 */
final class DrfTodoServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path app;
    private final DjangoServer django;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    DrfTodoServer() {
        app = DemoServerCalls.copyPackagedFolder("public", "todo-example");
        django = DjangoServer.start(Map.of("TODO_APP_DIR", app.toString()));
        clear();
    }

    /** The server's address, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    String baseUrl() {
        String base = django.base().toString();
        return base.substring(0, base.length() - 1);
    }

    /** The stored todos, every page of {@code GET /api/todos/} read, sorted by {@code order}. */
    List<Map<String, Object>> todos() {
        List<Map<String, Object>> todos = new ArrayList<>();
        String next = baseUrl() + "/api/todos/";
        while (next != null) {
            Page page = read(get(next));
            todos.addAll(page.results);
            next = page.next;
        }
        todos.sort(Comparator.comparing(todo -> ((Number) todo.get("order")).intValue()));
        return todos;
    }

    /** What Django logged so far: one line per request it answered, such as {@code "GET /api/todos/?page=2 HTTP/1.1" 200}. */
    String log() {
        return django.log();
    }

    /** Deletes every todo, and logs this client in (the project's test-only {@code /api/test-session/}). */
    void clear() {
        get(baseUrl() + "/api/test-session/");
    }

    private String get(String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("Django answered " + response.statusCode() + " to " + url + ": "
                        + response.body() + "\n" + django.log());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One page of DRF's {@code PageNumberPagination}; {@code count} and {@code previous} are not needed here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Page {
        public String next;
        public List<Map<String, Object>> results;
    }

    private static Page read(String json) {
        try {
            return JSON.readValue(json, Page.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        django.close();
        DemoServerCalls.deleteTree(app);
    }
}
