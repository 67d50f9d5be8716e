package io.backbonejava.sync;

import io.backbonejava.ValidationError;
import java.util.List;
import java.util.Map;

/**
 * Reads the body of a 400 or 422 response as a {@link ValidationError}, by the conventions of the servers
 * Backbone apps talk to:
 * <ul>
 * <li>Django REST Framework: {@code {"title": ["This field may not be blank."], "non_field_errors": [...]}},
 *     or {@code {"detail": "..."}}; each value a message or a list of messages. {@code non_field_errors},
 *     {@code detail} and Django's {@code __all__} are about the model as a whole.</li>
 * <li>Rails: the same map, or wrapped as {@code {"errors": {...}}}.</li>
 * <li>One message: {@code {"error": "...", "field": "title"}} (the demo server's), the field optional.</li>
 * </ul>
 * Anything else (not an object, no message in it) is not a validation error.
 */
final class ServerErrors {
    private ServerErrors() {
    }

    /** Whether a status is one whose body may name invalid attributes. */
    static boolean isValidationStatus(int status) {
        return status == 400 || status == 422;
    }

    /**
     * The validation error in a response body.
     *
     * @param body the parsed JSON body, or null
     * @return the error, or null when the body holds no message
     */
    @SuppressWarnings("unchecked")
    static ValidationError read(Object body) {
        if (!(body instanceof Map)) {
            return null;
        }
        Map<String, Object> map = (Map<String, Object>) body;
        if (map.get("errors") instanceof Map) {
            map = (Map<String, Object>) map.get("errors");
        } else if (map.get("error") instanceof String) {
            Object field = map.get("field");
            String message = (String) map.get("error");
            return field instanceof String ? ValidationError.of((String) field, message) : ValidationError.of(message);
        }
        ValidationError error = null;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            String name = entry.getKey();
            boolean general = "non_field_errors".equals(name) || "detail".equals(name) || "__all__".equals(name);
            Object value = entry.getValue();
            if (value instanceof String) {
                error = add(error, general ? null : name, (String) value);
            } else if (value instanceof List) {
                for (Object item : (List<Object>) value) {
                    if (item instanceof String) {
                        error = add(error, general ? null : name, (String) item);
                    }
                }
            }
        }
        return error;
    }

    private static ValidationError add(ValidationError error, String attribute, String message) {
        if (attribute == null) {
            return error == null ? ValidationError.of(message) : error.and(message);
        }
        return error == null ? ValidationError.of(attribute, message) : error.and(attribute, message);
    }
}
