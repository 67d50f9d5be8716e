package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Request;
import io.backbonejava.Sync;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/**
 * What {@link RestSync} adds to Backbone so that the server ends with what the user did last: one request at a
 * time per model with later saves joining the next one, answers that never overwrite newer edits, a bound on
 * the requests in flight, retries with backoff on a fake clock, the offline and online events, and
 * {@code If-Match} with a conflict event on 412. The server is a {@link RecordingTransport} that answers when
 * told, in any order.
 */
@RunWith(TeaVMTestRunner.class)
public class SyncQueueTest {
    private RecordingTransport ajax;
    private RestSync rest;
    private Collection<Model> todos;
    private Model milk;

    @Before
    public void setUp() {
        ajax = new RecordingTransport();
        rest = new RestSync(ajax);
        Sync.setDefault(rest);
        todos = new Collection<Model>().url("/api/todos");
        milk = todos.add(Attributes.of("id", 1.0, "title", "Milk", "completed", false));
    }

    @After
    public void tearDown() {
        Sync.setDefault(null);
    }

    private static Map<String, Object> todo(double id, String title, boolean completed) {
        return Attributes.of("id", id, "title", title, "completed", completed);
    }

    @Test
    public void savesOfOneModelGoOneAtATimeAndLaterOnesJoinTheNext() {
        Request first = milk.save("completed", true);
        Request second = milk.save("completed", false);
        Request third = milk.save("completed", true);
        Request fourth = milk.save("title", "Oat milk");
        assertEquals(1, ajax.calls.size());
        assertEquals(Boolean.TRUE, ajax.last().json().get("completed"));
        assertEquals(2, rest.pending());

        ajax.last().succeed(todo(1, "Milk", true));
        assertTrue(first.isResolved());
        assertTrue(second.isPending());
        assertEquals(2, ajax.calls.size());
        Map<String, Object> sent = ajax.last().json();
        assertEquals(Boolean.TRUE, sent.get("completed"));
        assertEquals("Oat milk", sent.get("title"));

        ajax.last().succeed(todo(1, "Oat milk", true));
        assertTrue(second.isResolved() && third.isResolved() && fourth.isResolved());
        assertEquals(2, ajax.calls.size());
        assertEquals(0, rest.pending());
        assertFalse(milk.hasUnsavedChanges());
    }

    @Test
    public void aStaleAnswerNeverOverwritesANewerEdit() {
        List<Object> shown = new ArrayList<>();
        milk.on("change:completed", e -> shown.add(milk.get("completed")));
        milk.save("completed", true);
        milk.save("completed", false);
        // The first answer is older than the user's last click: the screen must not flip back to it.
        ajax.calls.get(0).succeed(todo(1, "Milk", true));
        assertEquals(Boolean.FALSE, milk.get("completed"));
        assertEquals(Boolean.FALSE, ajax.last().json().get("completed"));
        ajax.last().succeed(todo(1, "Milk", false));
        assertEquals("[true, false]", shown.toString());
        assertFalse(milk.hasUnsavedChanges());
    }

    @Test
    public void aSaveAskedWhileTheCreateIsOnTheWayUpdatesTheCreatedModel() {
        Model bread = todos.create(Attributes.of("title", "Bread"));
        bread.save("completed", true);
        assertEquals(1, ajax.calls.size());
        ajax.last().succeed(Attributes.of("id", 7.0, "title", "Bread"));
        assertEquals(2, ajax.calls.size());
        assertEquals("PUT", ajax.lastRequest().type());
        assertEquals("/api/todos/7", ajax.lastRequest().url());
        assertEquals(Boolean.TRUE, ajax.last().json().get("completed"));
    }

    @Test
    public void joinedPatchesSendWhatIsUnsavedThen() {
        todos.fetch();
        ajax.last().succeed(java.util.Arrays.asList(todo(1, "Milk", false)));
        assertEquals(0, rest.pending());
        milk.set("title", "Jam");
        milk.saveUnsaved();
        milk.set("completed", true);
        milk.saveUnsaved();
        milk.save(Attributes.of("order", 3.0), new Options().patch(true));
        assertEquals("{title=Jam}", ajax.last().json().toString());
        ajax.last().succeed(Attributes.of("id", 1.0, "title", "Jam"));
        assertEquals("PATCH", ajax.lastRequest().type());
        assertEquals("{completed=true, order=3.0}", ajax.last().json().toString());
    }

    @Test
    public void requestsInFlightAreBoundedAndQueuedInOrder() {
        rest.maxInFlight(3);
        List<Model> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(todos.add(todo(100 + i, "T" + i, false)));
        }
        int most = 0;
        for (Model model : many) {
            model.save("completed", true);
            most = Math.max(most, ajax.open().size());
        }
        assertEquals(3, ajax.calls.size());
        assertEquals(10, rest.pending());
        while (!ajax.open().isEmpty()) {
            RecordingTransport.Call oldest = ajax.open().get(0);
            oldest.succeed(null);
            most = Math.max(most, ajax.open().size());
        }
        assertEquals(3, most);
        assertEquals(10, ajax.calls.size());
        assertEquals("/api/todos/100", ajax.calls.get(0).request.url());
        assertEquals("/api/todos/109", ajax.calls.get(9).request.url());
        assertEquals(0, rest.pending());
    }

    @Test
    public void aFailedSaveLeavesTheModelUnsavedAndTheNextOneGoes() {
        List<String> log = new ArrayList<>();
        milk.on("error", e -> log.add("error " + ((Failure) e.arg(1)).status()));
        Request first = milk.save("title", "Jam");
        Request second = milk.save("completed", true);
        ajax.last().fail(Failure.network("Network error"));
        assertTrue(first.isRejected());
        assertEquals("[error 0]", log.toString());
        assertTrue(milk.hasUnsavedChanges());
        assertTrue(rest.isOffline());
        assertEquals(2, ajax.calls.size());
        assertEquals("Jam", ajax.last().json().get("title"));
        ajax.last().succeed(todo(1, "Jam", true));
        assertTrue(second.isResolved());
        assertFalse(rest.isOffline());
        assertFalse(milk.hasUnsavedChanges());
    }

    @Test
    public void networkFailuresAndServerErrorsAreRetriedWithBackoffWhileOffline() {
        rest.retry(RetryPolicy.backoff(100, 400));
        List<String> log = new ArrayList<>();
        rest.onOffline(() -> log.add("offline"));
        rest.onOnline(() -> log.add("online"));
        milk.on("error", e -> log.add("error"));
        Request save = milk.save("completed", true);

        ajax.last().fail(Failure.network("Network error"));
        assertEquals("[offline]", log.toString());
        assertTrue(save.isPending());
        assertEquals(1, rest.pending());
        ajax.advance(99);
        assertEquals(1, ajax.calls.size());
        ajax.advance(1);
        assertEquals(2, ajax.calls.size());

        ajax.last().fail(Failure.timeout("timeout after 10000 ms"));
        // A save made while the retry waits joins it: the retry sends the user's last state.
        milk.save("title", "Oat milk");
        ajax.advance(199);
        assertEquals(2, ajax.calls.size());
        ajax.advance(1);
        assertEquals(3, ajax.calls.size());
        assertEquals("Oat milk", ajax.last().json().get("title"));

        ajax.last().fail(503, "{\"error\":\"Busy\"}");
        assertEquals("[offline, online]", log.toString());
        ajax.advance(399);
        assertEquals(3, ajax.calls.size());
        ajax.advance(1);
        ajax.last().succeed(todo(1, "Oat milk", true));
        assertTrue(save.isResolved());
        assertEquals(0, rest.pending());
        assertEquals("[offline, online]", log.toString());
    }

    @Test
    public void refusalsAreNotRetriedAndAttemptsRunOut() {
        rest.retry(RetryPolicy.backoff(50, 50).attempts(2));
        Request refused = milk.save("title", "");
        ajax.last().fail(400, "{\"title\":[\"This field may not be blank.\"]}");
        assertTrue(refused.isRejected());
        assertEquals(1, ajax.calls.size());

        Request failing = milk.save("title", "Jam");
        ajax.last().fail(500, "{}");
        ajax.advance(50);
        ajax.last().fail(500, "{}");
        assertTrue(failing.isRejected());
        assertEquals(3, ajax.calls.size());
        assertTrue(ajax.timers.isEmpty());
        assertTrue(milk.hasUnsavedChanges());
    }

    @Test
    public void comingBackOnlineSendsTheWaitingRetriesAtOnce() {
        rest.retry(RetryPolicy.backoff(1000, 8000));
        Model bread = todos.add(todo(2, "Bread", false));
        milk.save("completed", true);
        bread.save("completed", true);
        ajax.calls.get(0).fail(Failure.network("Network error"));
        ajax.calls.get(1).fail(Failure.network("Network error"));
        ajax.advance(1000);
        assertEquals(4, ajax.calls.size());
        ajax.calls.get(3).fail(Failure.network("Network error"));
        // Milk's retry is answered: the server is back, and bread goes now rather than 2 s later.
        ajax.calls.get(2).succeed(null);
        assertEquals(5, ajax.calls.size());
        assertEquals("/api/todos/2", ajax.last().request.url());
        assertFalse(rest.isOffline());
    }

    @Test
    public void writesCarryIfMatchFromTheLastETagOrTheVersionAttribute() {
        milk.fetch();
        assertNull(ajax.lastRequest().headers().get("If-Match"));
        ajax.last().succeed(todo(1, "Milk", false), "\"4\"");
        milk.save("completed", true);
        assertEquals("\"4\"", ajax.lastRequest().headers().get("If-Match"));
        ajax.last().succeed(todo(1, "Milk", true), "\"5\"");
        milk.destroy();
        assertEquals("\"5\"", ajax.lastRequest().headers().get("If-Match"));

        rest.versionAttribute("version");
        Model bread = todos.add(Attributes.of("id", 2.0, "title", "Bread", "version", 3.0));
        bread.save("completed", true);
        assertEquals("\"3\"", ajax.lastRequest().headers().get("If-Match"));
        Model fresh = todos.create(Attributes.of("title", "New"));
        assertNull(ajax.lastRequest().headers().get("If-Match"));
        assertEquals("POST", ajax.lastRequest().type());
        assertTrue(fresh.isNew());
    }

    @Test
    public void aStaleWriteReachesTheModelAsAConflictWithTheServersCopy() {
        rest.versionAttribute("version");
        milk.set("version", 1.0);
        List<String> log = new ArrayList<>();
        milk.on("conflict", e -> log.add("conflict " + ((Map<?, ?>) e.arg(1)).get("title")));
        milk.on("error", e -> log.add("error " + ((Failure) e.arg(1)).status()));
        rest.on("conflict", e -> log.add("sync saw " + ((Model) e.arg(0)).id()));
        milk.save("completed", true);
        ajax.last().fail(412, "{\"id\":1,\"title\":\"Renamed elsewhere\",\"completed\":false,\"version\":2}");
        assertEquals("[conflict Renamed elsewhere, sync saw 1.0, error 412]", log.toString());
        assertEquals("Milk", milk.get("title"));
        assertTrue(milk.hasUnsavedChanges());
    }

    @Test
    public void typedListenersHearTheConflictWithTheServersCopyAndTheCollectionHearsTheError() {
        rest.versionAttribute("version");
        milk.set("version", 1.0);
        List<String> log = new ArrayList<>();
        rest.onConflict((model, saved) -> log.add("conflict " + model.id() + " " + (saved == null ? "none" : saved.get("title"))));
        todos.onError((model, failure) -> log.add("error " + model.get("title") + " " + failure.status()));
        milk.save("completed", true);
        ajax.last().fail(412, "{\"id\":1,\"title\":\"Renamed elsewhere\",\"completed\":false,\"version\":2}");
        milk.save("title", "Oat milk");
        ajax.last().fail(412, "");
        assertEquals("[conflict 1.0 Renamed elsewhere, error Milk 412, conflict 1.0 none, error Oat milk 412]",
                log.toString());
    }

    @Test
    public void aTimedOutWriteTheServerAppliedAnywayIsNoConflict() {
        rest.versionAttribute("version").retry(RetryPolicy.backoff(100, 100));
        milk.set("version", 1.0);
        List<String> log = new ArrayList<>();
        milk.on("conflict", e -> log.add("conflict"));
        Request save = milk.save("completed", true);
        ajax.last().fail(Failure.timeout("timeout after 10000 ms"));
        ajax.advance(100);
        // The server was only slow: it wrote the first send (version 2), so the retry's If-Match is stale.
        assertEquals("\"1\"", ajax.lastRequest().headers().get("If-Match"));
        ajax.last().fail(412, "{\"id\":1,\"title\":\"Milk\",\"completed\":true,\"version\":2}");
        assertEquals(3, ajax.calls.size());
        assertEquals("\"2\"", ajax.lastRequest().headers().get("If-Match"));
        ajax.last().succeed(Attributes.of("id", 1.0, "title", "Milk", "completed", true, "version", 3.0));
        assertTrue(save.isResolved());
        assertEquals("[]", log.toString());
        milk.save("title", "Oat milk");
        assertEquals("\"3\"", ajax.lastRequest().headers().get("If-Match"));
        // Someone else's change is a conflict, even after a timeout.
        ajax.last().fail(Failure.timeout("timeout"));
        ajax.advance(100);
        ajax.last().fail(412, "{\"id\":1,\"title\":\"Soy milk\",\"completed\":true,\"version\":4}");
        assertEquals("[conflict]", log.toString());
    }

    @Test
    public void aDeleteWaitingInLineGoesToTheUrlTheModelHadInItsCollection() {
        rest.maxInFlight(1);
        Model bread = todos.add(todo(2, "Bread", false));
        milk.destroy();
        bread.destroy();
        assertEquals(0, todos.size());
        ajax.last().succeed(null);
        assertEquals(2, ajax.calls.size());
        assertEquals("DELETE", ajax.lastRequest().type());
        assertEquals("/api/todos/2", ajax.lastRequest().url());
        ajax.last().succeed(null);
        assertEquals(0, rest.pending());
    }

    @Test
    public void abortingAQueuedSaveTakesItOutOfLine() {
        List<String> log = new ArrayList<>();
        Request first = milk.save("title", "Jam");
        Request second = milk.destroy(new Options().wait(true).error((m, f, o) -> log.add(f.textStatus())));
        assertTrue(second.abort());
        assertEquals("[abort]", log.toString());
        ajax.last().succeed(null);
        assertTrue(first.isResolved());
        assertEquals(1, ajax.calls.size());
        assertEquals(0, rest.pending());
    }

    @Test
    public void pendingCountsOperationsAndFiresOnEveryChange() {
        List<Integer> seen = new ArrayList<>();
        rest.onPending(seen::add);
        milk.save("completed", true);
        milk.save("completed", false);
        Model bread = todos.add(todo(2, "Bread", false));
        bread.destroy();
        // Milk's first save is on the wire, its second waits behind it, bread's delete goes beside them.
        assertEquals(3, rest.pending());
        ajax.calls.get(0).succeed(null);
        ajax.calls.get(1).succeed(null);
        ajax.last().succeed(null);
        assertEquals("[1, 2, 3, 2, 1, 0]", seen.toString());
    }

}
