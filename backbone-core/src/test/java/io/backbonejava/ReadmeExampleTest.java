package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** The models, collections and events example of README.md, kept compiling and true. Keep the two in step. */
@RunWith(TeaVMTestRunner.class)
public class ReadmeExampleTest {

    // --- README example: begin ---
    public static class Todo extends Model {
        public static final Attribute<String> TITLE = Attribute.string("title");
        public static final Attribute<Boolean> COMPLETED = Attribute.bool("completed");
        public static final Attribute<Integer> ORDER = Attribute.integer("order");

        public Todo() {               // a blank todo: new Todo()
            super();
        }

        public Todo(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        protected Map<String, ?> defaults() {
            return Attributes.of(TITLE, "", COMPLETED, false);
        }

        @Override
        protected ValidationError validate(Candidate attrs, Options options) {
            return attrs.get(TITLE).trim().isEmpty() ? ValidationError.of(TITLE, "Title is required") : null;
        }

        public void toggle() {
            set(COMPLETED, !get(COMPLETED));
        }
    }

    static List<String> example() {
        List<String> log = new ArrayList<>();

        Collection<Todo> todos = new Collection<>(Todo::new);
        todos.comparator(Todo.ORDER);
        todos.onAdd(todo -> log.add("added " + todo.get(Todo.TITLE)));
        todos.onChange(Todo.COMPLETED, (todo, completed) -> log.add("completed is now " + completed));

        Todo milk = todos.add(Attributes.of(Todo.TITLE, "Buy milk", Todo.ORDER, 2));
        todos.add(Attributes.of(Todo.TITLE, "Walk the dog", Todo.ORDER, 1));
        milk.toggle();

        log.add("first: " + todos.first().get(Todo.TITLE));                  // kept sorted by order
        log.add("done: " + todos.where(Todo.COMPLETED, true).size());
        Todo blank = todos.add(Attributes.of(Todo.TITLE, "  "), new Options().validate(true));
        log.add("valid: " + (blank != null));                                 // refused, "invalid" fired
        return log;
    }
    // --- README example: end ---

    @Test
    public void readmeExampleBehavesAsTheReadmeSays() {
        List<String> log = example();
        assertEquals("added Buy milk", log.get(0));
        assertEquals("added Walk the dog", log.get(1));
        assertEquals("completed is now true", log.get(2));
        assertEquals("first: Walk the dog", log.get(3));
        assertEquals("done: 1", log.get(4));
        assertEquals("valid: false", log.get(5));
        assertEquals(6, log.size());
    }

    @Test
    public void typedAttributesReadNumbersFromJson() {
        Todo todo = new Todo(Attributes.of("title", "x", "order", 3.0), null);
        assertEquals(Integer.valueOf(3), todo.get(Todo.ORDER));
        assertFalse(todo.get(Todo.COMPLETED));
        assertNull(todo.get(Attribute.string("missing")));
        assertTrue(todo.isValid());
    }

    @Test
    public void aBlankTodoHasItsDefaults() {
        Todo todo = new Todo();
        assertEquals("", todo.get(Todo.TITLE));
        assertFalse(todo.get(Todo.COMPLETED));
        assertFalse(todo.isValid());
    }
}
