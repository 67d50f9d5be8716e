package ${package};

import io.backbonejava.Router;

/**
 * {@code #/open} and {@code #/done} choose the filter; any other address shows every task. The filter lives in
 * the address, so it survives a reload and works with the Back button.
 */
public class AppRouter extends Router {
    private final TaskListView list;

    /**
     * A router driving one list.
     *
     * @param list the view whose filter the routes set
     */
    public AppRouter(TaskListView list) {
        this.list = list;
    }

    // "*filter" matches every fragment, the empty one too (then it gives null).
    @Override
    protected Routes routes() {
        return new Routes().add("*filter", "filter", args -> list.filter(Filter.fromRoute(args.get(0))));
    }
}
