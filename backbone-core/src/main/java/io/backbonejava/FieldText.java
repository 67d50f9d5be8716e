package io.backbonejava;

/**
 * What a {@link Form} field shows for an attribute's value, and the value its text stands for: the typed
 * conversions behind text, number, select, radio and textarea fields. Pure Java, so the same rules run on
 * the JVM and in the browser; numbers are printed and read the way JavaScript does (through
 * {@link Values}), never through Java's number formatting, which would weigh on every app's bundle.
 */
final class FieldText {
    /** What the user sees when a number field holds something that is not a number. */
    static final String NOT_A_NUMBER = "Enter a number";
    /** ...when a whole-number field holds a fraction, or a number too large for its attribute. */
    static final String NOT_WHOLE = "Enter a whole number";
    static final String TOO_LARGE = "Enter a smaller number";
    /** ...when a boolean select or radio group holds something other than "true" or "false". */
    static final String NOT_YES_OR_NO = "Choose yes or no";

    /** The largest whole number a JavaScript number holds exactly, 2^53 - 1: the bound of a long field. */
    private static final double MAX_EXACT = 9007199254740991d;

    private FieldText() {
    }

    /** Whether fields can show this kind of attribute: strings, booleans and numbers. */
    static boolean supports(int kind) {
        return kind != Attribute.OTHER;
    }

    /**
     * The text a field shows for a value: "" for null, numbers as JavaScript prints them ({@code 3}, not
     * {@code 3.0}), booleans as {@code "true"} or {@code "false"}, strings as they are.
     */
    static String format(Object value) {
        if (value == null || value == Values.UNDEFINED) {
            return "";
        }
        return Values.toJsString(value);
    }

    /**
     * The value a field's text stands for, for an attribute of the given kind: a string field keeps the text
     * as typed; a number field gives null when blank (spaces around the number are allowed), an Integer,
     * Long or Double otherwise; a boolean gives {@code Boolean.TRUE} or {@code FALSE}.
     *
     * @throws IllegalArgumentException when the text is not such a value; its message is for the user
     */
    static Object parse(int kind, String text) {
        switch (kind) {
            case Attribute.STRING:
                return text;
            case Attribute.BOOLEAN:
                return parseBoolean(text);
            case Attribute.INTEGER:
            case Attribute.LONG:
            case Attribute.NUMBER:
                return parseNumber(kind, text);
            default:
                throw new IllegalArgumentException("no text for this kind of attribute");
        }
    }

    private static Object parseBoolean(String text) {
        if ("true".equals(text)) {
            return Boolean.TRUE;
        }
        if ("false".equals(text)) {
            return Boolean.FALSE;
        }
        if (text.isEmpty()) {
            return null;
        }
        throw new IllegalArgumentException(NOT_YES_OR_NO);
    }

    /** Decimal numbers only: JavaScript's Number() would also take "0x1f", "Infinity", and "" as 0. */
    private static Object parseNumber(int kind, String text) {
        String trimmed = trim(text);
        if (trimmed.isEmpty()) {
            return null;
        }
        int digitsFrom = trimmed.charAt(0) == '-' || trimmed.charAt(0) == '+' ? 1 : 0;
        if (!Values.isDecimalLiteral(trimmed, digitsFrom)) {
            throw new IllegalArgumentException(NOT_A_NUMBER);
        }
        double number = Values.toNumber(trimmed);
        if (Double.isInfinite(number)) {
            throw new IllegalArgumentException(TOO_LARGE);
        }
        if (kind == Attribute.NUMBER) {
            return Double.valueOf(number);
        }
        if (number != Math.floor(number)) {
            throw new IllegalArgumentException(NOT_WHOLE);
        }
        if (kind == Attribute.INTEGER) {
            if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
                throw new IllegalArgumentException(TOO_LARGE);
            }
            return Integer.valueOf((int) number);
        }
        if (Math.abs(number) > MAX_EXACT) {
            throw new IllegalArgumentException(TOO_LARGE);
        }
        return Long.valueOf((long) number);
    }

    /** The text without JavaScript's whitespace at either end, as {@code String.prototype.trim}. */
    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Values.isJsWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Values.isJsWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
