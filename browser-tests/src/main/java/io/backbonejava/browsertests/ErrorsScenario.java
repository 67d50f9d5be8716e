package io.backbonejava.browsertests;

import io.backbonejava.DomEvents;
import io.backbonejava.Model;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Buttons that make the page report an error, so the harness can show that it notices: one writes to
 * {@code console.error}, one throws from an event handler.
 */
final class ErrorsScenario implements Scenario {
    private static final Template BUTTONS = Template.of(
            "<button id=\"console-error\" type=\"button\">console.error</button> "
            + "<button id=\"throw\" type=\"button\">throw</button>");

    @Override
    public void mount(HTMLElement app) {
        View<Model> view = new View<>(new ViewOptions().el(app).events(new DomEvents()
                .onClick("#console-error", (event, button) -> consoleError("deliberate console error"))
                .onClick("#throw", (event, button) -> {
                    throw new IllegalStateException("deliberate exception");
                })));
        view.el().appendChild(BUTTONS.render(null));
    }

    @JSBody(params = "message", script = "console.error(message);")
    private static native void consoleError(String message);
}
