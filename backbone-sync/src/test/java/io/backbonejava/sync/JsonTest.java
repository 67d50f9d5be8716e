package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import io.backbonejava.Attributes;
import io.backbonejava.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** The JSON writer (all platforms) and the plain-Java reader. */
@RunWith(TeaVMTestRunner.class)
public class JsonTest {

    @Test
    public void writesWhatJsonStringifyWrites() {
        Map<String, Object> value = Attributes.of("s", "a\"b\\c\n\u0001", "n", 1.0, "f", 1.5, "i", 42, "t", true,
                "nul", null, "list", Arrays.asList(1, "two", null), "map", Attributes.of("x", -0.25));
        assertEquals("{\"s\":\"a\\\"b\\\\c\\n\\u0001\",\"n\":1,\"f\":1.5,\"i\":42,\"t\":true,\"nul\":null,"
                + "\"list\":[1,\"two\",null],\"map\":{\"x\":-0.25}}", Json.write(value));
    }

    private enum Size { SMALL, LARGE }

    @Test
    public void valuesOfOtherTypesAreWrittenAsTheirJavaScriptText() {
        Map<String, Object> value = Attributes.of("size", Size.LARGE, "c", 'x', "sb", new StringBuilder("built"),
                "dec", new java.math.BigDecimal("0.50"), "other", new Object());
        assertEquals("{\"size\":\"LARGE\",\"c\":\"x\",\"sb\":\"built\",\"dec\":0.5,\"other\":\"[object Object]\"}",
                Json.write(value));
        assertEquals("7", Json.text(7.0));
        assertEquals("0.5", Json.text(0.5));
        assertEquals("NaN", Json.text(Double.NaN));
        assertEquals("-Infinity", Json.text(Double.NEGATIVE_INFINITY));
        assertEquals("LARGE", Json.text(Size.LARGE));
        assertEquals("[object Object]", Json.text(Attributes.of("a", 1)));
    }

    @Test
    public void nonFiniteNumbersBecomeNullAndLoneSurrogatesAreEscaped() {
        assertEquals("[null,null]", Json.write(Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY)));
        assertEquals("\"\\ud800x\"", Json.write("\ud800x"));
        assertEquals("\"\ud83d\ude00\"", Json.write("\ud83d\ude00"));
    }

    @Test
    public void aNestedModelIsWrittenAsItsJson() {
        Model author = new Model(Attributes.of("name", "Bill"));
        assertEquals("{\"author\":{\"name\":\"Bill\"}}", Json.write(Attributes.of("author", author)));
    }

    @Test
    public void readsObjectsArraysAndScalars() {
        Object value = JsonReader.parse(" {\"a\": [1, 2.5, -3e2, true, false, null], \"b\": \"\\u00e9\\n\\/\"} ");
        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals(Arrays.asList(1.0, 2.5, -300.0, true, false, null), map.get("a"));
        assertEquals("\u00e9\n/", map.get("b"));
        assertEquals(Arrays.asList("a", "b"), new ArrayList<>(map.keySet()));
        assertNull(JsonReader.parse("null"));
    }

    @Test
    public void roundTripsThroughTheWriter() {
        Map<String, Object> value = Attributes.of("title", "Buy \"milk\" \u2013 2 l", "order", 3.0,
                "tags", Arrays.asList("a", "b"));
        assertEquals(value, JsonReader.parse(Json.write(value)));
    }

    @Test
    public void refusesWhatIsNotJson() {
        List<String> bad = Arrays.asList("", "{", "[1,]", "{\"a\" 1}", "01", "1.", "tru", "\"a", "{} x", "'a'",
                "NaN", "\"\t\"", "[1 2]", "{\"a\":1,}");
        for (String text : bad) {
            try {
                JsonReader.parse(text);
                fail("accepted " + text);
            } catch (IllegalArgumentException e) {
                // expected
            }
        }
    }

    @Test
    public void numbersPrintAsJavaScriptPrintsThem() {
        assertEquals("1", Json.number(1.0, "null"));
        assertEquals("-7", Json.number(-7.0, "null"));
        assertEquals("0.1", Json.number(0.1, "null"));
        assertEquals("12345678901", Json.number(12345678901.0, "null"));
        assertEquals("3", Json.number(3, "null"));
        assertEquals("x", Json.number(Double.NaN, "x"));
        assertEquals("x", Json.number(Double.NEGATIVE_INFINITY, "x"));
        assertEquals("0", Json.number(-0.0, "null"));
        assertEquals("-12", Json.number((short) -12, "null"));
        assertEquals("9223372036854775807", Json.number(Long.MAX_VALUE, "null"));
        assertEquals("-9007199254740993", Json.number(-(1L << 53) - 1, "null"));
    }
}
