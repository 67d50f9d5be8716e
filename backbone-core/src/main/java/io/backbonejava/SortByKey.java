package io.backbonejava;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Underscore's {@code sortBy}, which Backbone uses for a one-argument comparator and for
 * {@link Collection#sortBy}: each element's key is computed once, not twice per comparison, and the elements
 * are then sorted stably by key. When every key is a number they compare as plain doubles, the common case
 * of a collection ordered by a number; any other keys go through {@link Values#compare}, JavaScript's
 * {@code <} and {@code >}.
 *
 * <pre>{@code
 * SortByKey.sort(models, model -> model.sortValue("order"));
 * }</pre>
 */
final class SortByKey {
    private SortByKey() {
    }

    /**
     * Sorts a list in place by the key of each element.
     *
     * @param items the list, changed in place
     * @param key an element's key; {@link Values#UNDEFINED} sorts last
     * @param <T> the elements' type
     */
    static <T> void sort(List<T> items, Function<? super T, ?> key) {
        int size = items.size();
        @SuppressWarnings("unchecked")
        Keyed<T>[] keyed = new Keyed[size];
        boolean numbers = true;
        for (int i = 0; i < size; i++) {
            T item = items.get(i);
            Object value = key.apply(item);
            keyed[i] = new Keyed<>(item, value);
            numbers &= value instanceof Number;
        }
        Comparator<Keyed<T>> order;
        if (numbers) {
            for (Keyed<T> entry : keyed) {
                entry.number = ((Number) entry.key).doubleValue();
            }
            order = SortByKey::compareNumbers;
        } else {
            order = (a, b) -> Values.compare(a.key, b.key);
        }
        try {
            Arrays.sort(keyed, order);
        } catch (IllegalArgumentException inconsistent) {
            // The JVM's sort refuses an order that is not transitive, which keys JavaScript cannot compare
            // (NaN, a word beside a number) make; JavaScript's sort finishes anyway, and so does this one.
            insertionSort(keyed, order);
        }
        for (int i = 0; i < size; i++) {
            items.set(i, keyed[i].item);
        }
    }

    /** A stable sort that finishes whatever the comparator says. */
    static <T> void insertionSort(T[] items, Comparator<? super T> order) {
        for (int i = 1; i < items.length; i++) {
            T item = items[i];
            int j = i;
            while (j > 0 && order.compare(items[j - 1], item) > 0) {
                items[j] = items[j - 1];
                j--;
            }
            items[j] = item;
        }
    }

    /** JavaScript's {@code <} and {@code >} on numbers: 0 and -0 tie, and NaN ties with everything. */
    private static int compareNumbers(Keyed<?> a, Keyed<?> b) {
        return a.number < b.number ? -1 : a.number > b.number ? 1 : 0;
    }

    /** An element with its key, computed once. */
    private static final class Keyed<T> {
        final T item;
        final Object key;
        double number;

        Keyed(T item, Object key) {
            this.item = item;
            this.key = key;
        }
    }
}
