package io.backbonejava.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.backbonejava.Failure;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.junit.TeaVMTestRunner;

/** Which failures {@link RetryPolicy} sends again, and how long it waits. */
@RunWith(TeaVMTestRunner.class)
public class RetryPolicyTest {
    private static Failure status(int status) {
        return new Failure(status, Failure.ERROR, "", null, null);
    }

    @Test
    public void waitsDoubleUpToTheLongest() {
        RetryPolicy policy = RetryPolicy.backoff(100, 1000);
        assertEquals(100, policy.delay(1));
        assertEquals(200, policy.delay(2));
        assertEquals(400, policy.delay(3));
        assertEquals(800, policy.delay(4));
        assertEquals(1000, policy.delay(5));
        assertEquals(1000, policy.delay(40));
    }

    @Test
    public void onlyUnansweredRequestsAndServerErrorsAreRetried() {
        RetryPolicy policy = RetryPolicy.backoff(100, 1000);
        assertTrue(policy.retries(Failure.network("Network error"), 1));
        assertTrue(policy.retries(Failure.timeout("timeout"), 1));
        assertTrue(policy.retries(status(500), 7));
        assertTrue(policy.retries(status(503), 1));
        assertFalse(policy.retries(Failure.abort(), 1));
        assertFalse(policy.retries(status(400), 1));
        assertFalse(policy.retries(status(404), 1));
        assertFalse(policy.retries(status(412), 1));
        assertFalse(policy.retries(new Failure(200, Failure.PARSER_ERROR, "", "<html>", null), 1));
    }

    @Test
    public void attemptsCountTheFirstSend() {
        RetryPolicy policy = RetryPolicy.backoff(100, 100).attempts(3);
        assertTrue(policy.retries(status(502), 2));
        assertFalse(policy.retries(status(502), 3));
        assertEquals(3, policy.attempts());
        assertFalse(RetryPolicy.none().retries(Failure.network("down"), 1));
        assertEquals(1, RetryPolicy.none().attempts());
    }

    @Test
    public void badSettingsFailFast() {
        try {
            RetryPolicy.backoff(0, 10);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("firstDelay < 1", e.getMessage());
        }
        try {
            RetryPolicy.backoff(10, 5);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("maxDelay < firstDelay", e.getMessage());
        }
        try {
            RetryPolicy.backoff(10, 50).attempts(0);
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("attempts < 1", e.getMessage());
        }
    }
}
