package io.backbonejava.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading-list example's {@code /api/books} over real HTTP: create, read, update, patch, delete, and every
 * refusal in the shape the app turns into messages next to its fields (422 with a list per field).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookApiTest {
    private DemoServer server;
    private TestHttp http;

    @BeforeAll
    void startServer(@TempDir Path dataDir) {
        server = DemoServer.start(ServerConfig.builder().port(0).dataDir(dataDir).build());
        http = new TestHttp(server.port());
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private JsonNode create(String body) {
        TestHttp.Reply reply = http.post("/api/books", body);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void createsReadsUpdatesAndDeletesABook() {
        JsonNode book = create("{\"title\":\"Dune\",\"author\":\"Frank Herbert\",\"year\":1965}");
        long id = book.get("id").asLong();
        assertEquals("Dune", book.get("title").asText());
        assertEquals(1965, book.get("year").intValue());
        assertFalse(book.get("read").booleanValue());
        assertEquals(5, book.size(), "exactly id, title, author, year, read");

        assertEquals("Frank Herbert", http.get("/api/books/" + id).json().get("author").asText());
        TestHttp.Reply patched = http.patch("/api/books/" + id, "{\"read\":true}");
        assertEquals(200, patched.status(), patched.body());
        assertTrue(patched.json().get("read").booleanValue());
        assertEquals("Dune", patched.json().get("title").asText());

        TestHttp.Reply replaced = http.put("/api/books/" + id,
                "{\"id\":" + id + ",\"title\":\"Dune Messiah\",\"author\":\"Frank Herbert\",\"year\":null,\"read\":false}");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("Dune Messiah", replaced.json().get("title").asText());
        assertTrue(replaced.json().get("year").isNull());

        boolean listed = false;
        for (JsonNode each : http.get("/api/books").json()) {
            listed |= each.get("id").asLong() == id;
        }
        assertTrue(listed);
        assertEquals(204, http.delete("/api/books/" + id).status());
        assertEquals(404, http.get("/api/books/" + id).status());
        assertEquals(404, http.delete("/api/books/" + id).status());
    }

    @Test
    void badValuesAreRefusedWithAListOfMessagesPerField() {
        TestHttp.Reply reply = http.post("/api/books", "{\"title\":\"  \",\"year\":1200,\"read\":\"yes\"}");
        assertEquals(422, reply.status());
        JsonNode errors = reply.json();
        assertEquals("A title is required", errors.get("title").get(0).asText());
        assertEquals("An author is required", errors.get("author").get(0).asText());
        assertEquals("Enter a year between 1450 and 2100", errors.get("year").get(0).asText());
        assertEquals("Must be true or false", errors.get("read").get(0).asText());

        assertEquals("Enter a year between 1450 and 2100",
                http.post("/api/books", "{\"title\":\"A\",\"author\":\"B\",\"year\":1999.5}").json()
                        .get("year").get(0).asText());
        assertEquals("Must be text",
                http.post("/api/books", "{\"title\":7,\"author\":\"B\"}").json().get("title").get(0).asText());
        assertEquals("At most 200 characters", http.post("/api/books",
                "{\"title\":\"" + "x".repeat(201) + "\",\"author\":\"B\"}").json().get("title").get(0).asText());
    }

    @Test
    void aSecondBookWithTheSameTitleAndAuthorIsRefusedOnItsTitle() {
        JsonNode first = create("{\"title\":\"Emma\",\"author\":\"Jane Austen\"}");
        TestHttp.Reply again = http.post("/api/books", "{\"title\":\" emma \",\"author\":\"JANE AUSTEN\"}");
        assertEquals(422, again.status());
        assertEquals("This book is already on the list", again.json().get("title").get(0).asText());

        JsonNode other = create("{\"title\":\"Persuasion\",\"author\":\"Jane Austen\"}");
        TestHttp.Reply renamed = http.patch("/api/books/" + other.get("id").asLong(), "{\"title\":\"Emma\"}");
        assertEquals(422, renamed.status());
        assertEquals("Persuasion", http.get("/api/books/" + other.get("id").asLong()).json().get("title").asText());
        // The book itself may be saved again unchanged.
        assertEquals(200, http.patch("/api/books/" + first.get("id").asLong(), "{\"title\":\"Emma\"}").status());
    }

    @Test
    void malformedRequestsGetAJsonError() {
        TestHttp.Reply notJson = http.post("/api/books", "{\"title\":");
        assertEquals(400, notJson.status());
        assertEquals("The body is not valid JSON", notJson.json().get("error").asText());
        assertEquals(400, http.post("/api/books", "[1]").status());
        assertEquals(404, http.get("/api/books/abc").status());
        assertEquals("Book not found", http.get("/api/books/999999").json().get("error").asText());
    }
}
