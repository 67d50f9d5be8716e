package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** Underscore's sortBy: a key computed once per element, a stable order, JavaScript's comparisons. */
@RunWith(TeaVMTestRunner.class)
public class SortByKeyTest {
    @Test
    public void eachKeyIsComputedOnce() {
        List<String> items = new ArrayList<>(Arrays.asList("ccc", "a", "bb", "dddd", "e"));
        int[] calls = {0};
        SortByKey.sort(items, item -> {
            calls[0]++;
            return item.length();
        });
        assertEquals(5, calls[0]);
        assertEquals(Arrays.asList("a", "e", "bb", "ccc", "dddd"), items);
    }

    @Test
    public void numberKeysSortAsNumbersAndTiesKeepTheirOrder() {
        List<String> items = new ArrayList<>(Arrays.asList("x2", "y1.5", "z2", "w-1"));
        SortByKey.sort(items, item -> Double.parseDouble(item.substring(1)));
        assertEquals(Arrays.asList("w-1", "y1.5", "x2", "z2"), items);
    }

    @Test
    public void missingKeysSortLastAmongWords() {
        List<String> items = new ArrayList<>(Arrays.asList("b", "-", "a"));
        SortByKey.sort(items, item -> item.equals("-") ? Values.UNDEFINED : item);
        assertEquals(Arrays.asList("a", "b", "-"), items);
    }

    @Test
    public void keysJavaScriptCannotCompareStillGiveAnOrder() {
        List<Object> keys = new ArrayList<>(Arrays.asList(Double.NaN, 3, "x", 1, Double.NaN, 2, "a", 0));
        List<Object> items = new ArrayList<>(keys);
        SortByKey.sort(items, item -> item);
        assertEquals(keys.size(), items.size());
        assertTrue(items.containsAll(keys));
    }

    @Test
    public void sortingByANumberKeyIsStableAndPutsTiesInTheirOrder() {
        Collection<Model> collection = new Collection<>(List.of(
                Attributes.of("id", 1, "rank", 2), Attributes.of("id", 2, "rank", 1.5),
                Attributes.of("id", 3, "rank", 2), Attributes.of("id", 4, "rank", -1)));
        collection.comparator("rank");
        collection.sort();
        assertEquals(Arrays.asList(4, 2, 1, 3), collection.pluck("id"));
    }

    @Test
    public void sortingByMixedKeysPutsMissingValuesLast() {
        Collection<Model> collection = new Collection<>(List.of(
                Attributes.of("id", 1, "name", "b"), Attributes.of("id", 2),
                Attributes.of("id", 3, "name", "a")));
        collection.comparator(model -> model.get("name"));
        collection.sort();
        assertEquals(Arrays.asList(3, 1, 2), collection.pluck("id"));
        assertTrue(collection.comparator().compare(collection.at(0), collection.at(1)) < 0);
    }
}
