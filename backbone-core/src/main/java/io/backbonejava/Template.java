package io.backbonejava;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Attr;
import org.teavm.jso.dom.xml.DocumentFragment;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NamedNodeMap;
import org.teavm.jso.dom.xml.Node;

/**
 * A piece of HTML with {@code {{name}}} placeholders, filled from a map (such as a model's attributes) into fresh
 * DOM nodes: the Java stand-in for the Underscore templates Backbone views render with, except that every
 * placeholder escapes. Compile it once, render it as often as you like.
 *
 * <pre>{@code
 * static final Template ITEM = Template.of(
 *         "<div class=\"view {{state}}\">"
 *         + "<input class=\"toggle\" type=\"checkbox\" checked=\"{{completed}}\">"
 *         + "<label>{{title}}</label><a href=\"{{link}}\">more</a></div>");
 *
 * el().clear().appendChild(ITEM.render(todo.attributes()));   // or Attributes.of("title", ..., ...)
 * }</pre>
 *
 * <p>The source is parsed once by the browser, inertly (a {@code <template>} element), and placeholders are
 * found in the parsed tree, so each one knows its context without any string escaping:
 * <ul>
 *   <li>in text, a placeholder becomes a text node holding the value exactly as given; only a value made
 *       with {@link Html#raw} is inserted as markup;</li>
 *   <li>in an attribute value, the whole value is set with {@code setAttribute} as {@link Html#attr} does
 *       (URL attributes lose unsafe schemes such as {@code javascript:}); when the placeholder is the whole
 *       value, a boolean or null value adds or removes the attribute, as {@code checked="{{done}}"} wants;</li>
 *   <li>anywhere else (in a tag or attribute name, in {@code <script>} or {@code <style>}, in an event
 *       handler attribute or {@code srcdoc}) {@link #of} refuses the template.</li>
 * </ul>
 * A missing or null value renders as nothing; numbers and booleans in text render as JavaScript prints
 * them. Placeholders in comments and in nested {@code <template>} elements are left alone.
 */
public final class Template {
    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";

    private final String source;
    /**
     * The parsed tree, adopted by the page's document once: each render then copies it within one document,
     * which is cheaper than importing it from the inert document a {@code <template>} parses into.
     */
    private final DocumentFragment content;
    /** Where the placeholders are, in document order. */
    private final List<Part> parts = new ArrayList<>();

    private Template(String source) {
        this.source = source;
        HTMLElement template = HTMLDocument.current().createElement("template");
        template.setInnerHTML(source);
        DocumentFragment parsed = Browser.content(template);
        scan(parsed, new int[0]);
        content = HTMLDocument.current().importNode(parsed, true);
    }

    /**
     * Parses a template. Do it once, for example in a {@code static final} field, and render it many times.
     *
     * @param source the HTML, with {@code {{name}}} placeholders in text and attribute values
     * @return the template
     * @throws IllegalArgumentException when a placeholder is unclosed, empty, or where it would not be safe
     */
    public static Template of(String source) {
        if (source == null) {
            throw new IllegalArgumentException("source == null");
        }
        return new Template(source);
    }

    /**
     * Renders the template with values looked up by placeholder name.
     *
     * @param values names to values; null renders every placeholder empty
     * @return new nodes, owned by the page's document, ready to append
     */
    public DocumentFragment render(Map<String, ?> values) {
        DocumentFragment copy = (DocumentFragment) content.cloneNode(true);
        fill(copy, 0, values);
        return copy;
    }

    /**
     * Renders a template whose source is one element, and returns that element: a view can take it as its
     * own element ({@link View#createElement}), so that making a row is one copy of a parsed row, as
     * hand-written code clones a {@code <tr>}, rather than a new element with a fragment appended to it.
     *
     * <pre>{@code
     * static final Template ROW = Template.of("<tr><td>{{id}}</td><td><a class=\"lbl\">{{label}}</a></td></tr>");
     *
     * protected HTMLElement createElement(String tagName) {
     *     return ROW.renderElement(model().attributes());
     * }
     * }</pre>
     *
     * @param values names to values; null renders every placeholder empty
     * @return a new element, owned by the page's document, not yet in the page
     * @throws IllegalStateException when the source is not exactly one element, with nothing around it
     */
    public HTMLElement renderElement(Map<String, ?> values) {
        // Looked up here rather than kept: an app that never calls this method then carries none of it.
        Node root = content.getFirstChild();
        if (root == null || root.getNextSibling() != null || root.getNodeType() != Node.ELEMENT_NODE) {
            throw new IllegalStateException("Template: renderElement needs one element and nothing around it: "
                    + source);
        }
        HTMLElement copy = (HTMLElement) root.cloneNode(true);
        // The parts' paths start at the fragment, whose only child is the root: skip that first step.
        fill(copy, 1, values);
        return copy;
    }

    /** Fills every placeholder of a fresh copy, whose parts' paths start {@code skip} steps down. */
    private void fill(Node copy, int skip, Map<String, ?> values) {
        // Last to first: a placeholder that grows into several nodes then never shifts one still to fill.
        for (int i = parts.size() - 1; i >= 0; i--) {
            Part part = parts.get(i);
            part.fill(part.find(copy, skip), values);
        }
    }

    /** The parsed tree each render copies: for tests. */
    DocumentFragment prototype() {
        return content;
    }

    /** The source the template was made from. */
    @Override
    public String toString() {
        return source;
    }

    // Compiling

    /** Walks the parsed tree, recording each placeholder's path and turning text ones into empty slots. */
    private void scan(Node parent, int[] path) {
        int index = 0;
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                Element element = (Element) child;
                int[] childPath = append(path, index);
                scanAttributes(element, childPath);
                String tag = Html.asciiLowerCase(element.getTagName());
                if (tag.equals("script") || tag.equals("style")) {
                    if (element.getTextContent().contains(OPEN)) {
                        throw new IllegalArgumentException("Template: no placeholders inside <" + tag + ">");
                    }
                } else {
                    scan(element, childPath);
                }
                index++;
            } else if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().contains(OPEN)) {
                index = splitText(parent, child, path, index);
            } else {
                index++;
            }
            child = next;
        }
    }

    /** Replaces a text node by its literal pieces and one empty text node per placeholder. */
    private int splitText(Node parent, Node text, int[] path, int index) {
        String value = text.getNodeValue();
        int position = 0;
        while (position < value.length()) {
            int open = value.indexOf(OPEN, position);
            int end = open < 0 ? value.length() : open;
            if (end > position) {
                parent.insertBefore(text.getOwnerDocument().createTextNode(value.substring(position, end)), text);
                index++;
            }
            if (open < 0) {
                break;
            }
            int close = value.indexOf(CLOSE, open + OPEN.length());
            parent.insertBefore(text.getOwnerDocument().createTextNode(""), text);
            parts.add(new Part(append(path, index), null, new String[] {"", ""},
                    new String[] {placeholderName(value, open, close)}));
            index++;
            position = close + CLOSE.length();
        }
        parent.removeChild(text);
        return index;
    }

    private void scanAttributes(Element element, int[] path) {
        NamedNodeMap<Attr> attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = attributes.item(i);
            String name = attribute.getName();
            if (name.contains(OPEN) || name.contains(CLOSE)) {
                throw new IllegalArgumentException("Template: a placeholder must be in text or an attribute value: "
                        + name + " in <" + Html.asciiLowerCase(element.getTagName()) + ">");
            }
            String value = attribute.getValue();
            if (!value.contains(OPEN)) {
                continue;
            }
            Html.checkAttributeName(name);
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            int position = 0;
            int open = value.indexOf(OPEN);
            while (open >= 0) {
                int close = value.indexOf(CLOSE, open + OPEN.length());
                literals.add(value.substring(position, open));
                names.add(placeholderName(value, open, close));
                position = close + CLOSE.length();
                open = value.indexOf(OPEN, position);
            }
            literals.add(value.substring(position));
            parts.add(new Part(path, name, literals.toArray(new String[0]), names.toArray(new String[0])));
            // Every render sets it; left in the page's copy, an <img src="{{src}}"> would request "{{src}}".
            element.removeAttribute(name);
            i--;
        }
    }

    private static String placeholderName(String text, int open, int close) {
        if (close < 0) {
            throw new IllegalArgumentException("Template: unclosed {{ in \"" + text + "\"");
        }
        String name = text.substring(open + OPEN.length(), close).trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Template: empty {{}} in \"" + text + "\"");
        }
        return name;
    }

    private static int[] append(int[] path, int index) {
        int[] longer = new int[path.length + 1];
        System.arraycopy(path, 0, longer, 0, path.length);
        longer[path.length] = index;
        return longer;
    }

    /** One placeholder site: a text slot, or an attribute whose value mixes literals and placeholders. */
    private static final class Part {
        final int[] path;
        /** The attribute's name, or null for a text slot. */
        final String attribute;
        /** The literal text around the placeholders: always one more than {@link #names}. */
        final String[] literals;
        final String[] names;

        Part(int[] path, String attribute, String[] literals, String[] names) {
            this.path = path;
            this.attribute = attribute;
            this.literals = literals;
            this.names = names;
        }

        /**
         * The node at this part's path in a fresh copy. It walks sibling links rather than reading
         * {@code childNodes}: each {@code childNodes} list the browser hands out stays cached on its node, and
         * a page full of them made emptying a large table markedly slower. The walk starts {@code skip}
         * steps down the path, at {@code root}.
         */
        Node find(Node root, int skip) {
            Node node = root;
            for (int s = skip; s < path.length; s++) {
                node = node.getFirstChild();
                for (int i = 0; i < path[s]; i++) {
                    node = node.getNextSibling();
                }
            }
            return node;
        }

        void fill(Node node, Map<String, ?> values) {
            if (attribute == null) {
                fillText(node, lookup(values, names[0]));
            } else if (names.length == 1 && literals[0].isEmpty() && literals[1].isEmpty()) {
                Html.setAttribute((Element) node, attribute, lookup(values, names[0]));
            } else {
                StringBuilder text = new StringBuilder(literals[0]);
                for (int i = 0; i < names.length; i++) {
                    text.append(Html.toText(lookup(values, names[i]))).append(literals[i + 1]);
                }
                Html.setAttribute((Element) node, attribute, text.toString());
            }
        }

        private static void fillText(Node slot, Object value) {
            if (value instanceof Html) {
                HTMLElement parser = HTMLDocument.current().createElement("template");
                parser.setInnerHTML(((Html) value).toString());
                DocumentFragment markup = HTMLDocument.current().importNode(Browser.content(parser), true);
                slot.getParentNode().replaceChild(markup, slot);
            } else {
                slot.setNodeValue(Html.toText(value));
            }
        }

        private static Object lookup(Map<String, ?> values, String name) {
            return values == null ? null : values.get(name);
        }
    }
}
