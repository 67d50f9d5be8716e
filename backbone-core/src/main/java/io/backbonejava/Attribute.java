package io.backbonejava;

import java.util.List;
import java.util.Map;

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
    private final int kind;

    private static final int ANY = 0;
    private static final int STRING = 1;
    private static final int BOOL = 2;
    private static final int INTEGER = 3;
    private static final int NUMBER = 4;
    private static final int LONG = 5;

    private Attribute(String name, int kind) {
        if (name == null) {
            throw new NullPointerException("name == null");
        }
        this.name = name;
        this.kind = kind;
    }

    /**
     * An attribute read as whatever type the caller expects (a list, a map, a nested model...).
     *
     * @param name the attribute's name
     * @param <T> the type
     * @return the attribute
     */
    public static <T> Attribute<T> of(String name) {
        return new Attribute<>(name, ANY);
    }

    /**
     * A string attribute.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<String> string(String name) {
        return new Attribute<>(name, STRING);
    }

    /**
     * A boolean attribute.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Boolean> bool(String name) {
        return new Attribute<>(name, BOOL);
    }

    /**
     * A whole-number attribute; any stored {@link Number} is read through {@code intValue()}.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Integer> integer(String name) {
        return new Attribute<>(name, INTEGER);
    }

    /**
     * A long attribute, for ids and timestamps; any stored {@link Number} is read through {@code longValue()}.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Long> longInteger(String name) {
        return new Attribute<>(name, LONG);
    }

    /**
     * A numeric attribute read as a double, as JavaScript numbers are.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Double> number(String name) {
        return new Attribute<>(name, NUMBER);
    }

    /**
     * A list attribute.
     *
     * @param name the attribute's name
     * @param <E> the element type
     * @return the attribute
     */
    public static <E> Attribute<List<E>> list(String name) {
        return new Attribute<>(name, ANY);
    }

    /**
     * A nested-object attribute.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Map<String, Object>> map(String name) {
        return new Attribute<>(name, ANY);
    }

    /** The attribute's name, as used in {@code Model.get(String)} and in event names. */
    public String name() {
        return name;
    }

    /** Converts a stored value to this attribute's type. */
    @SuppressWarnings("unchecked")
    T read(Object value) {
        if (value == null) {
            return null;
        }
        switch (kind) {
            case STRING:
                return (T) (String) value;
            case BOOL:
                return (T) (Boolean) value;
            case INTEGER:
                return (T) Integer.valueOf(((Number) value).intValue());
            case LONG:
                return (T) Long.valueOf(((Number) value).longValue());
            case NUMBER:
                return (T) Double.valueOf(((Number) value).doubleValue());
            default:
                return (T) value;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
