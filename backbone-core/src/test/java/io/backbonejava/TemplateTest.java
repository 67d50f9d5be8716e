package io.backbonejava;

import static io.backbonejava.Dom.document;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.DocumentFragment;
import org.teavm.junit.SkipJVM;
import org.teavm.junit.TeaVMTestRunner;

/** What a {@link Template} renders, placeholder kind by placeholder kind. */
@RunWith(TeaVMTestRunner.class)
@SkipJVM
public class TemplateTest {

    private static HTMLElement rendered(DocumentFragment fragment) {
        HTMLElement holder = document().createElement("div");
        holder.appendChild(fragment);
        return holder;
    }

    @Test
    public void textPlaceholdersMixWithLiteralText() {
        Template template = Template.of("<p>Hello, {{ name }}! You have {{count}} todos{{none}}.</p>");

        HTMLElement out = rendered(template.render(Attributes.of("name", "Ada", "count", 3)));

        assertEquals("<p>Hello, Ada! You have 3 todos.</p>", out.getInnerHTML());
    }

    @Test
    public void numbersAndBooleansPrintAsJavaScriptDoes() {
        Template template = Template.of("<i>{{a}}</i><i>{{b}}</i><i>{{c}}</i><i>{{d}}</i>");

        HTMLElement out = rendered(template.render(Attributes.of("a", 2.0, "b", 2.5, "c", true, "d", null)));

        assertEquals("<i>2</i><i>2.5</i><i>true</i><i></i>", out.getInnerHTML());
    }

    @Test
    public void aWholeValuePlaceholderTogglesBooleanAttributes() {
        Template template = Template.of("<input type=\"checkbox\" checked=\"{{done}}\" title=\"{{title}}\">");

        HTMLElement done = rendered(template.render(Attributes.of("done", true, "title", "t")));
        HTMLElement open = rendered(template.render(Attributes.of("done", false)));

        assertTrue(done.querySelector("input").hasAttribute("checked"));
        assertEquals("t", done.querySelector("input").getAttribute("title"));
        assertFalse(open.querySelector("input").hasAttribute("checked"));
        assertFalse("a missing value removes the attribute", open.querySelector("input").hasAttribute("title"));
    }

    @Test
    public void attributeValuesMixLiteralsAndPlaceholders() {
        Template template = Template.of("<li class=\"todo {{state}}\" data-id=\"{{id}}-{{cid}}\"></li>");

        HTMLElement out = rendered(template.render(Attributes.of("state", "completed", "id", 7)));

        assertEquals("todo completed", out.querySelector("li").getClassName());
        assertEquals("7-", out.querySelector("li").getAttribute("data-id"));
    }

    @Test
    public void anAttributeValueIsReadPlaceholderByPlaceholderAndAnUnclosedOneIsRefused() {
        // An opener inside a placeholder belongs to its name; the next piece starts after the closer.
        Template nested = Template.of("<p title=\"{{a{{b}}:{{c}}!\"></p>");
        HTMLElement out = rendered(nested.render(Attributes.of("a{{b", "x", "c", "y")));
        assertEquals("x:y!", out.querySelector("p").getAttribute("title"));

        try {
            Template.of("<p title=\"{{a}} and {{b\"></p>");
            throw new AssertionError("accepted an unclosed placeholder");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("unclosed"));
        }
    }

    @Test
    public void rawHtmlValuesAreInsertedAsMarkupAndNothingElseIs() {
        Template template = Template.of("<div>{{trusted}}|{{plain}}</div>");

        HTMLElement out = rendered(template.render(Attributes.of(
                "trusted", Html.raw("<b>bold</b> <i>it</i>"), "plain", "<b>not bold</b>")));

        assertEquals("<div><b>bold</b> <i>it</i>|&lt;b&gt;not bold&lt;/b&gt;</div>", out.getInnerHTML());
    }

    @Test
    public void tableRowsKeepTheirCells() {
        Template template = Template.of("<td>{{name}}</td><td class=\"age\">{{age}}</td>");
        HTMLElement row = document().createElement("tr");

        row.appendChild(template.render(Attributes.of("name", "Ada", "age", 36)));

        assertEquals(2, row.getChildren().getLength());
        assertEquals("36", row.querySelector(".age").getTextContent());
    }

    @Test
    public void textareaAndTitleContentAreFilledAsText() {
        Template template = Template.of("<textarea>{{body}}</textarea>");

        HTMLElement out = rendered(template.render(Attributes.of("body", "</textarea><b>x</b>")));

        assertEquals("</textarea><b>x</b>", out.querySelector("textarea").getTextContent());
        assertEquals(1, out.getChildren().getLength());
    }

    @Test
    public void eachRenderMakesNewNodesAndLeavesTheTemplateUnchanged() {
        Template template = Template.of("<span>{{v}}</span>");
        Map<String, Object> values = new HashMap<>();
        values.put("v", Html.raw("<b>1</b>"));

        HTMLElement one = rendered(template.render(values));
        HTMLElement two = rendered(template.render(Attributes.of("v", "2")));

        assertEquals("<span><b>1</b></span>", one.getInnerHTML());
        assertEquals("<span>2</span>", two.getInnerHTML());
        assertNotSame(one.querySelector("span"), two.querySelector("span"));
        assertEquals("<span>{{v}}</span>", template.toString());
    }

    @Test
    public void placeholdersInCommentsAreLeftAlone() {
        HTMLElement out = rendered(Template.of("<!-- {{v}} --><p>{{v}}</p>").render(Attributes.of("v", "x")));

        assertEquals("<!-- {{v}} --><p>x</p>", out.getInnerHTML());
    }

    @Test
    public void theCopyKeptForRenderingHoldsNoPlaceholderAttributeForThePageToLoad() {
        Template template = Template.of("<img class=\"pic {{kind}}\" alt=\"x\" src=\"{{src}}\"><a href=\"{{href}}\">{{t}}</a>");
        HTMLElement kept = document().createElement("div");
        kept.appendChild(template.prototype().cloneNode(true));
        assertFalse(kept.getInnerHTML(), kept.getInnerHTML().contains("{{"));
        assertEquals("x", ((HTMLElement) kept.querySelector("img")).getAttribute("alt"));

        HTMLElement first = rendered(template.render(Attributes.of("kind", "big", "src", "a.png", "href", "/a", "t", "A")));
        HTMLElement second = rendered(template.render(Attributes.of("kind", "small", "t", "B")));
        HTMLElement img = (HTMLElement) first.querySelector("img");
        assertEquals("pic big", img.getAttribute("class"));
        assertEquals("a.png", img.getAttribute("src"));
        assertEquals("x", img.getAttribute("alt"));
        assertEquals("/a", ((HTMLElement) first.querySelector("a")).getAttribute("href"));
        assertEquals("pic small", ((HTMLElement) second.querySelector("img")).getAttribute("class"));
        assertFalse(((HTMLElement) second.querySelector("img")).hasAttribute("src"));
        assertFalse(((HTMLElement) second.querySelector("a")).hasAttribute("href"));
        assertEquals("B", second.querySelector("a").getTextContent());
    }

    @Test
    public void renderElementReturnsTheOneElementFilledLikeRender() {
        Template template = Template.of("<tr class=\"row {{kind}}\"><td>{{id}}</td><td><a>{{label}}</a></td></tr>");

        HTMLElement first = template.renderElement(Attributes.of("kind", "odd", "id", 7, "label", "<b>x</b>"));
        HTMLElement second = template.renderElement(Attributes.of("id", 8));

        assertEquals("tr", first.getLocalName());
        assertEquals(null, first.getParentNode());
        assertEquals("row odd", first.getAttribute("class"));
        assertEquals("<td>7</td><td><a>&lt;b&gt;x&lt;/b&gt;</a></td>", first.getInnerHTML());
        assertNotSame(first, second);
        assertEquals("row ", second.getAttribute("class"));
        assertEquals("<td>8</td><td><a></a></td>", second.getInnerHTML());
        assertFalse("the kept copy is untouched", template.prototype().getFirstChild().getTextContent().contains("7"));
    }

    @Test
    public void renderElementRefusesASourceOfMoreThanOneElement() {
        for (String source : new String[] {"<td>{{a}}</td><td></td>", " <p>{{a}}</p>", "text {{a}}", ""}) {
            Template template = Template.of(source);
            try {
                template.renderElement(Attributes.of("a", 1));
                throw new AssertionError("rendered " + source);
            } catch (IllegalStateException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains("one element"));
            }
        }
    }
}
