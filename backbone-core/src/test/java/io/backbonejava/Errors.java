package io.backbonejava;

/**
 * How the ported upstream cases turn what Backbone's {@code validate} returns (a message, or any value) into
 * a {@link ValidationError}, so that each case keeps its upstream wording.
 */
final class Errors {
    private Errors() {
    }

    /** Null for null; otherwise an error about the whole model whose message is the value's text. */
    static ValidationError of(Object error) {
        if (error == null || error instanceof ValidationError) {
            return (ValidationError) error;
        }
        return ValidationError.of(String.valueOf(error));
    }
}
