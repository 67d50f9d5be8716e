package ${package};

import io.backbonejava.DomListener;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.Map;

/**
 * One {@code <li>} per {@link Task}: its checkbox, its title and a delete button. The user's clicks become
 * calls on the model; the model's events come back and redraw the item, whatever changed it.
 */
public class TaskView extends View {
    // Placeholders are filled as text or attribute values, never parsed as HTML: "<b>" shows as typed.
    private static final Template ITEM = Template.of(
            "<input class=\"toggle\" type=\"checkbox\" checked=\"{{done}}\">"
            + "<label>{{title}}</label>"
            + "<button class=\"destroy\" title=\"Delete\">&times;</button>");

    /**
     * A view of one task; call {@link #render()} to draw it.
     *
     * @param task the task it shows
     */
    public TaskView(Task task) {
        super(new ViewOptions().model(task).tagName("li"));
        listenTo(task, "change", e -> render());
        // A destroyed task takes its item with it, listeners included.
        listenTo(task, "destroy", e -> remove());
    }

    @Override
    protected Map<String, DomListener> events() {
        return Map.of(
                "click .toggle", (event, toggle) -> task().toggle(),
                "click .destroy", (event, button) -> task().destroy());
    }

    /** The task this item shows. */
    public Task task() {
        return model();
    }

    @Override
    public TaskView render() {
        el().clear().appendChild(ITEM.render(task().attributes()));
        el().setClassName(task().isDone() ? "done" : "");
        return this;
    }
}
