package ${package};

import io.backbonejava.History;
import io.backbonejava.sync.LocalStorageSync;

/** Where the app starts: {@code index.html} calls {@code main()} once the page has loaded. */
public final class App {
    private App() {
    }

    /**
     * Loads the stored tasks, then shows them and starts routing.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Tasks tasks = new Tasks();
        tasks.sync(LocalStorageSync.browser(Tasks.STORAGE_KEY));
        TaskListView list = new TaskListView(tasks);
        new AppRouter(list);
        tasks.fetch();               // localStorage answers at once; "update" draws the list
        History.instance().start();  // runs the route of the current address
    }
}
