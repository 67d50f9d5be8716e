package io.backbonejava;

import static io.backbonejava.Dom.append;
import static io.backbonejava.Dom.document;
import static io.backbonejava.Dom.element;
import static io.backbonejava.Dom.fire;
import static io.backbonejava.Dom.fireMouse;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLFormElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/** How delegated events find their element, beyond what upstream's view.js covers. */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class ViewDelegationTest {
    private HTMLElement root;
    private HTMLElement item;
    private HTMLElement icon;
    private HTMLElement first;
    private HTMLElement second;
    private final List<String> log = new ArrayList<>();

    @Before
    public void setUp() {
        // <div class="outer"><div id="root"><div class="item"><button class="toggle"><i></i></button>
        //   <input class="edit first"><input class="edit second"></div></div></div>
        icon = element("i", "x");
        first = element("input", null);
        first.setClassName("edit first");
        second = element("input", null);
        second.setClassName("edit second");
        HTMLElement toggle = append(element("button", null), icon);
        toggle.setClassName("toggle");
        item = append(element("div", null), toggle, first, second);
        item.setClassName("item");
        root = append(element("div", null), item);
        HTMLElement outer = append(element("div", null), root);
        outer.setClassName("outer");
        document().getBody().appendChild(outer);
    }

    @After
    public void tearDown() {
        Dom.detach((HTMLElement) root.getParentNode());
    }

    private View<Model> view(DomEvents events) {
        return new View<>(new ViewOptions().el(root).events(events));
    }

    @Test
    public void aClickInsideAMatchedElementCountsWithTheMatchedElement() {
        List<HTMLElement> matched = new ArrayList<>();
        view(new DomEvents().on("click .toggle", (e, toggle) -> matched.add(toggle)));

        icon.click();

        assertEquals(1, matched.size());
        assertSame(root.querySelector(".toggle"), matched.get(0));
    }

    @Test
    public void matchesStopAtTheViewsElement() {
        int[] count = {0};
        view(new DomEvents().on("click .outer", (e, el) -> count[0]++).on("click div", (e, el) -> log.add("div")));

        icon.click();

        assertEquals("the ancestor outside the view does not count", 0, count[0]);
        assertEquals("only .item is a div inside the view", List.of("div"), log);
    }

    @Test
    public void deepestMatchesRunFirstThenTheElementsOwn() {
        view(new DomEvents()
                .on("click", (e, el) -> log.add("root"))
                .on("click .item", (e, el) -> log.add("item"))
                .on("click .toggle", (e, el) -> log.add("toggle")));

        icon.click();

        assertEquals(List.of("toggle", "item", "root"), log);
    }

    @Test
    public void focusAndBlurAreDelegatedThroughFocusinAndFocusout() {
        view(new DomEvents()
                .onFocus(".edit", (e, input) -> log.add("focus " + input.getClassName()))
                .onBlur(".edit", (e, input) -> log.add("blur " + input.getClassName())));

        first.focus();
        second.focus();

        assertEquals(List.of("focus edit first", "blur edit first", "focus edit second"), log);
    }

    @Test
    public void focusWithoutSelectorListensOnTheElementItself() {
        root.setTabIndex(0);
        view(new DomEvents().onFocus(null, (e, el) -> log.add("root focus")));

        first.focus();
        root.focus();

        assertEquals(List.of("root focus"), log);
    }

    @Test
    public void mouseenterFiresOnlyWhenThePointerComesFromOutside() {
        view(new DomEvents()
                .on("mouseenter .item", (e, el) -> log.add("enter"))
                .on("mouseleave", ".item", (MouseEvent e, HTMLElement el) -> log.add("leave")));

        fireMouse(icon, "mouseover", root);      // from outside .item: enters
        fireMouse(first, "mouseover", icon);     // moving inside .item: nothing
        fireMouse(first, "mouseout", second);    // still inside: nothing
        fireMouse(second, "mouseout", root);     // out of .item: leaves

        assertEquals(List.of("enter", "leave"), log);
    }

    @Test
    public void viewsOnOneElementRemoveOnlyTheirOwnListeners() {
        View<Model> a = view(new DomEvents().on("click .toggle", (e, el) -> log.add("a")));
        View<Model> b = view(new DomEvents().on("click .toggle", (e, el) -> log.add("b")));

        icon.click();
        a.undelegateEvents();
        icon.click();
        a.delegateEvents();
        a.delegateEvents();
        b.remove();
        icon.click();

        assertEquals(List.of("a", "b", "b", "a"), log);
    }

    @Test
    public void aHandlerRemovedByAnEarlierOneDoesNotRun() {
        List<View<Model>> holder = new ArrayList<>();
        holder.add(view(new DomEvents()
                .on("click .toggle", (e, el) -> {
                    log.add("toggle");
                    holder.get(0).undelegateEvents();
                })
                .on("click", (e, el) -> log.add("root"))));

        icon.click();
        icon.click();

        assertEquals(List.of("toggle"), log);
    }

    @Test
    public void severalSpaceSeparatedEventsShareOneListener() {
        View<Model> view = new View<>(new ViewOptions().el(root));
        view.delegate("click dblclick", ".toggle", (e, el) -> log.add(e.getType()));

        icon.click();
        fire(icon, "dblclick");
        view.undelegate("click");
        icon.click();
        fire(icon, "dblclick");

        assertEquals(List.of("click", "dblclick", "dblclick"), log);
    }

    @Test
    public void undelegatingOneOfThreeEventTypesKeepsTheOthersUntilAllAreRemoved() {
        View<Model> view = new View<>(new ViewOptions().el(root));
        view.delegate("click", ".toggle", (e, el) -> log.add("click"));
        view.delegate("dblclick", ".toggle", (e, el) -> log.add("dblclick"));
        view.delegate("keyup", ".edit", (e, el) -> log.add("keyup"));

        view.undelegate("dblclick");
        icon.click();
        fire(icon, "dblclick");
        fire(first, "keyup");
        view.undelegateEvents();
        icon.click();
        fire(first, "keyup");
        view.delegate("keyup", ".edit", (e, el) -> log.add("keyup again"));
        fire(second, "keyup");

        assertEquals(List.of("click", "keyup", "keyup again"), log);
    }

    @Test
    public void eventsMapKeysWithExtraSpacesWorkForEveryViewThatUsesThem() {
        DomEvents events = new DomEvents()
                .on("  click   .toggle ", (e, el) -> log.add("toggle " + el.getTagName()))
                .on("keyup", (e, el) -> log.add("root " + el.getId()));
        root.setId("root");
        view(events);
        view(events).undelegateEvents();
        view(events);

        icon.click();
        fire(first, "keyup");

        assertEquals(List.of("toggle BUTTON", "toggle BUTTON", "root root", "root root"), log);
    }

    @Test
    public void typedEntriesGiveTheEventAndTheElementAsTheirOwnTypes() {
        List<String> seen = new ArrayList<>();
        View<Model> view = view(new DomEvents()
                .onClick(".toggle", (MouseEvent e, HTMLButtonElement button) -> seen.add("click " + button.getType()))
                .onDblClick(".toggle", (e, button) -> seen.add("dblclick " + e.getDetail()))
                .onKeyDown(".edit", (KeyboardEvent e, HTMLInputElement field) ->
                        seen.add(e.getKey() + " " + field.getValue()))
                .onKeyUp(".edit", (KeyboardEvent e, HTMLInputElement field) -> seen.add("up " + e.getKey()))
                .onInput(".edit", (Event e, HTMLInputElement field) -> seen.add("input " + field.getValue()))
                .onChange(".edit", (Event e, HTMLInputElement field) -> seen.add("change " + field.getValue())));
        HTMLInputElement field = view.$input(".first");
        field.setValue("Walk");

        icon.click();
        Dom.fireMouseDetail(icon, "dblclick", 2);
        Dom.fireKey(field, "keydown", "Enter");
        Dom.fireKey(field, "keyup", "Enter");
        fire(field, "input");
        fire(field, "change");

        assertEquals(List.of("click submit", "dblclick 2", "Enter Walk", "up Enter", "input Walk", "change Walk"),
                seen);
    }

    @Test
    public void submitIsDelegatedWithTheForm() {
        HTMLElement form = append(element("form", null), element("button", "Go"));
        form.setClassName("search");
        root.appendChild(form);
        List<String> seen = new ArrayList<>();
        view(new DomEvents().onSubmit(".search", (Event e, HTMLFormElement submitted) -> {
            e.preventDefault();
            seen.add(submitted.getClassName());
        }));

        Dom.fire(form, "submit");

        assertEquals(List.of("search"), seen);
    }

    @Test
    public void entriesKeepTheirOrderAndATypedHandlerCanBeUndelegated() {
        DomHandler<MouseEvent, HTMLElement> typed = (e, toggle) -> log.add("typed");
        View<Model> view = view(new DomEvents()
                .onClick(".toggle", typed)
                .on("click .toggle", (e, el) -> log.add("string"))
                .onClick(".toggle", null));

        icon.click();
        view.undelegate("click", ".toggle", typed);
        icon.click();

        assertEquals(List.of("typed", "string", "string"), log);
    }
}
