package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
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
 * Every kind of failure reaches the error callback, the {@code "error"} event and the handle with its status
 * and body, and leaves the model exactly as Backbone leaves it; nothing is thrown.
 */
@RunWith(TeaVMTestRunner.class)
public class SyncFailuresTest {
    private static final String NOT_FOUND_BODY = "{\"error\":\"Todo not found\"}";

    private RecordingTransport ajax;
    private Collection<Model> todos;
    private Model milk;
    private List<String> log;
    private List<Failure> callbackFailures;
    private List<Failure> eventFailures;

    @Before
    public void setUp() {
        ajax = new RecordingTransport();
        Sync.setDefault(new RestSync(ajax));
        todos = new Collection<Model>().url("/api/todos");
        milk = todos.add(Attributes.of("id", 1.0, "title", "Buy milk", "completed", false));
        log = new ArrayList<>();
        callbackFailures = new ArrayList<>();
        eventFailures = new ArrayList<>();
        todos.on("all", e -> log.add(e.name()));
        todos.on("error", e -> eventFailures.add((Failure) e.arg(1)));
    }

    @After
    public void tearDown() {
        Sync.setDefault(null);
    }

    private Options options() {
        return new Options()
                .success((target, response, options) -> log.add("success"))
                .error((target, failure, options) -> callbackFailures.add(failure));
    }

    /** The failure went to the callback, the event and the handle, all the same one. */
    private Failure reported(Request request) {
        assertEquals(1, callbackFailures.size());
        assertEquals(1, eventFailures.size());
        assertSame(callbackFailures.get(0), eventFailures.get(0));
        assertTrue(request.isRejected());
        assertSame(callbackFailures.get(0), request.failure());
        assertFalse(log.contains("sync"));
        assertFalse(log.contains("success"));
        return request.failure();
    }

    @Test
    public void aClientErrorCarriesStatusAndBodyAndLeavesAFetchedModelAlone() {
        Request request = milk.fetch(options());
        ajax.last().fail(404, NOT_FOUND_BODY);
        Failure failure = reported(request);
        assertEquals(404, failure.status());
        assertEquals(Failure.ERROR, failure.textStatus());
        assertEquals("Not Found", failure.errorThrown());
        assertEquals(NOT_FOUND_BODY, failure.responseText());
        assertEquals("Todo not found", failure.responseMap().get("error"));
        assertEquals(Attributes.of("id", 1.0, "title", "Buy milk", "completed", false), milk.attributes());
    }

    @Test
    public void aServerErrorLeavesTheOptimisticAttributesOfASave() {
        Request request = milk.save(Attributes.of("title", "Buy oat milk"), options());
        assertEquals("Buy oat milk", milk.get("title"));
        ajax.last().fail(500, "{\"error\":\"Internal server error\"}");
        Failure failure = reported(request);
        assertEquals(500, failure.status());
        assertEquals("Internal server error", failure.responseMap().get("error"));
        // Backbone does not roll back a save without wait.
        assertEquals("Buy oat milk", milk.get("title"));
    }

    @Test
    public void aFailedSaveWithWaitChangesNothing() {
        int[] changes = {0};
        milk.on("change", e -> changes[0]++);
        Request request = milk.save(Attributes.of("title", ""), options().wait(true));
        ajax.last().fail(422, "{\"error\":\"Title must not be empty\",\"field\":\"title\"}");
        Failure failure = reported(request);
        assertEquals(422, failure.status());
        assertEquals("title", failure.responseMap().get("field"));
        assertEquals("Buy milk", milk.get("title"));
        assertEquals(0, changes[0]);
    }

    @Test
    public void aFailureDuringAWaitingSaveIsSeenWithTheRealAttributes() {
        Sync.setDefault(new RestSync((request, callback) -> {
            callback.error(Failure.network("Connection refused"));
            return null;
        }));
        List<Object> titles = new ArrayList<>();
        milk.on("error", e -> titles.add(milk.get("title")));
        Request request = milk.save(Attributes.of("title", "Not saved"), options().wait(true));
        reported(request);
        assertEquals(List.of("Buy milk"), titles);
        assertEquals("Buy milk", milk.get("title"));
    }

    @Test
    public void aNetworkFailureLeavesANewModelNew() {
        List<Request> handles = new ArrayList<>();
        Model bread = todos.create(Attributes.of("title", "Bread"), options()
                .error((target, failure, options) -> {
                    callbackFailures.add(failure);
                    handles.add(options.request());
                }));
        ajax.last().fail(Failure.network("Connection refused"));
        Failure failure = reported(handles.get(0));
        assertEquals(0, failure.status());
        assertEquals(Failure.ERROR, failure.textStatus());
        assertEquals("Connection refused", failure.errorThrown());
        assertTrue(bread.isNew());
        assertTrue(todos.contains(bread));
    }

    @Test
    public void aTimeoutIsReportedAsTimeout() {
        Request request = todos.fetch(new HttpOptions().timeout(50).in(options()));
        assertEquals(50, ajax.lastRequest().timeout());
        ajax.last().fail(Failure.timeout("timeout after 50 ms"));
        Failure failure = reported(request);
        assertEquals(Failure.TIMEOUT, failure.textStatus());
        assertEquals(0, failure.status());
        assertEquals(1, todos.length());
    }

    @Test
    public void aMalformedJsonResponseIsAParserErrorAndSetsNothing() {
        Request request = milk.fetch(options());
        ajax.last().fail(new Failure(200, Failure.PARSER_ERROR, "Unexpected character 'o' at position 1",
                "{oops", null));
        Failure failure = reported(request);
        assertEquals(200, failure.status());
        assertEquals(Failure.PARSER_ERROR, failure.textStatus());
        assertEquals("{oops", failure.responseText());
        assertNull(failure.responseJSON());
        assertEquals("Buy milk", milk.get("title"));
    }

    @Test
    public void aFailedDestroyWithoutWaitHasAlreadyRemovedTheModel() {
        Request request = milk.destroy(options());
        assertFalse(todos.contains(milk));
        ajax.last().fail(404, NOT_FOUND_BODY);
        assertEquals(1, callbackFailures.size());
        assertEquals(404, request.failure().status());
        assertFalse(todos.contains(milk));
    }

    @Test
    public void aFailedDestroyWithWaitKeepsTheModel() {
        Request request = milk.destroy(options().wait(true));
        assertTrue(todos.contains(milk));
        ajax.last().fail(500, "{\"error\":\"Internal server error\"}");
        reported(request);
        assertTrue(todos.contains(milk));
        assertFalse(log.contains("destroy"));
    }

    @Test
    public void abortReportsAnAbortFailureOnceAndStopsTheTransport() {
        Request request = milk.fetch(options());
        assertTrue(request.abort());
        assertEquals(1, ajax.last().aborted);
        Failure failure = reported(request);
        assertEquals(Failure.ABORT, failure.textStatus());
        // The transport's late answer is ignored.
        ajax.last().succeed(Attributes.of("title", "late"));
        assertEquals("Buy milk", milk.get("title"));
        assertEquals(1, callbackFailures.size());
    }

    @Test
    public void aTransportThatThrowsIsReportedAsANetworkFailure() {
        Sync.setDefault(new RestSync((request, callback) -> {
            throw new IllegalArgumentException("Invalid URL");
        }));
        Request request = milk.fetch(options());
        Failure failure = reported(request);
        assertEquals(Failure.ERROR, failure.textStatus());
        assertEquals("Invalid URL", failure.errorThrown());
    }

    @Test
    public void theRequestEventComesFirstWithTheHandle() {
        List<Object> seen = new ArrayList<>();
        milk.on("request", e -> {
            seen.add(e.arg(1));
            seen.add(ajax.calls.size());
        });
        int before = ajax.calls.size();
        Request request = milk.save(Attributes.of("completed", true));
        assertEquals(2, seen.size());
        assertSame(request, seen.get(0));
        assertEquals(before, seen.get(1));
        assertEquals(before + 1, ajax.calls.size());
    }

    @Test
    public void successSetsTheServerAttributesThenRunsCallbacksThenTheHandle() {
        List<String> order = new ArrayList<>();
        milk.on("change:title", e -> order.add("change:title"));
        milk.on("sync", e -> order.add("sync"));
        Request request = milk.save(Attributes.of("title", "Milk"), new Options().wait(true)
                .success((target, response, options) -> order.add("success")));
        request.then(response -> order.add("then " + ((Map<?, ?>) response).get("title")));
        ajax.last().succeed(Attributes.of("id", 1.0, "title", "Milk (2 l)", "completed", false));
        assertEquals(List.of("change:title", "success", "sync", "then Milk (2 l)"), order);
        assertEquals("Milk (2 l)", milk.get("title"));
    }
}
