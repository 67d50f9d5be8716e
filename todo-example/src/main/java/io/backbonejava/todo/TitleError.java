package io.backbonejava.todo;

import io.backbonejava.Failure;
import io.backbonejava.ValidationError;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The message a title field shows when its title was refused, most often by the server (a Django REST
 * Framework backend answers {@code 400 {"title": ["Ensure this field has no more than 100 characters."]}}).
 * It is a {@code <p role="alert">} placed right after the field, so screen readers announce it when it
 * appears, and the field points at it with {@code aria-describedby} and says {@code aria-invalid="true"}
 * until the message is cleared. The text is set as text, never parsed as HTML: it comes from the server.
 */
final class TitleError {
    private TitleError() {
    }

    /**
     * What to tell the user about a refused save: the server's first message about the title, else its
     * message about the todo as a whole, else why the request failed.
     *
     * @param failure the failure of the save
     * @return a sentence for the user
     */
    static String messageOf(Failure failure) {
        ValidationError invalid = failure.validationError();
        if (invalid != null) {
            List<String> title = invalid.messages(Todo.TITLE);
            return title.isEmpty() ? invalid.message() : title.get(0);
        }
        String why = failure.errorThrown();
        return why == null || why.isEmpty() ? "Could not save the todo" : "Could not save the todo: " + why;
    }

    /**
     * Shows {@code message} after the field, replacing the one shown there before.
     *
     * @param field the new-todo field or an item's edit field
     * @param id the message element's id, unique in the page
     * @param message what to tell the user
     */
    static void show(HTMLInputElement field, String id, String message) {
        clear(field);
        HTMLElement shown = HTMLDocument.current().createElement("p");
        shown.setId(id);
        shown.setClassName("title-error");
        shown.setAttribute("role", "alert");
        shown.setTextContent(message);
        field.getParentNode().insertBefore(shown, field.getNextSibling());
        field.setAttribute("aria-invalid", "true");
        field.setAttribute("aria-describedby", id);
    }

    /**
     * Takes the field's message away, if it shows one.
     *
     * @param field the field
     */
    static void clear(HTMLInputElement field) {
        String id = field.getAttribute("aria-describedby");
        if (id == null) {
            return;
        }
        HTMLElement shown = HTMLDocument.current().getElementById(id);
        if (shown != null) {
            shown.getParentNode().removeChild(shown);
        }
        field.removeAttribute("aria-invalid");
        field.removeAttribute("aria-describedby");
    }
}
