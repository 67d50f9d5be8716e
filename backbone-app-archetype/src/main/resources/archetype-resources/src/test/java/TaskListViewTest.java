package ${package};

import static org.junit.Assert.assertEquals;

import io.backbonejava.Attributes;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * The list view compiled by TeaVM and run in headless Chromium (teavm-junit): one item per task, redrawn when
 * a task changes.
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class TaskListViewTest {
    @Test
    public void drawsOneItemPerTaskAndFollowsChanges() {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement section = document.createElement("section");
        section.setClassName("tasks");
        section.setInnerHTML("<input class=\"new-task\"><p class=\"error\"></p><ul class=\"task-list\"></ul>"
                + "<span class=\"count\"></span>");
        document.getBody().appendChild(section);

        Tasks tasks = new Tasks();
        TaskListView view = new TaskListView(tasks);
        tasks.add(Attributes.of(Task.TITLE, "Buy milk"));
        tasks.add(Attributes.of(Task.TITLE, "Walk the dog"));
        assertEquals(2, section.querySelectorAll(".task-list li").getLength());
        assertEquals("2 tasks left", section.querySelector(".count").getTextContent());

        tasks.at(0).set(Task.DONE, true);
        assertEquals("done", section.querySelector(".task-list li").getClassName());
        assertEquals("1 task left", section.querySelector(".count").getTextContent());

        view.filter(Filter.OPEN);
        assertEquals(1, section.querySelectorAll(".task-list li").getLength());
        view.remove();
    }
}
