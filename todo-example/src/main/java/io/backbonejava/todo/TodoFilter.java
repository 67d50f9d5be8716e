package io.backbonejava.todo;

/**
 * The three ways to look at the list, one per route: {@code #/} shows every todo, {@code #/active} the ones
 * left to do, {@code #/completed} the ones done. A filter is a question asked of one model; {@link Todos}
 * asks it of each, and the views draw the answer.
 */
public enum TodoFilter {
    /** Every todo: the route {@code #/}, and any route the app does not know. */
    ALL(""),
    /** The todos not done yet: {@code #/active}. */
    ACTIVE("active"),
    /** The todos done: {@code #/completed}. */
    COMPLETED("completed");

    private final String route;

    TodoFilter(String route) {
        this.route = route;
    }

    /**
     * The filter of a route fragment, as the router hands it over: {@code "active"}, {@code "completed"},
     * or anything else (including null for {@code #/}) for {@link #ALL}.
     *
     * @param fragment the fragment after {@code #/}, or null
     * @return the filter
     */
    public static TodoFilter fromRoute(String fragment) {
        // Asked one by one rather than through values(), whose copy of the array the bundle would carry.
        return ACTIVE.route.equals(fragment) ? ACTIVE : COMPLETED.route.equals(fragment) ? COMPLETED : ALL;
    }

    /** The link that selects this filter: {@code "#/"}, {@code "#/active"} or {@code "#/completed"}. */
    public String href() {
        return "#/" + route;
    }

    /**
     * Whether this filter shows a todo.
     *
     * @param todo the todo
     * @return true to show it
     */
    public boolean accepts(Todo todo) {
        // A comparison, not a switch: a switch on an enum compiles to a lookup class of its own.
        return this == ALL || todo.isCompleted() == (this == COMPLETED);
    }
}
