package io.backbonejava;

import static io.backbonejava.Dom.document;
import static io.backbonejava.Dom.fire;
import static io.backbonejava.Dom.fireKey;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import org.teavm.jso.dom.xml.DocumentFragment;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/**
 * Every public entry point of the view side (View, ViewOptions, DomEvents, DomHandler, DomListener, Form,
 * Template, Html, Router, History), called once with the types a user would write and checked for one result,
 * in Chromium. It is {@link PublicApiTest}'s companion: a changed signature breaks this file's compilation, and
 * the lines read as the code a user writes, with no cast, witness or {@code .name()} on a library value.
 * History runs on the fakes of the location seam, so the test page's own address is never changed.
 */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class ViewPublicApiTest {
    static final class Note extends Model {
        static final Attribute<String> TEXT = Attribute.string("text");
        static final Attribute<Integer> STARS = Attribute.integer("stars");

        Note(Map<String, ?> attributes) {
            super(attributes);
        }

        Note(Map<String, ?> attributes, Options options) {
            super(attributes, options);
        }

        @Override
        protected ValidationError validate(Candidate attrs, Options options) {
            return attrs.get(TEXT) == null || attrs.get(TEXT).isEmpty() ? ValidationError.of(TEXT, "Say something")
                    : null;
        }
    }

    static final Template ITEM = Template.of("<span class=\"text\">{{text}}</span>"
            + "<input class=\"edit\"><select class=\"kind\"><option value=\"a\">A</option></select>"
            + "<textarea class=\"more\"></textarea><button class=\"go\">Go</button>"
            + "<p data-error-for=\"text\"></p><div data-form-errors></div>");

    static final class NoteView extends View<Note> {
        final List<String> heard;

        NoteView(Note note) {
            this(note, new ArrayList<>());
        }

        private NoteView(Note note, List<String> heard) {
            super(note, new ViewOptions().tagName("li").className("note").id("n1")
                    .attributes(Attributes.of("title", "a note"))
                    .events(new DomEvents()
                            .onClick(".go", (MouseEvent event, HTMLButtonElement button) ->
                                    heard.add("click " + button.getTagName()))
                            .onDblClick(".text", (event, span) -> heard.add("dblclick"))
                            .onKeyDown(".edit", (KeyboardEvent event, HTMLInputElement input) ->
                                    heard.add("keydown " + event.getKey()))
                            .onKeyUp(".edit", (event, input) -> heard.add("keyup"))
                            .onInput(".more", (event, area) -> heard.add("input"))
                            .onChange(".kind", (event, select) -> heard.add("change"))
                            .onSubmit(".go", (event, button) -> heard.add("submit"))
                            .onFocus(".edit", (event, input) -> heard.add("focus"))
                            .onBlur(".edit", (event, input) -> heard.add("blur"))
                            .on("mouseover .text", (event, element) -> heard.add("mouseover"))
                            .on("custom", ".text", (Event event, HTMLElement element) -> heard.add("custom"))));
            this.heard = heard;
        }

        @Override
        public NoteView render() {
            el().appendChild(ITEM.render(model().attributes()));
            return this;
        }
    }

    private final List<View<?>> views = new ArrayList<>();

    @After
    public void tearDown() {
        for (View<?> view : views) {
            view.remove();
        }
        History.setInstance(null);
    }

    private <V extends View<?>> V shown(V view) {
        views.add(view);
        document().getBody().appendChild(view.el());
        return view;
    }

    @Test
    public void viewsAndTheirElements() {
        Note note = new Note(Attributes.of(Note.TEXT, "<b>hi</b>", Note.STARS, 3));
        NoteView view = shown(new NoteView(note)).render();

        assertTrue(view.cid().startsWith("view"));
        assertSame(note, view.model());
        assertNull(view.collection());
        assertEquals("LI", view.el().getTagName());
        assertEquals("note", view.el().getClassName());
        assertEquals("n1", view.el().getId());
        assertEquals("a note", view.el().getAttribute("title"));
        assertEquals("<b>hi</b>", view.$(".text").getTextContent());
        assertEquals(1, view.$$("span").size());
        HTMLInputElement edit = view.$input(".edit");
        HTMLSelectElement kind = view.$select(".kind");
        HTMLTextAreaElement more = view.$textArea(".more");
        HTMLButtonElement go = view.$button(".go");
        assertEquals("a", kind.getValue());
        assertEquals("", more.getValue());

        go.click();
        fire(view.$(".text"), "dblclick");
        fireKey(edit, "keydown", "Enter");
        fireKey(edit, "keyup", "Enter");
        fire(more, "input");
        fire(kind, "change");
        fire(go, "submit");
        fire(edit, "focusin"); // what the browser fires with focus, and what a delegated focus listens to
        fire(edit, "focusout");
        fire(view.$(".text"), "mouseover");
        fire(view.$(".text"), "custom");
        assertEquals(Arrays.asList("click BUTTON", "dblclick", "keydown Enter", "keyup", "input", "change",
                "submit", "focus", "blur", "mouseover", "custom"), view.heard);

        // Delegation by hand, and taking it away again.
        List<String> extra = new ArrayList<>();
        DomHandler<MouseEvent, HTMLButtonElement> onGo = (event, button) -> extra.add("go");
        DomListener anywhere = (event, element) -> extra.add("anywhere " + element.getTagName());
        view.delegate("click", ".go", onGo).delegate("click", anywhere);
        go.click();
        view.undelegate("click", ".go", onGo);
        go.click();
        view.undelegate("click");
        go.click();
        assertEquals(Arrays.asList("go", "anywhere LI", "anywhere LI"), extra);
        view.heard.clear();
        view.undelegateEvents();
        go.click();
        assertTrue(view.heard.isEmpty());
        view.delegateEvents();
        go.click();
        assertEquals(Arrays.asList("click BUTTON"), view.heard);
        view.delegateEvents(new DomEvents().onClick(".text", (event, span) -> view.heard.add("text")));
        view.$(".text").click();
        assertEquals(Arrays.asList("click BUTTON", "text"), view.heard);

        // Children go with their parent.
        Collection<Note> notes = new Collection<>(Note::new);
        View<Note> list = shown(new View<>(notes, new ViewOptions().tagName("ul")));
        assertSame(notes, list.collection());
        NoteView child = list.addChild(new NoteView(note));
        assertEquals(Arrays.asList(child), list.children());
        list.removeChildren();
        assertTrue(list.children().isEmpty());
        View<Note> both = new View<>(note, notes, new ViewOptions());
        assertSame(note, both.model());
        assertSame(notes, both.collection());
        View<Model> plain = new View<>();
        View<Model> fromOptions = new View<>(new ViewOptions().el(document().createElement("section")));
        assertEquals("DIV", plain.el().getTagName());
        assertEquals("SECTION", fromOptions.el().getTagName());
        HTMLElement other = document().createElement("article");
        assertSame(other, plain.setElement(other).el());
        assertSame(plain, plain.render());
        assertSame(plain, plain.remove());
    }

    @Test
    public void templatesAndMarkup() {
        DocumentFragment fragment = Template.of("<i>{{x}}</i><b>{{y}}</b>")
                .render(Attributes.of("x", "<x>", "y", Html.raw("<u>y</u>")));
        HTMLElement holder = document().createElement("div");
        holder.appendChild(fragment);
        assertEquals("<i>&lt;x&gt;</i><b><u>y</u></b>", holder.getInnerHTML());
        assertTrue(Template.of("<p></p>").toString().contains("<p>"));
        HTMLElement row = Template.of("<tr><td>{{x}}</td></tr>").renderElement(Attributes.of("x", "<x>"));
        assertEquals("<td>&lt;x&gt;</td>", row.getInnerHTML());

        assertEquals("&lt;a href=&quot;x&quot;&gt;", Html.escape("<a href=\"x\">"));
        assertEquals(Html.UNSAFE_URL, Html.safeUrl("javascript:alert(1)"));
        assertEquals("https://example.com/", Html.safeUrl("https://example.com/"));
        HTMLElement span = Html.text(document().createElement("span"), "<i>");
        assertEquals("<i>", span.getTextContent());
        HTMLElement link = Html.attr(document().createElement("a"), "title", "t");
        assertEquals("t", link.getAttribute("title"));
        HTMLElement div = Html.html(document().createElement("div"), Html.raw("<em>e</em>"));
        assertEquals("<em>e</em>", div.getInnerHTML());
        assertEquals("<em>e</em>", Html.raw("<em>e</em>").toString());
        assertEquals(Html.raw("a"), Html.raw("a"));
        assertEquals(Html.raw("a").hashCode(), Html.raw("a").hashCode());
    }

    @Test
    public void formsBoundToModels() {
        Note note = new Note(Attributes.of(Note.TEXT, "first", Note.STARS, 1));
        List<String> methods = new ArrayList<>();
        note.sync((method, target, options) -> {
            methods.add(method);
            options.success().handle(target, null, options);
            return options.request();
        });
        NoteView view = shown(new NoteView(note)).render();
        List<Note> saved = new ArrayList<>();
        Form<Note> form = new Form<>(view)
                .bind(".edit", Note.TEXT)
                .bind(".more", Note.TEXT, Form.Update.ON_CHANGE)
                .onLeave(Form.Leave.KEEP)
                .onSaved(saved::add);
        HTMLInputElement edit = view.$input(".edit");
        assertEquals("first", edit.getValue());
        assertFalse(form.hasUnsavedChanges());

        Browser.setValue(edit, "second");
        fire(edit, "input");
        assertEquals("second", note.get(Note.TEXT));
        assertTrue(form.hasUnsavedChanges());
        form.revert();
        assertEquals("first", note.get(Note.TEXT));

        Browser.setValue(edit, "third");
        fire(edit, "input");
        Request request = form.save();
        assertTrue(request.isResolved());
        assertFalse(form.isSaving());
        assertEquals(Arrays.asList(note), saved);
        assertEquals(Arrays.asList("create"), methods);

        form.showErrors(ValidationError.of(Note.TEXT, "Too short"));
        assertEquals("Too short", view.$("[data-error-for=text]").getTextContent());
        form.showErrors(null);
        assertEquals("", view.$("[data-error-for=text]").getTextContent());
        form.dispose();
        Browser.setValue(edit, "ignored");
        fire(edit, "input");
        assertEquals("third", note.get(Note.TEXT));
    }

    @Test
    public void routersAndHistory() {
        FakeLocation location = new FakeLocation("http://example.com/app/");
        FakeSessionHistory session = new FakeSessionHistory(location);
        History history = new History(location, session, new FakeWindowEvents());
        History.setInstance(history);
        assertSame(history, History.instance());

        List<String> routed = new ArrayList<>();
        Router router = new Router(new Router.Routes()
                .add("notes/:id", "note", args -> routed.add("note " + args.get(0)))
                .add("about", args -> routed.add("about")));
        RouteMatcher plain = fragment -> "plain".equals(fragment) ? new ArrayList<>() : null;
        assertSame(router, router.route("x/:y", "xy", args -> routed.add("xy " + args.get(0)))
                .route(plain, "plain", args -> routed.add("plain")));
        assertEquals("note", new Router.Routes().add("notes/:id", "note", args -> { }).names().get("notes/:id"));

        assertFalse(History.started());
        // No route matches the root itself, so starting loads nothing.
        assertFalse(history.start(new History.StartOptions().root("/app/").pushState(true).hashChange(true)
                .silent(false).trailingSlash(false)));
        assertTrue(History.started());
        assertEquals("/app/", history.root());
        assertTrue(history.atRoot());
        assertTrue(history.matchRoot());
        router.navigate("notes/7", new History.NavigateOptions().trigger(true).replace(false));
        assertEquals("notes/7", history.fragment());
        assertEquals("notes/7", history.getFragment());
        assertEquals("notes/7", history.getPath());
        assertEquals("", history.getSearch());
        assertEquals("", history.getHash());
        assertEquals("a b", history.decodeFragment("a%20b"));
        assertEquals("x", history.getFragment("#x"));
        router.navigate("about");
        assertTrue(history.navigate("x/9", new History.NavigateOptions().trigger(true)));
        assertFalse(history.navigate("x/9"));
        assertTrue(history.loadUrl("plain"));
        assertTrue(history.loadUrl());
        assertFalse(history.loadUrl("nowhere"));
        List<String> missed = new ArrayList<>();
        history.on("notfound", e -> missed.add("notfound"));
        assertFalse(history.notfound());
        history.route(fragment -> "late".equals(fragment) ? new ArrayList<>() : null,
                fragment -> routed.add("late " + fragment));
        history.navigate("late", new History.NavigateOptions().trigger(true));
        history.checkUrl();
        assertEquals(Arrays.asList("note 7", "xy 9", "plain", "xy 9", "late late"), routed);
        assertEquals(Arrays.asList("notfound"), missed);
        assertNotNull(new History.StartOptions().pushState(true).pushState());
        assertNull(new History.NavigateOptions().trigger());
        history.stop();
        assertFalse(History.started());
        FakeLocation hashed = new FakeLocation("http://example.com/#about");
        History again = new History(hashed, new FakeSessionHistory(hashed), new FakeWindowEvents());
        History.setInstance(again);
        assertFalse(again.start());
        assertEquals("about", again.fragment());
        again.stop();
    }
}
