package io.backbonejava;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * JavaScript's {@code String(value)} as the library applies it to attribute values (ids, {@code escape},
 * templates, {@code toString}), on the JVM and compiled by TeaVM: values of unknown type are never asked for
 * their own {@code toString()}, so that TeaVM's {@code Double.toString} stays out of the bundle.
 */
@RunWith(TeaVMTestRunner.class)
public class ValueTextTest {
    private enum Size { SMALL, LARGE }

    @Test
    public void numbersReadAsJavaScriptPrintsThem() {
        assertEquals("1", Values.toJsString(1.0));
        assertEquals("-3", Values.toJsString(-3));
        assertEquals("1.5", Values.toJsString(1.5));
        assertEquals("0.25", Values.toJsString(0.25f));
        assertEquals("12345678901", Values.toJsString(12345678901L));
        assertEquals("0.1", Values.toJsString(new BigDecimal("0.10")));
        assertEquals("NaN", Values.toJsString(Double.NaN));
        assertEquals("Infinity", Values.toJsString(Double.POSITIVE_INFINITY));
    }

    @Test
    public void scalarsReadAsTheirOwnText() {
        assertEquals("text", Values.toJsString("text"));
        assertEquals("true", Values.toJsString(true));
        assertEquals("x", Values.toJsString('x'));
        assertEquals("built", Values.toJsString(new StringBuilder("built")));
        assertEquals("LARGE", Values.toJsString(Size.LARGE));
        assertEquals("null", Values.toJsString(null));
        assertEquals("undefined", Values.toJsString(Values.UNDEFINED));
    }

    @Test
    public void listsJoinWithCommasAndObjectsReadAsObjectObject() {
        List<Object> list = Arrays.asList(1, "two", null, 2.5, Arrays.asList("a", "b"));
        assertEquals("1,two,,2.5,a,b", Values.toJsString(list));
        assertEquals("", Values.toJsString(List.of()));
        assertEquals("[object Object]", Values.toJsString(Attributes.of("a", 1)));
        assertEquals("[object Object]", Values.toJsString(new Model()));
        assertEquals("[object Object]", Values.toJsString(new Object()));
    }

    @Test
    public void escapeAndToStringUseTheseRules() {
        Model model = new Model(Attributes.of("tags", Arrays.asList("<b>", "c&d"), "order", 2.0, "size", Size.SMALL));
        assertEquals("&lt;b&gt;,c&amp;d", model.escape("tags"));
        assertEquals("2", model.escape("order"));
        assertEquals("SMALL", model.escape("size"));
        assertEquals("Model(" + model.cid() + "){tags=<b>,c&d, order=2, size=SMALL}", model.toString());
        Collection<Model> collection = new Collection<>(List.of(model));
        assertEquals("Collection[" + model + "]", collection.toString());
    }
}
