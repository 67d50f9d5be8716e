package io.backbonejava;

import java.util.Collections;
import java.util.Map;

/**
 * The attributes a model would have if a change went through: what {@link Model#validate} judges, before
 * anything is stored or announced. Read it as you read a model, through {@link Attribute} constants.
 *
 * <pre>{@code
 * @Override
 * protected ValidationError validate(Candidate attrs, Options options) {
 *     Integer pages = attrs.get(PAGES);
 *     return pages != null && pages < 1 ? ValidationError.of(PAGES, "A book has at least one page") : null;
 * }
 * }</pre>
 */
public final class Candidate {
    private final Map<String, Object> attributes;

    Candidate(Map<String, Object> attributes) {
        this.attributes = attributes;
    }

    /**
     * An attribute's value, typed.
     *
     * @param attribute the attribute
     * @param <T> its type
     * @return the value, or null when absent
     * @throws ClassCastException naming the attribute when the value has another type
     */
    public <T> T get(Attribute<T> attribute) {
        return attribute.read(attributes.get(attribute.name()));
    }

    /**
     * An attribute's value by name, as Backbone's {@code attrs[name]}.
     *
     * @param attribute the attribute's name
     * @return the value, or null when absent
     */
    public Object get(String attribute) {
        return attributes.get(attribute);
    }

    /**
     * An attribute's value as it was given, whatever its type: for rules that check the type themselves,
     * such as a value straight from a server's JSON.
     *
     * @param attribute the attribute
     * @return the value, or null when absent
     */
    public Object raw(Attribute<?> attribute) {
        return attributes.get(attribute.name());
    }

    /**
     * Whether an attribute holds a value other than null, as {@link Model#has(Attribute)}.
     *
     * @param attribute the attribute
     * @return true when it holds a value
     */
    public boolean has(Attribute<?> attribute) {
        return attributes.get(attribute.name()) != null;
    }

    /** All the attributes, read-only, in the model's order. */
    public Map<String, Object> toMap() {
        return Collections.unmodifiableMap(attributes);
    }
}
