package io.backbonejava;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds attribute maps that keep their order, as a JavaScript object literal does: {@link Model#set} fires
 * its {@code "change:attr"} events in the order of the map it is given, so {@code Map.of} (unordered) is a
 * poor fit.
 *
 * <p>Give the names as {@link Attribute} constants and each value is checked against its attribute's type
 * by the compiler; the string form is Backbone's, for attributes declared nowhere.
 *
 * <pre>{@code
 * todo.set(Attributes.of(Todo.TITLE, "Buy milk", Todo.COMPLETED, false));
 * todos.add(Attributes.of(Todo.TITLE, "Walk the dog", Todo.ORDER, 2));
 * model.set(Attributes.of("title", "Buy milk", "completed", false));
 * }</pre>
 */
public final class Attributes {
    private Attributes() {
    }

    /**
     * An ordered, mutable map from alternating names and values, Backbone's object literal. The first name is
     * a string, so that a typed attribute with a value of the wrong type fails to compile rather than
     * landing here.
     *
     * @param name the first attribute's name
     * @param value its value
     * @param more {@code name2, value2, name3, value3, ...}; names are strings or {@link Attribute}s
     * @return a new {@link LinkedHashMap}
     * @throws IllegalArgumentException on an odd count or a name that is neither
     */
    public static Map<String, Object> of(String name, Object value, Object... more) {
        if (more.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(Objects.requireNonNull(name, "name == null"), value);
        for (int i = 0; i < more.length; i += 2) {
            Object key = more[i];
            if (key instanceof Attribute) {
                key = ((Attribute<?>) key).name();
            } else if (!(key instanceof String)) {
                throw new IllegalArgumentException(Values.concat("attribute name at ", i + 2) + " is not a string");
            }
            map.put((String) key, more[i + 1]);
        }
        return map;
    }

    /**
     * An ordered, mutable, empty map, to fill with {@code put}.
     *
     * @return a new {@link LinkedHashMap}
     */
    public static Map<String, Object> of() {
        return new LinkedHashMap<>();
    }

    /**
     * An ordered, mutable map of one typed attribute.
     *
     * @param a the attribute
     * @param va its value
     * @param <A> its type
     * @return a new {@link LinkedHashMap}
     */
    public static <A> Map<String, Object> of(Attribute<A> a, A va) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(a.name(), va);
        return map;
    }

    /**
     * An ordered, mutable map of two typed attributes.
     *
     * @param a the first attribute
     * @param va its value
     * @param b the second attribute
     * @param vb its value
     * @param <A> the first one's type
     * @param <B> the second one's type
     * @return a new {@link LinkedHashMap}
     */
    public static <A, B> Map<String, Object> of(Attribute<A> a, A va, Attribute<B> b, B vb) {
        Map<String, Object> map = of(a, va);
        map.put(b.name(), vb);
        return map;
    }

    /**
     * An ordered, mutable map of three typed attributes.
     *
     * @param a the first attribute
     * @param va its value
     * @param b the second attribute
     * @param vb its value
     * @param c the third attribute
     * @param vc its value
     * @param <A> the first one's type
     * @param <B> the second one's type
     * @param <C> the third one's type
     * @return a new {@link LinkedHashMap}
     */
    public static <A, B, C> Map<String, Object> of(Attribute<A> a, A va, Attribute<B> b, B vb,
            Attribute<C> c, C vc) {
        Map<String, Object> map = of(a, va, b, vb);
        map.put(c.name(), vc);
        return map;
    }

    /**
     * An ordered, mutable map of four typed attributes.
     *
     * @param a the first attribute
     * @param va its value
     * @param b the second attribute
     * @param vb its value
     * @param c the third attribute
     * @param vc its value
     * @param d the fourth attribute
     * @param vd its value
     * @param <A> the first one's type
     * @param <B> the second one's type
     * @param <C> the third one's type
     * @param <D> the fourth one's type
     * @return a new {@link LinkedHashMap}
     */
    public static <A, B, C, D> Map<String, Object> of(Attribute<A> a, A va, Attribute<B> b, B vb,
            Attribute<C> c, C vc, Attribute<D> d, D vd) {
        Map<String, Object> map = of(a, va, b, vb, c, vc);
        map.put(d.name(), vd);
        return map;
    }

    /**
     * An ordered, mutable map of five typed attributes; for more, set them on the model with
     * {@link Model#set(Attribute, Object)}.
     *
     * @param a the first attribute
     * @param va its value
     * @param b the second attribute
     * @param vb its value
     * @param c the third attribute
     * @param vc its value
     * @param d the fourth attribute
     * @param vd its value
     * @param e the fifth attribute
     * @param ve its value
     * @param <A> the first one's type
     * @param <B> the second one's type
     * @param <C> the third one's type
     * @param <D> the fourth one's type
     * @param <E> the fifth one's type
     * @return a new {@link LinkedHashMap}
     */
    public static <A, B, C, D, E> Map<String, Object> of(Attribute<A> a, A va, Attribute<B> b, B vb,
            Attribute<C> c, C vc, Attribute<D> d, D vd, Attribute<E> e, E ve) {
        Map<String, Object> map = of(a, va, b, vb, c, vc, d, vd);
        map.put(e.name(), ve);
        return map;
    }
}
