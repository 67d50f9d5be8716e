package io.backbonejava;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** The handle every sync call returns: settled once, callbacks in order, late callbacks, abort. */
@RunWith(TeaVMTestRunner.class)
public class RequestTest {

    @Test
    public void thenRunsWithTheResponseWhenResolved() {
        Request request = new Request();
        List<Object> log = new ArrayList<>();
        request.then(log::add);
        assertTrue(request.isPending());
        assertTrue(log.isEmpty());
        assertTrue(request.resolve("body"));
        assertEquals(List.of("body"), log);
        assertTrue(request.isResolved());
        assertFalse(request.isRejected());
        assertEquals("body", request.response());
        assertNull(request.failure());
    }

    @Test
    public void catchErrorRunsWithTheFailureWhenRejected() {
        Request request = new Request();
        List<Object> log = new ArrayList<>();
        request.then(response -> log.add("then")).catchError(failure -> log.add(failure.status()));
        Failure failure = new Failure(404, Failure.ERROR, "Not Found", "{}", null);
        assertTrue(request.reject(failure));
        assertEquals(List.of(404), log);
        assertTrue(request.isRejected());
        assertSame(failure, request.failure());
        assertNull(request.response());
    }

    @Test
    public void alwaysRunsOnEitherOutcome() {
        int[] runs = {0};
        new Request().always(() -> runs[0]++).resolve(null);
        new Request().always(() -> runs[0]++).reject(Failure.timeout("slow"));
        assertEquals(2, runs[0]);
    }

    @Test
    public void callbacksRunInRegistrationOrderAcrossKinds() {
        Request request = new Request();
        List<String> log = new ArrayList<>();
        request.always(() -> log.add("always 1"))
                .then(response -> log.add("then"))
                .catchError(failure -> log.add("catch"))
                .always(() -> log.add("always 2"))
                .then(response -> log.add("then 2"), failure -> log.add("failure 2"));
        request.resolve(1);
        assertEquals(List.of("always 1", "then", "always 2", "then 2"), log);
    }

    @Test
    public void settlesExactlyOnce() {
        Request request = new Request();
        List<Object> log = new ArrayList<>();
        request.then(log::add).catchError(log::add);
        assertTrue(request.resolve("first"));
        assertFalse(request.resolve("second"));
        assertFalse(request.reject(Failure.network("late")));
        assertFalse(request.abort());
        assertEquals(List.of("first"), log);
        assertEquals("first", request.response());
        assertTrue(request.isResolved());
    }

    @Test
    public void callbacksAddedAfterSettlingStillRun() {
        Request resolved = Request.resolved("done");
        List<Object> log = new ArrayList<>();
        resolved.then(log::add).catchError(log::add).always(() -> log.add("always"));
        assertEquals(List.of("done", "always"), log);

        Failure failure = Failure.network("down");
        Request rejected = Request.rejected(failure);
        List<Object> errors = new ArrayList<>();
        rejected.then(errors::add).catchError(errors::add);
        assertEquals(List.of(failure), errors);
    }

    @Test
    public void aCallbackRegisteredWhileSettlingRunsOnce() {
        Request request = new Request();
        List<String> log = new ArrayList<>();
        request.then(response -> {
            log.add("outer");
            request.then(inner -> log.add("inner"));
        });
        request.resolve(null);
        assertEquals(List.of("outer", "inner"), log);
    }

    @Test
    public void aThrowingCallbackDoesNotStopTheOthersAndIsRethrown() {
        Request request = new Request();
        List<String> log = new ArrayList<>();
        request.then(response -> {
            throw new IllegalStateException("bug in a callback");
        }).then(response -> log.add("second"));
        try {
            request.resolve(null);
            fail("expected the callback's exception");
        } catch (IllegalStateException e) {
            assertEquals("bug in a callback", e.getMessage());
        }
        assertEquals(List.of("second"), log);
        assertTrue(request.isResolved());
    }

    @Test
    public void abortRunsTheAbortActionAndRejects() {
        Request request = new Request();
        int[] stopped = {0};
        List<Failure> failures = new ArrayList<>();
        request.onAbort(() -> stopped[0]++).catchError(failures::add);
        assertTrue(request.abort());
        assertEquals(1, stopped[0]);
        assertEquals(1, failures.size());
        assertEquals(Failure.ABORT, failures.get(0).textStatus());
        assertEquals(0, failures.get(0).status());
        assertFalse(request.abort());
        assertEquals(1, stopped[0]);
    }

    @Test
    public void abortWithoutActionStillRejects() {
        Request request = new Request();
        assertTrue(request.abort());
        assertTrue(request.isRejected());
        assertEquals(Failure.ABORT, request.failure().textStatus());
    }

    @Test
    public void anAbortActionThatReportsItsOwnFailureWins() {
        Request request = new Request();
        Failure reported = new Failure(0, Failure.ABORT, "stopped by the transport", null, null);
        request.onAbort(() -> request.reject(reported));
        request.abort();
        assertSame(reported, request.failure());
    }

    @Test
    public void rejectWithNullGivesAnUnspecifiedError() {
        Request request = new Request();
        request.reject(null);
        assertEquals(Failure.ERROR, request.failure().textStatus());
        assertEquals("", request.failure().errorThrown());
    }

    @Test
    public void invalidFailureCarriesTheValidationError() {
        ValidationError error = ValidationError.of("title", "required");
        Failure failure = Failure.invalid(error);
        assertEquals(Failure.INVALID, failure.textStatus());
        assertSame(error, failure.validationError());
        assertEquals(0, failure.status());
        assertNull(failure.responseMap());
    }
}
