package io.backbonejava.server;

/**
 * The attributes a request sets, already validated; a null component means "not given", which a
 * PATCH leaves unchanged.
 */
record TodoChanges(String title, Boolean completed, Integer order) {

    /** Whether the request changes nothing, such as an empty PATCH. */
    boolean isEmpty() {
        return title == null && completed == null && order == null;
    }
}
