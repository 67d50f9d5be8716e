package ${package};

import io.backbonejava.Collection;
import java.util.List;

/**
 * The list of tasks, in the order they were added. What the app asks about the list as a whole lives here,
 * not in the views: which tasks a filter shows, how many are left.
 *
 * <pre>{@code
 * Tasks tasks = new Tasks();
 * tasks.sync(LocalStorageSync.browser(Tasks.STORAGE_KEY));
 * tasks.fetch();
 * tasks.shown(Filter.OPEN).size();
 * }</pre>
 */
public class Tasks extends Collection<Task> {
    /** The localStorage key under which every task is kept, as one JSON array. */
    public static final String STORAGE_KEY = "${artifactId}-tasks";

    /** An empty list of {@link Task}s. */
    public Tasks() {
        super(Task::new);
    }

    /**
     * The tasks a filter shows, in list order.
     *
     * @param filter the filter of the current route
     * @return a new list
     */
    public List<Task> shown(Filter filter) {
        return filter(filter::accepts);
    }

    /** The tasks not done yet. */
    public List<Task> open() {
        return reject(Task::isDone);
    }
}
