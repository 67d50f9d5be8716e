package io.backbonejava;

import java.util.List;

/**
 * Which children of a keyed list can stay where they are when the list takes a new order: the longest run
 * of them whose old positions still increase in the new order. Every other child has to move, and no
 * smaller set of moves gives the new order, so {@link CollectionView} moves exactly those. A swap of two
 * children moves two; a child taken from the front to the end moves one.
 *
 * <p>Each child carries its index in the list shown ({@link Child#position}), so that a new order finds the
 * old positions by reading a field rather than through a map from child to position filled for the occasion:
 * the map, its entries and their boxed indices were most of the script of a swap in a table of 1,000 rows.
 */
final class KeyedOrder {
    /** The position of a child that is not shown: filtered out, taken out, or not placed yet. */
    static final int HIDDEN = -1;
    /** The position of a child while {@link #claim} has taken it into a new order. */
    static final int CLAIMED = -2;

    private KeyedOrder() {
    }

    /**
     * A child of a keyed list: its view, and its index in the list shown, or {@link #HIDDEN}.
     *
     * @param <V> the class of the view
     */
    static final class Child<V> {
        final V view;
        int position = HIDDEN;

        Child(V view) {
            this.view = view;
        }
    }

    /**
     * Reads the old position of each child of a new order and marks it {@link #CLAIMED}, so that the children
     * of the old order still holding another position are the ones that leave.
     *
     * @param order the children in their new order
     * @return for each, its old position, or {@link #HIDDEN} for one not shown before
     */
    static int[] claim(List<? extends Child<?>> order) {
        int[] old = new int[order.size()];
        for (int i = 0; i < old.length; i++) {
            Child<?> child = order.get(i);
            old[i] = child.position;
            child.position = CLAIMED;
        }
        return old;
    }

    /** Gives each child of the list shown its index in it. */
    static void number(List<? extends Child<?>> shown) {
        number(shown, 0);
    }

    /** Gives each child of the list shown from index {@code from} on its index: the ones before have theirs. */
    static void number(List<? extends Child<?>> shown, int from) {
        for (int i = from; i < shown.size(); i++) {
            shown.get(i).position = i;
        }
    }

    /**
     * Marks the entries that stay.
     *
     * @param old for each child in its new order, its old position, or -1 for a child new to the list
     * @return for each entry, whether it belongs to a longest increasing run of old positions (new children
     *     never do)
     */
    static boolean[] stable(int[] old) {
        int n = old.length;
        // tails[k]: the entry ending the best run of length k + 1 found so far (the one with the smallest old
        // position); previous[i]: the entry before i in the run that ends at i.
        int[] tails = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            if (old[i] < 0) {
                continue;
            }
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (old[tails[middle]] < old[i]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tails[low - 1] : -1;
            tails[low] = i;
            if (low == length) {
                length++;
            }
        }
        boolean[] stays = new boolean[n];
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            stays[i] = true;
        }
        return stays;
    }
}
