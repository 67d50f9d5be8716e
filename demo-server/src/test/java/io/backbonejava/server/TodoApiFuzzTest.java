package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backbonejava.server.TestHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd request bodies, sent to every writing endpoint: none may cause a 5xx or a non-JSON error. On H2 here,
 * on PostgreSQL (which refuses some text H2 stores) in {@link TodoApiFuzzPostgresTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodoApiFuzzTest {

    // Set from @BeforeAll's parameter: a @TempDir field is not yet injected when a PER_CLASS @BeforeAll runs.
    private Path dataDir;

    private DemoServer server;
    private TestHttp http;
    private String todoPath;

    /** Where the server stores its todos: an H2 file in a temporary folder. */
    ServerConfig.Builder database(ServerConfig.Builder builder) {
        return builder.dataDir(dataDir);
    }

    @BeforeAll
    void startServer(@TempDir Path tempDir) {
        dataDir = tempDir;
        server = DemoServer.start(database(ServerConfig.builder().port(0)).build());
        http = new TestHttp(server.port());
        todoPath = "/api/todos/" + http.create("Fuzz target").get("id").asLong();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    static Stream<byte[]> oddBodies() {
        List<String> texts = new ArrayList<>(List.of(
                "", " ", "\n", "null", "true", "false", "0", "-0", "1e999", "-1e999", "\"\"", "\"title\"",
                "[]", "[null]", "[{}]", "{}", "{\"\":\"\"}", "{\"title\":null,\"completed\":null,\"order\":null,\"id\":null}",
                "{\"title\":[]}", "{\"title\":{}}", "{\"title\":{\"title\":\"x\"}}", "{\"title\":1e309}",
                "{\"title\":\"x\",\"order\":1e309}", "{\"title\":\"x\",\"order\":-1e309}",
                "{\"title\":\"x\",\"order\":9223372036854775808}", "{\"title\":\"x\",\"order\":" + "9".repeat(900) + "}",
                "{\"title\":\"x\",\"order\":" + "9".repeat(5000) + "}", "{\"title\":\"x\",\"order\":NaN}",
                "{\"title\":\"x\",\"order\":Infinity}", "{\"title\":\"x\",\"order\":0x10}", "{\"title\":\"x\",\"order\":01}",
                "{\"id\":1e400,\"title\":\"x\"}", "{\"id\":" + "1".repeat(40) + ",\"title\":\"x\"}",
                "{\"title\":\"\\u0000\"}", "{\"title\":\"\\ud83d\"}", "{\"title\":\"\\ude00x\"}", "{\"title\":\"\\uZZZZ\"}",
                "{\"title\":\"tab\tinside\"}", "{\"title\":\"\\\\\"}", "{\"title\":\"😀\"}", "{\"title\":\"\u202Eevil\u202C\"}",
                "{\"title\":\"\uFEFF\"}", "\uFEFF{\"title\":\"after a BOM\"}", "{\"__proto__\":{\"title\":\"x\"}}",
                "{\"constructor\":{\"prototype\":{}}}", "/* comment */ {\"title\":\"x\"}", "{\"title\":\"x\"} // comment",
                "{\"title\":\"x\"}\u0000", "{\"title\":\"x\"", "{\"title\":\"x\\\"}", "{{}}", "{\"a\":" + "[".repeat(3000)
                        + "]".repeat(3000) + "}", "[".repeat(20_000) + "]".repeat(20_000),
                "{\"title\":\"" + "\\u0041".repeat(1001) + "\"}", "{\"title\":\"" + "\\u0041".repeat(1000) + "\"}",
                "{\"title\":\"x\",\"completed\":tru}", "{\"title\":\"x\",\"completed\":True}", "{\"title\":'x'}"));
        List<byte[]> bodies = new ArrayList<>();
        for (String text : texts) {
            bodies.add(text.getBytes(StandardCharsets.UTF_8));
        }
        // Bytes that are not UTF-8, and JSON in UTF-16.
        bodies.add(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD});
        bodies.add(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        bodies.add("{\"title\":\"utf-16\"}".getBytes(StandardCharsets.UTF_16));
        bodies.add(new byte[] {0, 0, 0, 0});
        return bodies.stream();
    }

    @ParameterizedTest
    @MethodSource("oddBodies")
    void noOddBodyCausesAServerError(byte[] body) {
        String shown = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
        for (String[] target : new String[][] {{"POST", "/api/todos"}, {"PUT", todoPath}, {"PATCH", todoPath}}) {
            Reply reply = http.send(target[0], target[1], body);
            assertTrue(reply.status() < 500, target[0] + " " + shown + " -> " + reply.status() + " " + reply.body());
            if (reply.status() >= 400) {
                reply.error(reply.status());
            } else {
                JsonNode todo = reply.json();
                assertTrue(todo.get("title").isTextual() && !todo.get("title").asText().isBlank(), reply.body());
                assertTrue(todo.get("completed").isBoolean(), reply.body());
                assertTrue(todo.get("order").isInt(), reply.body());
            }
        }
    }

    @Test
    void theServerStillAnswersAfterTheFuzzing() {
        oddBodies().forEach(body -> http.send("POST", "/api/todos", body));
        Reply reply = http.get("/api/todos");
        assertEquals(200, reply.status());
        assertTrue(reply.json().isArray());
    }
}
