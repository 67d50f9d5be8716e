package io.backbonejava.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Options;
import io.backbonejava.Sync;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's models on the JVM: Todo, Todos and TodoFilter need no browser. */
class TodosTest {

    private static List<String> titles(List<Todo> todos) {
        List<String> titles = new ArrayList<>();
        for (Todo todo : todos) {
            titles.add(todo.title());
        }
        return titles;
    }

    /** Todos whose every save succeeds at once and is recorded, with an id for each new todo. */
    private static Todos recordingTodos(List<Map<String, Object>> sent) {
        Todos todos = new Todos();
        int[] ids = {0};
        todos.sync((method, target, options) -> {
            Map<String, Object> json = ((Todo) target).toJSON();
            sent.add(json);
            if (Sync.CREATE.equals(method)) {
                json.put("id", ++ids[0]);
            }
            options.success().handle(target, json, options);
            return null;
        });
        return todos;
    }

    @Test
    void aNewTodoIsNotCompletedAndHasAnEmptyTitle() {
        Todo todo = new Todo(null, null);

        assertFalse(todo.isCompleted());
        assertEquals("", todo.title());
    }

    @Test
    void validationIsTodoRules() {
        Todo todo = new Todo(Attributes.of("title", "Buy milk"), null);

        assertFalse(todo.set(Todo.TITLE, "   ", new Options().validate(true)));
        assertEquals(List.of(TodoRules.validateTitle("   ")), todo.validationError().messages(Todo.TITLE));
        assertEquals("Buy milk", todo.title());
        StringBuilder tooLong = new StringBuilder();
        while (tooLong.length() <= TodoRules.MAX_TITLE_LENGTH) {
            tooLong.append('x');
        }
        assertFalse(todo.set(Todo.TITLE, tooLong.toString(), new Options().validate(true)));
        assertTrue(todo.set(Todo.TITLE, "Buy oat milk", new Options().validate(true)));
    }

    @Test
    void onlyTheServersFieldsAreSent() {
        Todo todo = new Todo(Attributes.of("id", 3, "title", "Buy milk", "completed", true, "order", 2,
                "editing", true), null);

        assertEquals(Map.of("id", 3, "title", "Buy milk", "completed", true, "order", 2), todo.toJSON());
    }

    @Test
    void todosStaySortedByOrder() {
        Todos todos = new Todos();
        todos.add(List.of(Attributes.of("title", "Second", "order", 2), Attributes.of("title", "First", "order", 1.0),
                Attributes.of("title", "Third", "order", 3)));

        assertEquals(List.of("First", "Second", "Third"), titles(todos.models()));
    }

    @Test
    void completedAndRemainingSplitTheList() {
        Todos todos = new Todos();
        todos.add(List.of(Attributes.of("title", "A", "order", 1, "completed", true),
                Attributes.of("title", "B", "order", 2), Attributes.of("title", "C", "order", 3, "completed", true)));

        assertEquals(List.of("A", "C"), titles(todos.completed()));
        assertEquals(List.of("B"), titles(todos.remaining()));
    }

    @Test
    void filtersChooseTheTodosTheyShow() {
        Todos todos = new Todos();
        todos.add(List.of(Attributes.of("title", "A", "order", 1, "completed", true),
                Attributes.of("title", "B", "order", 2)));

        assertEquals(List.of("A", "B"), titles(todos.visible(TodoFilter.ALL)));
        assertEquals(List.of("B"), titles(todos.visible(TodoFilter.ACTIVE)));
        assertEquals(List.of("A"), titles(todos.visible(TodoFilter.COMPLETED)));
    }

    @Test
    void routesNameTheirFilterAndAnythingElseMeansAll() {
        assertSame(TodoFilter.ACTIVE, TodoFilter.fromRoute("active"));
        assertSame(TodoFilter.COMPLETED, TodoFilter.fromRoute("completed"));
        assertSame(TodoFilter.ALL, TodoFilter.fromRoute(null));
        assertSame(TodoFilter.ALL, TodoFilter.fromRoute(""));
        assertSame(TodoFilter.ALL, TodoFilter.fromRoute("nonsense"));
        assertEquals("#/", TodoFilter.ALL.href());
        assertEquals("#/active", TodoFilter.ACTIVE.href());
        assertEquals("#/completed", TodoFilter.COMPLETED.href());
    }

    @Test
    void nextOrderGoesPastTheLargestAndPastOrdersHandedOut() {
        Todos todos = new Todos();
        assertEquals(1, todos.nextOrder());
        assertEquals(2, todos.nextOrder(), "the first may still be on its way to the store");

        todos.add(Attributes.of("title", "Stored long ago", "order", 7.0));
        assertEquals(8, todos.nextOrder());
    }

    @Test
    void toggleSavesTheFlippedFlag() {
        List<Map<String, Object>> sent = new ArrayList<>();
        Todos todos = recordingTodos(sent);
        Todo todo = todos.create(Attributes.of("title", "Buy milk", "order", 1));

        todo.toggle();

        assertTrue(todo.isCompleted());
        assertEquals(2, sent.size());
        assertEquals(Map.of("id", 1, "title", "Buy milk", "completed", true, "order", 1), sent.get(1));
    }

    @Test
    void aRefusedTitleIsNeverSent() {
        List<Map<String, Object>> sent = new ArrayList<>();
        Todos todos = recordingTodos(sent);

        assertNull(todos.create(Attributes.of("title", "  "), new Options().validate(true)));
        Todo todo = todos.create(Attributes.of("title", "Buy milk", "order", 1));
        assertTrue(todo.save(Todo.TITLE, "").isRejected());

        assertEquals(1, sent.size());
        assertEquals("Buy milk", todo.title());
    }
}
