package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * RestSync over XhrTransport, compiled to JavaScript, against the real demo server that also serves the page
 * (scenario {@code /rest-sync}, so every {@code /api/} request is same-origin). The page logs each outcome
 * (see {@code SyncLog}); the tests also look at the server: which requests arrived, and what it stores.
 *
 * <p>Chromium writes every failed request to its console ("the server responded with a status of 404",
 * {@code net::ERR_CONNECTION_REFUSED}), which the harness counts as page errors; the failure tests take those
 * reports and check they are the expected ones. HtmlUnit reports nothing of the kind.
 */
@ExtendWith(AppServer.Shared.class)
class SyncBrowserTest extends BrowserTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static AppServer server() {
        return AppServer.shared();
    }

    /** Each test starts with no todos on the server. */
    @BeforeEach
    void deleteAllTodos() {
        for (JsonNode todo : api("GET", "/api/todos", null).body) {
            api("DELETE", "/api/todos/" + todo.get("id").asLong(), null);
        }
    }

    // Success: the five requests Backbone makes

    @ParameterizedTest
    @EnumSource(Engine.class)
    void collectionCreatePostsAndTheServersAttributesComeBack(Engine engine) {
        try (Page page = open(engine, server().baseUrl(), "/rest-sync")) {
            page.type("#title", "Buy milk");
            page.click("#create");
            String line = awaitLine(page, "create ");

            long id = onlyTodoId();
            assertEquals("create success id=" + id + " title=Buy milk completed=false", line);
            assertEquals(List.of("Buy milk"), page.texts("#todos .title"));
            assertEquals(1, page.count("#todos li[data-id='" + id + "']"));
            assertEquals("Buy milk", api("GET", "/api/todos/" + id, null).body.get("title").asText());
            assertTrue(server().requests().contains("POST /api/todos"), server().requests().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void collectionFetchReadsWhatTheServerHas(Engine engine) {
        create("First", 1);
        create("Second", 2);
        try (Page page = open(engine, server().baseUrl(), "/rest-sync")) {
            page.click("#fetch");

            assertEquals("fetch success 2 todos", awaitLine(page, "fetch "));
            assertEquals(List.of("First", "Second"), page.texts("#todos .title"));
            assertEquals(List.of("open", "open"), page.texts("#todos .state"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void completeSavesTheWholeTodoWithPut(Engine engine) {
        long id = create("Write tests", 1);
        try (Page page = fetched(engine)) {
            page.click("#todos li .complete");

            assertEquals("update success id=" + id + " title=Write tests completed=true", awaitLine(page, "update "));
            assertEquals(List.of("done"), page.texts("#todos .state"));
            assertEquals("PUT /api/todos/" + id, last(server().requests()));
            assertTrue(api("GET", "/api/todos/" + id, null).body.get("completed").asBoolean());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void renameSendsOnlyTheTitleWithPatch(Engine engine) {
        long id = create("Draft", 1);
        try (Page page = fetched(engine)) {
            // Behind the page's back: completed is now true on the server, still false in the page.
            api("PATCH", "/api/todos/" + id, "{\"completed\": true}");
            page.type("#title", "Final");
            page.click("#todos li .rename");

            assertEquals("patch success id=" + id + " title=Final completed=true", awaitLine(page, "patch "));
            assertEquals("PATCH /api/todos/" + id, last(server().requests()));
            // Only the title was sent: a whole todo (a PUT) would have put the page's stale completed back.
            JsonNode stored = api("GET", "/api/todos/" + id, null).body;
            assertEquals("Final", stored.get("title").asText());
            assertTrue(stored.get("completed").asBoolean());
            assertEquals(List.of("Final"), page.texts("#todos .title"));
            assertEquals(List.of("done"), page.texts("#todos .state"));
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void deleteRemovesTheTodoFromTheServerAndTheList(Engine engine) {
        long id = create("Old", 1);
        try (Page page = fetched(engine)) {
            page.click("#todos li .remove");

            assertEquals("delete success id=" + id + " title=Old completed=false", awaitLine(page, "delete "));
            assertEquals(0, page.count("#todos li"));
            assertEquals("DELETE /api/todos/" + id, last(server().requests()));
            assertEquals(404, api("GET", "/api/todos/" + id, null).status);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void destroyOfANewTodoSucceedsInALaterTask(Engine engine) {
        try (Page page = open(engine, server().baseUrl(), "/rest-sync")) {
            page.click("#destroy-new");
            awaitLine(page, "destroy-new success");

            // The success came after destroy returned: setTimeout(0) ran it.
            assertEquals(List.of("destroy-new returned, pending true",
                    "destroy-new success id=null title=null completed=null"), page.log());
        }
    }

    // Failures: each reaches the error callback, then the "error" event, with its status and body

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anUnknownIdIsA404(Engine engine) {
        try (Page page = open(engine, server().baseUrl(), "/rest-sync")) {
            page.click("#fetch-missing");

            assertFailureLogged(page, "fetch-missing",
                    "status=404 textStatus=error body={\"error\":\"Todo not found\"}");
            expectConsoleReports(engine, page, "status of 404");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void anInvalidTitleIsA422AndTheWaitingPatchChangesNothing(Engine engine) {
        long id = create("Keep me", 1);
        try (Page page = fetched(engine)) {
            page.type("#title", "   ");
            page.click("#todos li .rename");

            assertFailureLogged(page, "patch", "status=422 textStatus=error"
                    + " body={\"error\":\"Title must not be empty\",\"field\":\"title\"}");
            expectConsoleReports(engine, page, "status of 422");
            assertEquals(List.of("Keep me"), page.texts("#todos .title"));
            assertEquals("Keep me", api("GET", "/api/todos/" + id, null).body.get("title").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aServerFaultIsA500(Engine engine) {
        create("Still here", 1);
        try (Page page = fetched(engine)) {
            page.click("#boom");

            assertFailureLogged(page, "boom", "status=500 textStatus=error body={\"error\":\"Internal server error\"}");
            expectConsoleReports(engine, page, "status of 500");
            assertEquals(List.of("Still here"), page.texts("#todos .title"));
        }
    }

    /**
     * A port on another origin: first a server there answers with {@code Access-Control-Allow-Origin: *}, so
     * the same request succeeds and a later failure cannot be a CORS refusal; then that server is stopped
     * and nothing listens on the port, so the request fails to connect.
     */
    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRefusedConnectionIsANetworkFailure(Engine engine) throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/api/todos", exchange -> {
            byte[] body = "[{\"id\": 1, \"title\": \"Elsewhere\"}]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        other.start();
        String url = "http://127.0.0.1:" + other.getAddress().getPort() + "/api/todos";
        try (Page page = open(engine, server().baseUrl(), "/rest-sync?other=" + url)) {
            page.click("#other-origin");
            assertEquals("other-origin success 1 todos", awaitLine(page, "other-origin "));

            other.stop(0);
            page.click("#other-origin");
            assertFailureLogged(page, "other-origin", "status=0 textStatus=error body=null");
            expectConsoleReports(engine, page, "ERR_CONNECTION_REFUSED");
        } finally {
            other.stop(0);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aSlowAnswerTimesOut(Engine engine) {
        try (Page page = open(engine, server().baseUrl(), "/rest-sync?timeout=300")) {
            page.click("#slow");

            String callback = awaitLine(page, "slow error callback");
            String prefix = "slow error callback status=0 textStatus=timeout body=null after ";
            assertTrue(callback.startsWith(prefix), callback);
            long millis = Long.parseLong(callback.substring(prefix.length(), callback.length() - " ms".length()));
            assertTrue(millis >= 250 && millis < AppServer.SLOW_MILLIS, callback);
            awaitLine(page, "error event");
            assertEquals(List.of(callback, "error event status=0 textStatus=timeout body=null"), page.log());
            expectConsoleReports(engine, page);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aBodyThatIsNotJsonIsAParserError(Engine engine) {
        try (Page page = open(engine, server().baseUrl(), "/rest-sync")) {
            page.click("#garbage");

            assertFailureLogged(page, "garbage", "status=200 textStatus=parsererror body={\"title\": oops");
            expectConsoleReports(engine, page);
        }
    }

    // Helpers

    /** Opens the page and fetches the todos the test put on the server. */
    private static Page fetched(Engine engine) {
        Page page = open(engine, server().baseUrl(), "/rest-sync");
        page.click("#fetch");
        awaitLine(page, "fetch success");
        return page;
    }

    /** The error callback's line, then the error event's, and nothing else after what was logged before. */
    private static void assertFailureLogged(Page page, String op, String failure) {
        awaitLine(page, "error event");
        List<String> log = page.log();
        assertEquals(List.of(op + " error callback " + failure, "error event " + failure),
                log.subList(log.size() - 2, log.size()));
        assertFalse(log.subList(0, log.size() - 2).stream().anyMatch(line -> line.contains("error")), log.toString());
    }

    /**
     * Takes the page's console errors: in Chromium there must be one for each failed request, each containing
     * {@code expected}; without {@code expected}, and in HtmlUnit, there must be none.
     */
    private static void expectConsoleReports(Engine engine, Page page, String... expected) {
        List<String> reports = new ArrayList<>(page.takeErrors());
        if (engine == Engine.HTMLUNIT || expected.length == 0) {
            assertEquals(List.of(), reports);
            return;
        }
        // The console entry may reach the driver's log a moment after the page logged the failure.
        long deadline = System.currentTimeMillis() + 2000;
        while (reports.size() < expected.length && System.currentTimeMillis() < deadline) {
            page.pause(20);
            reports.addAll(page.takeErrors());
        }
        assertEquals(expected.length, reports.size(), reports.toString());
        for (int i = 0; i < expected.length; i++) {
            assertTrue(reports.get(i).contains(expected[i]), reports.toString());
        }
    }

    /** Waits for the first log line starting with {@code prefix} and returns it. */
    private static String awaitLine(Page page, String prefix) {
        String[] found = new String[1];
        page.waitUntil("a log line starting with \"" + prefix + "\"", () -> {
            for (String line : page.log()) {
                if (line.startsWith(prefix)) {
                    found[0] = line;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static long onlyTodoId() {
        JsonNode todos = api("GET", "/api/todos", null).body;
        assertEquals(1, todos.size(), todos.toString());
        return todos.get(0).get("id").asLong();
    }

    private static long create(String title, int order) {
        Response created = api("POST", "/api/todos",
                "{\"title\": " + JSON.valueToTree(title) + ", \"order\": " + order + "}");
        assertEquals(201, created.status);
        return created.body.get("id").asLong();
    }

    private static String last(List<String> list) {
        return list.isEmpty() ? null : list.get(list.size() - 1);
    }

    /** A request to the server from the test itself, not the page. */
    private static Response api(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server().baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), body.isEmpty() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A status and a parsed JSON body (null when empty). */
    private static final class Response {
        final int status;
        final JsonNode body;

        Response(int status, JsonNode body) {
            this.status = status;
            this.body = body;
        }
    }
}
