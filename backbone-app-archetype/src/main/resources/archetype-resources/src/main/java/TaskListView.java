package ${package};

import io.backbonejava.Attributes;
import io.backbonejava.DomEvents;
import io.backbonejava.Html;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The app's view: the field for new tasks, the list with one {@link TaskView} per task of the current
 * filter, and the counter. It takes over the page's {@code <section class="tasks">} and listens to the
 * collection: whatever changed the tasks, the collection's events redraw the list.
 */
public class TaskListView extends View<Task> {
    private final Tasks tasks;
    private final HTMLInputElement input;
    private final HTMLElement list;
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
        list = $(".task-list");
        count = $(".count");
        error = $(".error");
        listenTo(tasks, "update reset change:done", e -> render());
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
        render();
    }

    /** Redraws the list (one child view per task shown) and the counter. */
    @Override
    public TaskListView render() {
        removeChildren();   // the previous item views, with all their listeners
        list.clear();
        for (Task task : tasks.shown(filter)) {
            list.appendChild(addChild(new TaskView(task)).render().el());
        }
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
