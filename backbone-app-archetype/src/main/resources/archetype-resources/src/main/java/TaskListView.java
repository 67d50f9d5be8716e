package ${package};

import io.backbonejava.Attributes;
import io.backbonejava.CollectionView;
import io.backbonejava.DomEvents;
import io.backbonejava.Html;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The app's view: the field for new tasks, the list with one {@link TaskView} per task of the current
 * filter, and the counter. It takes over the page's {@code <section class="tasks">}. The list is a
 * {@link CollectionView}: it follows the collection on its own, adding, removing and moving only the items
 * that changed; this view redraws the counter when the collection's events say the tasks changed.
 */
public class TaskListView extends View<Task> {
    private final Tasks tasks;
    private final HTMLInputElement input;
    private final CollectionView<Task, TaskView> list;
    private final HTMLElement count;
    private final HTMLElement error;
    private Filter filter = Filter.ALL;

    /**
     * Takes over the page's {@code .tasks} section.
     *
     * @param tasks the tasks to show
     */
    public TaskListView(Tasks tasks) {
        super(tasks, new ViewOptions().el(".tasks"));
        this.tasks = tasks;
        input = $input(".new-task");
        count = $(".count");
        error = $(".error");
        // One TaskView per task the filter shows; "done" is what the filter reads, so ticking a task under
        // "open" takes its item away alone.
        list = addChild(new CollectionView<>(tasks, TaskView::new, new ViewOptions().el($(".task-list"))));
        list.filter(filter::accepts, Task.DONE).render();
        listenTo(tasks, "update reset change:done", e -> render());
        render();   // the counter, also when the stored list turns out empty and no event comes
    }

    @Override
    protected DomEvents events() {
        return new DomEvents().onKeyDown(".new-task", (KeyboardEvent event, HTMLInputElement field) -> {
            if ("Enter".equals(event.getKey())) {
                createTask();
            }
        });
    }

    /**
     * Shows the tasks of another filter; the router calls this for each route.
     *
     * @param shown the filter of the new route
     */
    public void filter(Filter shown) {
        filter = shown;
        list.filter(shown::accepts, Task.DONE);
    }

    /** Redraws the counter (the list follows the collection on its own). */
    @Override
    public TaskListView render() {
        int open = tasks.open().size();
        Html.text(count, open + (open == 1 ? " task left" : " tasks left"));
        return this;
    }

    // A new task is checked before it joins the list: an invalid one is not added, and its error says why.
    // A valid one is added and saved to localStorage.
    private void createTask() {
        Task task = new Task(Attributes.of(Task.TITLE, input.getValue().trim()), null);
        if (!task.isValid()) {
            Html.text(error, task.validationError().message());
            return;
        }
        tasks.create(task);
        input.setValue("");
        Html.text(error, "");
    }
}
