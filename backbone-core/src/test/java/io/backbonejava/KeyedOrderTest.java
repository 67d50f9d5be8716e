package io.backbonejava;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** The children that stay put in a new order: a longest increasing run of their old positions. */
@RunWith(TeaVMTestRunner.class)
public class KeyedOrderTest {
    @Test
    public void numberingFromAnIndexRenumbersOnlyTheChildrenFromThere() {
        List<KeyedOrder.Child<String>> shown = new ArrayList<>();
        for (String view : new String[] {"a", "b", "c", "d"}) {
            shown.add(new KeyedOrder.Child<>(view));
        }
        KeyedOrder.number(shown);
        KeyedOrder.Child<String> first = shown.get(0);
        first.position = 7;   // a mark: numbering from 1 must not touch it
        shown.remove(1);
        KeyedOrder.number(shown, 1);

        assertEquals(7, first.position);
        assertEquals(1, shown.get(1).position);
        assertEquals("c", shown.get(1).view);
        assertEquals(2, shown.get(2).position);
        assertEquals("d", shown.get(2).view);
    }

    @Test
    public void claimReadsOldPositionsAndLeavesTheUnclaimedWithTheirs() {
        List<KeyedOrder.Child<String>> shown = new ArrayList<>();
        for (String view : new String[] {"a", "b", "c", "d"}) {
            shown.add(new KeyedOrder.Child<>(view));
        }
        KeyedOrder.number(shown);
        KeyedOrder.Child<String> fresh = new KeyedOrder.Child<>("e");
        assertEquals(KeyedOrder.HIDDEN, fresh.position);
        List<KeyedOrder.Child<String>> order = new ArrayList<>();
        order.add(shown.get(3));
        order.add(fresh);
        order.add(shown.get(0));
        order.add(shown.get(2));

        assertArrayEquals(new int[] {3, KeyedOrder.HIDDEN, 0, 2}, KeyedOrder.claim(order));
        for (KeyedOrder.Child<String> child : order) {
            assertEquals(KeyedOrder.CLAIMED, child.position);
        }
        // "b" was not claimed: it still holds its old position, which is how the caller knows it leaves.
        assertEquals(1, shown.get(1).position);

        KeyedOrder.number(order);
        assertEquals(0, order.get(0).position);
        assertEquals(1, fresh.position);
        assertEquals(3, order.get(3).position);
    }

    @Test
    public void anUnchangedOrderKeepsEveryone() {
        assertArrayEquals(new boolean[] {true, true, true, true}, KeyedOrder.stable(new int[] {0, 1, 2, 3}));
    }

    @Test
    public void aSwapMovesTheTwoSwapped() {
        int[] old = new int[1000];
        for (int i = 0; i < old.length; i++) {
            old[i] = i;
        }
        old[1] = 998;
        old[998] = 1;
        boolean[] stays = KeyedOrder.stable(old);
        assertEquals(2, moves(stays, old));
        assertFalse(stays[1]);
        assertFalse(stays[998]);
    }

    @Test
    public void theFirstTakenToTheEndMovesAlone() {
        boolean[] stays = KeyedOrder.stable(new int[] {1, 2, 3, 4, 0});
        assertArrayEquals(new boolean[] {true, true, true, true, false}, stays);
    }

    @Test
    public void newChildrenNeverStay() {
        boolean[] stays = KeyedOrder.stable(new int[] {-1, 0, -1, 1, -1});
        assertArrayEquals(new boolean[] {false, true, false, true, false}, stays);
        assertArrayEquals(new boolean[0], KeyedOrder.stable(new int[0]));
        assertArrayEquals(new boolean[] {false, false}, KeyedOrder.stable(new int[] {-1, -1}));
    }

    @Test
    public void aReversedOrderKeepsOne() {
        assertEquals(4, moves(KeyedOrder.stable(new int[] {4, 3, 2, 1, 0}), new int[5]));
    }

    /** Against every subset of small random permutations: the run increases and none is longer. */
    @Test
    public void theRunIsIncreasingAndLongest() {
        Random random = new Random(16);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(9);
            int[] old = new int[n];
            for (int i = 0; i < n; i++) {
                old[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = old[i];
                old[i] = old[j];
                old[j] = swap;
            }
            for (int i = 0; i < n; i++) {
                if (random.nextInt(4) == 0) {
                    old[i] = -1;
                }
            }
            boolean[] stays = KeyedOrder.stable(old);
            int last = -1;
            int kept = 0;
            for (int i = 0; i < n; i++) {
                if (stays[i]) {
                    assertTrue(old[i] > last);
                    last = old[i];
                    kept++;
                }
            }
            assertEquals(longestByBruteForce(old), kept);
        }
    }

    private static int moves(boolean[] stays, int[] old) {
        int moves = 0;
        for (boolean stay : stays) {
            moves += stay ? 0 : 1;
        }
        return moves;
    }

    private static int longestByBruteForce(int[] old) {
        int best = 0;
        for (int mask = 0; mask < 1 << old.length; mask++) {
            int last = -1;
            int count = 0;
            boolean increasing = true;
            for (int i = 0; i < old.length && increasing; i++) {
                if ((mask & 1 << i) != 0) {
                    increasing = old[i] > last;
                    last = old[i];
                    count++;
                }
            }
            if (increasing) {
                best = Math.max(best, count);
            }
        }
        return best;
    }
}
