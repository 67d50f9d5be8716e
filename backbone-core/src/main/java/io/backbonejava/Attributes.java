package io.backbonejava;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds attribute maps that keep their order, as a JavaScript object literal does: {@link Model#set} fires
 * its {@code "change:attr"} events in the order of the map it is given, so {@code Map.of} (unordered) is a
 * poor fit.
 *
 * <pre>{@code
 * todo.set(Attributes.of("title", "Buy milk", "completed", false));
 * }</pre>
 */
public final class Attributes {
    private Attributes() {
    }

    /**
     * An ordered, mutable map from alternating names and values.
     *
     * @param namesAndValues {@code name1, value1, name2, value2, ...}; names are strings
     * @return a new {@link LinkedHashMap}
     * @throws IllegalArgumentException on an odd count or a name that is not a string
     */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String)) {
                throw new IllegalArgumentException("attribute name at " + i + " is not a string");
            }
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
