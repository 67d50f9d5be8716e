package io.backbonejava;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Why a model's attributes were refused: messages about the model as a whole, and messages about named
 * attributes. It is what {@link Model#validate} returns, what {@link Model#validationError()} and the
 * {@code "invalid"} event hand over, and the shape in which a server's per-field errors reach a model, so a
 * form can show client-side and server-side errors next to their fields from one source.
 *
 * <p>It is an immutable value: {@link #and(Attribute, String)} returns a new error with one more message, and
 * {@link #add(ValidationError, Attribute, String)} does the same starting from null, so that a {@code validate}
 * can collect every rule's message in one variable and return it as it is, null when all is well.
 *
 * <pre>{@code
 * @Override
 * protected ValidationError validate(Candidate attrs, Options options) {
 *     ValidationError error = null;
 *     if (attrs.get(TITLE) == null || attrs.get(TITLE).trim().isEmpty()) {
 *         error = ValidationError.add(error, TITLE, "A title is required");
 *     }
 *     if (attrs.get(PAGES) != null && attrs.get(PAGES) < 1) {
 *         error = ValidationError.add(error, PAGES, "A book has at least one page");
 *     }
 *     return error;   // null: valid
 * }
 *
 * book.on("invalid", e -> form.showErrors(book.validationError()));
 * book.validationError().messages(TITLE);   // ["A title is required"]
 * }</pre>
 */
public final class ValidationError {
    private final List<String> general;
    private final Map<String, List<String>> fields;

    private ValidationError(List<String> general, Map<String, List<String>> fields) {
        this.general = general;
        this.fields = fields;
    }

    /**
     * An error about the model as a whole, such as "the end date is before the start date".
     *
     * @param message the message shown to the user
     * @return the error
     */
    public static ValidationError of(String message) {
        return new ValidationError(Collections.<String>emptyList(), Collections.<String, List<String>>emptyMap())
                .and(message);
    }

    /**
     * An error about one attribute.
     *
     * @param attribute the attribute at fault
     * @param message the message shown next to its field
     * @return the error
     */
    public static ValidationError of(Attribute<?> attribute, String message) {
        return of(attribute.name(), message);
    }

    /**
     * An error about one attribute named as a server names it, such as a field of a 400 response's body.
     *
     * @param attribute the attribute's name
     * @param message the message shown next to its field
     * @return the error
     */
    public static ValidationError of(String attribute, String message) {
        return new ValidationError(Collections.<String>emptyList(), Collections.<String, List<String>>emptyMap())
                .and(attribute, message);
    }

    /**
     * One more message about an attribute, null-safe: {@code error} with the message added, or, when
     * {@code error} is null (nothing found wrong so far), a new error holding just this message. The way for
     * {@link Model#validate} to gather the messages of several rules, without {@code error == null ? ... : ...}.
     *
     * @param error the messages gathered so far, or null
     * @param attribute the attribute at fault
     * @param message the message shown next to its field
     * @return a new error
     * @throws NullPointerException when {@code attribute} or {@code message} is null
     */
    public static ValidationError add(ValidationError error, Attribute<?> attribute, String message) {
        Objects.requireNonNull(attribute, "attribute == null");
        return error == null ? of(attribute, message) : error.and(attribute, message);
    }

    /**
     * One more message about the model as a whole, null-safe: {@code error} with the message added, or, when
     * {@code error} is null, a new error holding just this message.
     *
     * @param error the messages gathered so far, or null
     * @param message the message, such as "The end date is before the start date"
     * @return a new error
     * @throws NullPointerException when {@code message} is null
     */
    public static ValidationError add(ValidationError error, String message) {
        return error == null ? of(message) : error.and(message);
    }

    /**
     * This error with one more message about the model as a whole.
     *
     * @param message the message
     * @return a new error
     */
    public ValidationError and(String message) {
        Objects.requireNonNull(message, "message == null");
        List<String> more = new ArrayList<>(general);
        more.add(message);
        return new ValidationError(Collections.unmodifiableList(more), fields);
    }

    /**
     * This error with one more message about an attribute.
     *
     * @param attribute the attribute at fault
     * @param message the message
     * @return a new error
     */
    public ValidationError and(Attribute<?> attribute, String message) {
        return and(attribute.name(), message);
    }

    /**
     * This error with one more message about an attribute given by name.
     *
     * @param attribute the attribute's name
     * @param message the message
     * @return a new error
     */
    public ValidationError and(String attribute, String message) {
        Objects.requireNonNull(attribute, "attribute == null");
        Objects.requireNonNull(message, "message == null");
        Map<String, List<String>> more = new LinkedHashMap<>(fields);
        List<String> messages = new ArrayList<>(messages(attribute));
        messages.add(message);
        more.put(attribute, Collections.unmodifiableList(messages));
        return new ValidationError(general, Collections.unmodifiableMap(more));
    }

    /** The first message: about the model as a whole if there is one, else about the first attribute. */
    public String message() {
        if (!general.isEmpty()) {
            return general.get(0);
        }
        // Through entrySet: apps then carry no class for a map's values() view.
        return fields.entrySet().iterator().next().getValue().get(0);
    }

    /** The messages about the model as a whole, in order; empty when all are about attributes. */
    public List<String> messages() {
        return general;
    }

    /**
     * The messages about one attribute, in order.
     *
     * @param attribute the attribute
     * @return its messages, empty when it has none
     */
    public List<String> messages(Attribute<?> attribute) {
        return messages(attribute.name());
    }

    /**
     * The messages about one attribute given by name.
     *
     * @param attribute the attribute's name
     * @return its messages, empty when it has none
     */
    public List<String> messages(String attribute) {
        List<String> messages = fields.get(attribute);
        return messages == null ? Collections.<String>emptyList() : messages;
    }

    /**
     * Whether an attribute is at fault.
     *
     * @param attribute the attribute
     * @return true when there is a message about it
     */
    public boolean has(Attribute<?> attribute) {
        return fields.containsKey(attribute.name());
    }

    /** The attributes at fault with their messages, read-only, in the order they were named. */
    public Map<String, List<String>> fieldMessages() {
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidationError && general.equals(((ValidationError) other).general)
                && fields.equals(((ValidationError) other).fields);
    }

    @Override
    public int hashCode() {
        return general.hashCode() * 31 + fields.hashCode();
    }

    /** Every message, the general ones first, then each attribute's as {@code name: message}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (String message : general) {
            text.append(text.length() > 0 ? "; " : "").append(message);
        }
        for (Map.Entry<String, List<String>> entry : fields.entrySet()) {
            for (String message : entry.getValue()) {
                text.append(text.length() > 0 ? "; " : "").append(entry.getKey()).append(": ").append(message);
            }
        }
        return text.toString();
    }
}
