package io.backbonejava.browsertests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A view's events map, delegated on its element, in real browsers (scenario {@code /view-events}). */
class ViewEventsBrowserTest extends BrowserTestBase {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void focusAndBlurAreDelegatedAlthoughTheyDoNotBubble(Engine engine) {
        try (Page page = open(engine, "/view-events")) {
            page.click("#first");
            page.click("#second");

            assertEquals(List.of("focus first", "blur first", "focus second"), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aClickOnAnElementInsideTheMatchedOneReachesItsHandler(Engine engine) {
        try (Page page = open(engine, "/view-events")) {
            page.click(".save .icon");

            assertEquals(List.of("click save"), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void keysInAnInputReachItsHandler(Engine engine) {
        try (Page page = open(engine, "/view-events")) {
            page.type("#second", "x");

            assertEquals(List.of("focus second", "keydown x in second"), page.log());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void userDataInTheTemplateShowsAsText(Engine engine) {
        try (Page page = open(engine, "/view-events")) {
            assertEquals("<b>hello</b>", page.text(".greeting"));
            assertEquals(0, page.count(".greeting b"));
        }
    }
}
