package io.backbonejava;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A typed name for a model attribute, so that {@code todo.get(TITLE)} returns a {@code String} with no cast.
 * Declare one constant per attribute next to the model class:
 *
 * <pre>{@code
 * public class Todo extends Model {
 *     public static final Attribute<String> TITLE = Attribute.string("title");
 *     public static final Attribute<Boolean> COMPLETED = Attribute.bool("completed");
 *     public static final Attribute<Integer> ORDER = Attribute.integer("order");
 * }
 * }</pre>
 *
 * <p>Values keep whatever type they were stored with; the attribute converts on the way out where that is
 * safe (any {@link Number} read through {@link #integer} or {@link #number}, since JSON from a server gives
 * doubles), and otherwise fails with {@link ClassCastException}, never silently.
 *
 * @param <T> the Java type the attribute is read as
 */
public final class Attribute<T> {
    private final String name;
    /**
     * Converts a stored, non-null value to the attribute's type. A function per kind rather than a switch:
     * TeaVM then compiles only the conversions an app uses, and an app that reads no numbers as doubles or
     * longs carries no code to print them.
     */
    private final Function<Object, T> reader;

    private Attribute(String name, Function<Object, T> reader) {
        if (name == null) {
            throw new NullPointerException("name == null");
        }
        this.name = name;
        this.reader = reader;
    }

    @SuppressWarnings("unchecked")
    private static <T> Attribute<T> cast(String name) {
        return new Attribute<>(name, value -> (T) value);
    }

    /**
     * An attribute read as whatever type the caller expects (a list, a map, a nested model...).
     *
     * @param name the attribute's name
     * @param <T> the type
     * @return the attribute
     */
    public static <T> Attribute<T> of(String name) {
        return cast(name);
    }

    /**
     * A string attribute.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<String> string(String name) {
        return new Attribute<>(name, value -> (String) value);
    }

    /**
     * A boolean attribute.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Boolean> bool(String name) {
        return new Attribute<>(name, value -> (Boolean) value);
    }

    /**
     * A whole-number attribute; any stored {@link Number} is read through {@code intValue()}.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Integer> integer(String name) {
        return new Attribute<>(name, value -> value instanceof Integer
                ? (Integer) value : Integer.valueOf(((Number) value).intValue()));
    }

    /**
     * A long attribute, for ids and timestamps; any stored {@link Number} is read through {@code longValue()}.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Long> longInteger(String name) {
        return new Attribute<>(name, value -> ((Number) value).longValue());
    }

    /**
     * A numeric attribute read as a double, as JavaScript numbers are.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Double> number(String name) {
        return new Attribute<>(name, value -> ((Number) value).doubleValue());
    }

    /**
     * A list attribute.
     *
     * @param name the attribute's name
     * @param <E> the element type
     * @return the attribute
     */
    public static <E> Attribute<List<E>> list(String name) {
        return cast(name);
    }

    /**
     * A nested-object attribute.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Map<String, Object>> map(String name) {
        return cast(name);
    }

    /** The attribute's name, as used in {@code Model.get(String)} and in event names. */
    public String name() {
        return name;
    }

    /** Converts a stored value to this attribute's type. */
    T read(Object value) {
        return value == null ? null : reader.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
