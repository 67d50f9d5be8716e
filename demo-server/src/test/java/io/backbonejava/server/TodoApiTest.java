package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backbonejava.server.TestHttp.Reply;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code /api/todos} resource over real HTTP: every status code and every validation rule, on H2 here and
 * on PostgreSQL in {@link TodoApiPostgresTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodoApiTest {

    // Set from @BeforeAll's parameter: a @TempDir field is not yet injected when a PER_CLASS @BeforeAll runs.
    private Path dataDir;

    private DemoServer server;
    private TestHttp http;

    /** Where the server stores its todos: an H2 file in a temporary folder. */
    ServerConfig.Builder database(ServerConfig.Builder builder) {
        return builder.dataDir(dataDir);
    }

    @BeforeAll
    void startServer(@TempDir Path tempDir) {
        dataDir = tempDir;
        server = DemoServer.start(database(ServerConfig.builder().port(0)).build());
        http = new TestHttp(server.port());
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private static String repeat(char c, int count) {
        return String.valueOf(c).repeat(count);
    }

    private static String path(JsonNode todo) {
        return "/api/todos/" + todo.get("id").asLong();
    }

    // --- 200, 201, 204 ---

    @Test
    void postCreatesATodoWithItsNewIdAndDefaults() {
        Reply reply = http.post("/api/todos", "{\"title\":\"Write tests\"}");
        assertEquals(201, reply.status(), reply.body());
        JsonNode todo = reply.json();
        assertTrue(todo.get("id").isIntegralNumber());
        assertEquals("Write tests", todo.get("title").asText());
        assertEquals(false, todo.get("completed").booleanValue());
        assertEquals(0, todo.get("order").intValue());
        assertEquals(1, todo.get("version").longValue());
        assertEquals(5, todo.size(), "exactly id, title, completed, order, version");
        assertEquals("\"1\"", reply.headers().firstValue("ETag").orElse(null));
        assertEquals(path(todo), reply.headers().firstValue("Location").orElse(null));
    }

    @Test
    void postStoresCompletedAndOrderWhenGiven() {
        Reply reply = http.post("/api/todos", "{\"title\":\"Done\",\"completed\":true,\"order\":7}");
        assertEquals(201, reply.status(), reply.body());
        JsonNode stored = http.get(path(reply.json())).json();
        assertEquals(true, stored.get("completed").booleanValue());
        assertEquals(7, stored.get("order").intValue());
    }

    @Test
    void postTrimsTheTitle() {
        JsonNode todo = http.create("  \t Buy milk \n ");
        assertEquals("Buy milk", todo.get("title").asText());
        assertEquals("Buy milk", http.get(path(todo)).json().get("title").asText());
    }

    @Test
    void getReturnsOneTodo() {
        JsonNode todo = http.create("Read me");
        Reply reply = http.get(path(todo));
        assertEquals(200, reply.status());
        assertEquals(todo, reply.json());
    }

    @Test
    void getListReturnsTodosByOrderThenId() {
        List<Long> ids = new ArrayList<>();
        for (int order : new int[] {30, 10, 20, 10}) {
            Reply reply = http.post("/api/todos", "{\"title\":\"list " + order + "\",\"order\":" + order + "}");
            ids.add(reply.json().get("id").asLong());
        }
        Reply reply = http.get("/api/todos");
        assertEquals(200, reply.status());
        JsonNode list = reply.json();
        assertTrue(list.isArray());
        List<Long> seen = new ArrayList<>();
        for (JsonNode todo : list) {
            if (ids.contains(todo.get("id").asLong())) {
                seen.add(todo.get("id").asLong());
            }
        }
        // order 10 (created second), order 10 (created fourth), 20, 30
        assertEquals(List.of(ids.get(1), ids.get(3), ids.get(2), ids.get(0)), seen);
    }

    @Test
    void putReplacesEveryAttribute() {
        Reply created = http.post("/api/todos", "{\"title\":\"Old\",\"completed\":true,\"order\":5}");
        String path = path(created.json());
        Reply reply = http.put(path, "{\"title\":\" New \"}");
        assertEquals(200, reply.status(), reply.body());
        JsonNode todo = reply.json();
        assertEquals("New", todo.get("title").asText());
        assertEquals(false, todo.get("completed").booleanValue(), "absent completed resets to false");
        assertEquals(0, todo.get("order").intValue(), "absent order resets to 0");
        assertEquals(todo, http.get(path).json());
    }

    @Test
    void putAcceptsTheMatchingIdInTheBody() {
        JsonNode todo = http.create("Backbone sends the id back");
        long id = todo.get("id").asLong();
        Reply reply = http.put(path(todo), "{\"id\":" + id + ",\"title\":\"Saved\",\"completed\":true,\"order\":2}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals(id, reply.json().get("id").asLong());
        assertEquals(true, http.get(path(todo)).json().get("completed").booleanValue());
    }

    @Test
    void patchOfOneFieldLeavesTheOthers() {
        Reply created = http.post("/api/todos", "{\"title\":\"Keep me\",\"order\":3}");
        String path = path(created.json());
        Reply reply = http.patch(path, "{\"completed\":true}");
        assertEquals(200, reply.status(), reply.body());
        JsonNode todo = http.get(path).json();
        assertEquals("Keep me", todo.get("title").asText());
        assertEquals(true, todo.get("completed").booleanValue());
        assertEquals(3, todo.get("order").intValue());
        assertEquals(todo, reply.json());

        http.patch(path, "{\"title\":\"  Renamed  \"}");
        todo = http.get(path).json();
        assertEquals("Renamed", todo.get("title").asText());
        assertEquals(true, todo.get("completed").booleanValue());
        assertEquals(3, todo.get("order").intValue());
    }

    @Test
    void patchWithAnEmptyObjectChangesNothing() {
        JsonNode todo = http.create("Untouched");
        Reply reply = http.patch(path(todo), "{}");
        assertEquals(200, reply.status());
        assertEquals(todo, reply.json());
    }

    @Test
    void deleteAnswers204AndTheTodoIsGone() {
        JsonNode todo = http.create("Delete me");
        Reply reply = http.delete(path(todo));
        assertEquals(204, reply.status());
        assertEquals("", reply.body());
        http.get(path(todo)).error(404);
        http.delete(path(todo)).error(404);
    }

    // --- 404 ---

    @Test
    void unknownIdsAnswer404WithJsonForEveryMethod() {
        String path = "/api/todos/987654321";
        http.get(path).error(404);
        http.put(path, "{\"title\":\"x\"}").error(404);
        http.patch(path, "{\"title\":\"x\"}").error(404);
        http.delete(path).error(404);
    }

    @Test
    void nonNumericIdsAnswer404() {
        for (String id : new String[] {"abc", "1x", "-1", "+1", "1.0", "0x10", "99999999999999999999", "%20"}) {
            http.get("/api/todos/" + id).error(404);
            http.put("/api/todos/" + id, "{\"title\":\"x\"}").error(404);
            http.patch("/api/todos/" + id, "{}").error(404);
            http.delete("/api/todos/" + id).error(404);
        }
    }

    @Test
    void unknownApiPathsAnswer404WithJson() {
        http.get("/api/nothing-here").error(404);
        http.get("/api/todos/1/extra").error(404);
    }

    @Test
    void wrongMethodAnswers405WithAllowHeader() {
        Reply reply = http.delete("/api/todos");
        reply.error(405);
        String allow = reply.headers().firstValue("Allow").orElse("");
        assertTrue(allow.contains("GET") && allow.contains("POST"), allow);
    }

    // --- 400 ---

    @Test
    void malformedJsonAnswers400() {
        for (String body : new String[] {"{", "{\"title\":}", "{title:\"x\"}", "{'title':'x'}", "{\"title\":\"x\",}",
                "{\"title\":\"x\"} trailing", "{\"title\":\"x\"}{\"title\":\"y\"}", "not json"}) {
            JsonNode error = http.post("/api/todos", body).error(400);
            assertTrue(error.get("error").asText().startsWith("Malformed JSON"), body + " -> " + error);
        }
    }

    @Test
    void duplicateKeysAnswer400() {
        http.post("/api/todos", "{\"title\":\"a\",\"title\":\"b\"}").error(400);
    }

    @Test
    void aBodyThatIsNotAnObjectAnswers400() {
        for (String body : new String[] {"[]", "[{\"title\":\"x\"}]", "\"title\"", "42", "true", "null"}) {
            http.post("/api/todos", body).error(400);
        }
        JsonNode todo = http.create("Target");
        http.put(path(todo), "[]").error(400);
        http.patch(path(todo), "\"x\"").error(400);
    }

    @Test
    void anEmptyBodyAnswers400() {
        http.post("/api/todos", "").error(400);
        http.post("/api/todos", "  \n ").error(400);
    }

    @Test
    void unknownFieldsAnswer400NamingTheField() {
        JsonNode error = http.post("/api/todos", "{\"title\":\"x\",\"priority\":1}").error(400, "priority");
        assertTrue(error.get("error").asText().contains("priority"), error.toString());
        JsonNode todo = http.create("Target");
        http.put(path(todo), "{\"title\":\"x\",\"Title\":\"y\"}").error(400, "Title");
        http.patch(path(todo), "{\"done\":true}").error(400, "done");
    }

    @Test
    void anIdInTheBodyThatDisagreesWithThePathAnswers400() {
        JsonNode todo = http.create("Mine");
        long id = todo.get("id").asLong();
        for (String badId : new String[] {String.valueOf(id + 1), "\"" + id + "\"", "null", id + ".5", "-" + id}) {
            http.put(path(todo), "{\"id\":" + badId + ",\"title\":\"x\"}").error(400, "id");
            http.patch(path(todo), "{\"id\":" + badId + "}").error(400, "id");
        }
        assertEquals("Mine", http.get(path(todo)).json().get("title").asText(), "nothing was changed");
    }

    @Test
    void anIdInAPostBodyAnswers400() {
        http.post("/api/todos", "{\"id\":5,\"title\":\"x\"}").error(400, "id");
    }

    // --- 413 ---

    @Test
    void bodiesOver64KibAnswer413() {
        String body = "{\"title\":\"" + repeat('x', 70_000) + "\"}";
        http.post("/api/todos", body).error(413);
    }

    @Test
    void aBodyOfExactly64KibIsReadButOneByteMoreAnswers413() {
        String exact = "{\"title\":\"" + repeat('x', 65_536 - 12) + "\"}";
        assertEquals(65_536, exact.getBytes(StandardCharsets.UTF_8).length);
        // Read and judged on its content: the title is too long.
        http.post("/api/todos", exact).error(422, "title");
        String over = "{\"title\":\"" + repeat('x', 65_536 - 11) + "\"}";
        http.post("/api/todos", over).error(413);
    }

    @Test
    void aChunkedBodyOver64KibAnswers413() {
        // An InputStream publisher sends no Content-Length, so the server must count while reading.
        byte[] body = ("{\"title\":\"" + repeat('y', 100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Reply reply = http.send("POST", "/api/todos",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        reply.error(413);
    }

    // --- 422 ---

    @Test
    void aMissingTitleAnswers422OnPostAndPut() {
        JsonNode error = http.post("/api/todos", "{}").error(422, "title");
        assertEquals("Title is required", error.get("error").asText());
        http.post("/api/todos", "{\"completed\":true}").error(422, "title");
        JsonNode todo = http.create("Target");
        assertEquals("Title is required",
                http.put(path(todo), "{\"completed\":true}").error(422, "title").get("error").asText());
    }

    @Test
    void aNullTitleAnswers422() {
        http.post("/api/todos", "{\"title\":null}").error(422, "title");
        JsonNode todo = http.create("Target");
        http.patch(path(todo), "{\"title\":null}").error(422, "title");
        assertEquals("Target", http.get(path(todo)).json().get("title").asText());
    }

    @Test
    void anEmptyOrWhitespaceOnlyTitleAnswers422() {
        for (String title : new String[] {"", " ", "   \t\n  "}) {
            JsonNode error = http.post("/api/todos", "{\"title\":" + TestHttp.quote(title) + "}").error(422, "title");
            assertEquals("Title must not be empty", error.get("error").asText());
        }
        JsonNode todo = http.create("Target");
        http.patch(path(todo), "{\"title\":\"  \"}").error(422, "title");
        http.put(path(todo), "{\"title\":\"\"}").error(422, "title");
    }

    @Test
    void aTitleOfExactly1000CharactersIsAcceptedAnd1001Rejected() {
        JsonNode todo = http.create(repeat('a', 1000));
        assertEquals(1000, http.get(path(todo)).json().get("title").asText().length());

        JsonNode error = http.post("/api/todos", "{\"title\":\"" + repeat('b', 1001) + "\"}").error(422, "title");
        assertEquals("Title must be at most 1000 characters", error.get("error").asText());
        http.patch(path(todo), "{\"title\":\"" + repeat('c', 1001) + "\"}").error(422, "title");
    }

    @Test
    void theLengthLimitAppliesAfterTrimming() {
        JsonNode todo = http.create("  " + repeat('d', 1000) + "  ");
        assertEquals(repeat('d', 1000), todo.get("title").asText());
    }

    @Test
    void wrongTypesAnswer422AndAreNeverCoerced() {
        String[][] cases = {
            {"{\"title\":5}", "title"},
            {"{\"title\":true}", "title"},
            {"{\"title\":[\"x\"]}", "title"},
            {"{\"title\":{\"text\":\"x\"}}", "title"},
            {"{\"title\":\"x\",\"completed\":\"yes\"}", "completed"},
            {"{\"title\":\"x\",\"completed\":\"true\"}", "completed"},
            {"{\"title\":\"x\",\"completed\":1}", "completed"},
            {"{\"title\":\"x\",\"completed\":null}", "completed"},
            {"{\"title\":\"x\",\"order\":\"x\"}", "order"},
            {"{\"title\":\"x\",\"order\":\"1\"}", "order"},
            {"{\"title\":\"x\",\"order\":1.5}", "order"},
            {"{\"title\":\"x\",\"order\":1e3}", "order"},
            {"{\"title\":\"x\",\"order\":null}", "order"},
            {"{\"title\":\"x\",\"order\":true}", "order"},
            {"{\"title\":\"x\",\"order\":2147483648}", "order"},
            {"{\"title\":\"x\",\"order\":-2147483649}", "order"},
            {"{\"title\":\"x\",\"order\":123456789012345678901234567890}", "order"},
        };
        JsonNode todo = http.create("Target");
        for (String[] c : cases) {
            http.post("/api/todos", c[0]).error(422, c[1]);
            http.put(path(todo), c[0]).error(422, c[1]);
            http.patch(path(todo), c[0]).error(422, c[1]);
        }
        assertEquals(todo, http.get(path(todo)).json(), "no failed request changed the todo");
    }

    @Test
    void theWholeIntRangeIsAcceptedForOrder() {
        Reply max = http.post("/api/todos", "{\"title\":\"max\",\"order\":2147483647}");
        assertEquals(2147483647, max.json().get("order").intValue());
        Reply min = http.post("/api/todos", "{\"title\":\"min\",\"order\":-2147483648}");
        assertEquals(-2147483648, min.json().get("order").intValue());
    }

    @Test
    void titlesThatNoDatabaseCanStoreAnswer422() {
        // U+0000 is refused by PostgreSQL text columns; a lone surrogate is not Unicode text.
        http.post("/api/todos", "{\"title\":\"a\\u0000b\"}").error(422, "title");
        http.post("/api/todos", "{\"title\":\"a\\ud800b\"}").error(422, "title");
        http.post("/api/todos", "{\"title\":\"a\\udc00\"}").error(422, "title");
    }

    @Test
    void unicodeTitlesRoundTrip() {
        String title = "Café 日本語 😀 \u00e9\u0301 ←";
        JsonNode todo = http.create(title);
        assertEquals(title, http.get(path(todo)).json().get("title").asText());
    }

    @Test
    void errorResponsesCarryNoFieldWhenNoAttributeIsAtFault() {
        JsonNode error = http.post("/api/todos", "[]").error(400);
        assertFalse(error.has("field"), error.toString());
    }

    // --- ETag and If-Match ---

    private static String etag(Reply reply) {
        return reply.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + reply));
    }

    @Test
    void everyTodoResponseCarriesItsVersionAsETag() {
        Reply created = http.post("/api/todos", "{\"title\":\"Tagged\"}");
        assertEquals("\"1\"", etag(created));
        String path = path(created.json());
        Reply read = http.get(path);
        assertEquals("\"1\"", etag(read));
        Reply patched = http.patch(path, "{\"completed\":true}");
        assertEquals("\"2\"", etag(patched));
        assertEquals(2, patched.json().get("version").longValue());
        Reply put = http.put(path, "{\"title\":\"Tagged\",\"completed\":true}");
        assertEquals("\"3\"", etag(put));
        assertEquals("\"3\"", etag(http.get(path)));
        assertEquals(3, http.get(path).json().get("version").longValue());
        // The list has no per-todo headers; each todo there carries its version.
        for (JsonNode todo : http.get("/api/todos").json()) {
            assertTrue(todo.get("version").isIntegralNumber() && todo.get("version").longValue() >= 1, todo.toString());
        }
    }

    @Test
    void anEmptyPatchWritesNothingAndKeepsTheVersion() {
        JsonNode todo = http.create("Same");
        Reply reply = http.patch(path(todo), "{}");
        assertEquals("\"1\"", etag(reply));
        assertEquals(todo, reply.json());
    }

    @Test
    void aWriteWithTheCurrentETagSucceeds() {
        Reply created = http.post("/api/todos", "{\"title\":\"Mine\"}");
        String path = path(created.json());
        Reply patched = http.send("PATCH", path, "{\"completed\":true}", "If-Match", etag(created));
        assertEquals(200, patched.status(), patched.body());
        Reply put = http.send("PUT", path, "{\"title\":\"Renamed\"}", "If-Match", etag(patched));
        assertEquals(200, put.status(), put.body());
        assertEquals("Renamed", put.json().get("title").asText());
        Reply deleted = http.send("DELETE", path, "", "If-Match", etag(put));
        assertEquals(204, deleted.status(), deleted.body());
        http.get(path).error(404);
    }

    @Test
    void aStaleIfMatchAnswers412WithTheServersCopyAndChangesNothing() {
        Reply created = http.post("/api/todos", "{\"title\":\"Shared\"}");
        String path = path(created.json());
        String stale = etag(created);
        // Another tab toggles it.
        Reply other = http.patch(path, "{\"completed\":true}");
        assertEquals(200, other.status());

        for (String[] write : new String[][] {{"PUT", "{\"title\":\"Overwrite\"}"}, {"PATCH", "{\"title\":\"Rename\"}"},
                {"DELETE", ""}}) {
            Reply reply = http.send(write[0], path, write[1], "If-Match", stale);
            assertEquals(412, reply.status(), write[0] + " " + reply.body());
            assertEquals(other.json(), reply.json(), "the body is the current copy");
            assertEquals(etag(other), etag(reply));
        }
        assertEquals(other.json(), http.get(path).json(), "nothing was written");
    }

    @Test
    void ifMatchAcceptsAListAStarAndRefusesWeakTags() {
        Reply created = http.post("/api/todos", "{\"title\":\"Lists\"}");
        String path = path(created.json());
        assertEquals(200, http.send("PATCH", path, "{\"order\":1}", "If-Match", "\"7\", \"1\"").status());
        assertEquals(200, http.send("PATCH", path, "{\"order\":2}", "If-Match", "*").status());
        // If-Match compares strongly: a weak tag never matches.
        assertEquals(412, http.send("PATCH", path, "{\"order\":3}", "If-Match", "W/\"3\"").status());
        assertEquals(2, http.get(path).json().get("order").intValue());
    }

    @Test
    void aMalformedIfMatchAnswers400() {
        JsonNode todo = http.create("Strict");
        for (String bad : new String[] {"1", "\"1", "W/1", "\"1\"x", ",", "", "\"1\" 2"}) {
            http.send("PATCH", path(todo), "{\"order\":9}", "If-Match", bad).error(400);
        }
        assertEquals(0, http.get(path(todo)).json().get("order").intValue());
    }

    @Test
    void ifMatchOnAMissingTodoAnswers404() {
        http.send("PATCH", "/api/todos/987654320", "{}", "If-Match", "\"1\"").error(404);
        http.send("DELETE", "/api/todos/987654320", "", "If-Match", "*").error(404);
    }

    @Test
    void theVersionSentBackInABodyIsIgnoredButChecked() {
        Reply created = http.post("/api/todos", "{\"title\":\"Echo\"}");
        JsonNode todo = created.json();
        // Backbone sends back what it got; an old version in the body makes nothing conditional.
        http.patch(path(todo), "{\"completed\":true}");
        Reply put = http.put(path(todo), "{\"id\":" + todo.get("id") + ",\"title\":\"Echo\",\"completed\":false,"
                + "\"order\":0,\"version\":1}");
        assertEquals(200, put.status(), put.body());
        assertEquals(3, put.json().get("version").longValue());
        for (String bad : new String[] {"0", "-1", "\"1\"", "1.5", "null", "true"}) {
            http.patch(path(todo), "{\"version\":" + bad + "}").error(422, "version");
        }
        http.post("/api/todos", "{\"title\":\"x\",\"version\":1}").error(400, "version");
    }

    @Test
    void concurrentConditionalWritesLetExactlyOneWin() throws Exception {
        Reply created = http.post("/api/todos", "{\"title\":\"Race\"}");
        String path = path(created.json());
        String tag = etag(created);
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                int order = i + 1;
                statuses.add(pool.submit(() -> {
                    go.await();
                    return http.send("PATCH", path, "{\"order\":" + order + "}", "If-Match", tag).status();
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get(60, TimeUnit.SECONDS);
                assertTrue(code == 200 || code == 412, "status " + code);
                won += code == 200 ? 1 : 0;
            }
            assertEquals(1, won, "writers that saw version 1 and won");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, http.get(path).json().get("version").longValue());
    }

    // --- 415 ---

    @Test
    void bodiesThatAreNotJsonAnswer415AndStoreNothing() {
        int before = http.get("/api/todos").json().size();
        JsonNode todo = http.create("Target");
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "text/json", "application/jsonx", "application/json; charset=iso-8859-1", "application/json; charset=utf-16"}) {
            for (String[] target : new String[][] {{"POST", "/api/todos"}, {"PUT", path(todo)}, {"PATCH", path(todo)}}) {
                JsonNode error = http.sendTyped(target[0], target[1], type, "{\"title\":\"sneaked in\"}").error(415);
                assertTrue(error.get("error").asText().contains("application/json"), error.toString());
            }
        }
        // No Content-Type at all.
        http.sendTyped("POST", "/api/todos", null, "{\"title\":\"sneaked in\"}").error(415);
        assertEquals(before + 1, http.get("/api/todos").json().size());
        assertEquals(todo, http.get(path(todo)).json());
    }

    @Test
    void jsonIsAcceptedWithUtf8AndAnyCase() {
        for (String type : new String[] {"application/json", "application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""}) {
            assertEquals(201, http.sendTyped("POST", "/api/todos", type, "{\"title\":\"typed\"}").status(), type);
        }
    }
}
