package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** JavaScript's number printing, as ids, URLs and escaped text need it: the same text on the JVM and in Chromium. */
@RunWith(TeaVMTestRunner.class)
public class ValuesTest {

    @Test
    public void printsNumbersAsJavaScriptDoes() {
        // Each expectation is what String(x) gives in a browser.
        assertEquals("0", Values.numberText(0.0));
        assertEquals("1", Values.numberText(1.0));
        assertEquals("-42", Values.numberText(-42.0));
        assertEquals("0.1", Values.numberText(0.1));
        assertEquals("3.14", Values.numberText(3.14));
        assertEquals("-2.5", Values.numberText(-2.5));
        assertEquals("123.456", Values.numberText(123.456));
        assertEquals("0.000001", Values.numberText(0.000001));
        assertEquals("1e-7", Values.numberText(1e-7));
        assertEquals("1.5e-10", Values.numberText(1.5e-10));
        assertEquals("1e+21", Values.numberText(1e21));
        assertEquals("1.234e+25", Values.numberText(1.234e25));
        assertEquals("9007199254740992", Values.numberText(9007199254740992.0));
        assertEquals("100000000000000000000", Values.numberText(1e20));
        assertEquals("12345678.9", Values.numberText(12345678.9));
        assertEquals("0.3", Values.numberText(0.3));
        assertEquals("0.30000000000000004", Values.numberText(0.1 + 0.2));
        assertEquals("NaN", Values.numberText(Double.NaN));
        assertEquals("Infinity", Values.numberText(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Values.numberText(Double.NEGATIVE_INFINITY));
    }

    @Test
    public void idsMeetWhateverNumberTypeHoldsThem() {
        assertEquals(Values.key(1), Values.key(1.0));
        assertEquals(Values.key("1"), Values.key(1L));
        assertEquals(Values.key(-7), Values.key("-7"));
        assertEquals(Values.key(0), Values.key(-0.0));
        assertEquals(Values.key(Integer.MIN_VALUE), Values.key("-2147483648"));
        assertEquals(Values.key(2147483648L), Values.key("2147483648"));
        assertEquals(Values.key(1e21), Values.key("1e+21"));
        assertEquals("2.5", Values.key(2.5));
        assertEquals(Values.key(true), Values.key("true"));
    }

    @Test
    public void idsWhoseTextDiffersStayApart() {
        // As JavaScript property names: "01", "-0", "+1" and "1.0" are not the name 1 or 0 is.
        assertNotEquals(Values.key(1), Values.key("01"));
        assertNotEquals(Values.key(0), Values.key("-0"));
        assertNotEquals(Values.key(1), Values.key("+1"));
        assertNotEquals(Values.key(1), Values.key("1.0"));
        assertNotEquals(Values.key(1), Values.key(" 1"));
        assertNotEquals(Values.key(-1), Values.key("-"));
        assertNotEquals(Values.key(2147483647), Values.key("2147483648"));
        assertEquals("c1", Values.key("c1"));
        assertEquals("", Values.key(""));
    }
}
