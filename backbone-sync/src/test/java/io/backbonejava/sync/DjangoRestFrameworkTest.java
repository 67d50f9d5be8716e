package io.backbonejava.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Sync;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * backbone-sync against a real Django REST Framework server (the project in {@code tools/drf}, run by
 * {@link DjangoServer}): a {@code ModelViewSet} behind {@code DefaultRouter}, {@code PageNumberPagination} of 2,
 * session authentication with CSRF enforced, SQLite in a temp folder, on a free loopback port for the class.
 * Needs Debian's {@code python3-django} and {@code python3-djangorestframework} ({@code scripts/test.sh}
 * installs them).
 */
class DjangoRestFrameworkTest {
    private static DjangoServer django;
    private static URI base;

    private JdkHttpTransport http;
    private final List<AjaxRequest> sent = new ArrayList<>();

    @BeforeAll
    static void startDjango() {
        django = DjangoServer.start(Map.of());
        base = django.base();
    }

    @AfterAll
    static void stopDjango() {
        if (django != null) {
            django.close();
        }
    }

    /** A fresh cookie jar, logged in, an empty table; every request recorded. */
    @BeforeEach
    void logIn() {
        http = new JdkHttpTransport(base);
        Request session = new RestSync(http).sync(Sync.READ, new Model(),
                new Options().url("/api/test-session/"));
        assertTrue(session.isResolved(), "test-session: " + session.failure());
        assertTrue(http.cookieHeader().contains("csrftoken="), http.cookieHeader());
        Sync.setDefault(django());
    }

    @AfterEach
    void tearDown() {
        Sync.setDefault(null);
    }

    /** The setup the README shows, over a transport that records what it sends. */
    private RestSync django() {
        Transport recording = (request, callback) -> {
            sent.add(request);
            return http.send(request, callback);
        };
        return new RestSync(recording).trailingSlash(true).beforeSend(CsrfPolicy.of(http::cookieHeader));
    }

    private Collection<Model> todos() {
        return new Collection<Model>().url("/api/todos");
    }

    private static Map<String, Object> todo(String title) {
        return Attributes.of("title", title, "completed", false, "order", 0.0);
    }

    @Test
    void crud() {
        Collection<Model> todos = todos();
        Model milk = todos.create(todo("Buy milk"));
        assertEquals("POST /api/todos/", sent.get(sent.size() - 1).toString());
        assertNotNull(milk.id(), "the server's id");
        Object id = milk.id();

        Model read = new Model(Attributes.of("id", id)).urlRoot("/api/todos");
        assertTrue(read.fetch().isResolved());
        assertEquals("GET /api/todos/" + Json.text(id) + "/", sent.get(sent.size() - 1).toString());
        assertEquals("Buy milk", read.get("title"));

        assertTrue(read.save("completed", true).isResolved());
        assertEquals("PUT", sent.get(sent.size() - 1).type());
        // DRF pages every list: without PagedCollection the envelope is one odd "model"; so read it paged.
        PagedCollection<Model> paged = new PagedCollection<>();
        paged.url("/api/todos");
        assertTrue(paged.fetch().isResolved());
        assertEquals(1, paged.size());
        assertEquals(true, paged.at(0).get("completed"));

        assertTrue(read.destroy().isResolved());
        assertEquals("DELETE /api/todos/" + Json.text(id) + "/", sent.get(sent.size() - 1).toString());
        assertTrue(paged.fetch().isResolved());
        assertEquals(0, paged.size());
        assertEquals(0, paged.count());
    }

    private void createSeven() {
        Collection<Model> todos = todos();
        for (int i = 1; i <= 7; i++) {
            Map<String, Object> attrs = todo("Todo " + i);
            attrs.put("order", (double) i);
            assertTrue(todos.create(attrs).id() != null);
        }
    }

    private void pagesOneByOne(String url) {
        createSeven();
        PagedCollection<Model> paged = new PagedCollection<>();
        paged.url(url);
        List<String> pages = new ArrayList<>();
        paged.onPage(() -> pages.add(paged.count() + (paged.hasMore() ? "+" : ".")));
        assertTrue(paged.fetch().isResolved());
        assertEquals(2, paged.size());
        assertEquals(7, paged.count());
        assertTrue(paged.hasMore());
        assertTrue(paged.fetchNext().isResolved());
        assertTrue(sent.get(sent.size() - 1).url().endsWith(url + "/?page=2"), sent.get(sent.size() - 1).url());
        assertEquals(4, paged.size());
        assertTrue(paged.fetchNext().isResolved());
        assertTrue(paged.fetchNext().isResolved());
        assertEquals(7, paged.size());
        assertFalse(paged.hasMore());
        assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), paged.pluck("order"));
        assertEquals("[7+, 7.]", pages.toString());

        PagedCollection<Model> all = new PagedCollection<>();
        all.url(url);
        int before = sent.size();
        assertTrue(all.fetchAll().isResolved());
        assertEquals(4, sent.size() - before, "four pages");
        assertEquals(7, all.size());
        assertFalse(all.hasMore());
    }

    @Test
    void pagingByTheEnvelope() {
        pagesOneByOne("/api/todos");
    }

    @Test
    void pagingByTheLinkHeader() {
        pagesOneByOne("/api/linked-todos");
    }

    @Test
    void fieldErrorsReachValidationError() {
        Collection<Model> todos = todos();
        List<Object> invalid = new ArrayList<>();
        Model blank = todos.create(todo(""));
        blank.on("invalid", e -> invalid.add(e.arg(1)));
        Request request = blank.save(Attributes.of("title", "", "order", "first"));
        assertTrue(request.isRejected());
        assertEquals(400, request.failure().status());
        assertEquals(List.of("This field may not be blank."), blank.validationError().messages("title"));
        assertEquals(List.of("A valid integer is required."), blank.validationError().messages("order"));
        assertEquals(List.of(blank.validationError()), invalid);

        Model longTitle = todos.create(todo("x".repeat(101)));
        assertEquals(List.of("Ensure this field has no more than 100 characters."),
                longTitle.validationError().messages("title"));
        assertTrue(longTitle.isNew());

        Request good = longTitle.save("title", "Short");
        assertTrue(good.isResolved());
        assertNull(longTitle.validationError());
    }

    @Test
    void csrfIsRefusedWithoutTheHeaderAndAcceptedWithIt() {
        Collection<Model> todos = todos();
        todos.sync(new RestSync(http).trailingSlash(true));
        PagedCollection<Model> paged = new PagedCollection<>();
        paged.url("/api/todos").sync(new RestSync(http).trailingSlash(true));
        assertTrue(paged.fetch().isResolved(), "GET needs no token");

        Model refused = todos.create(todo("No token"));
        Request save = refused.save();
        assertTrue(save.isRejected());
        Failure failure = save.failure();
        assertEquals(403, failure.status());
        assertTrue(((String) failure.responseMap().get("detail")).startsWith("CSRF Failed"), failure.responseText());
        assertNull(refused.validationError(), "a 403 is no validation error");

        Collection<Model> withToken = todos();
        Model accepted = withToken.create(todo("With token"));
        assertNotNull(accepted.id());
        AjaxRequest post = sent.get(sent.size() - 1);
        assertEquals("POST", post.type());
        assertTrue(http.cookieHeader().contains("csrftoken=" + post.headers().get("X-CSRFToken")));
    }

    @Test
    void patchOfUnsavedChangesSendsOnlyThem() {
        createSeven();
        PagedCollection<Model> mine = new PagedCollection<>();
        mine.url("/api/todos");
        assertTrue(mine.fetch().isResolved());
        Model first = mine.at(0);
        assertFalse(first.hasUnsavedChanges());

        // Someone else changes the order meanwhile.
        Model theirs = new Model(Attributes.of("id", first.id())).urlRoot("/api/todos");
        assertTrue(theirs.fetch().isResolved());
        assertTrue(theirs.save("order", 42.0).isResolved());

        first.set("title", "Renamed");
        first.set("completed", true);
        assertEquals(Attributes.of("title", "Renamed", "completed", true), first.unsavedAttributes());
        assertTrue(first.saveUnsaved().isResolved());
        AjaxRequest patch = sent.get(sent.size() - 1);
        assertEquals("PATCH /api/todos/" + Json.text(first.id()) + "/", patch.toString());
        assertEquals(Attributes.of("title", "Renamed", "completed", true), JsonReader.parse(patch.body()));
        assertFalse(first.hasUnsavedChanges());
        assertEquals(42.0, ((Number) first.get("order")).doubleValue(), "the server's answer holds their order");

        // A refused PATCH keeps the change unsaved.
        first.set("title", "");
        assertTrue(first.saveUnsaved().isRejected());
        assertEquals(Attributes.of("title", ""), first.unsavedAttributes());
        assertEquals(List.of("This field may not be blank."), first.validationError().messages("title"));

        assertTrue(theirs.fetch().isResolved());
        assertEquals("Renamed", theirs.get("title"));
        assertEquals(42.0, ((Number) theirs.get("order")).doubleValue());
    }
}
