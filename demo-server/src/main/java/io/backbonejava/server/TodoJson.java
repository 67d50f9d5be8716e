package io.backbonejava.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backbonejava.todo.TodoRules;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads request bodies into validated {@link TodoChanges} and writes todos and errors as JSON.
 *
 * <p>Bodies are parsed into Jackson's tree model and every attribute's JSON type is checked by
 * hand, so {@code "completed": "yes"} or {@code "title": 5} are refused rather than coerced.
 */
final class TodoJson {

    /** The attributes a todo has; anything else in a body is refused. */
    private static final Set<String> FIELDS = Set.of("id", "title", "completed", "order", "version");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            // Jackson otherwise stops after the first value and ignores "{} garbage".
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Two "title" keys would otherwise silently keep the last one.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private TodoJson() {
    }

    /** Parses a body that must be one JSON object; 400 for anything else. */
    static ObjectNode parseObject(byte[] body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "Malformed JSON: " + e.getOriginalMessage() + where(e.getLocation()));
        } catch (IOException e) {
            throw new ApiError(400, "Malformed JSON: " + e.getMessage());
        }
        // readTree gives null or a MissingNode for an empty or all-whitespace body.
        if (node == null || node.isMissingNode()) {
            throw new ApiError(400, "Request body must be a JSON object, got an empty body");
        }
        if (!node.isObject()) {
            throw new ApiError(400, "Request body must be a JSON object, got " + describe(node));
        }
        return (ObjectNode) node;
    }

    /** The attributes of a new todo (POST): title required, the server assigns the id. */
    static TodoChanges readCreate(ObjectNode body) {
        rejectUnknownFields(body);
        if (body.has("id")) {
            throw new ApiError(400, "A new todo must not have an id; the server assigns it", "id");
        }
        if (body.has("version")) {
            throw new ApiError(400, "A new todo must not have a version; the server assigns it", "version");
        }
        return withDefaults(readAttributes(body, true));
    }

    /** The attributes replacing a todo (PUT): title required, absent attributes reset to defaults. */
    static TodoChanges readReplace(ObjectNode body, long pathId) {
        rejectUnknownFields(body);
        checkId(body, pathId);
        checkVersion(body);
        return withDefaults(readAttributes(body, true));
    }

    /** The attributes a PATCH changes; absent attributes stay as they are. */
    static TodoChanges readPatch(ObjectNode body, long pathId) {
        rejectUnknownFields(body);
        checkId(body, pathId);
        checkVersion(body);
        return readAttributes(body, false);
    }

    static ObjectNode toJson(Todo todo) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", todo.id());
        node.put("title", todo.title());
        node.put("completed", todo.completed());
        node.put("order", todo.order());
        node.put("version", todo.version());
        return node;
    }

    static ArrayNode toJson(List<Todo> todos) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Todo todo : todos) {
            array.add(toJson(todo));
        }
        return array;
    }

    /** The body of every error response: {@code {"error": message}}, plus {@code field} if known. */
    static ObjectNode error(String message, String field) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", message);
        if (field != null) {
            node.put("field", field);
        }
        return node;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            // A tree of plain nodes always serializes; reaching this is a bug.
            throw new IllegalStateException(e);
        }
    }

    private static void rejectUnknownFields(ObjectNode body) {
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new ApiError(400, "Unknown field: " + name, name);
            }
        }
    }

    // Backbone sends the id back on save; it must be the todo the URL names.
    private static void checkId(ObjectNode body, long pathId) {
        JsonNode id = body.get("id");
        if (id == null) {
            return;
        }
        boolean same = id.isIntegralNumber() && id.canConvertToLong() && id.longValue() == pathId;
        if (!same) {
            throw new ApiError(400, "The id in the body (" + abbreviate(id) + ") does not match the id in the path ("
                    + pathId + ")", "id");
        }
    }

    /**
     * Backbone sends back every attribute it got, the version included. The server sets the version; one in
     * a body is checked for its type and otherwise ignored: only {@code If-Match} makes a write conditional.
     */
    private static void checkVersion(ObjectNode body) {
        JsonNode version = body.get("version");
        if (version != null && !(version.isIntegralNumber() && version.canConvertToLong() && version.longValue() >= 1)) {
            throw new ApiError(422, "Version must be a whole number from 1 to " + Long.MAX_VALUE, "version");
        }
    }

    private static TodoChanges readAttributes(ObjectNode body, boolean titleRequired) {
        String title = null;
        JsonNode titleNode = body.get("title");
        if (titleNode != null || titleRequired) {
            // TodoRules sees what the browser would: a String, null, or some other value.
            Object raw = titleNode == null || titleNode.isNull() ? null
                    : titleNode.isTextual() ? titleNode.textValue() : titleNode;
            String problem = TodoRules.validateTitle(raw);
            if (problem != null) {
                throw new ApiError(422, problem, "title");
            }
            title = TodoRules.normalizeTitle((String) raw);
            if (!isStorable(title)) {
                throw new ApiError(422, "Title must not contain NUL characters or unpaired surrogates", "title");
            }
        }
        Boolean completed = null;
        JsonNode completedNode = body.get("completed");
        if (completedNode != null) {
            if (!completedNode.isBoolean()) {
                throw new ApiError(422, "Completed must be true or false", "completed");
            }
            completed = completedNode.booleanValue();
        }
        Integer order = null;
        JsonNode orderNode = body.get("order");
        if (orderNode != null) {
            // Integral JSON numbers only: 1.5, "1" and 1e3 are refused, as are values beyond int.
            if (!orderNode.isIntegralNumber() || !orderNode.canConvertToInt()) {
                throw new ApiError(422, "Order must be a whole number from " + Integer.MIN_VALUE + " to "
                        + Integer.MAX_VALUE, "order");
            }
            order = orderNode.intValue();
        }
        return new TodoChanges(title, completed, order);
    }

    /**
     * Whether every database can store the text: PostgreSQL refuses U+0000 in text columns, and
     * an unpaired UTF-16 surrogate has no UTF-8 encoding. Neither can be typed into a text field,
     * so this is the server's own rule rather than part of {@link TodoRules}.
     */
    static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    // POST and PUT store a whole todo: completed defaults to false, order to 0.
    private static TodoChanges withDefaults(TodoChanges changes) {
        return new TodoChanges(changes.title(),
                changes.completed() == null ? Boolean.FALSE : changes.completed(),
                changes.order() == null ? 0 : changes.order());
    }

    private static String describe(JsonNode node) {
        switch (node.getNodeType()) {
            case ARRAY: return "an array";
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case NULL: return "null";
            default: return node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
    }

    // Echo a bad id back, but never a 60 KB one.
    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
