package io.backbonejava.readinglist;

/** Which books the list shows: the filter route's {@code #/filter/to-read} or {@code #/filter/read}, or all. */
public enum BookFilter {
    /** Every book: {@code #/}. */
    ALL,
    /** The books not read yet: {@code #/filter/to-read}. */
    TO_READ,
    /** The books read: {@code #/filter/read}. */
    READ;

    /**
     * The filter a route names; anything unknown shows every book.
     *
     * @param name the route's parameter, or null
     * @return the filter
     */
    public static BookFilter fromRoute(String name) {
        if ("to-read".equals(name)) {
            return TO_READ;
        }
        return "read".equals(name) ? READ : ALL;
    }

    /**
     * The address of the filter's route, as the list's links write it.
     *
     * @return {@code "#/"}, {@code "#/filter/to-read"} or {@code "#/filter/read"}
     */
    public String href() {
        switch (this) {
            case TO_READ:
                return "#/filter/to-read";
            case READ:
                return "#/filter/read";
            default:
                return "#/";
        }
    }

    /**
     * Whether the filter shows a book.
     *
     * @param book the book
     * @return true when it is shown
     */
    public boolean accepts(Book book) {
        return this == ALL || book.isRead() == (this == READ);
    }
}
