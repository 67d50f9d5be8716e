package io.backbonejava.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST resource {@code /api/books} of the reading-list example: a small list kept in memory (it starts
 * empty each time the server starts), validated field by field the way Django REST Framework answers, so
 * that the app shows the server's messages next to its fields.
 *
 * <p>A book is {@code {"id": 1, "title": "Dune", "author": "Frank Herbert", "year": 1965, "read": false}}.
 * Routes: {@code GET /api/books}, {@code POST /api/books} (201), {@code GET}, {@code PUT}, {@code PATCH}
 * (200) and {@code DELETE} (204) {@code /api/books/{id}}. A body that is not a JSON object is a 400
 * ({@code {"error": "..."}}); a book with bad values is a 422 naming each field at fault,
 * {@code {"title": ["A title is required"], "year": ["Enter a year between 1450 and 2100"]}}, and so is a
 * second book with the title and author of one already listed, a rule only the server can check. An
 * unknown id is a 404.
 */
final class BookApi {
    static final int MAX_TITLE = 200;
    static final int FIRST_YEAR = 1450;
    static final int LAST_YEAR = 2100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIELDS = {"title", "author", "year", "read"};

    /** The books by id, in the order they were added; guarded by this. */
    private final Map<Long, ObjectNode> books = new LinkedHashMap<>();
    private long nextId = 1;

    /** Adds the routes to a Javalin configuration; errors go through the handlers {@link TodoApi} installs. */
    void register(JavalinConfig config) {
        config.routes.get("/api/books", ctx -> respond(ctx, 200, list()));
        config.routes.post("/api/books", ctx -> respond(ctx, 201, create(read(ctx))));
        config.routes.get("/api/books/{id}", ctx -> respond(ctx, 200, find(id(ctx)).deepCopy()));
        config.routes.put("/api/books/{id}", ctx -> respond(ctx, 200, update(id(ctx), read(ctx), false)));
        config.routes.patch("/api/books/{id}", ctx -> respond(ctx, 200, update(id(ctx), read(ctx), true)));
        config.routes.delete("/api/books/{id}", ctx -> {
            delete(id(ctx));
            ctx.status(204);
        });
        config.routes.exception(FieldErrors.class, (e, ctx) -> respond(ctx, 422, e.body()));
    }

    private synchronized ArrayNode list() {
        ArrayNode all = JsonNodeFactory.instance.arrayNode();
        for (ObjectNode book : books.values()) {
            all.add(book.deepCopy());
        }
        return all;
    }

    private synchronized JsonNode create(ObjectNode body) {
        ObjectNode book = JsonNodeFactory.instance.objectNode();
        book.put("id", nextId);
        book.put("title", "");
        book.put("author", "");
        book.putNull("year");
        book.put("read", false);
        apply(book, body, false);
        books.put(nextId++, book);
        return book.deepCopy();
    }

    private synchronized JsonNode update(long id, ObjectNode body, boolean partial) {
        ObjectNode book = find(id);
        ObjectNode changed = book.deepCopy();
        apply(changed, body, partial);
        books.put(id, changed);
        return changed.deepCopy();
    }

    private synchronized void delete(long id) {
        if (books.remove(id) == null) {
            throw notFound();
        }
    }

    private synchronized ObjectNode find(long id) {
        ObjectNode book = books.get(id);
        if (book == null) {
            throw notFound();
        }
        return book;
    }

    /**
     * Copies the body's fields into the book and checks the result, throwing a 422 with every field's messages;
     * a full update (PUT) or a create must carry title and author, a PATCH only what changes.
     */
    private void apply(ObjectNode book, ObjectNode body, boolean partial) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (body.has(field)) {
                book.set(field, body.get(field));
            } else if (!partial && (field.equals("title") || field.equals("author"))) {
                book.put(field, "");
            }
        }
        requiredText(book, "title", "A title is required", errors);
        requiredText(book, "author", "An author is required", errors);
        JsonNode year = book.get("year");
        if (!year.isNull() && !(year.canConvertToExactIntegral() && year.asLong() >= FIRST_YEAR
                && year.asLong() <= LAST_YEAR)) {
            add(errors, "year", "Enter a year between " + FIRST_YEAR + " and " + LAST_YEAR);
        } else if (!year.isNull()) {
            book.put("year", year.asInt());
        }
        if (!book.get("read").isBoolean()) {
            add(errors, "read", "Must be true or false");
        }
        if (errors.isEmpty() && isListed(book)) {
            add(errors, "title", "This book is already on the list");
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
    }

    private static void requiredText(ObjectNode book, String field, String required, Map<String, List<String>> errors) {
        JsonNode value = book.get(field);
        if (!value.isTextual()) {
            add(errors, field, "Must be text");
        } else if (value.asText().isBlank()) {
            add(errors, field, required);
        } else if (value.asText().length() > MAX_TITLE) {
            add(errors, field, "At most " + MAX_TITLE + " characters");
        }
    }

    /** Whether another book has this one's title and author, ignoring case and surrounding spaces. */
    private boolean isListed(ObjectNode book) {
        for (ObjectNode other : books.values()) {
            if (other.get("id").asLong() != book.get("id").asLong()
                    && same(other, book, "title") && same(other, book, "author")) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(ObjectNode a, ObjectNode b, String field) {
        return a.get(field).asText().strip().equalsIgnoreCase(b.get(field).asText().strip());
    }

    private static void add(Map<String, List<String>> errors, String field, String message) {
        errors.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }

    /** The body as a JSON object, or a 400 (415 when it is not JSON at all). */
    private static ObjectNode read(Context ctx) {
        if (!TodoApi.isJson(ctx.req().getContentType())) {
            throw new ApiError(415, "Content-Type must be application/json");
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new ApiError(400, "The body is not valid JSON");
        }
        if (body == null || !body.isObject()) {
            throw new ApiError(400, "The body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    /** The id in the path: 1 to 18 ASCII digits, else no book. */
    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw notFound();
        }
        return Long.parseLong(raw);
    }

    private static ApiError notFound() {
        return new ApiError(404, "Book not found");
    }

    private static void respond(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 422 naming each field at fault, answered in Django REST Framework's shape. */
    static final class FieldErrors extends RuntimeException {
        private final Map<String, List<String>> errors;

        FieldErrors(Map<String, List<String>> errors) {
            super("invalid book", null, false, false);
            this.errors = errors;
        }

        /** The response body: each field's name with its list of messages. */
        JsonNode body() {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, List<String>> entry : errors.entrySet()) {
                ArrayNode messages = body.putArray(entry.getKey());
                entry.getValue().forEach(messages::add);
            }
            return body;
        }
    }
}
