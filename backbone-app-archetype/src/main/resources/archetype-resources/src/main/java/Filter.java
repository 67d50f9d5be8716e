package ${package};

/** Which tasks the list shows: the router picks one from the address ({@code #/open}, {@code #/done}). */
public enum Filter {
    /** Every task. */
    ALL,
    /** The tasks not done yet. */
    OPEN,
    /** The tasks done. */
    DONE;

    /**
     * Whether a task shows under this filter.
     *
     * @param task the task
     * @return true to show it
     */
    public boolean accepts(Task task) {
        return this == ALL || (this == DONE) == task.isDone();
    }

    /**
     * The filter of a route's fragment: {@code "open"}, {@code "done"}, anything else (or null) for all.
     *
     * @param fragment the matched part of the address, or null
     * @return the filter
     */
    public static Filter fromRoute(String fragment) {
        if ("open".equals(fragment)) {
            return OPEN;
        }
        if ("done".equals(fragment)) {
            return DONE;
        }
        return ALL;
    }
}
