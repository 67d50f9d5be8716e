package io.backbonejava.server;

/** One stored todo, exactly as the API returns it. */
record Todo(long id, String title, boolean completed, int order) {
}
