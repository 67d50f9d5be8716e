package ${package};

import io.backbonejava.DomEvents;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;

/**
 * One {@code <li>} per {@link Task}: its checkbox, its title and a delete button. The user's clicks become
 * calls on the model; the model's events come back and redraw the item, whatever changed it.
 */
public class TaskView extends View<Task> {
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
        super(task, new ViewOptions().tagName("li"));
        listenTo(task.onChange(this::render));
        // A destroyed task leaves the collection, and the list (a CollectionView) removes this item with
        // its listeners.
    }

    @Override
    protected DomEvents events() {
        return new DomEvents()
                .onClick(".toggle", (event, toggle) -> model().toggle())
                .onClick(".destroy", (event, button) -> model().destroy());
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
