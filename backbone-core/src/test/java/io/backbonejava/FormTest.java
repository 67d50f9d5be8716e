package io.backbonejava;

import static io.backbonejava.Dom.document;
import static io.backbonejava.Dom.fire;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * {@link Form} in Chromium: every kind of field both ways, the caret of the field being typed in, client
 * and server messages shown and cleared with their accessibility attributes, the save's pending state, leave
 * policies, and nothing left listening once the view is removed. The server is a {@link Sync} the test
 * settles by hand: the seam where RestSync's transport would be.
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class FormTest {
    static final Attribute<String> TITLE = Attribute.string("title");
    static final Attribute<Integer> PAGES = Attribute.integer("pages");
    static final Attribute<Double> RATING = Attribute.number("rating");
    static final Attribute<Boolean> READ = Attribute.bool("read");
    static final Attribute<String> FORMAT = Attribute.string("format");
    static final Attribute<Integer> SHELF = Attribute.integer("shelf");
    static final Attribute<String> NOTES = Attribute.string("notes");

    static final Template FIELDS = Template.of("<input class=\"title\" aria-describedby=\"title-help\">"
            + "<span id=\"title-help\">The book's title</span>"
            + "<input class=\"pages\" type=\"text\" inputmode=\"numeric\">"
            + "<input class=\"rating\" type=\"number\" step=\"any\">"
            + "<input class=\"read\" type=\"checkbox\">"
            + "<label><input type=\"radio\" name=\"format\" class=\"format\" value=\"paper\">Paper</label>"
            + "<label><input type=\"radio\" name=\"format\" class=\"format\" value=\"ebook\">E-book</label>"
            + "<select class=\"shelf\"><option value=\"\">None</option><option value=\"1\">One</option>"
            + "<option value=\"2\">Two</option></select>"
            + "<textarea class=\"notes\"></textarea>"
            + "<p class=\"pages-errors\" data-error-for=\"pages\"></p>"
            + "<div class=\"general\" data-form-errors></div>"
            + "<button type=\"submit\">Save</button>");

    /** A book: a title is required, and a book has at least one page. */
    static final class Book extends Model {
        Book(Map<String, ?> attributes) {
            super(attributes);
        }

        @Override
        protected ValidationError validate(Candidate attrs, Options options) {
            ValidationError error = null;
            if (attrs.get(TITLE) == null || attrs.get(TITLE).trim().isEmpty()) {
                error = ValidationError.add(error, TITLE, "A title is required");
            }
            Integer pages = attrs.get(PAGES);
            if (pages != null && pages < 1) {
                error = ValidationError.add(error, PAGES, "At least one page");
            }
            return error;
        }
    }

    /** A server whose answers the test gives: each save waits in {@link #calls} until settled. */
    static final class HeldSync implements Sync {
        final List<Options> calls = new ArrayList<>();
        final List<String> methods = new ArrayList<>();

        @Override
        public Request sync(String method, Events target, Options options) {
            calls.add(options);
            methods.add(method);
            return options.request();
        }

        void succeed(Object response) {
            Options options = calls.get(calls.size() - 1);
            options.success().handle(null, response, options);
        }

        void fail(Failure failure) {
            Options options = calls.get(calls.size() - 1);
            options.error().handle(null, failure, options);
        }

        void refuse(ValidationError error) {
            Options options = calls.get(calls.size() - 1);
            options.error().handle(null, new Failure(422, Failure.ERROR, "Unprocessable Entity", "{}", null)
                    .withValidationError(error), options);
        }
    }

    static final class BookView extends View<Book> {
        BookView(Book book) {
            super(book, new ViewOptions().tagName("form"));
            el().appendChild(FIELDS.render(Attributes.of()));
        }
    }

    private Book book;
    private BookView view;
    private HeldSync server;

    @Before
    public void setUp() {
        book = new Book(Attributes.of(TITLE, "Dune", PAGES, 412, READ, false));
        server = new HeldSync();
        book.sync(server);
        view = new BookView(book);
        document().getBody().appendChild(view.el());
    }

    @After
    public void tearDown() {
        view.remove();
    }

    private HTMLElement field(String selector) {
        return view.$(selector);
    }

    private static void type(HTMLElement field, String text) {
        Browser.setValue(field, text);
        fire(field, "input");
    }

    private static void click(HTMLElement field) {
        field.click();
    }

    // Both ways, per kind of field

    @Test
    public void textFieldFollowsTheModelAndTheModelTheField() {
        new Form<>(view).bind(".title", TITLE);
        assertEquals("Dune", Browser.value(field(".title")));

        type(field(".title"), "Dune Messiah");
        assertEquals("Dune Messiah", book.get(TITLE));

        book.set(TITLE, "Children of Dune");
        assertEquals("Children of Dune", Browser.value(field(".title")));
    }

    @Test
    public void onChangeSetsTheModelOnlyWhenTheFieldIsCommitted() {
        new Form<>(view).bind(".title", TITLE, Form.Update.ON_CHANGE);
        type(field(".title"), "Dune Messiah");
        assertEquals("Dune", book.get(TITLE));

        fire(field(".title"), "change");
        assertEquals("Dune Messiah", book.get(TITLE));
    }

    @Test
    public void numberFieldsConvertBothWays() {
        new Form<>(view).bind(".pages", PAGES).bind(".rating", RATING);
        assertEquals("412", Browser.value(field(".pages")));
        assertEquals("", Browser.value(field(".rating")));

        type(field(".pages"), "256");
        type(field(".rating"), "4.5");
        assertEquals(Integer.valueOf(256), book.get(PAGES));
        assertEquals(Double.valueOf(4.5), book.get(RATING));
        assertTrue(book.get("pages") instanceof Integer);

        book.set(RATING, 3.25);
        assertEquals("3.25", Browser.value(field(".rating")));
        // A whole number from a server's JSON is a double: shown without a fraction.
        book.set("pages", 300.0);
        assertEquals("300", Browser.value(field(".pages")));

        type(field(".pages"), "");
        assertNull(book.get(PAGES));
        assertTrue(book.has("pages") || book.get("pages") == null);
    }

    @Test
    public void textThatIsNoNumberIsKeptAndExplainedAndTheModelUntouched() {
        new Form<>(view).bind(".pages", PAGES);
        type(field(".pages"), "abc");

        assertEquals("abc", Browser.value(field(".pages")));
        assertEquals(Integer.valueOf(412), book.get(PAGES));
        assertEquals("Enter a number", field(".pages-errors").getTextContent());
        assertEquals("true", field(".pages").getAttribute("aria-invalid"));

        type(field(".pages"), "2.5");
        assertEquals("Enter a whole number", field(".pages-errors").getTextContent());
        assertEquals(Integer.valueOf(412), book.get(PAGES));

        type(field(".pages"), "100");
        assertEquals(Integer.valueOf(100), book.get(PAGES));
        assertEquals("", field(".pages-errors").getTextContent());
        assertNull(field(".pages").getAttribute("aria-invalid"));
    }

    @Test
    public void checkboxFollowsABoolean() {
        new Form<>(view).bind(".read", READ);
        assertFalse(Browser.checked(field(".read")));

        click(field(".read"));
        assertEquals(Boolean.TRUE, book.get(READ));

        book.set(READ, false);
        assertFalse(Browser.checked(field(".read")));
    }

    @Test
    public void radioGroupFollowsTheCheckedValue() {
        book.set(FORMAT, "ebook");
        new Form<>(view).bind(".format", FORMAT);
        List<HTMLElement> radios = view.$$(".format");
        assertFalse(Browser.checked(radios.get(0)));
        assertTrue(Browser.checked(radios.get(1)));

        click(radios.get(0));
        assertEquals("paper", book.get(FORMAT));

        book.set(FORMAT, "ebook");
        assertTrue(Browser.checked(radios.get(1)));
        book.unset(FORMAT);
        assertFalse(Browser.checked(radios.get(0)));
        assertFalse(Browser.checked(radios.get(1)));
    }

    @Test
    public void selectConvertsItsValueToTheAttributesType() {
        book.set(SHELF, 2);
        new Form<>(view).bind(".shelf", SHELF);
        assertEquals("2", Browser.value(field(".shelf")));

        Browser.setValue(field(".shelf"), "1");
        fire(field(".shelf"), "change");
        assertEquals(Integer.valueOf(1), book.get(SHELF));

        Browser.setValue(field(".shelf"), "");
        fire(field(".shelf"), "change");
        assertNull(book.get(SHELF));

        book.set(SHELF, 2);
        assertEquals("2", Browser.value(field(".shelf")));
    }

    @Test
    public void textAreaFollowsAString() {
        new Form<>(view).bind(".notes", NOTES);
        type(field(".notes"), "Line one\nLine two");
        assertEquals("Line one\nLine two", book.get(NOTES));

        book.set(NOTES, "Other");
        assertEquals("Other", Browser.value(field(".notes")));
    }

    @Test
    public void aSelectCanHoldABooleanAndRadioButtonsANumber() {
        View<Book> other = new View<>(book, null);
        other.el().setInnerHTML("<select class=\"read\"><option value=\"\">?</option><option value=\"true\">Yes"
                + "</option><option value=\"false\">No</option></select>"
                + "<input type=\"radio\" name=\"shelf\" value=\"1\"><input type=\"radio\" name=\"shelf\" value=\"2\">");
        document().getBody().appendChild(other.el());   // a detached radio button fires no change
        book.set(SHELF, 2);
        new Form<>(other).bind(".read", READ).bind("[name=shelf]", SHELF);
        assertEquals("false", Browser.value(other.$(".read")));
        assertTrue(Browser.checked(other.$$("[name=shelf]").get(1)));

        Browser.setValue(other.$(".read"), "true");
        fire(other.$(".read"), "change");
        click(other.$$("[name=shelf]").get(0));
        assertEquals(Boolean.TRUE, book.get(READ));
        assertEquals(Integer.valueOf(1), book.get(SHELF));
        other.remove();
    }

    @Test
    public void aFormInsideTheViewIsSubmittedToo() {
        View<Book> page = new View<>(book, null);
        page.el().setInnerHTML("<h2>Edit</h2><form><input class=\"title\"><input type=\"submit\" value=\"Save\">"
                + "</form>");
        document().getBody().appendChild(page.el());
        new Form<>(page).bind(".title", TITLE);
        type(page.$(".title"), "Emma");

        fire(page.$("form"), "submit");
        assertEquals(1, server.calls.size());
        assertTrue(page.$("[type=submit]").hasAttribute("disabled"));
        server.succeed(null);
        assertFalse(page.$("[type=submit]").hasAttribute("disabled"));
        page.remove();
    }

    @Test
    public void fieldsThatCannotShowTheAttributeAreRefusedWithAClearMessage() {
        Form<Book> form = new Form<>(view);
        int listenersBefore = book.listenerCount();
        assertRefused(() -> form.bind(".missing", TITLE), "no field in the view matches \".missing\":"
                + " bind once the view's element holds the fields");
        assertRefused(() -> form.bind(".read", TITLE),
                "\".read\" is a checkbox: bind it to a boolean attribute, not \"title\"");
        assertRefused(() -> form.bind(".title", Attribute.<List<String>>list("tags")), "attribute \"tags\" is"
                + " neither a string, a boolean nor a number: declare it with Attribute.string, bool, integer,"
                + " longInteger or number");
        assertRefused(() -> form.bind("input", TITLE), "\"input\" selects radio buttons and other fields");
        assertRefused(() -> form.bind(".general", TITLE), "\".general\" selects a <div>, not a form field");
        assertRefused(() -> form.bind(null, TITLE), "selector == null");
        assertRefused(() -> form.bind(".title", null), "attribute == null");
        assertRefused(() -> form.bind(".title", TITLE, null), "update == null");
        assertRefused(() -> form.onLeave(null), "policy == null");
        assertRefused(() -> form.onSaved(null), "callback == null");
        form.bind(".title", TITLE);
        assertEquals("nothing bound by the refused calls is left", 1, book.listenerCount() - listenersBefore);
    }

    @Test
    public void aFormOfAViewWithoutAModelOrOfNoViewIsRefusedWithAClearMessage() {
        assertRefused(() -> new Form<Book>(null), "view == null");
        View<Book> noModel = new View<>(new ViewOptions().tagName("form"));
        assertRefused(() -> new Form<>(noModel), "the view has no model: give it one, as in super(book, options),"
                + " before making its Form");
    }

    @Test
    public void savingWithNoSyncAnywhereSaysWhatToInstall() {
        Sync installed = Sync.getDefault();
        Sync.setDefault(null);
        try {
            Book unsynced = new Book(Attributes.of(TITLE, "Dune"));
            unsynced.urlRoot("/api/books");
            BookView page = new BookView(unsynced);
            Form<Book> form = new Form<>(page).bind(".title", TITLE);
            try {
                form.save();
                fail("saved with no sync");
            } catch (IllegalStateException e) {
                assertEquals("No Sync: call Sync.setDefault(...) with a RestSync or LocalStorageSync"
                        + " (backbone-sync) before fetch or save", e.getMessage());
            }
            assertFalse(form.isSaving());

            // Submitted by the user: the reason is in the form, where the one who clicked reads it.
            document().getBody().appendChild(page.el());
            fire(page.el(), "submit");
            assertEquals("Not saved: No Sync: call Sync.setDefault(...) with a RestSync or LocalStorageSync"
                    + " (backbone-sync) before fetch or save", page.$("[data-form-errors]").getTextContent());
            assertFalse(page.$("[data-form-errors]").isHidden());
            assertFalse(form.isSaving());
            page.remove();
        } finally {
            Sync.setDefault(installed);
        }
    }

    @Test
    public void bindingAfterTheViewIsRemovedSaysToMakeANewForm() {
        Form<Book> form = new Form<>(view);
        view.remove();
        try {
            form.bind(".title", TITLE);
            fail("bound on a disposed form");
        } catch (IllegalStateException e) {
            assertEquals("the form was disposed with its view: make a new Form for the new view", e.getMessage());
        }
    }

    // The caret

    @Test
    public void typingDoesNotMoveTheCaret() {
        new Form<>(view).bind(".title", TITLE).bind(".rating", RATING);
        HTMLElement title = field(".title");
        title.focus();
        Browser.setValue(title, "Dxune");
        Browser.setSelectionRange(title, 2, 2);
        fire(title, "input");
        assertEquals("Dxune", book.get(TITLE));
        assertEquals(2, Browser.selectionStart(title));

        // A change from elsewhere to what the field shows already leaves it alone.
        book.set(TITLE, "Dune");
        book.set(TITLE, "Dxune");
        assertEquals(2, Browser.selectionStart(title));
    }

    @Test
    public void aChangeFromElsewhereKeepsTheCaretOfTheFocusedField() {
        new Form<>(view).bind(".title", TITLE);
        HTMLElement title = field(".title");
        title.focus();
        Browser.setSelectionRange(title, 1, 3);
        book.set(TITLE, "DUNE");
        assertEquals("DUNE", Browser.value(title));
        assertEquals(1, Browser.selectionStart(title));
        assertEquals(3, Browser.selectionEnd(title));

        book.set(TITLE, "D");
        assertEquals(1, Browser.selectionStart(title));
        assertEquals(1, Browser.selectionEnd(title));
    }

    @Test
    public void aFocusedNumberFieldThatShowsTheValueAlreadyIsNotRewritten() {
        new Form<>(view).bind(".pages", PAGES);
        HTMLElement pages = field(".pages");
        pages.focus();
        type(pages, "0412");
        assertEquals(Integer.valueOf(412), book.get(PAGES));
        book.set("pages", 412.0);
        assertEquals("0412", Browser.value(pages));
    }

    // Errors

    @Test
    public void clientErrorsAreShownNextToTheFieldAndClearedWhenItBecomesValid() {
        new Form<>(view).bind(".title", TITLE);
        HTMLElement title = field(".title");
        type(title, "  ");

        HTMLElement message = (HTMLElement) title.getNextSibling();
        assertEquals("field-error", message.getClassName());
        assertEquals("A title is required", message.getTextContent());
        assertFalse(message.isHidden());
        assertEquals("true", title.getAttribute("aria-invalid"));
        assertEquals("title-help " + message.getId(), title.getAttribute("aria-describedby"));
        assertEquals("  ", book.get(TITLE));

        type(title, "Emma");
        assertEquals("", message.getTextContent());
        assertTrue(message.isHidden());
        assertNull(title.getAttribute("aria-invalid"));
        assertEquals("title-help", title.getAttribute("aria-describedby"));
    }

    @Test
    public void editingOneFieldDoesNotShowMessagesOfFieldsNotYetTouched() {
        book.set(TITLE, "");
        new Form<>(view).bind(".title", TITLE).bind(".pages", PAGES);
        type(field(".pages"), "0");
        assertEquals("At least one page", field(".pages-errors").getTextContent());
        assertEquals("", ((HTMLElement) field(".title").getNextSibling()).getTextContent());
    }

    @Test
    public void aRefusedSaveShowsEveryMessageAndSendsNothing() {
        book.set(TITLE, "");
        book.set(PAGES, 0);
        Form<Book> form = new Form<>(view).bind(".title", TITLE).bind(".pages", PAGES);

        Request request = form.save();
        assertTrue(request.isRejected());
        assertEquals(Failure.INVALID, request.failure().textStatus());
        assertEquals(0, server.calls.size());
        assertEquals("A title is required", ((HTMLElement) field(".title").getNextSibling()).getTextContent());
        assertEquals("At least one page", field(".pages-errors").getTextContent());
        assertSame(field(".title"), document().getActiveElement());
    }

    @Test
    public void textThatIsNoNumberStopsTheSave() {
        Form<Book> form = new Form<>(view).bind(".pages", PAGES);
        type(field(".pages"), "many");
        Request request = form.save();
        assertTrue(request.isRejected());
        assertEquals("Enter a number", request.failure().validationError().messages(PAGES).get(0));
        assertEquals(0, server.calls.size());
        assertEquals("many", Browser.value(field(".pages")));
    }

    @Test
    public void serverErrorsAreShownWithTheClientsAndClearedByAValidEdit() {
        Form<Book> form = new Form<>(view).bind(".title", TITLE).bind(".pages", PAGES);
        type(field(".title"), "Dune!");
        form.save();
        server.refuse(ValidationError.of("title", "A book with this title exists").and("isbn", "Not an ISBN")
                .and("The shelf is full"));

        HTMLElement titleMessage = (HTMLElement) field(".title").getNextSibling();
        assertEquals("A book with this title exists", titleMessage.getTextContent());
        assertEquals("true", field(".title").getAttribute("aria-invalid"));
        assertEquals("The shelf is full isbn: Not an ISBN", field(".general").getTextContent());
        assertEquals("Dune!", Browser.value(field(".title")));
        assertEquals("Dune!", book.get(TITLE));

        type(field(".title"), "Dune, again");
        assertEquals("", titleMessage.getTextContent());
        assertNull(field(".title").getAttribute("aria-invalid"));
    }

    @Test
    public void aServersMessageStaysUntilItsOwnFieldIsEdited() {
        Form<Book> form = new Form<>(view).bind(".title", TITLE).bind(".pages", PAGES);
        type(field(".title"), "");
        form.save();   // refused by validate: the title's message is the client's
        type(field(".title"), "Dune");
        form.save();
        server.refuse(ValidationError.of("pages", "More pages than the shelf holds").and("title", "Listed already"));
        HTMLElement pagesMessage = field(".pages-errors");
        HTMLElement titleMessage = (HTMLElement) field(".title").getNextSibling();
        assertEquals("More pages than the shelf holds", pagesMessage.getTextContent());
        assertEquals("Listed already", titleMessage.getTextContent());

        // Editing the title takes the server's word about the title away, not its word about the pages.
        type(field(".title"), "");
        assertEquals("A title is required", titleMessage.getTextContent());
        assertEquals("More pages than the shelf holds", pagesMessage.getTextContent());
        assertEquals("true", field(".pages").getAttribute("aria-invalid"));
        type(field(".title"), "Dune Messiah");
        assertEquals("", titleMessage.getTextContent());
        assertEquals("More pages than the shelf holds", pagesMessage.getTextContent());

        // The pages edited to a value validate refuses: its message replaces the server's; a valid one clears.
        type(field(".pages"), "0");
        assertEquals("At least one page", pagesMessage.getTextContent());
        type(field(".pages"), "300");
        assertEquals("", pagesMessage.getTextContent());
        assertNull(field(".pages").getAttribute("aria-invalid"));

        // A change of the attribute from elsewhere drops the server's message too.
        form.save();
        server.refuse(ValidationError.of("pages", "More pages than the shelf holds"));
        assertEquals("More pages than the shelf holds", pagesMessage.getTextContent());
        book.set(PAGES, 250);
        assertEquals("", pagesMessage.getTextContent());
    }

    @Test
    public void messagesAreSetAsTextNeverAsMarkup() {
        Form<Book> form = new Form<>(view).bind(".title", TITLE);
        form.save();
        server.refuse(ValidationError.of("title", "<img src=x onerror=alert(1)> taken"));
        HTMLElement message = (HTMLElement) field(".title").getNextSibling();
        assertEquals("<img src=x onerror=alert(1)> taken", message.getTextContent());
        assertEquals(0, message.getElementsByTagName("img").getLength());
    }

    // Saving and leaving

    @Test
    public void saveDisablesSubmitUntilTheServerAnswers() {
        int[] saved = new int[1];
        Form<Book> form = new Form<>(view).bind(".title", TITLE).onSaved(b -> saved[0]++);
        HTMLElement submit = field("button");
        type(field(".title"), "Emma");

        fire(view.el(), "submit");
        assertEquals(1, server.calls.size());
        assertTrue(form.isSaving());
        assertTrue(submit.hasAttribute("disabled"));
        assertEquals("true", view.el().getAttribute("aria-busy"));
        assertSame(form.save(), form.save());
        assertEquals(1, server.calls.size());

        server.succeed(Attributes.of("id", 7));
        assertFalse(form.isSaving());
        assertFalse(submit.hasAttribute("disabled"));
        assertNull(view.el().getAttribute("aria-busy"));
        assertEquals(1, saved[0]);
        assertEquals(7, book.id());
        assertFalse(form.hasUnsavedChanges());
    }

    @Test
    public void aRefusalByTheServerKeepsWhatTheUserTypedAndEnablesSubmit() {
        Form<Book> form = new Form<>(view).bind(".title", TITLE).bind(".notes", NOTES);
        type(field(".title"), "Emma");
        type(field(".notes"), "Lent to Ann");
        form.save();
        server.refuse(ValidationError.of("title", "Taken"));

        assertFalse(field("button").hasAttribute("disabled"));
        assertEquals("Emma", Browser.value(field(".title")));
        assertEquals("Lent to Ann", Browser.value(field(".notes")));
        assertEquals("Emma", book.get(TITLE));
        assertTrue(form.hasUnsavedChanges());
    }

    @Test
    public void aFailureThatNamesNoFieldIsSaidInTheGeneralMessages() {
        Form<Book> form = new Form<>(view).bind(".title", TITLE);
        type(field(".title"), "Emma");
        form.save();
        server.fail(new Failure(500, Failure.ERROR, "Server Error", "oops", null));

        assertEquals("Not saved: the server answered 500 Server Error", field(".general").getTextContent());
        assertEquals("polite", field(".general").getAttribute("aria-live"));
        assertFalse(field(".general").isHidden());
        assertEquals("Emma", Browser.value(field(".title")));
        assertNull(field(".title").getAttribute("aria-invalid"));
        assertFalse(field("button").hasAttribute("disabled"));

        form.save();
        server.fail(Failure.network("connection refused"));
        assertEquals("Not saved: the server could not be reached", field(".general").getTextContent());
        form.save();
        server.fail(Failure.timeout("timeout"));
        assertEquals("Not saved: the server took too long to answer", field(".general").getTextContent());

        form.save();
        server.succeed(Attributes.of("id", 7));
        assertEquals("", field(".general").getTextContent());
        assertTrue(field(".general").isHidden());
    }

    @Test
    public void leavingRevertsUnsavedEditsWhenAsked() {
        book.set("id", 3);
        Form<Book> form = new Form<>(view).bind(".title", TITLE).onLeave(Form.Leave.REVERT);
        form.save();
        server.succeed(Attributes.of("id", 3));
        type(field(".title"), "Emma");
        assertTrue(form.hasUnsavedChanges());

        view.remove();
        assertEquals("Dune", book.get(TITLE));
        assertFalse(book.hasUnsavedChanges());
    }

    @Test
    public void leavingRevertsANewModelToWhatItWasWhenTheFormWasMade() {
        new Form<>(view).bind(".title", TITLE).bind(".notes", NOTES).onLeave(Form.Leave.REVERT);
        type(field(".title"), "Emma");
        type(field(".notes"), "New");
        view.remove();
        assertEquals("Dune", book.get(TITLE));
        assertFalse(book.has("notes"));
    }

    @Test
    public void leavingKeepsUnsavedEditsByDefault() {
        new Form<>(view).bind(".title", TITLE);
        type(field(".title"), "Emma");
        view.remove();
        assertEquals("Emma", book.get(TITLE));
        assertTrue(book.hasUnsavedChanges());
    }

    @Test
    public void removingTheViewLeavesNothingListening() {
        int before = book.listenerCount();
        HTMLElement title = field(".title");
        new Form<>(view).bind(".title", TITLE).bind(".pages", PAGES).bind(".read", READ).bind(".format", FORMAT);
        assertTrue(book.listenerCount() > before);
        type(title, "  ");
        assertEquals("true", title.getAttribute("aria-invalid"));

        view.remove();
        assertEquals(before, book.listenerCount());
        assertNull(title.getAttribute("aria-invalid"));
        assertEquals(0, view.el().querySelectorAll(".field-error").getLength());
        type(title, "After");
        click(view.$(".read"));
        fire(view.el(), "submit");
        assertEquals("  ", book.get(TITLE));
        assertEquals(Boolean.FALSE, book.get(READ));
        assertEquals(0, server.calls.size());
        book.set(TITLE, "Moved on");
        assertEquals("After", Browser.value(title));
    }

    // The README's example, as written there

    /** The README's model. */
    public static class ReadmeBook extends Model {
        public static final Attribute<String> TITLE = Attribute.string("title");
        public static final Attribute<Integer> PAGES = Attribute.integer("pages");
        public static final Attribute<Boolean> READ = Attribute.bool("read");

        public ReadmeBook(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }
    }

    /** The README's form, with {@code Book} as {@link ReadmeBook}. */
    public static class BookForm extends View<ReadmeBook> {
        private static final Template FIELDS = Template.of(
                "<label>Title <input class=\"title\"></label>"
                + "<label>Pages <input class=\"pages\" inputmode=\"numeric\"></label>"
                + "<label><input class=\"read\" type=\"checkbox\"> Read</label>"
                + "<button type=\"submit\">Save</button>");

        public BookForm(ReadmeBook book) {
            super(book, new ViewOptions().tagName("form"));
            el().appendChild(FIELDS.render(Attributes.of()));
            new Form<>(this)
                    .bind(".title", ReadmeBook.TITLE)                          // a String, set as the user types
                    .bind(".pages", ReadmeBook.PAGES, Form.Update.ON_CHANGE)   // an Integer, when left
                    .bind(".read", ReadmeBook.READ)                            // a checkbox and a Boolean
                    .onLeave(Form.Leave.REVERT);                               // removed unsaved: reverted
        }
    }

    @Test
    public void readmeExample() {
        ReadmeBook book = new ReadmeBook(Attributes.of(ReadmeBook.TITLE, "Emma", ReadmeBook.PAGES, 474), null);
        BookForm form = new BookForm(book);
        document().getBody().appendChild(form.el());
        assertEquals("474", Browser.value(form.$(".pages")));

        type(form.$(".title"), "Persuasion");
        type(form.$(".pages"), "249");
        assertEquals(Integer.valueOf(474), book.get(ReadmeBook.PAGES));
        fire(form.$(".pages"), "change");
        click(form.$(".read"));
        assertEquals("Persuasion", book.get(ReadmeBook.TITLE));
        assertEquals(Integer.valueOf(249), book.get(ReadmeBook.PAGES));
        assertEquals(Boolean.TRUE, book.get(ReadmeBook.READ));

        form.remove();
        assertEquals("Emma", book.get(ReadmeBook.TITLE));
        assertEquals(Integer.valueOf(474), book.get(ReadmeBook.PAGES));
        assertFalse(book.has(ReadmeBook.READ));
        assertEquals(0, book.listenerCount());
    }

    private static void assertRefused(Runnable call, String message) {
        try {
            call.run();
            fail("accepted: " + message);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        }
    }
}
