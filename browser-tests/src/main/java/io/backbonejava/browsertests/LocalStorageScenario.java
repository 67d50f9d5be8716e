package io.backbonejava.browsertests;

import static io.backbonejava.browsertests.SyncLog.describe;
import static io.backbonejava.browsertests.SyncLog.logged;

import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.DomEvents;
import io.backbonejava.Failure;
import io.backbonejava.Model;
import io.backbonejava.Options;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import io.backbonejava.sync.LocalStorageSync;
import io.backbonejava.sync.Storage;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A todo list kept in {@code localStorage} by {@link LocalStorageSync} under the key given as the query
 * parameter {@code key}, fetched when the page loads. A failed sync shows its message in {@code #error}
 * instead of breaking the page, and is logged (see {@link SyncLog}); a button overwrites the stored data
 * with text that is not JSON, as another app or a hand edit might.
 */
final class LocalStorageScenario implements Scenario {
    private static final Template PAGE = Template.of(
            "<p><input id=\"title\" placeholder=\"Title\"> <button id=\"add\" type=\"button\">Add</button> "
            + "<button id=\"corrupt\" type=\"button\">Corrupt the stored data</button></p>"
            + "<p id=\"error\"></p><ul id=\"todos\"></ul>");
    private static final Template ITEM = Template.of(
            "<span class=\"title\">{{title}}</span> <span class=\"state\">{{state}}</span> "
            + "<button class=\"toggle\" type=\"button\">Toggle</button>");

    @Override
    public void mount(HTMLElement app) {
        String key = Query.param("key");
        if (key == null) {
            throw new IllegalArgumentException("the page needs ?key=<storage key>");
        }
        Collection<Model> todos = new Collection<>();
        todos.sync(LocalStorageSync.browser(key));
        todos.on("error", e -> Log.line("error event " + describe((Failure) e.arg(1))));
        new ListView(app, todos, key).render();
        todos.fetch(shown("fetch"));
    }

    /** Logged options whose error callback also shows the failure's message in {@code #error}. */
    private static Options shown(String op) {
        return logged(op).error((target, failure, options) -> {
            Log.show("error", failure.errorThrown());
            Log.line(op + " error callback " + describe(failure));
        });
    }

    static final class ListView extends View<Model> {
        private final Collection<Model> todos;
        private final String key;

        ListView(HTMLElement app, Collection<Model> todos, String key) {
            super(todos, new ViewOptions().el(app));
            this.todos = todos;
            this.key = key;
            listenTo(todos, "add remove reset change", e -> renderList());
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onClick("#add", (event, button) -> {
                        HTMLInputElement title = $input("#title");
                        todos.create(Attributes.of("title", title.getValue(), "completed", false),
                                shown("create").wait(true));
                        title.setValue("");
                    })
                    .onClick(".toggle", (event, button) -> {
                        HTMLElement item = (HTMLElement) button.getParentNode();
                        Model todo = todos.at(Integer.parseInt(item.getAttribute("data-index")));
                        todo.save(Attributes.of("completed", !Boolean.TRUE.equals(todo.get("completed"))),
                                shown("toggle"));
                    })
                    .onClick("#corrupt", (event, button) -> {
                        Storage.local().setItem(key, "{not json");
                        Log.line("corrupted");
                    });
        }

        @Override
        public ListView render() {
            el().clear().appendChild(PAGE.render(null));
            renderList();
            return this;
        }

        private void renderList() {
            HTMLElement list = $("#todos");
            list.clear();
            for (int i = 0; i < todos.length(); i++) {
                Model todo = todos.at(i);
                HTMLElement item = HTMLDocument.current().createElement("li");
                item.appendChild(ITEM.render(Attributes.of("title", todo.get("title"),
                        "state", Boolean.TRUE.equals(todo.get("completed")) ? "done" : "open")));
                item.setAttribute("data-index", Integer.toString(i));
                list.appendChild(item);
            }
        }
    }
}
