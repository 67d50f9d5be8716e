package io.backbonejava;

import java.util.Comparator;
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
 * doubles), and otherwise fails with a {@link ClassCastException} that names the attribute, never silently:
 * on the JVM and in the browser alike ({@code attribute "title" holds a number, not a string}).
 *
 * <p>An attribute also stands for three things Java code often needs of it: its name, as a
 * {@link CharSequence}; the reading of it from a model, as a {@link Function} ({@code todos.map(TITLE)}); and
 * the order of models by it, as a {@link Comparator} in Underscore's {@code sortBy} order. That is what lets
 * {@code Collection.comparator} take a name, an attribute, a key function, a comparator or null without any
 * call being ambiguous: the attribute form is the most specific, and null there removes the comparator.
 *
 * @param <T> the Java type the attribute is read as
 */
public final class Attribute<T> implements CharSequence, Function<Model, T>, Comparator<Model> {
    private final String name;
    /**
     * Converts a stored, non-null value to the attribute's type, or answers null when it has another type. A
     * function per kind rather than a switch: TeaVM then compiles only the conversions an app uses. The type
     * is tested, not cast: TeaVM's output does not check casts, so a wrong type would fail later and far away.
     */
    private final Function<Object, T> reader;
    /** What the attribute holds, for the message of a wrong read: "a string". */
    private final String expected;
    /** Which of the kinds below it is: how a {@link Form} field turns its text into a value and back. */
    private final int kind;

    /** Kinds of attribute, for {@link FieldText}: {@link #of}, list and map attributes have no field text. */
    static final int OTHER = 0;
    static final int STRING = 1;
    static final int BOOLEAN = 2;
    static final int INTEGER = 3;
    static final int LONG = 4;
    static final int NUMBER = 5;

    private Attribute(String name, String expected, int kind, Function<Object, T> reader) {
        if (name == null) {
            throw new NullPointerException("name == null");
        }
        this.name = name;
        this.expected = expected;
        this.kind = kind;
        this.reader = reader;
    }

    @SuppressWarnings("unchecked")
    private static <T> Attribute<T> cast(String name) {
        return new Attribute<>(name, null, OTHER, value -> (T) value);
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
        return new Attribute<>(name, "a string", STRING, value -> value instanceof String ? (String) value : null);
    }

    /**
     * A boolean attribute.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Boolean> bool(String name) {
        return new Attribute<>(name, "a boolean", BOOLEAN, value -> value instanceof Boolean ? (Boolean) value : null);
    }

    /**
     * A whole-number attribute; any stored {@link Number} is read through {@code intValue()}.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Integer> integer(String name) {
        return new Attribute<>(name, "a number", INTEGER, value -> value instanceof Integer ? (Integer) value
                : value instanceof Number ? Integer.valueOf(((Number) value).intValue()) : null);
    }

    /**
     * A long attribute, for ids and timestamps; any stored {@link Number} is read through {@code longValue()}.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Long> longInteger(String name) {
        return new Attribute<>(name, "a number", LONG,
                value -> value instanceof Number ? Long.valueOf(((Number) value).longValue()) : null);
    }

    /**
     * A numeric attribute read as a double, as JavaScript numbers are.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    public static Attribute<Double> number(String name) {
        return new Attribute<>(name, "a number", NUMBER,
                value -> value instanceof Number ? Double.valueOf(((Number) value).doubleValue()) : null);
    }

    /**
     * A list attribute.
     *
     * @param name the attribute's name
     * @param <E> the element type
     * @return the attribute
     */
    @SuppressWarnings("unchecked")
    public static <E> Attribute<List<E>> list(String name) {
        return new Attribute<>(name, "a list", OTHER, value -> value instanceof List ? (List<E>) value : null);
    }

    /**
     * A nested-object attribute.
     *
     * @param name the attribute's name
     * @return the attribute
     */
    @SuppressWarnings("unchecked")
    public static Attribute<Map<String, Object>> map(String name) {
        return new Attribute<>(name, "an object", OTHER,
                value -> value instanceof Map ? (Map<String, Object>) value : null);
    }

    /** The attribute's name, as used in {@code Model.get(String)} and in event names. */
    public String name() {
        return name;
    }

    /** Which kind of value it holds: {@link #STRING}, {@link #NUMBER}... or {@link #OTHER}. */
    int kind() {
        return kind;
    }

    /** Converts a stored value to this attribute's type, failing with a message that names the attribute. */
    T read(Object value) {
        if (value == null || value == Values.UNDEFINED) {
            return null;
        }
        T read = reader.apply(value);
        if (read == null) {
            throw new ClassCastException("attribute \"" + name + "\" holds " + describe(value) + ", not " + expected);
        }
        return read;
    }

    /** What kind of value this is, in JavaScript's words; no value is printed, so no number is turned to text. */
    private static String describe(Object value) {
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "an object";
        }
        return value instanceof Model ? "a model" : "another kind of value";
    }

    /** The attribute's value in a model: {@code model.get(this)}. */
    @Override
    public T apply(Model model) {
        return model.get(this);
    }

    /**
     * Orders two models by this attribute as {@code Collection.comparator(attribute)} does: numbers by value,
     * strings by UTF-16 code unit, a missing value last.
     */
    @Override
    public int compare(Model a, Model b) {
        return Values.compare(a.sortValue(name), b.sortValue(name));
    }

    /** The length of the attribute's name. */
    @Override
    public int length() {
        return name.length();
    }

    /** A character of the attribute's name. */
    @Override
    public char charAt(int index) {
        return name.charAt(index);
    }

    /** Part of the attribute's name. */
    @Override
    public CharSequence subSequence(int start, int end) {
        return name.subSequence(start, end);
    }

    /** The attribute's name. */
    @Override
    public String toString() {
        return name;
    }
}
