package io.backbonejava.readinglist;

import io.backbonejava.Attribute;
import io.backbonejava.Attributes;
import io.backbonejava.Candidate;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.ValidationError;
import java.util.Map;

/**
 * One book on the list: a title, an author, the year it came out, and whether it has been read. The form
 * binds its fields to these attributes, and {@link #validate} is the first judge of what the user typed;
 * the demo server checks the same rules again, plus one only it can check (the same book twice).
 *
 * <pre>{@code
 * Book dune = new Book(Attributes.of(Book.TITLE, "Dune", Book.AUTHOR, "Frank Herbert"));
 * dune.get(Book.YEAR);     // an Integer, or null: no cast
 * dune.isValid();          // true: a title and an author
 * }</pre>
 */
public class Book extends Model {
    /** The id the server gave it; none until it is saved. */
    public static final Attribute<Object> ID = Attribute.of("id");
    /** The title; required. */
    public static final Attribute<String> TITLE = Attribute.string("title");
    /** Who wrote it; required. */
    public static final Attribute<String> AUTHOR = Attribute.string("author");
    /** The year it came out, or null when unknown. */
    public static final Attribute<Integer> YEAR = Attribute.integer("year");
    /** Whether it has been read. */
    public static final Attribute<Boolean> READ = Attribute.bool("read");

    /** The years the server accepts; printing came first. */
    static final int FIRST_YEAR = 1450;
    static final int LAST_YEAR = 2100;

    /** Creates a new book with empty fields, as the form of {@code #/items/new} starts. */
    public Book() {
        super();
    }

    /**
     * Creates a book with some attributes, the others taken from the defaults.
     *
     * @param attributes the attributes, such as {@code Attributes.of(Book.TITLE, "Dune")}
     */
    public Book(Map<String, ?> attributes) {
        super(attributes);
    }

    /**
     * Creates a book from a stored record; {@link Books} calls it for each record it reads.
     *
     * @param attributes the attributes, laid over the defaults
     * @param options the options of the call that brought them
     */
    public Book(Map<String, ?> attributes, Options options) {
        super(attributes, options);
    }

    // A new book starts with empty fields, not with nulls: the form shows "" either way, but validate then
    // reads a String it can trim.
    @Override
    protected Map<String, ?> defaults() {
        return Attributes.of(TITLE, "", AUTHOR, "", READ, false);
    }

    // Every rule of the form, with the message shown next to the field at fault. The form runs this after
    // each edit (so a message goes as soon as the field is fixed) and again before sending anything.
    @Override
    protected ValidationError validate(Candidate attrs, Options options) {
        ValidationError error = null;
        if (isBlank(attrs.get(TITLE))) {
            error = ValidationError.add(error, TITLE, "A title is required");
        }
        if (isBlank(attrs.get(AUTHOR))) {
            error = ValidationError.add(error, AUTHOR, "An author is required");
        }
        Integer year = attrs.get(YEAR);
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            error = ValidationError.add(error, YEAR, "Enter a year between 1450 and 2100");
        }
        return error;   // null: valid
    }

    private static boolean isBlank(String text) {
        return text == null || text.trim().isEmpty();
    }

    // Only the fields the server's API knows go out.
    @Override
    public Map<String, Object> toJSON() {
        return pick(ID, TITLE, AUTHOR, YEAR, READ);
    }

    /** Whether the book has been read; a record without the field counts as unread. */
    public boolean isRead() {
        return Boolean.TRUE.equals(get(READ));
    }
}
