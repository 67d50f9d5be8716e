package io.backbonejava.server;

/**
 * A request the API refuses, carrying the status and message of the JSON error response and,
 * when one attribute is at fault, its name.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String field;

    ApiError(int status, String message) {
        this(status, message, null);
    }

    ApiError(int status, String message, String field) {
        // No stack trace: these are expected outcomes of bad input, not bugs.
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    int status() {
        return status;
    }

    /** The attribute at fault, or null. */
    String field() {
        return field;
    }
}
