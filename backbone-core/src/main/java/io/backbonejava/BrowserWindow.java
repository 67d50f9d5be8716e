package io.backbonejava;

import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.events.Registration;

/**
 * {@link History}'s view of the real browser window, on TeaVM's {@code jso-apis}. Only {@link History#History()}
 * reaches this class, and only when it first needs the browser, so code that hands History its own stand-ins
 * never loads it (and runs on the JVM). One object plays the three seams: in the browser bundle that is one
 * class where three (and their lambdas) would each bring their own.
 */
final class BrowserWindow implements History.Location, History.SessionHistory, History.WindowEvents {
    /** The one instance: it has no state of its own, everything is read from the window when asked. */
    static final BrowserWindow INSTANCE = new BrowserWindow();

    private BrowserWindow() {
    }

    @Override
    public String href() {
        return Window.current().getLocation().getFullURL();
    }

    @Override
    public String pathname() {
        return Window.current().getLocation().getPathName();
    }

    @Override
    public void hash(String hash) {
        Window.current().getLocation().setHash(hash);
    }

    @Override
    public void replace(String url) {
        Window.current().getLocation().replace(url);
    }

    @Override
    public void assign(String url) {
        Window.current().getLocation().assign(url);
    }

    // Backbone passes an empty state object and the document's title, and so do we.
    @Override
    public void pushState(String url) {
        Window.current().getHistory().pushState(JSObjects.create(), title(), url);
    }

    @Override
    public void replaceState(String url) {
        Window.current().getHistory().replaceState(JSObjects.create(), title(), url);
    }

    @Override
    public Subscription listen(String type, Runnable callback) {
        return new Listening(type, callback);
    }

    private static String title() {
        return Window.current().getDocument().getTitle();
    }

    /** One window listener and the handle that removes it, in one object. */
    private static final class Listening implements EventListener<Event>, Subscription {
        private final Runnable callback;
        private final Registration registration;

        Listening(String type, Runnable callback) {
            this.callback = callback;
            registration = Window.current().onEvent(type, this);
        }

        @Override
        public void handleEvent(Event event) {
            callback.run();
        }

        @Override
        public void dispose() {
            registration.dispose();
        }
    }
}
