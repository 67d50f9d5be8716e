package io.backbonejava;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Random scripts of collection and model operations for {@link ModelCollectionFuzzTest}, as plain JSON values
 * (maps, lists, strings, ints, booleans, null) so that node reads the very same script. A script is
 * {@code {"seed", "cmp", "logModels", "known", "ids", "steps"}}; attributes are lists of name-value pairs, so
 * that their order survives; model references are creation ordinals, taken modulo the models made so far.
 *
 * <p>Each {@link Known known divergence} can be kept out of the scripts (or, where it depends on run-time state,
 * guarded or normalised the same way by both interpreters): those still open are excluded by default, those
 * fixed on main are checked. {@code -Dfuzz.check=NAME,...|ALL} checks, {@code -Dfuzz.exclude=NAME,...|ALL}
 * excludes.
 */
final class FidelityScript {
    /** Divergences from backbone.js already known (issue 14), each excluded unless asked for. */
    enum Known {
        /**
         * Item 1 and its family: a handler changes the collection while one of its operations is under way.
         * Backbone corrupts or loses models there; backbone-core keeps the list and the index in agreement,
         * on purpose. Such handler actions are skipped, and Backbone's log stops where its index holds a model
         * its list does not.
         */
        REMOVE_DURING_SET(true),
        /**
         * Item 2: {@code get(model)} read the cid before the id. Fixed on main, but the state it shows in (two
         * members indexed under one id, or a member its id no longer finds) still diverges: Backbone itself is
         * inconsistent there. Backbone's log stops at that state and only what comes before is compared.
         */
        GET_MODEL_CID_FIRST(true),
        /**
         * Item 3: an explicit null sort key sorts last here, like 0 in Underscore's sortBy. Never generated for a
         * key function, whose null sorts last on purpose (Collection.comparator(Function)'s Javadoc).
         */
        NULL_SORT_KEY(false),
        /** Item 4: sort keys mixing numbers, strings and booleans. */
        MIXED_SORT_KEYS(false),
        /** Item 5: NaN and -0 attribute values (and any double). */
        NAN_NEGATIVE_ZERO(false),
        /**
         * Item 6: {@code set(..., {add:false})} returns null for a model it did not add. (Plain attributes not
         * added come back as null always: Java returns models.)
         */
        SET_RETURNS_NULL_FOR_UNADDED(false),
        /** Item 9: during {@code set()} handlers read add/merge/remove as null (Backbone: true). */
        HANDLER_OPTION_FLAGS(false),
        /**
         * Backbone writes index, changes, previousModels and validationError into the call's options object,
         * where the later events of the call still find them; backbone-core reports each only to the event it
         * concerns ({@code EventOptions}) and writes nothing into the caller's options. The scripts' renderer
         * then shows each only with its own event.
         */
        REPORTED_PER_EVENT(true),
        /** Item 10: key order of {@code previousAttributes()} after an unset. */
        PREVIOUS_ATTRIBUTES_ORDER(false),
        /** Item 8 (routes): an optional group whose contents can match empty, such as {@code (*a)}. */
        ROUTE_OPTIONAL_MATCHING_EMPTY(false),
        /**
         * Found by this fuzzer: an id going from null to absent or back fires {@code "changeId"} in Backbone
         * ({@code undefined !== null}); fixed, so null ids are generated and checked.
         */
        NULL_ID_CHANGE(false);

        /** Whether a run excludes it unless told otherwise: those main has fixed are checked. */
        final boolean byDefault;

        Known(boolean byDefault) {
            this.byDefault = byDefault;
        }

        /**
         * The divergences excluded in this run: those excluded by default and those named in
         * {@code fuzz.exclude} (or ALL), less those named in {@code fuzz.check} (or ALL).
         */
        static Set<Known> excluded() {
            Set<Known> excluded = EnumSet.noneOf(Known.class);
            for (Known known : values()) {
                if (known.byDefault) {
                    excluded.add(known);
                }
            }
            String exclude = System.getProperty("fuzz.exclude", "").trim();
            if (exclude.equalsIgnoreCase("ALL")) {
                excluded.addAll(EnumSet.allOf(Known.class));
            } else if (!exclude.isEmpty()) {
                for (String name : exclude.split(",")) {
                    excluded.add(Known.valueOf(name.trim()));
                }
            }
            String check = System.getProperty("fuzz.check", "").trim();
            if (check.equalsIgnoreCase("ALL")) {
                excluded.clear();
            } else if (!check.isEmpty()) {
                for (String name : check.split(",")) {
                    excluded.remove(Known.valueOf(name.trim()));
                }
            }
            return excluded;
        }
    }

    private static final String[] COMPARATORS = {"none", "none", "attr", "key", "cmp2"};
    private static final String[] NAMES = {"id", "a", "b", "o", "bad"};
    private static final String[] COLLECTION_EVENTS = {"add", "remove", "change", "change:a", "change:o",
        "change:id", "sort", "update", "reset", "changeId", "invalid"};
    private static final String[] MODEL_EVENTS = {"change", "change:a", "change:o", "change:id", "add", "remove",
        "changeId", "invalid"};
    static final List<Object> IDS = Arrays.asList(0, 1, 2, 3, 4, "1", "2");

    private final Random random;
    private final Set<Known> excluded;
    private final boolean stringSortKeys;
    private int handlers;
    private String comparator;

    private FidelityScript(long seed, Set<Known> excluded) {
        this.random = new Random(seed);
        this.excluded = excluded;
        this.stringSortKeys = random.nextBoolean();
    }

    /** The script of one seed. */
    static Map<String, Object> generate(long seed, Set<Known> excluded) {
        return new FidelityScript(seed, excluded).script(seed);
    }

    private Map<String, Object> script(long seed) {
        Map<String, Object> script = new LinkedHashMap<>();
        script.put("seed", Long.toString(seed));
        comparator = pick(COMPARATORS);
        script.put("cmp", comparator);
        script.put("logModels", random.nextBoolean());
        List<Object> known = new ArrayList<>();
        for (Known k : excluded) {
            known.add(k.name());
        }
        script.put("known", known);
        script.put("ids", IDS);
        List<Object> steps = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            steps.add(step());
        }
        script.put("steps", steps);
        return script;
    }

    private Map<String, Object> step() {
        int roll = random.nextInt(100);
        if (roll < 14) {
            return inputs("add", opts("merge", 30, "at", 20, "parse", 15, "silent", 15, "validate", 20, "sort", 8));
        } else if (roll < 26) {
            return inputs("set", opts("add", 25, "remove", 25, "merge", 25, "at", 10, "parse", 15, "silent", 15,
                    "validate", 20, "sort", 8));
        } else if (roll < 30) {
            return inputs("reset", opts("silent", 30, "parse", 10, "validate", 15));
        } else if (roll < 35) {
            return single("push", opts("merge", 20, "silent", 15, "validate", 15));
        } else if (roll < 39) {
            return single("unshift", opts("merge", 20, "silent", 15, "validate", 15));
        } else if (roll < 43) {
            return single("create", opts("wait", 20, "validate", 20, "silent", 10, "merge", 10));
        } else if (roll < 51) {
            Map<String, Object> step = op("remove", opts("silent", 20));
            boolean single = random.nextInt(10) < 4;
            step.put("single", single);
            List<Object> refs = new ArrayList<>();
            for (int i = single ? 1 : 1 + random.nextInt(3); i > 0; i--) {
                refs.add(reference());
            }
            step.put("items", refs);
            return step;
        } else if (roll < 54) {
            return op("pop", opts("silent", 20));
        } else if (roll < 57) {
            return op("shift", opts("silent", 20));
        } else if (roll < 60) {
            return op("sort", opts("silent", 20));
        } else if (roll < 73) {
            Map<String, Object> step = op("mset", opts("silent", 20, "validate", 30, "unset", 8));
            step.put("m", random.nextInt(7));
            step.put("attrs", attrs(1 + random.nextInt(3)));
            return step;
        } else if (roll < 78) {
            Map<String, Object> step = op("unset", opts("silent", 20));
            step.put("m", random.nextInt(7));
            step.put("attr", pick(NAMES));
            return step;
        } else if (roll < 80) {
            Map<String, Object> step = op("clear", opts("silent", 20));
            step.put("m", random.nextInt(7));
            return step;
        } else {
            return handler();
        }
    }

    private Map<String, Object> handler() {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("op", "on");
        boolean onCollection = random.nextInt(10) < 7;
        step.put("target", onCollection ? "c" : (Object) random.nextInt(7));
        step.put("event", pick(onCollection ? COLLECTION_EVENTS : MODEL_EVENTS));
        step.put("index", handlers++);
        step.put("times", 1 + random.nextInt(3));
        Map<String, Object> action = new LinkedHashMap<>();
        int roll = random.nextInt(100);
        if (roll < 25) {
            action.put("do", "removeArg");
        } else if (roll < 40) {
            action.put("do", "add");
            boolean single = random.nextBoolean();
            action.put("single", single);
            List<Object> items = new ArrayList<>();
            for (int i = single ? 1 : 1 + random.nextInt(2); i > 0; i--) {
                items.add(input());
            }
            action.put("items", items);
            action.put("opts", opts("merge", 40, "at", 20, "silent", 10));
        } else if (roll < 65) {
            action.put("do", "setArg");
            action.put("attrs", attrs(1 + random.nextInt(2)));
            action.put("opts", opts("silent", 10, "validate", 15));
        } else if (roll < 75) {
            action.put("do", "unsetArg");
            action.put("attr", pick(NAMES));
        } else if (roll < 85) {
            action.put("do", "setModel");
            action.put("m", random.nextInt(7));
            action.put("attrs", attrs(1 + random.nextInt(2)));
            action.put("opts", opts("silent", 10));
        } else if (roll < 93) {
            action.put("do", "sort");
        } else {
            action.put("do", "pop");
        }
        step.put("action", action);
        return step;
    }

    private Map<String, Object> op(String name, Map<String, Object> opts) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("op", name);
        step.put("opts", opts);
        return step;
    }

    private Map<String, Object> inputs(String name, Map<String, Object> opts) {
        Map<String, Object> step = op(name, opts);
        boolean single = random.nextInt(10) < 4;
        step.put("single", single);
        List<Object> items = new ArrayList<>();
        for (int i = single ? 1 : random.nextInt(4); i > 0; i--) {
            items.add(input());
        }
        step.put("items", items);
        return step;
    }

    private Map<String, Object> single(String name, Map<String, Object> opts) {
        Map<String, Object> step = op(name, opts);
        step.put("single", true);
        step.put("items", new ArrayList<>(Collections.singletonList(input())));
        return step;
    }

    /** What add, set and reset take: attributes, a model made just before, or a model made earlier. */
    private Map<String, Object> input() {
        Map<String, Object> item = new LinkedHashMap<>();
        int roll = random.nextInt(100);
        if (roll < 60) {
            item.put("attrs", attrs(random.nextInt(4)));
        } else if (roll < 85) {
            item.put("model", random.nextInt(7));
        } else {
            item.put("mk", attrs(random.nextInt(3)));
        }
        return item;
    }

    /** What remove takes: a model, an id, a cid, or attributes holding an id or a cid. */
    private Map<String, Object> reference() {
        Map<String, Object> ref = new LinkedHashMap<>();
        int roll = random.nextInt(100);
        if (roll < 40) {
            ref.put("model", random.nextInt(7));
        } else if (roll < 65) {
            ref.put("id", id());
        } else if (roll < 80) {
            ref.put("cid", random.nextInt(7));
        } else if (roll < 90) {
            ref.put("attrsId", id());
        } else {
            ref.put("cidObj", random.nextInt(7));
        }
        return ref;
    }

    /** Attributes as name-value pairs, in a random order. */
    private List<Object> attrs(int count) {
        List<String> names = new ArrayList<>(Arrays.asList(NAMES));
        Collections.shuffle(names, random);
        List<Object> pairs = new ArrayList<>();
        for (int i = 0; i < count && i < names.size(); i++) {
            pairs.add(Arrays.asList(names.get(i), value(names.get(i))));
        }
        return pairs;
    }

    private Object value(String name) {
        switch (name) {
            case "id":
                return id();
            case "bad":
                return random.nextInt(10) < 3;
            case "o":
                return sortKey();
            default:
                return plain();
        }
    }

    private Object id() {
        int roll = random.nextInt(100);
        if (roll < 85) {
            return random.nextInt(5);
        }
        boolean nulls = !excluded.contains(Known.NULL_ID_CHANGE);
        return roll < 95 || !nulls ? (random.nextBoolean() ? "1" : "2") : null;
    }

    private Object sortKey() {
        boolean mixed = !excluded.contains(Known.MIXED_SORT_KEYS);
        // A key function's null sorts last on purpose (Java has one null): documented on Collection.comparator.
        boolean nulls = !excluded.contains(Known.NULL_SORT_KEY) && !comparator.equals("key");
        if (nulls && random.nextInt(10) == 0) {
            return null;
        }
        boolean string = mixed ? random.nextInt(3) == 0 : stringSortKeys;
        if (mixed && random.nextInt(10) == 0) {
            return random.nextBoolean();
        }
        return string ? pick(new String[] {"", "a", "b", "ab", "9", "10"}) : (Object) (random.nextInt(5) - 1);
    }

    private Object plain() {
        int roll = random.nextInt(100);
        if (!excluded.contains(Known.NAN_NEGATIVE_ZERO) && roll < 10) {
            Map<String, Object> number = new LinkedHashMap<>();
            number.put("$n", pick(new String[] {"NaN", "-0", "0", "0.5"}));
            return number;
        }
        if (roll < 50) {
            return random.nextInt(4);
        }
        if (roll < 75) {
            return pick(new String[] {"x", "y", ""});
        }
        return roll < 85 ? null : (Object) random.nextBoolean();
    }

    /** Options: for each flag, the chance in percent that it is given (with a random value). */
    private Map<String, Object> opts(Object... flagsAndChances) {
        Map<String, Object> opts = new LinkedHashMap<>();
        for (int i = 0; i < flagsAndChances.length; i += 2) {
            String flag = (String) flagsAndChances[i];
            if (random.nextInt(100) < (Integer) flagsAndChances[i + 1]) {
                opts.put(flag, flag.equals("at") ? (Object) (random.nextInt(7) - 3) : (Object) random.nextBoolean());
            }
        }
        return opts;
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    // Shrinking and printing

    @SuppressWarnings("unchecked")
    static List<Object> steps(Map<String, Object> script) {
        return (List<Object>) script.get("steps");
    }

    static Map<String, Object> withSteps(Map<String, Object> script, List<Object> steps) {
        Map<String, Object> copy = new LinkedHashMap<>(script);
        copy.put("steps", steps);
        return copy;
    }

    /**
     * Delta debugging over the steps: drops chunks, then single steps, as long as the script still diverges.
     * {@code diverging} answers for a whole batch of candidates at once (one node process per round) and
     * returns the index of the first candidate that still diverges, or -1.
     */
    static Map<String, Object> shrink(Map<String, Object> script,
            Function<List<Map<String, Object>>, Integer> diverging) {
        List<Object> steps = steps(script);
        int chunks = 2;
        while (steps.size() >= 2) {
            int size = (steps.size() + chunks - 1) / chunks;
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (int start = 0; start < steps.size(); start += size) {
                List<Object> rest = new ArrayList<>(steps.subList(0, start));
                rest.addAll(steps.subList(Math.min(steps.size(), start + size), steps.size()));
                candidates.add(withSteps(script, rest));
            }
            int found = diverging.apply(candidates);
            if (found >= 0) {
                steps = steps(candidates.get(found));
                chunks = Math.max(chunks - 1, 2);
            } else if (chunks >= steps.size()) {
                break;
            } else {
                chunks = Math.min(steps.size(), chunks * 2);
            }
        }
        return withSteps(script, steps);
    }

    /** The script one step a line, for a failure message. */
    static String readable(Map<String, Object> script) {
        StringBuilder out = new StringBuilder();
        out.append("comparator=").append(script.get("cmp")).append(" logModels=").append(script.get("logModels"))
                .append('\n');
        List<Object> steps = steps(script);
        for (int i = 0; i < steps.size(); i++) {
            out.append("  ").append(i).append(": ").append(FidelityJson.write(steps.get(i))).append('\n');
        }
        return out.toString();
    }
}
