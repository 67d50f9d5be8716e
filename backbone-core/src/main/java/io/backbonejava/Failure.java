package io.backbonejava;

/**
 * Why a {@link Sync} call failed: what Backbone hands its {@code error} callbacks and {@code "error"} events
 * as the jqXHR, as a plain value. It carries the HTTP status (0 when no response arrived), jQuery's
 * {@link #textStatus() text status} telling the kinds of failure apart, the status text or exception message
 * as {@link #errorThrown()}, and the response body both as text and, when it was JSON, parsed.
 *
 * <pre>{@code
 * todo.onError(failure -> {
 *     if (failure.status() == 422) {
 *         Map<String, Object> body = failure.responseMap();
 *         Object message = body == null ? null : body.get("error");
 *         showError(message instanceof String text ? text : failure.errorThrown());
 *     } else if (Failure.TIMEOUT.equals(failure.textStatus())) {
 *         showError("The server is slow; try again");
 *     }
 * });
 * }</pre>
 *
 * <p>A failure is information, never thrown: it is a value, not an exception.
 */
public final class Failure {
    /** The text status of a response outside 2xx, or of a request that could not reach the server. */
    public static final String ERROR = "error";
    /** The text status of a request that took longer than its timeout. */
    public static final String TIMEOUT = "timeout";
    /** The text status of a request stopped by {@link Request#abort()}. */
    public static final String ABORT = "abort";
    /** The text status of a successful response whose body is not valid JSON, or of corrupt stored data. */
    public static final String PARSER_ERROR = "parsererror";
    /** The text status of a save refused by {@link Model#validate} before anything was sent. */
    public static final String INVALID = "invalid";

    private final int status;
    private final String textStatus;
    private final String errorThrown;
    private final String responseText;
    private final Object responseJSON;
    private final ValidationError validationError;

    /**
     * A failure with every detail given.
     *
     * @param status the HTTP status, or 0 when no response arrived
     * @param textStatus one of the constants of this class, such as {@link #ERROR}
     * @param errorThrown the HTTP status text or the cause's message; null reads as ""
     * @param responseText the response body as text, or null
     * @param responseJSON the response body parsed as JSON, or null when it was not JSON
     */
    public Failure(int status, String textStatus, String errorThrown, String responseText, Object responseJSON) {
        this(status, textStatus, errorThrown, responseText, responseJSON, null);
    }

    private Failure(int status, String textStatus, String errorThrown, String responseText, Object responseJSON,
            ValidationError validationError) {
        if (textStatus == null) {
            throw new NullPointerException("textStatus == null");
        }
        this.status = status;
        this.textStatus = textStatus;
        this.errorThrown = errorThrown == null ? "" : errorThrown;
        this.responseText = responseText;
        this.responseJSON = responseJSON;
        this.validationError = validationError;
    }

    /**
     * A request that got no response at all: the connection was refused, the host unknown, the network down.
     *
     * @param message what went wrong, for people
     * @return the failure, status 0
     */
    public static Failure network(String message) {
        return new Failure(0, ERROR, message, null, null);
    }

    /**
     * A request that took longer than its timeout.
     *
     * @param message what went wrong, for people
     * @return the failure, status 0
     */
    public static Failure timeout(String message) {
        return new Failure(0, TIMEOUT, message, null, null);
    }

    /**
     * A request stopped by {@link Request#abort()}.
     *
     * @return the failure, status 0
     */
    public static Failure abort() {
        return new Failure(0, ABORT, "abort", null, null);
    }

    /**
     * A save that {@link Model#validate} refused, so nothing was sent: what the handle of such a save holds.
     *
     * @param validationError what {@code validate} returned
     * @return the failure, status 0
     */
    public static Failure invalid(ValidationError validationError) {
        return new Failure(0, INVALID, validationError.message(), null, null, validationError);
    }

    /**
     * This failure carrying the validation error a server's response held, such as Django REST Framework's
     * 400 with {@code {"title": ["This field may not be blank."]}}. A {@link Model} whose request fails with
     * it sets it as its {@link Model#validationError()} and fires {@code "invalid"} before {@code "error"}.
     * Sync implementations call this; {@code RestSync} does for 400 and 422 responses.
     *
     * @param error what the server refused
     * @return a new failure, otherwise the same
     */
    public Failure withValidationError(ValidationError error) {
        return new Failure(status, textStatus, errorThrown, responseText, responseJSON, error);
    }

    /** The HTTP status, or 0 when no response arrived (network failure, timeout, abort, invalid, storage). */
    public int status() {
        return status;
    }

    /** jQuery's name for the kind of failure: {@link #ERROR}, {@link #TIMEOUT}, {@link #ABORT}, ... */
    public String textStatus() {
        return textStatus;
    }

    /** The HTTP status text (such as {@code "Not Found"}) or the cause's message; never null. */
    public String errorThrown() {
        return errorThrown;
    }

    /** The response body as text, or null when there was none. */
    public String responseText() {
        return responseText;
    }

    /** The response body parsed as JSON (maps, lists, strings, doubles, booleans), or null. */
    public Object responseJSON() {
        return responseJSON;
    }

    /**
     * The response body when it was a JSON object, such as the demo server's {@code {"error": "..."}}.
     *
     * @return the object, or null
     */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> responseMap() {
        return responseJSON instanceof java.util.Map ? (java.util.Map<String, Object>) responseJSON : null;
    }

    /**
     * For an {@link #INVALID} failure, what {@link Model#validate} returned; for a server's refusal, the
     * attributes and messages it named (see {@link #withValidationError}); otherwise null.
     */
    public ValidationError validationError() {
        return validationError;
    }

    @Override
    public String toString() {
        return "Failure(" + status + " " + textStatus + ": " + errorThrown + ")";
    }
}
