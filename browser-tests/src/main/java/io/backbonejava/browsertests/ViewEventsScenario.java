package io.backbonejava.browsertests;

import io.backbonejava.Attributes;
import io.backbonejava.DomListener;
import io.backbonejava.Model;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.Map;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

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

    static final class FormView extends View {
        FormView(Model model) {
            super(new ViewOptions().model(model).className("form"));
        }

        @Override
        protected Map<String, DomListener> events() {
            return Map.of(
                    "focus .field", (event, input) -> Log.line("focus " + input.getId()),
                    "blur .field", (event, input) -> Log.line("blur " + input.getId()),
                    "click .save", (event, button) -> Log.line("click " + button.getClassName()),
                    "keydown .field", (event, input) ->
                            Log.line("keydown " + ((KeyboardEvent) event).getKey() + " in " + input.getId()));
        }

        @Override
        public FormView render() {
            el().clear().appendChild(FORM.render(model().attributes()));
            return this;
        }
    }
}
