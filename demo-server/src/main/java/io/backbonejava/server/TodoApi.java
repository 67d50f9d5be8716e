package io.backbonejava.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST resource {@code /api/todos}, in the shape Backbone's {@code sync} expects, and the
 * exception handlers that turn every failure into a JSON error response.
 *
 * <p>Status codes: 200 read or changed, 201 created, 204 deleted, 400 malformed or unacceptable
 * body or {@code If-Match}, 404 no such todo, 405 wrong method, 412 a stale {@code If-Match}, 413 body
 * over 64 KiB, 415 a body that is not {@code application/json}, 422 an attribute with a bad value,
 * 503 no database connection free or reachable in time, 500 only for faults of the server itself.
 *
 * <p>Every todo response carries the todo's {@code ETag} (its version in quotes, as in the {@code version}
 * attribute). A PUT, PATCH or DELETE with {@code If-Match} happens only if the todo is still at that
 * version; otherwise the answer is a 412 whose body is the server's current copy, with its ETag. Without
 * If-Match a write is unconditional.
 */
final class TodoApi {

    /** The largest request body accepted: 64 KiB. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    /** How much of a refused body is read and thrown away so the client gets its 413: 4 MiB. */
    static final long MAX_DRAINED_BYTES = 4L * 1024 * 1024;

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
        config.routes.get("/api/todos/{id}", ctx -> respondTodo(ctx, 200, found(store.find(id(ctx)))));
        config.routes.put("/api/todos/{id}", this::replace);
        config.routes.patch("/api/todos/{id}", this::update);
        config.routes.delete("/api/todos/{id}", this::delete);

        config.routes.exception(ApiError.class, (e, ctx) -> respondError(ctx, e.status(), e.getMessage(), e.field()));
        config.routes.exception(HttpResponseException.class, TodoApi::handleJavalinError);
        // No connection free in time, or the database went away mid-request (a restart): worth a retry.
        config.routes.exception(SQLException.class, (e, ctx) -> {
            if (!isUnavailable(e)) {
                LOG.error("Failed: {} {}", ctx.method(), ctx.path(), e);
                respondError(ctx, 500, "Internal server error", null);
                return;
            }
            LOG.warn("Database unavailable for {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "1");
            respondError(ctx, 503, "The database is unavailable; try again", null);
        });
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
        respondTodo(ctx, 201, created);
    }

    private void replace(Context ctx) throws SQLException {
        long id = id(ctx);
        IfMatch precondition = ifMatch(ctx);
        TodoChanges todo = TodoJson.readReplace(TodoJson.parseObject(body(ctx)), id);
        respondWritten(ctx, store.update(id, todo, precondition), 200);
    }

    private void update(Context ctx) throws SQLException {
        long id = id(ctx);
        IfMatch precondition = ifMatch(ctx);
        TodoChanges changes = TodoJson.readPatch(TodoJson.parseObject(body(ctx)), id);
        respondWritten(ctx, store.update(id, changes, precondition), 200);
    }

    private void delete(Context ctx) throws SQLException {
        long id = id(ctx);
        respondWritten(ctx, store.delete(id, ifMatch(ctx)), 204);
    }

    /**
     * Whether the database could not be reached, rather than refused the statement: the pool's timeout, or
     * SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shutting down or starting).
     */
    static boolean isUnavailable(SQLException e) {
        if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    // A todo as written, a 404, or a 412 carrying the current copy, which a client can show or merge.
    private static void respondWritten(Context ctx, TodoStore.Write write, int status) {
        switch (write.outcome()) {
            case NOT_FOUND -> throw notFound();
            case PRECONDITION_FAILED -> respondTodo(ctx, 412, write.todo());
            default -> {
                if (status == 204) {
                    ctx.status(204);
                } else {
                    respondTodo(ctx, status, write.todo());
                }
            }
        }
    }

    // Every If-Match line of the request, as one list.
    private static IfMatch ifMatch(Context ctx) {
        Enumeration<String> values = ctx.req().getHeaders("If-Match");
        if (values == null || !values.hasMoreElements()) {
            return IfMatch.NONE;
        }
        StringBuilder joined = new StringBuilder(values.nextElement());
        while (values.hasMoreElements()) {
            joined.append(',').append(values.nextElement());
        }
        return IfMatch.parse(joined.toString());
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
     * Reads at most {@link #MAX_BODY_BYTES} (plus one byte, to notice a longer body). A longer body is read
     * to its end and thrown away before the 413 goes out, up to {@link #MAX_DRAINED_BYTES}: a client still
     * sending when the server answers and closes would see a reset connection instead of the 413.
     */
    private static byte[] body(Context ctx) {
        try {
            InputStream in = ctx.req().getInputStream();
            if (!isJson(ctx.req().getContentType())) {
                drain(in);
                throw new ApiError(415, "Content-Type must be application/json");
            }
            if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
                drain(in);
                throw tooLarge();
            }
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                drain(in);
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiError(400, "Could not read the request body");
        }
    }

    /**
     * Whether a Content-Type header names JSON in UTF-8: {@code application/json}, with no charset or
     * {@code charset=utf-8}. Refusing the rest also refuses the bodies a cross-site form or a no-cors fetch
     * can send without a preflight ({@code text/plain}, {@code application/x-www-form-urlencoded},
     * {@code multipart/form-data}).
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        if (!mediaType.equalsIgnoreCase(JSON)) {
            return false;
        }
        int start = semicolon;
        while (start >= 0) {
            int next = contentType.indexOf(';', start + 1);
            String parameter = contentType.substring(start + 1, next < 0 ? contentType.length() : next).strip();
            int eq = parameter.indexOf('=');
            if (eq > 0 && parameter.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                String charset = parameter.substring(eq + 1).strip();
                if (charset.length() >= 2 && charset.startsWith("\"") && charset.endsWith("\"")) {
                    charset = charset.substring(1, charset.length() - 1);
                }
                if (!charset.equalsIgnoreCase("utf-8")) {
                    return false;
                }
            }
            start = next;
        }
        return true;
    }

    /** Discards what is left of a refused body, up to a limit beyond which the connection is simply closed. */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long drained = 0;
        int read;
        while (drained < MAX_DRAINED_BYTES && (read = in.read(buffer)) >= 0) {
            drained += read;
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

    private static void respondTodo(Context ctx, int status, Todo todo) {
        ctx.header("ETag", todo.etag());
        respond(ctx, status, TodoJson.toJson(todo));
    }

    private static void respond(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType(JSON).result(TodoJson.bytes(body));
    }
}
