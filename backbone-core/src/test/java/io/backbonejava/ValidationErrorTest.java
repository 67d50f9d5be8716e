package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * {@link ValidationError} as a {@code validate} builds it, on the JVM and, compiled by TeaVM, in Chromium: the
 * null-safe {@code add} that gathers several rules' messages, and the value it makes.
 */
@RunWith(TeaVMTestRunner.class)
public class ValidationErrorTest {
    private static final Attribute<String> TITLE = Attribute.string("title");
    private static final Attribute<Integer> PAGES = Attribute.integer("pages");

    /** A book whose validate has three rules, each adding its message to what the others found. */
    static final class Book extends Model {
        Book(Map<String, ?> attributes) {
            super(attributes);
        }

        @Override
        protected ValidationError validate(Candidate attrs, Options options) {
            ValidationError error = null;
            if (attrs.get(TITLE) == null || attrs.get(TITLE).isEmpty()) {
                error = ValidationError.add(error, TITLE, "A title is required");
            }
            if (attrs.get(PAGES) != null && attrs.get(PAGES) < 1) {
                error = ValidationError.add(error, PAGES, "At least one page");
            }
            if (attrs.get(PAGES) != null && attrs.get(PAGES) > 10_000) {
                error = ValidationError.add(error, "Too long to be one book");
            }
            return error;
        }
    }

    @Test
    public void addToNullStartsANewError() {
        ValidationError error = ValidationError.add(null, TITLE, "A title is required");
        assertEquals(ValidationError.of(TITLE, "A title is required"), error);
        assertEquals(List.of("A title is required"), error.messages(TITLE));
        assertEquals(List.of(), error.messages());

        ValidationError general = ValidationError.add(null, "Too long to be one book");
        assertEquals(ValidationError.of("Too long to be one book"), general);
        assertEquals(List.of(), general.messages(TITLE));
    }

    @Test
    public void addToAnErrorKeepsItsMessagesAndLeavesItAsItWas() {
        ValidationError first = ValidationError.of(TITLE, "A title is required");
        ValidationError both = ValidationError.add(ValidationError.add(first, PAGES, "At least one page"),
                TITLE, "Shorter, please");
        assertEquals(List.of("A title is required", "Shorter, please"), both.messages(TITLE));
        assertEquals(List.of("At least one page"), both.messages(PAGES));
        assertEquals(List.of("title", "pages"), new ArrayList<>(both.fieldMessages().keySet()));
        assertEquals(List.of("A title is required"), first.messages(TITLE));
        assertFalse(first.has(PAGES));
        assertEquals(ValidationError.add(first, "Not a book"), first.and("Not a book"));
    }

    @Test
    public void aValidateOfSeveralRulesReturnsNullOrEveryMessage() {
        assertTrue(new Book(Attributes.of(TITLE, "Dune", PAGES, 412)).isValid());

        Book empty = new Book(Attributes.of(TITLE, "", PAGES, 0));
        assertFalse(empty.isValid());
        assertEquals(List.of("A title is required"), empty.validationError().messages(TITLE));
        assertEquals(List.of("At least one page"), empty.validationError().messages(PAGES));
        assertEquals("A title is required", empty.validationError().message());

        Book huge = new Book(Attributes.of(TITLE, "Everything", PAGES, 20_000));
        assertFalse(huge.isValid());
        assertEquals(List.of("Too long to be one book"), huge.validationError().messages());
        assertFalse(huge.validationError().has(TITLE));
    }

    @Test
    public void addRefusesANullAttributeOrMessageAndKeepsTheError() {
        ValidationError error = ValidationError.of(TITLE, "A title is required");
        try {
            ValidationError.add(error, null, "x");
            fail("a null attribute");
        } catch (NullPointerException expected) {
            assertEquals("attribute == null", expected.getMessage());
        }
        try {
            ValidationError.add(error, PAGES, null);
            fail("a null message");
        } catch (NullPointerException expected) {
            assertEquals("message == null", expected.getMessage());
        }
        assertEquals(List.of("A title is required"), error.messages(TITLE));
        assertFalse(error.has(PAGES));
    }
}
