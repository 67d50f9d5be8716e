package io.backbonejava.todo;

import io.backbonejava.sync.PagedCollection;
import java.util.List;
import java.util.function.Predicate;

/**
 * The list of todos, kept in the order they were added. Everything the app asks about the list as a whole
 * lives here, not in the views: which todos are done, which are left, which a filter shows, and where the
 * next one goes. A view then only has to draw the answers.
 *
 * <p>It is a {@link PagedCollection}: a server that answers a page at a time (Django REST Framework's
 * {@code {"count", "next", "results"}} envelope, or a {@code Link: <...>; rel="next"} header) is read to the
 * end by {@code fetchAll()}, and a plain array, as the demo server and localStorage answer, is all there is.
 *
 * <pre>{@code
 * Todos todos = new Todos();
 * todos.sync(new RestSync(new XhrTransport()));    // or LocalStorageSync.browser("todos-backbone-java")
 * todos.fetchAll();                                // every page
 * todos.remaining().size();                        // what the counter shows
 * }</pre>
 */
public class Todos extends PagedCollection<Todo> {
    /** The REST resource of the demo server, the default url; {@code LocalStorageSync} ignores it. */
    public static final String URL = "/api/todos";

    /** Whether a todo is done: one object for both questions below, and one class in the bundle. */
    private static final Predicate<Todo> DONE = Todo::isCompleted;

    /** The last order {@link #nextOrder()} handed out. */
    private int handedOut;

    /** An empty list of {@link Todo}s, sorted by {@link Todo#ORDER}. */
    public Todos() {
        super(Todo::new);
        // Sorted by "order", not by arrival: a store may answer in any order (the server sorts by id,
        // localStorage by insertion), and the list must look the same after a reload either way.
        comparator(Todo.ORDER);
        url(URL);
    }

    /** The todos that are done, in list order. */
    public List<Todo> completed() {
        return filter(DONE);
    }

    /** The todos still to do, in list order. */
    public List<Todo> remaining() {
        return reject(DONE);
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
     * Hands out the {@code order} of a todo about to be created: one past the largest in the list, so that
     * it goes to the end even when todos in the middle were deleted, and past any handed out before, since
     * a todo created with {@code wait} joins the list only when the store answers, and the user may type
     * the next one before that.
     *
     * @return the next order, 1 for the first todo
     */
    public int nextOrder() {
        int last = handedOut;
        for (Todo todo : this) {
            Integer order = todo.get(Todo.ORDER);
            if (order != null && order > last) {
                last = order;
            }
        }
        handedOut = last + 1;
        return handedOut;
    }
}
