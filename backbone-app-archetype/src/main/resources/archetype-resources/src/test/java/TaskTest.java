package ${package};

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.backbonejava.Attributes;
import io.backbonejava.Options;
import org.junit.Test;

/** The model and the collection on the JVM: no browser needed, so this runs in milliseconds. */
public class TaskTest {
    @Test
    public void aTaskNeedsATitle() {
        Tasks tasks = new Tasks();
        assertNull(tasks.add(Attributes.of(Task.TITLE, "  "), new Options().validate(true)));
        assertEquals(0, tasks.size());
        Task task = new Task(Attributes.of(Task.TITLE, ""), null);
        assertEquals(false, task.isValid());
        assertEquals("A task needs a title", task.validationError().message());
    }

    @Test
    public void filtersShowOpenAndDoneTasks() {
        Tasks tasks = new Tasks();
        tasks.add(Attributes.of(Task.TITLE, "Buy milk"));
        tasks.add(Attributes.of(Task.TITLE, "Walk the dog", Task.DONE, true));
        assertEquals("Buy milk", tasks.shown(Filter.OPEN).get(0).get(Task.TITLE));
        assertEquals(1, tasks.shown(Filter.DONE).size());
        assertEquals(2, tasks.shown(Filter.ALL).size());
    }
}
