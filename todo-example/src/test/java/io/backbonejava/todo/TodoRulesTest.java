package io.backbonejava.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TodoRulesTest {

    private static String repeat(char c, int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append(c);
        }
        return sb.toString();
    }

    @Test
    void normalizeTitleTrimsBothEnds() {
        assertEquals("Buy milk", TodoRules.normalizeTitle("  \t Buy milk \n "));
    }

    @Test
    void normalizeTitleKeepsInnerWhitespace() {
        assertEquals("Buy  oat\tmilk", TodoRules.normalizeTitle(" Buy  oat\tmilk "));
    }

    @Test
    void normalizeTitleLeavesNullAsNull() {
        assertNull(TodoRules.normalizeTitle(null));
    }

    @Test
    void normalizeTitleReturnsEmptyForWhitespaceOnly() {
        assertEquals("", TodoRules.normalizeTitle(" \t\r\n "));
    }

    @Test
    void validateTitleAcceptsAnOrdinaryTitle() {
        assertNull(TodoRules.validateTitle("Write the demo server"));
    }

    @Test
    void validateTitleRequiresATitle() {
        assertEquals("Title is required", TodoRules.validateTitle(null));
    }

    @Test
    void validateTitleRejectsNonStrings() {
        assertEquals("Title must be a string", TodoRules.validateTitle(5));
        assertEquals("Title must be a string", TodoRules.validateTitle(Boolean.TRUE));
        assertEquals("Title must be a string", TodoRules.validateTitle(new StringBuilder("looks like text")));
    }

    @Test
    void validateTitleRejectsEmptyAndWhitespaceOnly() {
        assertEquals("Title must not be empty", TodoRules.validateTitle(""));
        assertEquals("Title must not be empty", TodoRules.validateTitle("   \t\n"));
    }

    @Test
    void validateTitleAcceptsExactlyTheMaximumLength() {
        assertNull(TodoRules.validateTitle(repeat('x', TodoRules.MAX_TITLE_LENGTH)));
    }

    @Test
    void validateTitleRejectsOneCharacterOverTheMaximum() {
        assertEquals("Title must be at most 1000 characters",
                TodoRules.validateTitle(repeat('x', TodoRules.MAX_TITLE_LENGTH + 1)));
    }

    @Test
    void validateTitleMeasuresLengthAfterTrimming() {
        String padded = "   " + repeat('x', TodoRules.MAX_TITLE_LENGTH) + "   ";
        assertNull(TodoRules.validateTitle(padded));
    }

    @Test
    void maxTitleLengthIsOneThousand() {
        assertEquals(1000, TodoRules.MAX_TITLE_LENGTH);
    }
}
