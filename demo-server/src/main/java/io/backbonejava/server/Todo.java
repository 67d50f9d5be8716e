package io.backbonejava.server;

/**
 * One stored todo, exactly as the API returns it. {@code version} starts at 1 and goes up by one on every
 * write; the todo's {@code ETag} is the version in quotes.
 */
record Todo(long id, String title, boolean completed, int order, long version) {

    /** The strong entity tag of this state of the todo, such as {@code "3"}. */
    String etag() {
        return "\"" + version + "\"";
    }
}
