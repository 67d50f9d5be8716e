package io.backbonejava;

/**
 * Which children of a keyed list can stay where they are when the list takes a new order: the longest run
 * of them whose old positions still increase in the new order. Every other child has to move, and no
 * smaller set of moves gives the new order, so {@link CollectionView} moves exactly those. A swap of two
 * children moves two; a child taken from the front to the end moves one.
 */
final class KeyedOrder {
    private KeyedOrder() {
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
