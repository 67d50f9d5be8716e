package io.backbonejava;

import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.dom.events.Registration;

/**
 * {@link History}'s view of the real browser window, on TeaVM's {@code jso-apis}. Only {@link History#History()}
 * reaches this class, and only when it first needs the browser, so code that hands History its own stand-ins
 * never loads it (and runs on the JVM).
 */
final class BrowserWindow {
    private BrowserWindow() {
    }

    static History.Location location() {
        return new History.Location() {
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
        };
    }

    static History.SessionHistory sessionHistory() {
        return new History.SessionHistory() {
            // Backbone passes an empty state object and the document's title, and so do we.
            @Override
            public void pushState(String url) {
                Window.current().getHistory().pushState(JSObjects.create(), title(), url);
            }

            @Override
            public void replaceState(String url) {
                Window.current().getHistory().replaceState(JSObjects.create(), title(), url);
            }
        };
    }

    static History.WindowEvents events() {
        return (type, callback) -> {
            Registration registration = Window.current().onEvent(type, event -> callback.run());
            return registration::dispose;
        };
    }

    private static String title() {
        return Window.current().getDocument().getTitle();
    }
}
