package io.backbonejava;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * A string route such as {@code "search/:query(/p:page)"} compiled once into a small tree, and matched the way
 * Backbone's generated regular expression matches, without {@code java.util.regex} (which would add tens of
 * kilobytes to the browser bundle). In the browser the same tree is written out as a JavaScript regular expression
 * and matched by the browser's engine, whose semantics the Java matcher follows.
 *
 * <p>The grammar is Backbone's: {@code :name} takes one or more characters up to the next {@code /} or
 * {@code ?} (greedily, backing off when the rest needs it); {@code *name} takes any characters but {@code ?}
 * (as few as possible); {@code (...)} makes its contents optional; every other character is literal. The name
 * after {@code :} or {@code *} is a run of ASCII letters, digits and underscores; without one, the character is
 * literal. After the whole pattern an optional {@code ?query} may follow, reported as the last capture.
 *
 * <p>One deliberate difference: Backbone pairs each {@code (} with the first {@code )} after it, so a nested
 * group such as {@code "docs(/:section(/:sub))"} comes out as a required group plus a stray capture. Here
 * groups nest as written, each one optional, and only {@code :name} and {@code *name} parts capture.
 */
final class RoutePattern implements RouteMatcher {
    private static final int LITERAL = 0;
    private static final int PARAM = 1;
    private static final int SPLAT = 2;
    private static final int OPTIONAL = 3;

    /** One element of the compiled pattern. */
    private static final class Node {
        final int kind;
        final String text;
        final int group;
        final Node[] children;
        /** For an optional group: the first and past-the-last capture numbers it contains. */
        final int firstGroup;
        final int endGroup;

        Node(int kind, String text, int group, Node[] children, int firstGroup, int endGroup) {
            this.kind = kind;
            this.text = text;
            this.group = group;
            this.children = children;
            this.firstGroup = firstGroup;
            this.endGroup = endGroup;
        }
    }

    /** Where matching goes on after a node has matched up to a position. */
    private interface Rest {
        boolean match(int position);
    }

    private final String source;
    private final Node[] nodes;
    private final int groups;
    /** In the browser: the route as the source of a JavaScript regular expression, which does the matching. */
    private final String regex;

    private RoutePattern(String source, Node[] nodes, int groups, String regex) {
        this.source = source;
        this.nodes = nodes;
        this.groups = groups;
        this.regex = regex;
    }

    /**
     * Compiles a route string.
     *
     * @throws IllegalArgumentException when its parentheses do not balance
     */
    static RoutePattern compile(String route) {
        if (Values.compiledToJavaScript()) {
            // The browser's engine matches; the tree and its Java matcher stay out of the bundle.
            return new RoutePattern(route, null, 0, regex(route));
        }
        Parser parser = new Parser(route);
        Node[] nodes = parser.sequence();
        if (parser.position < route.length()) {
            throw new IllegalArgumentException("Unbalanced ')' in route: " + route);
        }
        return new RoutePattern(route, nodes, parser.groups, null);
    }

    /** The route string this was compiled from. */
    String source() {
        return source;
    }

    @Override
    public List<String> match(String fragment) {
        if (Values.compiledToJavaScript()) {
            return matchInBrowser(fragment);
        }
        String[] captures = new String[groups + 1];
        boolean matched = sequence(nodes, 0, fragment, 0, captures, end -> {
            // Backbone's tail: an optional "?query", then the end of the fragment.
            if (end == fragment.length()) {
                captures[groups] = null;
                return true;
            }
            if (fragment.charAt(end) == '?') {
                captures[groups] = fragment.substring(end + 1);
                return true;
            }
            return false;
        });
        return matched ? Arrays.asList(captures) : null;
    }

    // The browser's engine matches the regular expression; a group that took no part gives null.
    private List<String> matchInBrowser(String fragment) {
        JSObject found = Browser.exec(regex, fragment);
        if (found == null) {
            return null;
        }
        // An ArrayList, which every app has, rather than Arrays.asList and the list class it would bring.
        int length = Browser.length(found);
        List<String> captures = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            captures.add(Browser.stringAt(found, i));
        }
        return captures;
    }

    /**
     * The route as the regular expression Backbone builds for it, in this grammar: {@code ([^/?]+)} for
     * {@code :name}, {@code ([^?]*?)} for {@code *name}, {@code (?:...)?} for a group (nested as written), every
     * other ASCII punctuation character escaped so that it means itself, and the optional {@code ?query} tail.
     * The Java matcher below follows exactly this expression's semantics.
     *
     * @throws IllegalArgumentException when the route's parentheses do not balance
     */
    static String regex(String route) {
        StringBuilder out = new StringBuilder("^");
        int depth = 0;
        int i = 0;
        while (i < route.length()) {
            char c = route.charAt(i++);
            int nameEnd = i;
            while (nameEnd < route.length() && Parser.isWordChar(route.charAt(nameEnd))) {
                nameEnd++;
            }
            if (c == '(') {
                depth++;
                out.append("(?:");
            } else if (c == ')') {
                if (--depth < 0) {
                    throw new IllegalArgumentException("Unbalanced ')' in route: " + route);
                }
                out.append(")?");
            } else if ((c == ':' || c == '*') && nameEnd > i) {
                out.append(c == ':' ? "([^/?]+)" : "([^?]*?)");
                i = nameEnd;
            } else {
                if (c < 0x80 && c > ' ' && !Parser.isWordChar(c)) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        if (depth > 0) {
            throw new IllegalArgumentException("Unclosed '(' in route: " + route);
        }
        return out.append("(?:\\?([\\s\\S]*))?$").toString();
    }

    // Backtracking in continuation style: each node tries its candidate lengths in the order the regular
    // expression would (longest first for :name and optional groups, shortest first for *splat), and hands
    // every candidate to the rest of the pattern until one succeeds.
    private boolean sequence(Node[] seq, int index, String s, int position, String[] captures, Rest rest) {
        if (index == seq.length) {
            return rest.match(position);
        }
        Node node = seq[index];
        Rest next = end -> sequence(seq, index + 1, s, end, captures, rest);
        switch (node.kind) {
            case LITERAL:
                return s.startsWith(node.text, position) && next.match(position + node.text.length());
            case PARAM: {
                int limit = position;
                while (limit < s.length() && s.charAt(limit) != '/' && s.charAt(limit) != '?') {
                    limit++;
                }
                for (int end = limit; end > position; end--) {
                    captures[node.group] = s.substring(position, end);
                    if (next.match(end)) {
                        return true;
                    }
                }
                captures[node.group] = null;
                return false;
            }
            case SPLAT: {
                for (int end = position; end <= s.length(); end++) {
                    captures[node.group] = s.substring(position, end);
                    if (next.match(end)) {
                        return true;
                    }
                    if (end < s.length() && s.charAt(end) == '?') {
                        break;
                    }
                }
                captures[node.group] = null;
                return false;
            }
            default: {
                // As in ECMAScript, where "(?:...)?" may not match empty: the group takes at least one
                // character, or is skipped.
                if (sequence(node.children, 0, s, position, captures, end -> end > position && next.match(end))) {
                    return true;
                }
                // Skipping the group: whatever it captured while trying is undefined again.
                for (int g = node.firstGroup; g < node.endGroup; g++) {
                    captures[g] = null;
                }
                return next.match(position);
            }
        }
    }

    /** Reads the route string left to right, one nesting level per call to {@link #sequence()}. */
    private static final class Parser {
        final String route;
        int position;
        int groups;

        Parser(String route) {
            this.route = route;
        }

        Node[] sequence() {
            List<Node> nodes = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (position < route.length()) {
                char c = route.charAt(position);
                if (c == ')') {
                    break;
                }
                if (c == '(') {
                    flush(literal, nodes);
                    position++;
                    int first = groups;
                    Node[] children = sequence();
                    if (position >= route.length()) {
                        throw new IllegalArgumentException("Unclosed '(' in route: " + route);
                    }
                    position++;
                    nodes.add(new Node(OPTIONAL, null, -1, children, first, groups));
                    continue;
                }
                int nameEnd = nameEnd(position + 1);
                if ((c == ':' || c == '*') && nameEnd > position + 1) {
                    flush(literal, nodes);
                    nodes.add(new Node(c == ':' ? PARAM : SPLAT, null, groups++, null, 0, 0));
                    position = nameEnd;
                    continue;
                }
                literal.append(c);
                position++;
            }
            flush(literal, nodes);
            return nodes.toArray(new Node[0]);
        }

        private int nameEnd(int from) {
            int end = from;
            while (end < route.length() && isWordChar(route.charAt(end))) {
                end++;
            }
            return end;
        }

        private static boolean isWordChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }

        private static void flush(StringBuilder literal, List<Node> nodes) {
            if (literal.length() > 0) {
                nodes.add(new Node(LITERAL, literal.toString(), -1, null, 0, 0));
                literal.setLength(0);
            }
        }
    }
}
