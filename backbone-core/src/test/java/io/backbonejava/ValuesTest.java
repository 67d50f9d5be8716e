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

    @Test
    public void encodesUriComponentsAsJavaScriptDoes() {
        assertEquals("a%20b%26c%2F%C3%A9", Values.encodeUriComponent("a b&c/\u00e9"));
        assertEquals("-_.!~*'()", Values.encodeUriComponent("-_.!~*'()"));
        assertEquals("%F0%9F%98%80", Values.encodeUriComponent("\uD83D\uDE00"));
        // Where JavaScript throws on a lone surrogate, both legs send U+FFFD and keep the rest.
        assertEquals("x%EF%BF%BDy", Values.encodeUriComponent("x\uD800y"));
        assertEquals("%EF%BF%BD%F0%9F%98%80", Values.encodeUriComponent("\uDC00\uD83D\uDE00"));
    }

    @Test
    public void decodesUrisAndGivesMalformedInputBack() {
        assertEquals("a b/\u00e9", Values.decodeUriComponent("a%20b%2F%C3%A9"));
        assertEquals("\uD83D\uDE00", Values.decodeUriComponent("%F0%9F%98%80"));
        assertEquals("plain", Values.decodeUriComponent("plain"));
        assertEquals("100%", Values.decodeUriComponent("100%"));
        assertEquals("%E0%A4%A", Values.decodeUriComponent("%E0%A4%A"));
        assertEquals("%C0%80", Values.decodeUriComponent("%C0%80"));
        assertEquals("%ED%A0%80", Values.decodeUriComponent("%ED%A0%80"));
        assertEquals("%zz", Values.decodeUriComponent("%zz"));
        // decodeURI keeps the escapes of the characters that split a URI into parts, as written.
        assertEquals("a%2fb c%23?", Values.decodeUri("a%2fb%20c%23%3F".replace("%3F", "?")));
        assertEquals("x%3By\u00e9", Values.decodeUri("x%3By%C3%A9"));
    }

    @Test
    public void printsEveryIntegralTypeInFull() {
        // In the browser these go through String(number); longs beyond 2^53 must still keep every digit.
        assertEquals("7", Values.numberText((short) 7));
        assertEquals("-8", Values.numberText((byte) -8));
        assertEquals("-2147483648", Values.numberText(Integer.MIN_VALUE));
        assertEquals("9007199254740992", Values.numberText(1L << 53));
        assertEquals("9007199254740993", Values.numberText((1L << 53) + 1));
        assertEquals("-9007199254740993", Values.numberText(-(1L << 53) - 1));
        assertEquals("1000000000000000005", Values.numberText(1_000_000_000_000_000_005L));
        assertEquals("9223372036854775807", Values.numberText(Long.MAX_VALUE));
        assertEquals("-9223372036854775808", Values.numberText(Long.MIN_VALUE));
        assertEquals("12", Values.toJsString(12L));
    }
}
