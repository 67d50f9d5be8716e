package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backbonejava.server.TestHttp.Reply;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged writes survive a clean restart and a killed process: on H2 here, on PostgreSQL in
 * {@link PersistencePostgresTest}.
 */
class PersistenceTest {

    @TempDir
    Path tempDir;

    /** Where the server stores its todos, the same for every start within one test: H2 in a temp folder. */
    ServerConfig.Builder database(ServerConfig.Builder builder) {
        return builder.dataDir(tempDir.resolve("data"));
    }

    /** The same as {@link #database}, as command-line arguments. */
    String databaseArgument() {
        return "--data-dir=" + tempDir.resolve("data");
    }

    private static Map<Long, JsonNode> byId(JsonNode list) {
        Map<Long, JsonNode> todos = new LinkedHashMap<>();
        for (JsonNode todo : list) {
            todos.put(todo.get("id").asLong(), todo);
        }
        return todos;
    }

    /**
     * Creates, changes and deletes todos, returning the state every acknowledged response
     * promises, keyed by id.
     */
    private static Map<Long, JsonNode> writeSome(TestHttp http, int count) {
        Map<Long, JsonNode> expected = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Reply reply = http.post("/api/todos", "{\"title\":\"todo " + i + "\",\"order\":" + (count - i) + "}");
            assertEquals(201, reply.status(), reply.body());
            expected.put(reply.json().get("id").asLong(), reply.json());
        }
        Long[] ids = expected.keySet().toArray(new Long[0]);
        for (int i = 0; i < ids.length; i += 3) {
            Reply reply = http.patch("/api/todos/" + ids[i], "{\"completed\":true}");
            assertEquals(200, reply.status(), reply.body());
            expected.put(ids[i], reply.json());
        }
        for (int i = 1; i < ids.length; i += 5) {
            assertEquals(204, http.delete("/api/todos/" + ids[i]).status());
            expected.remove(ids[i]);
        }
        Reply replaced = http.put("/api/todos/" + ids[0], "{\"title\":\"renamed\",\"completed\":false,\"order\":-1}");
        assertEquals(200, replaced.status(), replaced.body());
        expected.put(ids[0], replaced.json());
        // The very last write is acknowledged just before the server goes away.
        Reply last = http.post("/api/todos", "{\"title\":\"the last one\"}");
        assertEquals(201, last.status(), last.body());
        expected.put(last.json().get("id").asLong(), last.json());
        return expected;
    }

    @Test
    void todosSurviveAStopAndStartOnTheSameDatabase() {
        Map<Long, JsonNode> expected;
        try (DemoServer server = DemoServer.start(database(ServerConfig.builder().port(0)).build())) {
            expected = writeSome(new TestHttp(server.port()), 12);
        }
        try (DemoServer server = DemoServer.start(database(ServerConfig.builder().port(0)).build())) {
            TestHttp http = new TestHttp(server.port());
            assertEquals(expected, byId(http.get("/api/todos").json()));
            // Ids are never reused after a restart, even those of deleted todos.
            long newId = http.create("after restart").get("id").asLong();
            long maxOld = expected.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(newId > maxOld, newId + " > " + maxOld);
        }
    }

    @Test
    void everyAcknowledgedTodoSurvivesAKilledServerProcess() throws Exception {
        ServerProcess process = ServerProcess.launch(tempDir, "--port=0", databaseArgument());
        Map<Long, JsonNode> expected;
        try {
            int port = process.awaitPort();
            expected = writeSome(new TestHttp(port), 40);
        } finally {
            // SIGKILL right after the last acknowledgement: no shutdown hook, no clean close.
            process.kill();
        }
        try (DemoServer server = DemoServer.start(database(ServerConfig.builder().port(0)).build())) {
            TestHttp http = new TestHttp(server.port());
            assertEquals(expected, byId(http.get("/api/todos").json()), "stderr of the killed server: " + process.stderr());
        }
        checkLog(process.stderr());
    }

    /** What the killed server's log must show, or not; nothing to check on H2. */
    void checkLog(String stderr) {
    }
}
