package io.backbonejava;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs a {@link FidelityScript} on backbone-core and prints the lines {@code src/test/node/fuzz-runner.js}
 * prints for it on backbone.js: every event heard (source, name, arguments by stable names, the options flags),
 * what each step returned or whether it threw, and after each step the collection's order, every model's
 * attributes, {@code changed} and {@code previousAttributes()}, and what {@code get} finds for every cid, model
 * and id. Where backbone.js reaches a state in which a known divergence decides what follows, fuzz-runner.js
 * ends its log with a {@code "stop: "} line, and only the lines before it are compared.
 */
final class FidelityInterpreter {
    private static final List<String> COLLECTION_OPS = Arrays.asList("add", "set", "reset", "push", "unshift",
        "create", "remove", "pop", "shift");
    private static final List<String> MUTATIONS = Arrays.asList("removeArg", "add", "pop");
    private static final List<String> SETTLED_EVENTS = Arrays.asList("add", "sort", "update", "reset");
    private static final String[] OPTION_FLAGS = {"add", "merge", "remove", "at", "index", "silent", "validate",
        "parse", "unset", "sort", "wait"};

    private final Map<String, Object> script;
    private final Set<String> known = new HashSet<>();
    private final boolean logModels;
    private final List<String> lines = new ArrayList<>();
    private final List<FuzzModel> models = new ArrayList<>();
    private final Collection<FuzzModel> c;
    /** The first exception a step threw, for the failure message. */
    private RuntimeException thrown;
    /** How many collection operations are under way (a handler may start one inside another). */
    private int operations;

    /** The model of the scripts: invalid when {@code bad} is true; parse marks what it parsed. */
    static final class FuzzModel extends Model {
        final int ord;

        FuzzModel(Map<String, ?> attributes, Options options, FidelityInterpreter run) {
            super(attributes, options);
            // Nothing talks to a server: create() saves through a sync that does nothing (Backbone.sync there).
            sync((method, target, opts) -> null);
            ord = run.models.size();
            run.models.add(this);
            if (run.logModels) {
                on("all", e -> run.lines.add("m" + ord + " " + e.name() + " " + run.renderArgs(e.args())));
            }
        }

        @Override
        protected ValidationError validate(Candidate attrs, Options options) {
            return Boolean.TRUE.equals(attrs.get("bad")) ? ValidationError.of("bad") : null;
        }

        @Override
        @SuppressWarnings("unchecked")
        protected Map<String, Object> parse(Object response, Options options) {
            Map<String, Object> parsed = new LinkedHashMap<>((Map<String, Object>) response);
            parsed.put("parsed", true);
            return parsed;
        }
    }

    @SuppressWarnings("unchecked")
    private FidelityInterpreter(Map<String, Object> script) {
        this.script = script;
        for (Object name : (List<Object>) script.get("known")) {
            known.add((String) name);
        }
        logModels = Boolean.TRUE.equals(script.get("logModels"));
        c = new Collection<>((attrs, options) -> new FuzzModel(attrs, options, this));
        switch ((String) script.get("cmp")) {
            case "attr":
                c.comparator("o");
                break;
            case "key":
                // JavaScript's m.get("o") is undefined when o is absent, which sortBy puts last; null is not.
                c.comparator((Function<FuzzModel, Object>) m -> m.attributes().containsKey("o") ? m.get("o")
                        : Values.UNDEFINED);
                break;
            case "cmp2":
                c.comparator((Comparator<FuzzModel>) (a, b) -> rank(a) - rank(b));
                break;
            default:
                break;
        }
        c.on("all", e -> lines.add("c " + e.name() + " " + renderArgs(e.args())));
    }

    /** The lines of one script, and the first exception a step threw (null if none). */
    static Result run(Map<String, Object> script) {
        FidelityInterpreter run = new FidelityInterpreter(script);
        List<Object> steps = FidelityScript.steps(script);
        for (int i = 0; i < steps.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> step = (Map<String, Object>) steps.get(i);
            run.lines.add("step " + i + " " + step.get("op"));
            try {
                run.lines.add("ret " + run.renderReturn(run.step(step)));
            } catch (RuntimeException e) {
                if (run.thrown == null) {
                    run.thrown = e;
                }
                run.lines.add("throw");
            }
            run.snapshot();
        }
        return new Result(run.lines, run.thrown);
    }

    static final class Result {
        final List<String> lines;
        final RuntimeException thrown;

        Result(List<String> lines, RuntimeException thrown) {
            this.lines = lines;
            this.thrown = thrown;
        }
    }

    private static int rank(Model m) {
        Object o = m.get("o");
        if (o instanceof Integer) {
            return (Integer) o;
        }
        if (o instanceof String) {
            return 100 + ((String) o).length();
        }
        return 200;
    }

    // The script's values

    private static Object value(Object v) {
        if (v instanceof Map) {
            String n = (String) ((Map<?, ?>) v).get("$n");
            return n.equals("-0") ? -0.0 : Double.parseDouble(n);
        }
        return v;
    }

    private static Map<String, Object> attrsOf(Object spec) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (Object pair : (List<?>) spec) {
            List<?> nameValue = (List<?>) pair;
            attrs.put((String) nameValue.get(0), value(nameValue.get(1)));
        }
        return attrs;
    }

    private FuzzModel model(Object k) {
        return models.isEmpty() ? null : models.get((Integer) k % models.size());
    }

    private String cidOf(Object k) {
        FuzzModel m = model(k);
        return m == null ? "c0" : m.cid();
    }

    @SuppressWarnings("unchecked")
    private Object item(Object spec) {
        Map<String, Object> s = (Map<String, Object>) spec;
        if (s.containsKey("attrs")) {
            return attrsOf(s.get("attrs"));
        } else if (s.containsKey("mk")) {
            return new FuzzModel(attrsOf(s.get("mk")), null, this);
        } else if (s.containsKey("model")) {
            FuzzModel m = model(s.get("model"));
            return m != null ? m : new LinkedHashMap<String, Object>();
        } else if (s.containsKey("id")) {
            return value(s.get("id"));
        } else if (s.containsKey("cid")) {
            return cidOf(s.get("cid"));
        } else if (s.containsKey("attrsId")) {
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("id", value(s.get("attrsId")));
            return attrs;
        } else if (s.containsKey("cidObj")) {
            Map<String, Object> attrs = new LinkedHashMap<>();
            attrs.put("cid", cidOf(s.get("cidObj")));
            return attrs;
        }
        throw new IllegalArgumentException("bad item " + spec);
    }

    private List<Object> items(Map<String, Object> step) {
        List<Object> list = new ArrayList<>();
        for (Object spec : (List<?>) step.get("items")) {
            list.add(item(spec));
        }
        return list;
    }

    private static Options options(Object spec) {
        Options opts = new Options();
        if (spec == null) {
            return opts;
        }
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) spec).entrySet()) {
            Object v = entry.getValue();
            switch ((String) entry.getKey()) {
                case "merge": opts = opts.merge((Boolean) v); break;
                case "add": opts = opts.add((Boolean) v); break;
                case "remove": opts = opts.remove((Boolean) v); break;
                case "parse": opts = opts.parse((Boolean) v); break;
                case "silent": opts = opts.silent((Boolean) v); break;
                case "validate": opts = opts.validate((Boolean) v); break;
                case "sort": opts = opts.sort((Boolean) v); break;
                case "unset": opts = opts.unset((Boolean) v); break;
                case "wait": opts = opts.wait((Boolean) v); break;
                case "at": opts = v == null ? opts : opts.at((Integer) v); break;
                default: throw new IllegalArgumentException("bad option " + entry.getKey());
            }
        }
        return opts;
    }

    // Steps and handlers

    private static Object first(List<?> list) {
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    private Object step(Map<String, Object> step) {
        if (!COLLECTION_OPS.contains(step.get("op"))) {
            return runStep(step);
        }
        operations++;
        try {
            return runStep(step);
        } finally {
            operations--;
        }
    }

    private Object runStep(Map<String, Object> step) {
        boolean single = Boolean.TRUE.equals(step.get("single"));
        Options opts = options(step.get("opts"));
        switch ((String) step.get("op")) {
            case "add": {
                List<Object> items = items(step);
                return single ? c.add(items.get(0), opts) : c.add(items, opts);
            }
            case "set": {
                List<Object> items = items(step);
                return single ? first(c.set(items.get(0), opts)) : c.set(items, opts);
            }
            case "reset": {
                List<Object> items = items(step);
                return single ? first(c.reset(items.get(0), opts)) : c.reset(items, opts);
            }
            case "push":
                return c.push(items(step).get(0), opts);
            case "unshift":
                return c.unshift(items(step).get(0), opts);
            case "create":
                return c.create(items(step).get(0), opts);
            case "remove": {
                List<Object> items = items(step);
                return single ? c.remove(items.get(0), opts) : c.remove(items, opts);
            }
            case "pop":
                return c.pop(opts);
            case "shift":
                return c.shift(opts);
            case "sort":
                c.sort(opts);
                return null;
            case "mset": {
                FuzzModel m = model(step.get("m"));
                if (m == null) {
                    return null;
                }
                Map<String, Object> attrs = attrsOf(step.get("attrs"));
                if (idCollides(m, attrs)) {
                    lines.add("skip");
                    return null;
                }
                return m.set(attrs, opts);
            }
            case "unset": {
                FuzzModel m = model(step.get("m"));
                return m == null ? null : (Object) m.unset((String) step.get("attr"), opts);
            }
            case "clear": {
                FuzzModel m = model(step.get("m"));
                return m == null ? null : (Object) m.clear(opts);
            }
            case "on": {
                Events target = "c".equals(step.get("target")) ? c : model(step.get("target"));
                if (target == null) {
                    return null;
                }
                int index = (Integer) step.get("index");
                int[] budget = {(Integer) step.get("times")};
                @SuppressWarnings("unchecked")
                Map<String, Object> action = (Map<String, Object>) step.get("action");
                target.on((String) step.get("event"), e -> {
                    if (budget[0] <= 0) {
                        return;
                    }
                    budget[0]--;
                    act(action, index, e.arg(0), (String) step.get("event"));
                });
                return null;
            }
            default:
                throw new IllegalArgumentException("bad step " + step.get("op"));
        }
    }

    @SuppressWarnings("unchecked")
    private void act(Map<String, Object> action, int index, Object first, String event) {
        FuzzModel arg = first instanceof FuzzModel ? (FuzzModel) first : null;
        String what = (String) action.get("do");
        lines.add("h" + index + " " + what);
        if (midOperation(what, event)) {
            lines.add("skip");
            return;
        }
        switch (what) {
            case "removeArg":
                if (arg == null) {
                    return;
                }
                if (removalCorrupts(arg)) {
                    lines.add("skip");
                    return;
                }
                c.remove(arg);
                return;
            case "add": {
                List<Object> items = new ArrayList<>();
                for (Object spec : (List<?>) action.get("items")) {
                    items.add(item(spec));
                }
                if (Boolean.TRUE.equals(action.get("single"))) {
                    c.add(items.get(0), options(action.get("opts")));
                } else {
                    c.add(items, options(action.get("opts")));
                }
                return;
            }
            case "setArg": {
                if (arg == null) {
                    return;
                }
                Map<String, Object> attrs = attrsOf(action.get("attrs"));
                if (idCollides(arg, attrs)) {
                    lines.add("skip");
                    return;
                }
                arg.set(attrs, options(action.get("opts")));
                return;
            }
            case "unsetArg":
                if (arg != null) {
                    arg.unset((String) action.get("attr"));
                }
                return;
            case "setModel": {
                FuzzModel m = model(action.get("m"));
                if (m == null) {
                    return;
                }
                Map<String, Object> attrs = attrsOf(action.get("attrs"));
                if (idCollides(m, attrs)) {
                    lines.add("skip");
                    return;
                }
                m.set(attrs, options(action.get("opts")));
                return;
            }
            case "sort":
                if (c.comparator() != null) {
                    c.sort();
                }
                return;
            case "pop":
                c.pop();
                return;
            default:
                throw new IllegalArgumentException("bad action " + what);
        }
    }

    // Guards for known divergences that depend on state, exactly as fuzz-runner.js has them.

    /**
     * Known divergence 1's family: a handler that changes the collection while one of its operations is still
     * under way (any event but those fired once it has settled), where Backbone loses or corrupts models.
     */
    private boolean midOperation(String action, String event) {
        return known.contains("REMOVE_DURING_SET") && operations > 0 && MUTATIONS.contains(action)
                && !SETTLED_EVENTS.contains(event);
    }

    private boolean removalCorrupts(FuzzModel m) {
        return known.contains("REMOVE_DURING_SET") && c.get(m) != null && !c.models().contains(m);
    }

    private boolean idCollides(FuzzModel target, Map<String, Object> attrs) {
        if (!known.contains("GET_MODEL_CID_FIRST") || attrs.get("id") == null) {
            return false;
        }
        if (!c.models().contains(target)) {
            return false;
        }
        Model other = c.get(attrs.get("id"));
        return other != null && other != target;
    }

    // Rendering, character for character as fuzz-runner.js renders

    String render(Object v) {
        if (v == null || v == Values.UNDEFINED) {
            return "null";
        }
        if (v instanceof FuzzModel) {
            return "m" + ((FuzzModel) v).ord;
        }
        if (v instanceof Model) {
            return "m?";
        }
        if (v == c) {
            return "c";
        }
        if (v instanceof Integer || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Double) {
            double d = (Double) v;
            if (d == 0 && 1 / d < 0) {
                return "-0";
            }
            return Values.toJsString(d);
        }
        if (v instanceof String) {
            return FidelityJson.quote((String) v);
        }
        if (v instanceof ValidationError) {
            // Backbone's validate returns the message itself.
            return FidelityJson.quote(((ValidationError) v).message());
        }
        if (v instanceof EventOptions) {
            return renderOptions((EventOptions) v);
        }
        if (v instanceof List) {
            StringBuilder out = new StringBuilder("[");
            for (Object element : (List<?>) v) {
                out.append(out.length() > 1 ? "," : "").append(render(element));
            }
            return out.append(']').toString();
        }
        if (v instanceof Map) {
            return renderAttrs((Map<?, ?>) v, false);
        }
        return "?" + v;
    }

    private String renderAttrs(Map<?, ?> attrs, boolean sortKeys) {
        List<Object> keys = new ArrayList<>(attrs.keySet());
        if (sortKeys) {
            keys.sort(Comparator.comparing(Object::toString));
        }
        StringBuilder out = new StringBuilder("{");
        for (Object key : keys) {
            out.append(out.length() > 1 ? "," : "").append(FidelityJson.quote((String) key)).append(':')
                    .append(render(attrs.get(key)));
        }
        return out.append('}').toString();
    }

    private String renderOptions(EventOptions reported) {
        Options o = reported.options();
        List<String> parts = new ArrayList<>();
        for (String flag : OPTION_FLAGS) {
            Object v = "index".equals(flag) ? reported.index() : flag(o, flag);
            boolean defaulted = flag.equals("add") || flag.equals("merge") || flag.equals("remove");
            if (known.contains("HANDLER_OPTION_FLAGS") && defaulted && v == null) {
                v = true;
            }
            if (v != null) {
                parts.add(flag + ":" + render(v));
            }
        }
        if (reported.validationError() != null) {
            parts.add("validationError:" + render(reported.validationError()));
        }
        if (o.collection() != null) {
            parts.add("collection:" + render(o.collection()));
        }
        if (reported.changes() != null) {
            Collection.Changes<?> changes = reported.changes();
            parts.add("changes:{added:" + render(changes.added()) + ",removed:" + render(changes.removed())
                    + ",merged:" + render(changes.merged()) + "}");
        }
        if (reported.previousModels() != null) {
            parts.add("previousModels:" + render(reported.previousModels()));
        }
        return "{" + String.join(",", parts) + "}";
    }

    /** A flag as the call left it: null when unset, as Backbone's options object lacks the key. */
    private static Object flag(Options o, String flag) {
        switch (flag) {
            case "add": return o.add;
            case "merge": return o.merge;
            case "remove": return o.remove;
            case "at": return o.hasAt() ? o.at() : null;
            case "silent": return o.silent;
            case "validate": return o.validate;
            case "parse": return o.parse;
            case "unset": return o.unset;
            case "sort": return o.sort;
            case "wait": return o.waitFlag();
            default: throw new IllegalArgumentException(flag);
        }
    }

    String renderArgs(List<Object> args) {
        StringBuilder out = new StringBuilder();
        for (Object arg : args) {
            out.append(out.length() > 0 ? " " : "").append(render(arg));
        }
        return out.toString();
    }

    private String renderReturn(Object v) {
        if (v instanceof List) {
            StringBuilder out = new StringBuilder("[");
            for (Object element : (List<?>) v) {
                out.append(out.length() > 1 ? "," : "").append(renderReturnElement(element));
            }
            return out.append(']').toString();
        }
        return renderReturnElement(v);
    }

    private String renderReturnElement(Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return "null";
        }
        if (known.contains("SET_RETURNS_NULL_FOR_UNADDED") && !(v instanceof Boolean)
                && !(v instanceof FuzzModel && c.models().contains(v))) {
            return "null";
        }
        return render(v);
    }

    private void snapshot() {
        lines.add("order " + render(c.models()) + " length " + c.length());
        boolean sortPrevious = known.contains("PREVIOUS_ATTRIBUTES_ORDER");
        for (FuzzModel m : models) {
            lines.add("m" + m.ord + " id=" + render(m.id()) + " attrs=" + renderAttrs(m.attributes(), false)
                    + " changed=" + renderAttrs(m.changed(), false)
                    + " prev=" + renderAttrs(m.previousAttributes(), sortPrevious)
                    + " inCollection=" + (m.collection() == c)
                    + " get(cid)=" + render(c.get(m.cid())) + " get(model)=" + render(c.get(m)));
        }
        StringBuilder ids = new StringBuilder("ids");
        for (Object id : (List<?>) script.get("ids")) {
            ids.append(' ').append(render(c.get(value(id))));
        }
        lines.add(ids.toString());
    }
}
