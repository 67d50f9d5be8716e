package io.backbonejava.todo;

import io.backbonejava.Html;
import io.backbonejava.Options;
import io.backbonejava.sync.RestSync;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The app's word on the server: one line under the list ({@code <p class="sync-status" role="status"
 * aria-live="polite">}, read out by screen readers as it changes) saying "Saved", "Saving 3 changes…" or
 * "Offline — 3 changes not saved". It never says "Saved" while {@link RestSync#pending()} counts anything.
 *
 * <p>It also acts on what the sync reports: a todo someone changed in another tab (a 412 conflict) shows the
 * server's version and says so; a todo deleted elsewhere (a 404 on save) leaves the list; the browser's own
 * {@code online} event sends waiting retries at once; and closing or reloading the page while changes are
 * pending asks the user first.
 *
 * <pre>{@code
 * RestSync rest = TodoApp.restSync();
 * new SyncStatus(rest, todos, HTMLDocument.current().querySelector(".sync-status"));
 * }</pre>
 */
final class SyncStatus {
    private final RestSync rest;
    private final HTMLElement el;
    private String note;
    private boolean scheduled;

    SyncStatus(RestSync rest, Todos todos, HTMLElement el) {
        this.rest = rest;
        this.el = el;
        // Thousands of saves change the count thousands of times in one click: the line is redrawn once.
        rest.onPending(count -> renderSoon());
        rest.onOffline(this::renderSoon);
        rest.onOnline(this::renderSoon);
        // The server's copy wins on the screen: merged as parsed server data, it is no longer unsaved.
        rest.onConflict((todo, saved) -> {
            if (saved != null) {
                todos.add(saved, new Options().merge(true).parse(true));
            }
            tell("A todo was changed in another tab or window: showing the saved version.");
        });
        todos.onError((todo, failure) -> {
            if (failure.status() == 404) {
                todos.remove(todo);
                tell("A todo was deleted in another tab or window.");
            }
        });
        // The browser's "online" sends waiting retries now; "beforeunload" asks first while changes are pending.
        Window window = Window.current();
        window.addEventListener("online", event -> rest.retryNow());
        window.addEventListener("beforeunload", event -> {
            if (rest.pending() > 0) {
                Page.askBeforeLeaving(event);
            }
        });
        render();
    }

    /** What the line says now. */
    String text() {
        int pending = rest.pending();
        // Printed by the browser: "" + int would bring Java's own digit loop into the bundle.
        String changes = pending == 1 ? "1 change" : Page.text(pending) + " changes";
        String state;
        if (rest.isOffline()) {
            state = pending == 0 ? "Offline" : "Offline \u2014 " + changes + " not saved";
        } else if (pending > 0) {
            state = "Saving " + changes + "\u2026";
        } else {
            state = "Saved";
        }
        return note == null ? state : note + " " + state;
    }

    private void tell(String message) {
        note = message;
        renderSoon();
    }

    private void renderSoon() {
        if (!scheduled) {
            scheduled = true;
            Window.setTimeout(this::render, 0);
        }
    }

    private void render() {
        scheduled = false;
        Html.text(el, text());
        el.setAttribute("data-state", rest.isOffline() ? "offline" : rest.pending() > 0 ? "saving" : "saved");
    }
}
