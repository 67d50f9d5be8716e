package io.backbonejava.sync;

import io.backbonejava.Failure;

/**
 * When {@link RestSync} sends a failed request again, and how long it waits first. A request is retried only
 * when it never got an answer (the server is down, the connection dropped, the time limit ran out) or the
 * answer was a 5xx: a 4xx means the server read the request and refused it, and sending it again would be
 * refused again. Each wait doubles the one before, from {@code firstDelay} up to {@code maxDelay}. While a
 * request waits, later saves of the same model join it, so the retry sends what the user did last.
 *
 * <p>Retrying is off unless a sync is given a policy:
 *
 * <pre>{@code
 * RestSync rest = new RestSync(new XhrTransport().timeout(10_000))
 *         .retry(RetryPolicy.backoff(500, 8_000));          // 0.5 s, 1 s, 2 s ... then every 8 s, forever
 * RestSync once = new RestSync(transport).retry(RetryPolicy.backoff(200, 200).attempts(2));
 * }</pre>
 */
public final class RetryPolicy {
    private static final RetryPolicy NONE = new RetryPolicy(0, 0, 0);

    private final int firstDelay;
    private final int maxDelay;
    private final int attempts;

    private RetryPolicy(int firstDelay, int maxDelay, int attempts) {
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.attempts = attempts;
    }

    /** The policy of a sync that was given none: every failure is reported at once. */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * Retries without limit, waiting {@code firstDelay} milliseconds after the first failure and twice as
     * long after each next one, never more than {@code maxDelay}.
     *
     * @param firstDelay the first wait in milliseconds, at least 1
     * @param maxDelay the longest wait in milliseconds, at least {@code firstDelay}
     * @return the policy
     */
    public static RetryPolicy backoff(int firstDelay, int maxDelay) {
        if (firstDelay < 1) {
            throw new IllegalArgumentException("firstDelay < 1");
        }
        if (maxDelay < firstDelay) {
            throw new IllegalArgumentException("maxDelay < firstDelay");
        }
        return new RetryPolicy(firstDelay, maxDelay, Integer.MAX_VALUE);
    }

    /**
     * This policy, giving up after {@code max} sends of one request in all (the first one included); the
     * last failure then reaches the model as an {@code "error"}.
     *
     * @param max how many times a request may be sent, at least 1
     * @return a new policy
     */
    public RetryPolicy attempts(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("attempts < 1");
        }
        return new RetryPolicy(firstDelay, maxDelay, max);
    }

    /** How many times a request may be sent in all; 1 when retrying is off. */
    public int attempts() {
        return this == NONE ? 1 : attempts;
    }

    /**
     * Whether a request that failed this way, after {@code sent} sends, is sent again.
     *
     * @param failure the failure of the last send
     * @param sent how many times the request was sent so far
     * @return true to retry
     */
    public boolean retries(Failure failure, int sent) {
        if (this == NONE || sent >= attempts || failure == null) {
            return false;
        }
        return isTransient(failure);
    }

    /**
     * How long to wait before the next send, after {@code sent} sends failed.
     *
     * @param sent how many times the request was sent so far, at least 1
     * @return the wait in milliseconds
     */
    public int delay(int sent) {
        // In int arithmetic, capped before it could overflow: a long is emulated in the browser bundle.
        int wait = firstDelay;
        for (int i = 1; i < sent && wait < maxDelay; i++) {
            wait = wait > maxDelay / 2 ? maxDelay : wait * 2;
        }
        return Math.min(wait, maxDelay);
    }

    /** A failure that may go away by itself: no answer at all (but not an abort), or a 5xx. */
    static boolean isTransient(Failure failure) {
        if (Failure.ABORT.equals(failure.textStatus())) {
            return false;
        }
        int status = failure.status();
        return isUnanswered(failure) || (status >= 500 && status < 600);
    }

    /** A request that got no HTTP answer: the server is unreachable from here. */
    static boolean isUnanswered(Failure failure) {
        return failure.status() == 0 && !Failure.ABORT.equals(failure.textStatus())
                && !Failure.INVALID.equals(failure.textStatus());
    }
}
