package io.backbonejava.todo;

import io.backbonejava.Collection;
import java.util.List;

/**
 * The list of todos, kept in the order they were added. Everything the app asks about the list as a whole
 * lives here, not in the views: which todos are done, which are left, which a filter shows, and where the
 * next one goes. A view then only has to draw the answers.
 *
 * <pre>{@code
 * Todos todos = new Todos();
 * todos.sync(new RestSync(new XhrTransport()));    // or LocalStorageSync.browser("todos-backbone-java")
 * todos.fetch(new Options().reset(true));
 * todos.remaining().size();                        // what the counter shows
 * }</pre>
 */
public class Todos extends Collection<Todo> {
    /** The REST resource of the demo server; {@code LocalStorageSync} ignores it. */
    public static final String URL = "/api/todos";

    /** An empty list of {@link Todo}s, sorted by {@link Todo#ORDER}. */
    public Todos() {
        super(Todo::new);
        // Sorted by "order", not by arrival: a store may answer in any order (the server sorts by id,
        // localStorage by insertion), and the list must look the same after a reload either way.
        comparator(Todo.ORDER.name());
        url(URL);
    }

    /** The todos that are done, in list order. */
    public List<Todo> completed() {
        return filter(Todo::isCompleted);
    }

    /** The todos still to do, in list order. */
    public List<Todo> remaining() {
        return reject(Todo::isCompleted);
    }

    /**
     * The todos a filter shows, in list order. Filtering happens here, on the models, rather than by hiding
     * list items with CSS: the view draws only what this returns.
     *
     * @param filter the filter of the current route
     * @return a new list
     */
    public List<Todo> visible(TodoFilter filter) {
        return filter(filter::accepts);
    }

    /**
     * The {@code order} of a todo added now: one past the largest so far, so that it goes to the end even
     * when todos in the middle were deleted.
     *
     * @return the next order, 1 for an empty list
     */
    public int nextOrder() {
        int last = 0;
        for (Todo todo : this) {
            Integer order = todo.get(Todo.ORDER);
            if (order != null && order > last) {
                last = order;
            }
        }
        return last + 1;
    }
}
