package io.backbonejava.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST resource {@code /api/todos}, in the shape Backbone's {@code sync} expects, and the
 * exception handlers that turn every failure into a JSON error response.
 *
 * <p>Status codes: 200 read or changed, 201 created, 204 deleted, 400 malformed or unacceptable
 * body, 404 no such todo, 405 wrong method, 413 body over 64 KiB, 422 an attribute with a bad
 * value, 500 only for faults of the server itself (such as the database being unreachable).
 */
final class TodoApi {

    /** The largest request body accepted: 64 KiB. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(TodoApi.class);
    private static final String JSON = "application/json";

    private final TodoStore store;

    TodoApi(TodoStore store) {
        this.store = store;
    }

    /** Adds the routes and the exception handlers to a Javalin configuration. */
    void register(JavalinConfig config) {
        config.routes.get("/api/todos", ctx -> respond(ctx, 200, TodoJson.toJson(store.list())));
        config.routes.post("/api/todos", this::create);
        config.routes.get("/api/todos/{id}", ctx -> respond(ctx, 200, TodoJson.toJson(found(store.find(id(ctx))))));
        config.routes.put("/api/todos/{id}", this::replace);
        config.routes.patch("/api/todos/{id}", this::update);
        config.routes.delete("/api/todos/{id}", this::delete);

        config.routes.exception(ApiError.class, (e, ctx) -> respondError(ctx, e.status(), e.getMessage(), e.field()));
        config.routes.exception(HttpResponseException.class, TodoApi::handleJavalinError);
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed: {} {}", ctx.method(), ctx.path(), e);
            respondError(ctx, 500, "Internal server error", null);
        });
        // Errors (AssertionError, StackOverflowError, ...) bypass the exception handlers.
        config.router.javaLangErrorHandler((res, error) -> {
            LOG.error("Failed with an Error", error);
            res.setStatus(500);
            res.setContentType(JSON);
            try {
                res.getOutputStream().write(TodoJson.bytes(TodoJson.error("Internal server error", null)));
            } catch (IOException | RuntimeException e) {
                LOG.debug("Could not write the error body", e);
            }
        });
    }

    private void create(Context ctx) throws SQLException {
        TodoChanges todo = TodoJson.readCreate(TodoJson.parseObject(body(ctx)));
        Todo created = store.create(todo.title(), todo.completed(), todo.order());
        ctx.header("Location", "/api/todos/" + created.id());
        respond(ctx, 201, TodoJson.toJson(created));
    }

    private void replace(Context ctx) throws SQLException {
        long id = id(ctx);
        TodoChanges todo = TodoJson.readReplace(TodoJson.parseObject(body(ctx)), id);
        respond(ctx, 200, TodoJson.toJson(found(store.replace(id, todo.title(), todo.completed(), todo.order()))));
    }

    private void update(Context ctx) throws SQLException {
        long id = id(ctx);
        TodoChanges changes = TodoJson.readPatch(TodoJson.parseObject(body(ctx)), id);
        respond(ctx, 200, TodoJson.toJson(found(store.update(id, changes))));
    }

    private void delete(Context ctx) throws SQLException {
        if (!store.delete(id(ctx))) {
            throw notFound();
        }
        ctx.status(204);
    }

    /**
     * The todo id in the path. Anything but 1 to 18 ASCII digits names no todo, so it is a 404
     * like an id that does not exist (Long.parseLong alone would accept "+5" and "-5").
     */
    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        if (raw.isEmpty() || raw.length() > 18) {
            throw notFound();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                throw notFound();
            }
        }
        return Long.parseLong(raw);
    }

    private static <T> T found(Optional<T> todo) {
        return todo.orElseThrow(TodoApi::notFound);
    }

    private static ApiError notFound() {
        return new ApiError(404, "Todo not found");
    }

    /**
     * Reads at most {@link #MAX_BODY_BYTES} (plus one byte, to notice a longer body), refusing a
     * declared longer body before reading any of it.
     */
    private static byte[] body(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiError(400, "Could not read the request body");
        }
    }

    private static ApiError tooLarge() {
        return new ApiError(413, "Request body must be at most " + MAX_BODY_BYTES + " bytes");
    }

    // Javalin's own refusals (no such route, wrong method, ...) in our JSON shape.
    private static void handleJavalinError(HttpResponseException e, Context ctx) {
        if (e instanceof MethodNotAllowedResponse) {
            Map<String, String> details = e.getDetails();
            String allowed = details.getOrDefault("availableMethods", details.get("Available methods"));
            if (allowed != null) {
                ctx.header("Allow", allowed);
            }
        }
        if (e.getStatus() >= 500) {
            LOG.error("Failed: {} {}", ctx.method(), ctx.path(), e);
        }
        respondError(ctx, e.getStatus(), e.getMessage(), null);
    }

    private static void respondError(Context ctx, int status, String message, String field) {
        respond(ctx, status, TodoJson.error(message, field));
    }

    private static void respond(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).result(TodoJson.bytes(body));
    }
}
