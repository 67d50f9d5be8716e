package io.backbonejava.browsertests;

import io.backbonejava.Attribute;
import io.backbonejava.Attributes;
import io.backbonejava.Candidate;
import io.backbonejava.DomEvents;
import io.backbonejava.Form;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Sync;
import io.backbonejava.Template;
import io.backbonejava.ValidationError;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import io.backbonejava.sync.RestSync;
import io.backbonejava.sync.XhrTransport;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A {@link Form} of a new book saved by {@link RestSync} to the demo server that serves the page
 * ({@code /api/books}): a text field, a textarea, a number field read when it is left, and a checkbox. The
 * book's own {@code validate} asks only for a title, so that the author's and the year's messages can only
 * come from the server's 422 answer. Outside the form, {@code #year-1200} and {@code #year-1815} set the year
 * from code and {@code #leave} removes the form's view (unsaved edits revert); {@code #model} shows the
 * book's attributes and {@code #listeners} how many listeners it holds. A successful save logs {@code saved}.
 */
final class BookFormScenario implements Scenario {
    static final Attribute<String> TITLE = Attribute.string("title");
    static final Attribute<String> AUTHOR = Attribute.string("author");
    static final Attribute<Integer> YEAR = Attribute.integer("year");
    static final Attribute<Boolean> READ = Attribute.bool("read");

    private static final Template PAGE = Template.of("<div id=\"slot\"></div>"
            + "<p><button id=\"year-1200\" type=\"button\">Year 1200, from code</button> "
            + "<button id=\"year-1815\" type=\"button\">Year 1815, from code</button> "
            + "<button id=\"leave\" type=\"button\">Leave the form</button></p>"
            + "<p>Model: <span id=\"model\"></span>; listeners: <span id=\"listeners\"></span></p>");
    private static final Template FIELDS = Template.of(
            "<label for=\"title\">Title</label><input id=\"title\">"
            + "<label for=\"author\">Author</label><textarea id=\"author\"></textarea>"
            + "<label for=\"year\">Year</label><input id=\"year\" inputmode=\"numeric\">"
            + "<label><input id=\"read\" type=\"checkbox\"> Read</label>"
            + "<p id=\"general\" data-form-errors hidden></p>"
            + "<button type=\"submit\">Save</button>");

    @Override
    public void mount(HTMLElement app) {
        Sync.setDefault(new RestSync(new XhrTransport()));
        new PageView(app, new Book(Attributes.of(TITLE, "", AUTHOR, "", READ, false))).render();
    }

    /** A book of the demo server; the browser checks only that it has a title. */
    static final class Book extends Model {
        Book(Map<String, ?> attributes) {
            super(attributes);
            urlRoot("/api/books");
        }

        @Override
        protected ValidationError validate(Candidate attrs, Options options) {
            String title = attrs.get(TITLE);
            return title == null || title.trim().isEmpty() ? ValidationError.of(TITLE, "A title is required") : null;
        }
    }

    /** The form of the book. */
    static final class BookFormView extends View<Book> {
        BookFormView(Book book) {
            super(book, new ViewOptions().tagName("form"));
            el().appendChild(FIELDS.render(Attributes.of()));
            new Form<>(this)
                    .bind("#title", TITLE)
                    .bind("#author", AUTHOR)
                    .bind("#year", YEAR, Form.Update.ON_CHANGE)
                    .bind("#read", READ)
                    .onLeave(Form.Leave.REVERT)
                    .onSaved(saved -> Log.line("saved"));
        }
    }

    /** The page around the form: shows the model, and sets or leaves it from outside the form. */
    static final class PageView extends View<Book> {
        private BookFormView form;

        PageView(HTMLElement app, Book book) {
            super(book, new ViewOptions().el(app));
            listenTo(book.onChange(this::showModel));
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onClick("#year-1200", (event, button) -> model().set(YEAR, 1200))
                    .onClick("#year-1815", (event, button) -> model().set(YEAR, 1815))
                    .onClick("#leave", (event, button) -> {
                        form.remove();
                        showModel();
                    });
        }

        @Override
        public PageView render() {
            el().clear().appendChild(PAGE.render(Attributes.of()));
            form = addChild(new BookFormView(model()));
            $("#slot").appendChild(form.el());
            showModel();
            return this;
        }

        private void showModel() {
            Book book = model();
            Log.show("model", book.get(TITLE) + "|" + book.get(AUTHOR) + "|" + book.get(YEAR) + "|" + book.get(READ));
            Log.show("listeners", book.listenerCount());
        }
    }
}
