package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * The typed API a Java user works with all day: attributes, validation errors and listeners, with no name
 * as text, no cast and no type witness. Runs on the JVM and, compiled by TeaVM, in Chromium, where a wrong
 * type must fail as it does on the JVM.
 */
@RunWith(TeaVMTestRunner.class)
public class TypedApiTest {

    static final class Book extends Model {
        static final Attribute<String> TITLE = Attribute.string("title");
        static final Attribute<Integer> PAGES = Attribute.integer("pages");
        static final Attribute<Boolean> READ = Attribute.bool("read");

        Book(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        protected Map<String, ?> defaults() {
            return Attributes.of(TITLE, "", READ, false);
        }

        @Override
        protected ValidationError validate(Candidate attrs, Options options) {
            ValidationError error = null;
            if (attrs.get(TITLE).trim().isEmpty()) {
                error = ValidationError.add(error, TITLE, "A title is required");
            }
            Integer pages = attrs.get(PAGES);
            if (pages != null && pages < 1) {
                error = ValidationError.add(error, PAGES, "At least one page");
            }
            return error;
        }
    }

    static final class Doc extends Model {
        Doc(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        public String idAttribute() {
            return "_id";
        }
    }

    private static Book book(String title, int pages) {
        return new Book(Attributes.of(Book.TITLE, title, Book.PAGES, pages), null);
    }

    @Test
    public void attributesAreReadAndWrittenThroughTheirConstants() {
        Book book = book("Dune", 412);
        assertEquals("Dune", book.get(Book.TITLE));
        assertEquals(Integer.valueOf(412), book.get(Book.PAGES));
        assertEquals(Boolean.FALSE, book.get(Book.READ));

        assertTrue(book.set(Book.TITLE, "Dune <1965>", new Options().validate(true)));
        assertEquals("Dune &lt;1965&gt;", book.escape(Book.TITLE));
        assertTrue(book.hasChanged(Book.TITLE));
        assertFalse(book.hasChanged(Book.PAGES));
        assertEquals("Dune", book.previous(Book.TITLE));

        book.unset(Book.PAGES);
        assertFalse(book.has(Book.PAGES));
        assertNull(book.get(Book.PAGES));
        assertEquals(Integer.valueOf(412), book.previous(Book.PAGES));
        assertEquals(Attributes.of("title", "Dune <1965>", "read", false), book.pick(Book.TITLE, Book.PAGES, Book.READ));
    }

    @Test
    public void numbersFromAServerAreReadAsTheAttributesType() {
        Book book = new Book(Attributes.of("title", "Emma", "pages", 474.0), null);
        assertEquals(Integer.valueOf(474), book.get(Book.PAGES));
    }

    @Test
    public void aWrongTypeFailsWithAMessageNamingTheAttribute() {
        Book book = new Book(Attributes.of("title", 1984, "pages", "many"), null);
        try {
            String title = book.get(Book.TITLE);
            fail("read " + title);
        } catch (ClassCastException expected) {
            assertEquals("attribute \"title\" holds a number, not a string", expected.getMessage());
        }
        try {
            Integer pages = book.get(Book.PAGES);
            fail("read " + pages);
        } catch (ClassCastException expected) {
            assertEquals("attribute \"pages\" holds a string, not a number", expected.getMessage());
        }
    }

    @Test
    public void validationNamesTheAttributesAtFault() {
        Book book = book("Dune", 412);
        List<ValidationError> heard = new ArrayList<>();
        book.onInvalid(heard::add);

        assertFalse(book.set(Attributes.of(Book.TITLE, " ", Book.PAGES, 0), new Options().validate(true)));
        ValidationError error = book.validationError();
        assertEquals(Collections.singletonList("A title is required"), error.messages(Book.TITLE));
        assertEquals(Collections.singletonList("At least one page"), error.messages(Book.PAGES));
        assertTrue(error.has(Book.PAGES));
        assertFalse(error.has(Book.READ));
        assertEquals("A title is required", error.message());
        assertEquals(Collections.singletonList(error), heard);
        assertEquals("Dune", book.get(Book.TITLE));

        assertTrue(book.isValid());
        assertNull(book.validationError());
    }

    @Test
    public void validationErrorsAreValues() {
        ValidationError one = ValidationError.of("Dates overlap").and("title", "Too long");
        assertEquals(ValidationError.of("Dates overlap").and("title", "Too long"), one);
        assertEquals(Collections.singletonList("Dates overlap"), one.messages());
        assertEquals(Collections.singletonList("Too long"), one.messages("title"));
        assertEquals("Dates overlap; title: Too long", one.toString());
        ValidationError two = one.and("title", "Not unique");
        assertEquals(Arrays.asList("Too long", "Not unique"), two.messages("title"));
        assertEquals(Collections.singletonList("Too long"), one.messages("title"));
    }

    @Test
    public void typedListenersHearTheirEventsWithTypedValues() {
        Book book = book("Dune", 412);
        List<String> log = new ArrayList<>();
        book.onChange(Book.TITLE, title -> log.add("title " + title.length()));
        book.onChange(() -> log.add("change"));
        book.onDestroy(() -> log.add("destroy"));
        book.set(Book.TITLE, "Emma");
        book.set(Book.PAGES, 474);
        book.destroy();
        assertEquals(Arrays.asList("title 4", "change", "change", "destroy"), log);
    }

    @Test
    public void syncListenersHearSuccessAndFailure() {
        Book book = book("Dune", 412);
        book.urlRoot("/books");
        List<String> log = new ArrayList<>();
        book.onSync(() -> log.add("sync"));
        book.onError(failure -> log.add("error " + failure.errorThrown()));
        book.sync((method, target, options) -> {
            if (Sync.CREATE.equals(method)) {
                options.success().handle(target, Attributes.of("id", 7), options);
            } else {
                options.error().handle(target, new Failure(500, Failure.ERROR, "boom", null, null), options);
            }
            return null;
        });
        book.save();
        book.fetch();
        assertEquals(Arrays.asList("sync", "error boom"), log);
    }

    @Test
    public void collectionListenersGetTheModelTyped() {
        Collection<Book> books = new Collection<>(Book::new);
        List<String> log = new ArrayList<>();
        books.onAdd(added -> log.add("add " + added.get(Book.TITLE)));
        books.onRemove(removed -> log.add("remove " + removed.get(Book.TITLE)));
        books.onChange(Book.PAGES, (changed, pages) -> log.add(changed.get(Book.TITLE) + " " + (pages + 1)));
        books.onUpdate(() -> log.add("update"));
        books.onSort(() -> log.add("sort"));
        books.onReset(() -> log.add("reset"));

        Book dune = books.add(Attributes.of(Book.TITLE, "Dune", Book.PAGES, 412));
        dune.set(Book.PAGES, 413);
        books.comparator(Book.PAGES);
        books.sort();
        books.remove(dune);
        books.reset();
        assertEquals(Arrays.asList("add Dune", "update", "Dune 414", "sort", "remove Dune", "update", "reset"), log);
    }

    @Test
    public void aCollectionHearsTheFailuresOfItsModelsTypedButNotItsOwn() {
        Collection<Book> books = new Collection<>(Book::new);
        Book dune = books.add(Attributes.of(Book.TITLE, "Dune"));
        List<String> log = new ArrayList<>();
        books.onError((book, failure) -> log.add(book.get(Book.TITLE) + " " + failure.status()));
        dune.trigger("error", dune, new Failure(404, "error", "Not Found", null, null), new Options());
        books.trigger("error", books, new Failure(500, "error", "Server Error", null, null), new Options());
        dune.trigger("error", dune, "not a failure", new Options());
        assertEquals(Arrays.asList("Dune 404"), log);
    }

    @Test
    public void aCollectionHearsWhatItsModelsRefusedTypedButNotItsOwnRefusals() {
        Collection<Book> books = new Collection<>(Book::new);
        Book dune = books.add(Attributes.of(Book.TITLE, "Dune"));
        List<String> log = new ArrayList<>();
        books.onInvalid((book, error) -> log.add(book.get(Book.TITLE) + ": " + error.message()));

        assertFalse(dune.set(Book.PAGES, 0, new Options().validate(true)));
        assertNull(books.add(Attributes.of(Book.TITLE, " "), new Options().validate(true)));
        assertEquals(Arrays.asList("Dune: At least one page"), log);
        assertEquals(1, books.size());
    }

    @Test
    public void typedListenersReceiveWhatTheLibraryReports() {
        Collection<Book> books = new Collection<>(Book::new);
        Book dune = books.add(Attributes.of(Book.TITLE, "Dune"));
        Book emma = books.add(Attributes.of(Book.TITLE, "Emma"));
        List<String> log = new ArrayList<>();
        books.onRemove((removed, index) -> log.add("remove " + removed.get(Book.TITLE) + " at " + index));
        books.onUpdate(changes -> log.add("update +" + changes.added().size() + " -" + changes.removed().size()
                + (changes.removed().isEmpty() ? "" : " " + changes.removed().get(0).get(Book.TITLE))));
        books.onReset(previous -> log.add("reset from " + previous.get(0).get(Book.TITLE)));
        Options options = new Options();
        books.remove(emma, options);
        books.reset(Arrays.asList(Attributes.of(Book.TITLE, "Ulysses")), options);
        assertEquals(Arrays.asList("remove Emma at 1", "update +0 -1 Emma", "reset from Dune"), log);
        // Nothing was written into the caller's options: a second call with them reports afresh.
        books.add(dune, options);
        books.remove(dune, options);
        assertEquals(Arrays.asList("update +1 -0", "remove Dune at 1", "update +0 -1 Dune"), log.subList(3, 6));
    }

    @Test
    public void eventOptionsCarryTheCallersValuesButAreNotTheCallersObject() {
        Collection<Book> books = new Collection<>(Book::new);
        List<Object> seen = new ArrayList<>();
        books.on("add", e -> {
            EventOptions told = EventOptions.of(e);
            seen.add(told.options().get("source"));
            seen.add(told.index());
            told.options().put("source", "changed by a handler");
        });
        Options options = new Options().at(0).put("source", "keyboard");
        books.add(Attributes.of(Book.TITLE, "Dune"), options);
        assertEquals(Arrays.asList("keyboard", 0), seen);
        assertEquals("keyboard", options.get("source"));
        Events bus = new Events();
        bus.on("custom", e -> seen.add(EventOptions.of(e).options().get("source")));
        bus.trigger("custom", "payload", options);
        bus.trigger("custom", "no options");
        assertEquals(Arrays.asList("keyboard", 0, "keyboard", null), seen);
    }

    @Test
    public void listenToTakesTypedBindingsAndStopListeningRemovesThem() {
        Collection<Book> books = new Collection<>(Book::new);
        Book dune = books.add(Attributes.of(Book.TITLE, "Dune"));
        Events view = new Events();
        List<String> log = new ArrayList<>();
        view.listenTo(dune.onChange(Book.TITLE, log::add));
        view.listenTo(books.onAdd(added -> log.add("added")));
        Subscription both = () -> log.add("disposed");
        view.listenTo(both);
        dune.set(Book.TITLE, "Emma");
        books.add(Attributes.of(Book.TITLE, "Ulysses"));
        assertEquals(Arrays.asList("Emma", "added"), log);

        view.stopListening();
        dune.set(Book.TITLE, "Dune");
        books.add(Attributes.of(Book.TITLE, "Persuasion"));
        assertEquals(Arrays.asList("Emma", "added", "disposed"), log);
        assertEquals(1, dune.listenerCount());
        assertEquals(0, books.listenerCount());
    }

    @Test
    public void stopListeningToOneObjectKeepsTheOthers() {
        Book dune = book("Dune", 412);
        Book emma = book("Emma", 474);
        Events view = new Events();
        List<String> log = new ArrayList<>();
        view.listenTo(dune.onChange(Book.TITLE, log::add));
        view.listenTo(emma.onChange(Book.TITLE, log::add));
        view.stopListening(dune);
        dune.set(Book.TITLE, "Dune Messiah");
        emma.set(Book.TITLE, "Persuasion");
        assertEquals(Collections.singletonList("Persuasion"), log);
    }

    @Test
    public void collectionsFindSortAndGroupByTypedAttributes() {
        Collection<Book> books = new Collection<>(Book::new);
        books.comparator(Book.PAGES);
        books.add(Arrays.asList(
                Attributes.of(Book.TITLE, "Dune", Book.PAGES, 412, Book.READ, true),
                Attributes.of(Book.TITLE, "Emma", Book.PAGES, 474),
                Attributes.of(Book.TITLE, "Ulysses", Book.PAGES, 730, Book.READ, true)));
        assertEquals(Arrays.asList("Dune", "Emma", "Ulysses"), books.pluck(Book.TITLE));
        assertEquals(Arrays.asList("Dune", "Ulysses"), titles(books.where(Book.READ, true)));
        assertEquals("Emma", books.findWhere(Book.READ, false).get(Book.TITLE));
        assertNull(books.findWhere(Book.PAGES, 1));
        Map<Boolean, List<Book>> byRead = books.groupBy(Book.READ);
        assertEquals(Arrays.asList("Dune", "Ulysses"), titles(byRead.get(true)));
        Map<String, List<Book>> byText = books.groupBy("read");
        assertEquals(Arrays.asList("true", "false"), new ArrayList<>(byText.keySet()));
        // As JavaScript orders booleans: false before true, ties in their order.
        assertEquals(Arrays.asList("Emma", "Dune", "Ulysses"), titles(books.sortBy(Book.READ)));
    }

    @Test
    public void aCollectionLearnsItsModelsIdAttribute() {
        Collection<Doc> docs = new Collection<>(Doc::new);
        Doc first = docs.add(Attributes.of("_id", 1, "v", 1));
        Doc merged = docs.add(Attributes.of("_id", 1, "v", 2), new Options().merge(true));
        assertSame(first, merged);
        assertEquals(1, docs.size());
        assertEquals(2, first.get("v"));
        assertSame(first, docs.get(Attributes.of("_id", 1)));
    }

    @Test
    public void aListGivenAsOneModelIsRefused() {
        Collection<Book> books = new Collection<>(Book::new);
        Object items = Arrays.asList(Attributes.of(Book.TITLE, "Dune"), Attributes.of(Book.TITLE, "Emma"));
        try {
            books.add(items);
            fail("added a list as one model");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().startsWith("add(Object) takes one model"));
        }
        assertEquals(0, books.size());
        try {
            books.remove(items);
            fail("removed a list as one model");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().startsWith("remove(Object) takes one model"));
        }
    }

    private static List<String> titles(List<Book> books) {
        List<String> titles = new ArrayList<>();
        for (Book book : books) {
            titles.add(book.get(Book.TITLE));
        }
        return titles;
    }
}
