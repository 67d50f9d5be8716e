package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Sync;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * What real REST backends (Django REST Framework first) ask of {@link RestSync}: trailing slashes, headers per
 * request, CSRF tokens. Runs on the JVM and, compiled by TeaVM, in the browser.
 */
@RunWith(TeaVMTestRunner.class)
public class RestConventionsTest {
    private RecordingTransport ajax;
    private RestSync rest;
    private Collection<Model> todos;

    @Before
    public void setUp() {
        ajax = new RecordingTransport();
        rest = new RestSync(ajax);
        Sync.setDefault(rest);
        todos = new Collection<Model>().url("/api/todos");
    }

    @After
    public void tearDown() {
        Sync.setDefault(null);
    }

    // Trailing slashes

    @Test
    public void trailingSlashIsOffByDefault() {
        todos.fetch();
        assertFalse(rest.trailingSlash());
        assertEquals("/api/todos", ajax.lastRequest().url());
    }

    @Test
    public void trailingSlashEndsEveryUrlIncludingCreate() {
        rest.trailingSlash(true);
        todos.fetch();
        assertEquals("/api/todos/", ajax.lastRequest().url());
        Model todo = todos.create(Attributes.of("title", "Milk"));
        assertEquals("POST", ajax.lastRequest().type());
        assertEquals("/api/todos/", ajax.lastRequest().url());
        ajax.last().succeed(Attributes.of("id", 3.0));
        todo.save("title", "Bread");
        assertEquals("/api/todos/3/", ajax.lastRequest().url());
        ajax.last().succeed(null);
        todo.destroy();
        assertEquals("DELETE", ajax.lastRequest().type());
        assertEquals("/api/todos/3/", ajax.lastRequest().url());
    }

    @Test
    public void trailingSlashGoesBeforeTheQueryAndIsNotDoubled() {
        rest.trailingSlash(true);
        todos.url("/api/todos/");
        todos.fetch(new HttpOptions().data(Attributes.of("page", 2.0)).options());
        assertEquals("/api/todos/?page=2", ajax.lastRequest().fullUrl());
        todos.fetch(new Options().url("http://example.com/api/todos?page=3"));
        assertEquals("http://example.com/api/todos/?page=3", ajax.lastRequest().url());
        assertEquals("/a/#x", RestSync.withTrailingSlash("/a#x"));
        assertEquals("/", RestSync.withTrailingSlash(""));
    }

    @Test
    public void aCollectionCanHaveItsOwnSlashPolicy() {
        Collection<Model> django = new Collection<Model>().url("/drf/todos");
        django.sync(new RestSync(ajax).trailingSlash(true));
        django.fetch();
        assertEquals("/drf/todos/", ajax.lastRequest().url());
        todos.fetch();
        assertEquals("/api/todos", ajax.lastRequest().url());
    }

    // Headers per request

    @Test
    public void beforeSendSeesMethodAndUrlAndAddsHeaders() {
        List<String> seen = new ArrayList<>();
        rest.trailingSlash(true).header("X-App", "todo").beforeSend((method, url, headers) -> {
            seen.add(method + " " + url + " " + headers.get("X-App"));
            headers.put("Authorization", "Bearer t");
        });
        todos.fetch();
        todos.create(Attributes.of("title", "Milk"), new HttpOptions().header("X-Call", "1").options());
        assertEquals("[GET /api/todos/ todo, POST /api/todos/ todo]", seen.toString());
        assertEquals("Bearer t", ajax.lastRequest().headers().get("Authorization"));
        assertEquals("1", ajax.lastRequest().headers().get("X-Call"));
    }

    @Test
    public void csrfTokenGoesWithUnsafeMethodsOnly() {
        String[] cookies = { "sessionid=abc; csrftoken=T0KEN; other=1" };
        rest.beforeSend(CsrfPolicy.of(() -> cookies[0]));
        todos.fetch();
        assertNull(ajax.lastRequest().headers().get("X-CSRFToken"));
        Model todo = todos.create(Attributes.of("title", "Milk"));
        assertEquals("T0KEN", ajax.lastRequest().headers().get("X-CSRFToken"));
        ajax.last().succeed(Attributes.of("id", 1.0));
        todo.save("title", "Bread");
        assertEquals("PUT", ajax.lastRequest().type());
        assertEquals("T0KEN", ajax.lastRequest().headers().get("X-CSRFToken"));
        ajax.last().succeed(null);
        todo.save(Attributes.of("title", "Jam"), new Options().patch(true));
        assertEquals("PATCH", ajax.lastRequest().type());
        assertEquals("T0KEN", ajax.lastRequest().headers().get("X-CSRFToken"));
        ajax.last().succeed(null);
        cookies[0] = "csrftoken=NEW";
        todo.destroy();
        assertEquals("NEW", ajax.lastRequest().headers().get("X-CSRFToken"));
    }

    @Test
    public void csrfWithoutTheCookieSendsNoHeader() {
        rest.beforeSend(CsrfPolicy.of(() -> null));
        todos.create(Attributes.of("title", "Milk"));
        assertFalse(ajax.lastRequest().headers().containsKey("X-CSRFToken"));
    }

    @Test
    public void csrfNamesCanBeChanged() {
        CsrfPolicy spring = CsrfPolicy.of(() -> "csrftoken=dj; XSRF-TOKEN=sp")
                .cookieName("XSRF-TOKEN").headerName("X-XSRF-TOKEN");
        rest.beforeSend(spring);
        todos.create(Attributes.of("title", "Milk"));
        assertEquals("sp", ajax.lastRequest().headers().get("X-XSRF-TOKEN"));
        assertFalse(ajax.lastRequest().headers().containsKey("X-CSRFToken"));
    }

    @Test
    public void cookiesAreReadByName() {
        assertEquals("1", CsrfPolicy.cookie("a=1", "a"));
        assertEquals("2", CsrfPolicy.cookie(" xa=1 ;a=2;b=3", "a"));
        assertNull(CsrfPolicy.cookie("ab=1; b=2", "a"));
        assertNull(CsrfPolicy.cookie("", "a"));
        assertTrue(CsrfPolicy.cookie("a=", "a").isEmpty());
    }

    // Server errors as validation errors

    @Test
    public void aFieldErrorResponseReachesTheModelAsItsValidationError() {
        Model todo = todos.create(Attributes.of("title", ""));
        ajax.last().succeed(Attributes.of("id", 1.0));
        List<String> events = new ArrayList<>();
        todo.on("invalid", e -> events.add("invalid " + e.arg(1)));
        todo.on("error", e -> events.add("error " + todo.validationError()));
        io.backbonejava.Request request = todo.save();
        ajax.last().fail(400, "{\"title\": [\"This field may not be blank.\", \"Too short.\"],"
                + " \"order\": \"A valid integer is required.\", \"non_field_errors\": [\"Duplicate.\"]}");
        io.backbonejava.ValidationError error = todo.validationError();
        assertEquals("[This field may not be blank., Too short.]", error.messages("title").toString());
        assertEquals("[A valid integer is required.]", error.messages("order").toString());
        assertEquals("[Duplicate.]", error.messages().toString());
        assertEquals(error, request.failure().validationError());
        assertEquals(400, request.failure().status());
        assertEquals("[invalid " + error + ", error " + error + "]", events.toString());
    }

    @Test
    public void detailAndRailsErrorsAndSingleMessages() {
        Model todo = todos.create(Attributes.of("title", "x"));
        todo.save();
        ajax.last().fail(400, "{\"detail\": \"Malformed request.\"}");
        assertEquals("[Malformed request.]", todo.validationError().messages().toString());
        todo.save();
        ajax.last().fail(422, "{\"errors\": {\"title\": [\"can't be blank\"]}}");
        assertEquals("[can't be blank]", todo.validationError().messages("title").toString());
        todo.save();
        ajax.last().fail(422, "{\"error\": \"Title too long\", \"field\": \"title\"}");
        assertEquals("[Title too long]", todo.validationError().messages("title").toString());
    }

    @Test
    public void otherFailuresAreNoValidationErrors() {
        Model todo = todos.create(Attributes.of("title", "x"));
        int[] invalid = { 0 };
        todo.on("invalid", e -> invalid[0]++);
        todo.save();
        ajax.last().fail(500, "{\"title\": [\"boom\"]}");
        todo.save();
        ajax.last().fail(400, "not json");
        todo.save();
        ajax.last().fail(400, "[\"a list\"]");
        rest.validationErrors(false);
        todo.save();
        ajax.last().fail(400, "{\"title\": [\"x\"]}");
        assertEquals(0, invalid[0]);
        assertNull(todo.validationError());
        todos.fetch();
        ajax.last().fail(400, "{\"title\": [\"x\"]}");
    }

    // Unsaved changes

    @Test
    public void aModelMadeLocallyIsAllUnsavedUntilSaved() {
        Model todo = todos.create(Attributes.of("title", "Milk", "order", 1.0));
        assertEquals("{title=Milk, order=1.0}", todo.unsavedAttributes().toString());
        ajax.last().succeed(Attributes.of("id", 7.0));
        assertFalse(todo.hasUnsavedChanges());
        assertTrue(todo.unsavedAttributes().isEmpty());
    }

    @Test
    public void unsavedChangesCollectEverySetSinceTheLastSyncAndPatchExactlyThose() {
        todos.fetch();
        ajax.last().succeed(java.util.Arrays.asList(
                Attributes.of("id", 1.0, "title", "Milk", "order", 1.0, "completed", false)));
        Model todo = todos.get(1.0);
        assertFalse(todo.hasUnsavedChanges());
        todo.set("title", "Bread");
        todo.set("order", 2.0);
        todo.set("completed", false);
        assertEquals("{title=Bread, order=2.0}", todo.unsavedAttributes().toString());
        todo.saveUnsaved();
        assertEquals("PATCH", ajax.lastRequest().type());
        assertEquals("{title=Bread, order=2.0}", ajax.last().json().toString());
        // A failed save keeps them unsaved; a later change joins them.
        ajax.last().fail(500, "{}");
        todo.set("completed", true);
        assertEquals("{title=Bread, order=2.0, completed=true}", todo.unsavedAttributes().toString());
        todo.saveUnsaved();
        assertEquals("{title=Bread, order=2.0, completed=true}", ajax.last().json().toString());
        // A change made while the save is in flight stays unsaved after it succeeds: the answer's stale
        // title does not overwrite it.
        todo.set("title", "Jam");
        ajax.last().succeed(Attributes.of("id", 1.0, "title", "Bread", "order", 2.0, "completed", true));
        assertEquals("Jam", todo.get("title"));
        assertEquals("{title=Jam}", todo.unsavedAttributes().toString());
        todo.set("title", "Bread");
        assertEquals("{}", todo.unsavedAttributes().toString());
        todo.set("title", "Jam");
        assertEquals("{title=Jam}", todo.unsavedAttributes().toString());
        todo.unset("order");
        assertEquals("{title=Jam, order=null}", todo.unsavedAttributes().toString());
    }

    @Test
    public void nothingUnsavedSendsNothing() {
        todos.fetch();
        ajax.last().succeed(java.util.Arrays.asList(Attributes.of("id", 1.0, "title", "Milk")));
        int sent = ajax.calls.size();
        io.backbonejava.Request request = todos.get(1.0).saveUnsaved();
        assertTrue(request.isResolved());
        assertEquals(sent, ajax.calls.size());
    }

    @Test
    public void fetchAndMergedFetchesConfirmTheServersValues() {
        Model todo = todos.add(Attributes.of("id", 1.0, "title", "Milk"));
        assertTrue(todo.hasUnsavedChanges());
        todo.fetch();
        ajax.last().succeed(Attributes.of("id", 1.0, "title", "Milk"));
        assertFalse(todo.hasUnsavedChanges());
        todo.set("title", "Local");
        todo.set("order", 3.0);
        todos.fetch();
        ajax.last().succeed(java.util.Arrays.asList(Attributes.of("id", 1.0, "title", "Server")));
        assertEquals("Server", todo.get("title"));
        assertEquals("{order=3.0}", todo.unsavedAttributes().toString());
    }

    @Test
    public void aPutConfirmsTheWholeModel() {
        todos.fetch();
        ajax.last().succeed(java.util.Arrays.asList(Attributes.of("id", 1.0, "title", "Milk")));
        Model todo = todos.get(1.0);
        todo.set("title", "Bread");
        todo.save();
        assertEquals("PUT", ajax.lastRequest().type());
        ajax.last().succeed(null);
        assertFalse(todo.hasUnsavedChanges());
    }

    // Pages

    private static java.util.Map<String, Object> page(int count, String next, Object... ids) {
        List<Object> results = new ArrayList<>();
        for (Object id : ids) {
            results.add(Attributes.of("id", id));
        }
        return Attributes.of("count", (double) count, "next", next, "previous", null, "results", results);
    }

    @Test
    public void aPagedCollectionReadsDjangoEnvelopesPageByPage() {
        PagedCollection<Model> paged = new PagedCollection<>();
        paged.url("/api/todos/");
        List<String> pages = new ArrayList<>();
        paged.onPage(() -> pages.add(paged.count() + " " + paged.hasMore()));
        assertEquals(-1, paged.count());
        paged.fetch();
        ajax.last().succeed(page(3, "http://h/api/todos/?page=2", 1.0, 2.0));
        assertEquals(2, paged.size());
        assertEquals(3, paged.count());
        assertTrue(paged.hasMore());
        assertEquals("http://h/api/todos/?page=2", paged.nextUrl());
        paged.fetchNext();
        assertEquals("http://h/api/todos/?page=2", ajax.lastRequest().url());
        ajax.last().succeed(page(3, null, 3.0));
        assertEquals("[1.0, 2.0, 3.0]", paged.pluck("id").toString());
        assertFalse(paged.hasMore());
        int sent = ajax.calls.size();
        assertTrue(paged.fetchNext().isResolved());
        assertEquals(sent, ajax.calls.size());
        assertEquals("[3 true, 3 false]", pages.toString());
    }

    @Test
    public void fetchAllReadsEveryPageThenSetsOnce() {
        PagedCollection<Model> paged = new PagedCollection<>();
        paged.url("/api/todos/");
        paged.add(Attributes.of("id", 9.0));
        int[] events = new int[3];
        paged.on("add", e -> events[0]++);
        paged.on("remove", e -> events[1]++);
        paged.on("sync", e -> events[2]++);
        io.backbonejava.Request all = paged.fetchAll();
        ajax.last().succeed(page(3, "/api/todos/?page=2", 1.0, 2.0));
        assertEquals(1, paged.size());
        ajax.last().succeed(page(3, null, 3.0));
        assertEquals("[1.0, 2.0, 3.0]", paged.pluck("id").toString());
        assertTrue(all.isResolved());
        assertEquals("3 1 1", events[0] + " " + events[1] + " " + events[2]);
    }

    @Test
    public void fetchAllStopsAtAFailure() {
        PagedCollection<Model> paged = new PagedCollection<>();
        paged.url("/api/todos/");
        io.backbonejava.Request all = paged.fetchAll();
        ajax.last().succeed(page(3, "/api/todos/?page=2", 1.0, 2.0));
        ajax.last().fail(500, "{}");
        assertTrue(all.isRejected());
        assertEquals(0, paged.size());
    }

    @Test
    public void aLinkHeaderNamesTheNextPage() {
        PagedCollection<Model> paged = new PagedCollection<>();
        paged.url("/items");
        paged.fetch();
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        headers.put("link", "</items?page=1>; rel=\"prev first\", </items?page=3>; rel=\"next\"");
        headers.put("x-total-count", "7");
        ajax.last().callback.success(200, java.util.Arrays.asList(Attributes.of("id", 1.0)),
                name -> headers.get(name.toLowerCase()));
        assertEquals("/items?page=3", paged.nextUrl());
        assertEquals("/items?page=1", paged.previousUrl());
        assertEquals(7, paged.count());
        paged.fetchNext();
        ajax.last().succeed(java.util.Arrays.asList(Attributes.of("id", 2.0)));
        assertEquals(2, paged.size());
        assertFalse(paged.hasMore());
        assertEquals(-1, paged.count());
    }

    @Test
    public void linkHeadersAreReadByHand() {
        assertEquals("a,b", PagedCollection.linkTarget("<a,b>; title=\"x, y\"; rel=next", "next"));
        assertEquals("/2", PagedCollection.linkTarget("</1>; rel=\"prev\",</2>;REL=\"Next\"", "next"));
        assertNull(PagedCollection.linkTarget("</1>; rel=\"nextish\"", "next"));
        assertNull(PagedCollection.linkTarget("garbage", "next"));
        assertNull(PagedCollection.linkTarget(null, "next"));
        assertNull(PagedCollection.linkTarget("</1>; rel=\"nexu\"", "next"));
        assertNull("only letters differ by case", PagedCollection.linkTarget("</1>; rel=\"ne[t\"", "ne{t"));
    }

    @Test
    public void tokensCompareIgnoringTheCaseOfAsciiLettersOnly() {
        assertTrue(PagedCollection.sameToken("Next", "nEXT"));
        assertTrue(PagedCollection.sameToken("rel", "rel"));
        assertFalse(PagedCollection.sameToken("next", "nexts"));
        assertFalse("0x40 and 0x60 are no letters", PagedCollection.sameToken("@", "`"));
        assertFalse(PagedCollection.sameToken("[", "{"));
        assertFalse("ASCII only, as RFC 8288's tokens", PagedCollection.sameToken("\u00c9", "\u00e9"));
    }

    @Test
    public void totalCountsAreDecimalDigitsOnly() {
        assertEquals(42, PagedCollection.number(" 42 "));
        assertEquals(0, PagedCollection.number("0"));
        assertEquals(999999999, PagedCollection.number("999999999"));
        assertEquals("too large for a count", -1, PagedCollection.number("9999999999"));
        assertEquals(-1, PagedCollection.number("-3"));
        assertEquals(-1, PagedCollection.number("4x"));
        assertEquals(-1, PagedCollection.number(""));
        assertEquals(-1, PagedCollection.number(null));
    }

    @Test
    public void aPlainArrayIsTheOnlyPage() {
        PagedCollection<Model> paged = new PagedCollection<>();
        paged.url("/api/todos");
        paged.fetch();
        ajax.last().succeed(java.util.Arrays.asList(Attributes.of("id", 1.0), Attributes.of("id", 2.0)));
        assertEquals(2, paged.size());
        assertFalse(paged.hasMore());
        assertEquals(-1, paged.count());
    }
}
