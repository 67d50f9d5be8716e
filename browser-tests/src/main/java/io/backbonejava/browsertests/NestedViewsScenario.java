package io.backbonejava.browsertests;

import io.backbonejava.Attributes;
import io.backbonejava.DomEvents;
import io.backbonejava.Model;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A parent view with three child views, all listening to one model; the children also have delegated click
 * handlers. Controls outside the parent remove it, change the model, and click the removed children's
 * buttons, so the tests can see that nothing of the children answers any more.
 */
final class NestedViewsScenario implements Scenario {
    private static final Template CONTROLS = Template.of(
            "<button id=\"remove-parent\" type=\"button\">Remove parent</button> "
            + "<button id=\"change-model\" type=\"button\">Change model</button> "
            + "<button id=\"poke\" type=\"button\">Click removed children</button> "
            + "<p>Listeners on the model: <span id=\"listeners\"></span></p><div id=\"parent-slot\"></div>");
    private static final Template CHILD = Template.of(
            "<span class=\"name\">{{name}}</span> <button class=\"child-button\" type=\"button\">Click</button>");

    @Override
    public void mount(HTMLElement app) {
        Model shared = new Model(Attributes.of("changes", 0));
        new ControlsView(app, shared).render();
    }

    /** The page's controls; owns the parent view as its child. */
    static final class ControlsView extends View<Model> {
        private final Model shared;
        private ParentView parent;
        private final List<HTMLElement> childButtons = new ArrayList<>();

        ControlsView(HTMLElement app, Model shared) {
            super(shared, new ViewOptions().el(app));
            this.shared = shared;
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onClick("#remove-parent", (event, button) -> {
                        parent.remove();
                        Log.line("parent removed");
                        showListeners();
                    })
                    .onClick("#change-model", (event, button) -> {
                        Log.line("model changed");
                        model().set("changes", (Integer) model().get("changes") + 1);
                    })
                    .onClick("#poke", (event, button) -> {
                        Log.line("poked");
                        for (HTMLElement childButton : childButtons) {
                            childButton.click();
                        }
                    });
        }

        @Override
        public ControlsView render() {
            removeChildren();
            el().clear().appendChild(CONTROLS.render(null));
            parent = addChild(new ParentView(shared));
            $("#parent-slot").appendChild(parent.render().el());
            childButtons.clear();
            childButtons.addAll(parent.$$(".child-button"));
            showListeners();
            return this;
        }

        private void showListeners() {
            Log.show("listeners", shared.listenerCount());
        }
    }

    static final class ParentView extends View<Model> {
        ParentView(Model shared) {
            super(shared, new ViewOptions().tagName("ul").className("parent"));
            listenTo(shared, "change", e -> Log.line("parent heard change"));
        }

        @Override
        public ParentView render() {
            removeChildren();
            el().clear();
            for (int i = 1; i <= 3; i++) {
                el().appendChild(addChild(new ChildView(model(), i)).render().el());
            }
            return this;
        }
    }

    static final class ChildView extends View<Model> {
        private final int number;

        ChildView(Model shared, int number) {
            super(shared, new ViewOptions().tagName("li").className("child"));
            this.number = number;
            listenTo(shared, "change", e -> Log.line("child " + this.number + " heard change"));
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onClick(".child-button", (event, button) -> Log.line("child " + number + " clicked"));
        }

        @Override
        public ChildView render() {
            el().clear().appendChild(CHILD.render(Attributes.of("name", "child " + number)));
            return this;
        }
    }
}
