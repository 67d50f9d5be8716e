package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * The conversions behind {@link Form}'s fields, both ways, for every kind of attribute a field can show: on
 * the JVM and, compiled by TeaVM, in Chromium, where numbers are read and printed by the browser.
 */
@RunWith(TeaVMTestRunner.class)
public class FieldTextTest {
    private static final int STRING = Attribute.string("s").kind();
    private static final int BOOLEAN = Attribute.bool("b").kind();
    private static final int INTEGER = Attribute.integer("i").kind();
    private static final int LONG = Attribute.longInteger("l").kind();
    private static final int NUMBER = Attribute.number("n").kind();

    @Test
    public void textIsKeptAsTypedBothWays() {
        assertEquals("  Dune <b> ", FieldText.parse(STRING, "  Dune <b> "));
        assertEquals("", FieldText.parse(STRING, ""));
        assertEquals("Dune", FieldText.format("Dune"));
        assertEquals("", FieldText.format(null));
    }

    @Test
    public void wholeNumbersBothWays() {
        assertEquals(Integer.valueOf(412), FieldText.parse(INTEGER, "412"));
        assertEquals(Integer.valueOf(-7), FieldText.parse(INTEGER, " -7 "));
        assertEquals(Integer.valueOf(3), FieldText.parse(INTEGER, "+3"));
        assertEquals(Integer.valueOf(1000), FieldText.parse(INTEGER, "1e3"));
        assertEquals(Integer.valueOf(2), FieldText.parse(INTEGER, "2.0"));
        assertNull(FieldText.parse(INTEGER, "   "));
        assertEquals("412", FieldText.format(412));
        assertEquals("-7", FieldText.format(-7));
        // A whole number from a server's JSON arrives as a double: shown without a fraction.
        assertEquals("412", FieldText.format(412.0));
    }

    @Test
    public void longNumbersBothWays() {
        assertEquals(Long.valueOf(9007199254740991L), FieldText.parse(LONG, "9007199254740991"));
        assertEquals(Long.valueOf(-12L), FieldText.parse(LONG, "-12"));
        assertEquals("9007199254740991", FieldText.format(9007199254740991L));
        assertRefused(LONG, "9007199254740993", FieldText.TOO_LARGE);
    }

    @Test
    public void decimalNumbersBothWays() {
        assertEquals(Double.valueOf(4.5), FieldText.parse(NUMBER, "4.5"));
        assertEquals(Double.valueOf(0.25), FieldText.parse(NUMBER, ".25"));
        assertEquals(Double.valueOf(-1e-7), FieldText.parse(NUMBER, "-1e-7"));
        assertNull(FieldText.parse(NUMBER, ""));
        assertEquals("4.5", FieldText.format(4.5));
        assertEquals("0.1", FieldText.format(0.1));
        assertEquals("1e-7", FieldText.format(1e-7));
        assertEquals("3", FieldText.format(3.0));
    }

    @Test
    public void textThatIsNoNumberIsRefusedWithAMessageForTheUser() {
        assertRefused(INTEGER, "abc", FieldText.NOT_A_NUMBER);
        assertRefused(NUMBER, "12abc", FieldText.NOT_A_NUMBER);
        // JavaScript's Number() takes these; a number field does not.
        assertRefused(NUMBER, "0x1f", FieldText.NOT_A_NUMBER);
        assertRefused(NUMBER, "Infinity", FieldText.NOT_A_NUMBER);
        assertRefused(INTEGER, "1,5", FieldText.NOT_A_NUMBER);
        assertRefused(INTEGER, "-", FieldText.NOT_A_NUMBER);
        assertRefused(INTEGER, "2.5", FieldText.NOT_WHOLE);
        assertRefused(INTEGER, "3000000000", FieldText.TOO_LARGE);
        assertRefused(NUMBER, "1e999", FieldText.TOO_LARGE);
    }

    @Test
    public void booleansBothWays() {
        assertEquals(Boolean.TRUE, FieldText.parse(BOOLEAN, "true"));
        assertEquals(Boolean.FALSE, FieldText.parse(BOOLEAN, "false"));
        assertNull(FieldText.parse(BOOLEAN, ""));
        assertEquals("true", FieldText.format(true));
        assertEquals("false", FieldText.format(false));
        assertRefused(BOOLEAN, "yes", FieldText.NOT_YES_OR_NO);
    }

    @Test
    public void onlyStringBooleanAndNumberAttributesHaveFieldText() {
        assertEquals(false, FieldText.supports(Attribute.of("tags").kind()));
        assertEquals(false, FieldText.supports(Attribute.list("tags").kind()));
        assertEquals(false, FieldText.supports(Attribute.map("meta").kind()));
        assertEquals(true, FieldText.supports(STRING));
        assertEquals(true, FieldText.supports(NUMBER));
    }

    private static void assertRefused(int kind, String text, String message) {
        try {
            Object value = FieldText.parse(kind, text);
            fail("\"" + text + "\" was read as " + value);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
