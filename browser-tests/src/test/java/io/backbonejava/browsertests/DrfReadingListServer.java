package io.backbonejava.browsertests;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;

/**
 * A Django REST Framework backend for the reading-list example: {@link DjangoServer} (the project in
 * {@code tools/drf}) with its books app, serving beside {@code /api/books/} reading-list-example's packaged app
 * at {@code /reading-list/}, the same {@code index.html} with {@code data-api="/api/books/"} on its body. The
 * API wants a trailing slash and a CSRF token on every write, and refuses a second book with the title and
 * author of one listed as DRF does, a 400 of {@code {"title": ["This book is already on the list"]}}. The tests
 * read, fill and empty it over the API with a session of their own.
 */
final class DrfReadingListServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path app;
    private final DjangoServer django;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrfToken;

    DrfReadingListServer() {
        app = DemoServerCalls.copyPackagedFolder("public/reading-list", "reading-list-example");
        django = DjangoServer.start(Map.of("READING_LIST_APP_DIR", app.toString()));
        clear();
    }

    /** The app's page, such as {@code http://127.0.0.1:41234/reading-list/}. */
    String appUrl() {
        return django.base() + "reading-list/";
    }

    /** The stored books, {@code GET /api/books/}, in the order stored. */
    List<JsonNode> books() {
        List<JsonNode> books = new ArrayList<>();
        read(send(HttpRequest.newBuilder(api("")).GET(), 200)).forEach(books::add);
        return books;
    }

    /** One stored book. */
    JsonNode book(long id) {
        return read(send(HttpRequest.newBuilder(api(id + "/")).GET(), 200));
    }

    /** Stores a book through the API, as another user of the site would, and returns it with its id. */
    JsonNode create(String json) {
        return read(send(HttpRequest.newBuilder(api("")).header("Content-Type", "application/json")
                .header("X-CSRFToken", csrfToken).POST(HttpRequest.BodyPublishers.ofString(json)), 201));
    }

    /** Deletes every book (and todo), logging this client in (the project's test-only {@code /api/test-session/}). */
    void clear() {
        csrfToken = read(send(HttpRequest.newBuilder(api("").resolve("/api/test-session/")).GET(), 200))
                .get("csrftoken").asText();
    }

    /** What Django logged so far: one line per request it answered. */
    String log() {
        return django.log();
    }

    private URI api(String path) {
        return django.base().resolve("api/books/" + path);
    }

    private String send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError("Django answered " + response.statusCode() + " to " + response.request()
                        + ": " + response.body() + "\n" + django.log());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
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
