package io.backbonejava.browsertests;

import io.backbonejava.Attributes;
import io.backbonejava.DomEvents;
import io.backbonejava.Model;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * A form view whose events map covers the delegation cases: {@code focus} and {@code blur} (which do not
 * bubble), a click on an element inside the matched button, and keys in an input. Each handler logs a line.
 */
final class ViewEventsScenario implements Scenario {
    private static final Template FORM = Template.of(
            "<label for=\"first\">First</label> <input id=\"first\" class=\"field\"> "
            + "<input id=\"second\" class=\"field\"> "
            + "<button class=\"save\" type=\"button\"><span class=\"icon\">*</span> Save</button>"
            + "<p class=\"greeting\">{{greeting}}</p>");

    @Override
    public void mount(HTMLElement app) {
        app.appendChild(new FormView(new Model(Attributes.of("greeting", "<b>hello</b>"))).render().el());
    }

    static final class FormView extends View<Model> {
        FormView(Model model) {
            super(model, new ViewOptions().className("form"));
        }

        @Override
        protected DomEvents events() {
            return new DomEvents()
                    .onFocus(".field", (event, input) -> Log.line("focus " + input.getId()))
                    .onBlur(".field", (event, input) -> Log.line("blur " + input.getId()))
                    .onClick(".save", (event, button) -> Log.line("click " + button.getClassName()))
                    .onKeyDown(".field", (KeyboardEvent event, HTMLInputElement input) ->
                            Log.line("keydown " + event.getKey() + " in " + input.getId()));
        }

        @Override
        public FormView render() {
            el().clear().appendChild(FORM.render(model().attributes()));
            return this;
        }
    }
}
