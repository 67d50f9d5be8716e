package io.backbonejava.browsertests;

import io.backbonejava.Attribute;
import io.backbonejava.Attributes;
import io.backbonejava.Collection;
import io.backbonejava.CollectionView;
import io.backbonejava.DomEvents;
import io.backbonejava.EventArgs;
import io.backbonejava.Model;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A {@link CollectionView} of three items in a {@code ul}, with buttons that add, remove, swap, sort, reset
 * and filter them, and one that removes the list. A click on an item's name is a child event the list hears;
 * a click on its toggle flips the attribute the "active" filter reads. {@code #listeners} shows how many
 * listeners the collection and its models hold, so the tests can see that removed items leave none.
 */
final class CollectionViewScenario implements Scenario {
    static final Attribute<String> NAME = Attribute.string("name");
    static final Attribute<Boolean> DONE = Attribute.bool("done");

    private static final Template CONTROLS = Template.of(
            "<button id=\"add\" type=\"button\">Add</button> "
            + "<button id=\"remove-first\" type=\"button\">Remove first</button> "
            + "<button id=\"swap\" type=\"button\">Swap first and last</button> "
            + "<button id=\"sort\" type=\"button\">Sort by name, descending</button> "
            + "<button id=\"reset\" type=\"button\">Reset</button> "
            + "<button id=\"active\" type=\"button\">Active only</button> "
            + "<button id=\"all\" type=\"button\">All</button> "
            + "<button id=\"remove-list\" type=\"button\">Remove the list</button>"
            + "<p>Listeners: <span id=\"listeners\"></span>, on removed items: <span id=\"gone\"></span></p>"
            + "<ul id=\"items\"></ul>");
    private static final Template ITEM = Template.of(
            "<input class=\"toggle\" type=\"checkbox\"> <span class=\"name\">{{name}}</span>");

    @Override
    public void mount(HTMLElement app) {
        Collection<Model> items = new Collection<>();
        items.add(List.of(Attributes.of(NAME, "a", DONE, false), Attributes.of(NAME, "b", DONE, false),
                Attributes.of(NAME, "c", DONE, false)));
        new ControlsView(app, items).render();
    }

    /** The buttons; owns the list. */
    static final class ControlsView extends View<Model> {
        /** Every model the collection has held. */
        private final List<Model> seen = new ArrayList<>();
        private CollectionView<Model, ItemView> list;
        private int added;

        ControlsView(HTMLElement app, Collection<Model> items) {
            super(items, new ViewOptions().el(app));
            seen.addAll(items.models());
            listenTo(items.onAdd(seen::add));
        }

        @Override
        protected DomEvents events() {
            // Each button's own handler runs first (it is deeper than #app), then the count is shown.
            return new DomEvents()
                    .onClick(null, (event, app) -> showListeners())
                    .onClick("#add", (event, button) -> collection().add(Attributes.of(NAME, "n" + ++added, DONE,
                            false)))
                    .onClick("#remove-first", (event, button) -> collection().remove(collection().at(0)))
                    .onClick("#swap", (event, button) -> {
                        List<Model> swapped = new ArrayList<>(collection().models());
                        Model first = swapped.get(0);
                        swapped.set(0, swapped.get(swapped.size() - 1));
                        swapped.set(swapped.size() - 1, first);
                        collection().set(swapped);
                    })
                    .onClick("#sort", (event, button) -> collection()
                            .comparator((Model x, Model y) -> y.get(NAME).compareTo(x.get(NAME))).sort())
                    .onClick("#reset", (event, button) -> collection().reset(List.of(
                            Attributes.of(NAME, "x", DONE, false), Attributes.of(NAME, "y", DONE, true))))
                    .onClick("#active", (event, button) -> list.filter(item -> !item.get(DONE), DONE))
                    .onClick("#all", (event, button) -> list.filter(null))
                    .onClick("#remove-list", (event, button) -> {
                        list.remove();
                        Log.line("list removed");
                    });
        }

        @Override
        public ControlsView render() {
            el().clear().appendChild(CONTROLS.render(null));
            list = addChild(new CollectionView<>(collection(), ItemView::new, new ViewOptions().el($("#items"))));
            list.emptyView(() -> new View<>(new ViewOptions().tagName("li").className("empty"))).render();
            list.onChild("picked", (ItemView item, EventArgs e) ->
                    Log.line("picked " + item.model().get(NAME)));
            showListeners();
            return this;
        }

        /**
         * The listeners of the collection and its models together, and those still on models that left it
         * (none, unless a removed item view lingers).
         */
        private void showListeners() {
            int count = collection().listenerCount();
            int gone = 0;
            for (Model item : seen) {
                if (collection().contains(item)) {
                    count += item.listenerCount();
                } else {
                    gone += item.listenerCount();
                }
            }
            Log.show("listeners", count);
            Log.show("gone", gone);
        }
    }

    /** One item: its toggle flips "done", a click on its name is an event for the list. */
    static final class ItemView extends View<Model> {
        ItemView(Model item) {
            super(item, new ViewOptions().tagName("li").className("item"));
            listenTo(item, "change:done", e -> el().setClassName(item.get(DONE) ? "item done" : "item"));
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onClick(".toggle", (event, toggle) -> model().set(DONE, !model().get(DONE)))
                    .onClick(".name", (event, name) -> trigger("picked"));
        }

        @Override
        public ItemView render() {
            el().appendChild(ITEM.render(model().attributes()));
            return this;
        }
    }
}
