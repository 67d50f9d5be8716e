package io.backbonejava.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.backbonejava.Failure;
import io.backbonejava.ValidationError;
import org.junit.jupiter.api.Test;

/** What the title field says when a save was refused (the page itself is tested in browser-tests' TodoAppDjangoTest). */
class TitleErrorTest {
    private static Failure badRequest(ValidationError invalid) {
        return new Failure(400, Failure.ERROR, "Bad Request", "{}", null).withValidationError(invalid);
    }

    @Test
    void theServersFirstMessageAboutTheTitleComesFirst() {
        ValidationError invalid = ValidationError.of("order", "A valid integer is required.")
                .and("The todo is locked.")
                .and(Todo.TITLE, "Ensure this field has no more than 100 characters.")
                .and(Todo.TITLE, "Titles must be unique.");
        assertEquals("Ensure this field has no more than 100 characters.", TitleError.messageOf(badRequest(invalid)));
    }

    @Test
    void withoutOneTheMessageAboutTheWholeTodo() {
        ValidationError invalid = ValidationError.of("order", "A valid integer is required.").and("The todo is locked.");
        assertEquals("The todo is locked.", TitleError.messageOf(badRequest(invalid)));
    }

    @Test
    void anyOtherFailureSaysTheTodoWasNotSavedAndWhy() {
        assertEquals("Could not save the todo: Forbidden",
                TitleError.messageOf(new Failure(403, Failure.ERROR, "Forbidden", "{\"detail\": \"CSRF Failed\"}", null)));
        assertEquals("Could not save the todo", TitleError.messageOf(Failure.network("")));
    }
}
