package io.backbonejava;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of Model and Collection: seeded random scripts ({@link FidelityScript}) run on real
 * backbone.js 1.6.1 in node and on backbone-core ({@link FidelityInterpreter}); their logs must be equal line
 * for line. A divergence fails with the seed, the script shrunk to the fewest steps that still diverge, and
 * the first line that differs.
 *
 * <p>{@code -Dfuzz.scripts=20000 -Dfuzz.seed=7} runs a longer session from another seed;
 * {@code -Dfuzz.check=ALL} (or a list of {@link FidelityScript.Known} names) stops excluding known divergences.
 * Needs node and npm; a JVM test only.
 */
class ModelCollectionFuzzTest {
    private static final int BATCH = 500;

    @Test
    void scriptsRunAsOnBackbone() {
        int scripts = Integer.getInteger("fuzz.scripts", 400);
        long seed = Long.getLong("fuzz.seed", 1L);
        Set<FidelityScript.Known> excluded = FidelityScript.Known.excluded();
        int stopped = 0;
        int thrown = 0;
        for (int done = 0; done < scripts; done += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = done; i < Math.min(scripts, done + BATCH); i++) {
                batch.add(FidelityScript.generate(seed + i, excluded));
            }
            List<List<String>> expected = FidelityNode.run("models", batch);
            for (int i = 0; i < batch.size(); i++) {
                FidelityInterpreter.Result actual = FidelityInterpreter.run(batch.get(i));
                List<String> log = expected.get(i);
                stopped += log.get(log.size() - 1).startsWith("stop: ") ? 1 : 0;
                thrown += log.contains("throw") ? 1 : 0;
                if (firstDifference(expected.get(i), actual.lines) >= 0) {
                    fail(report(batch.get(i), done + i + 1));
                }
            }
        }
        System.out.println("ModelCollectionFuzzTest: " + scripts + " scripts from seed " + seed + " agree; " + stopped
                + " stopped early by a guard of a known divergence, " + thrown + " with a step that threw; excluded: "
                + excluded);
    }

    /** The index of the first line that differs, or -1 when the logs are equal. */
    static int firstDifference(List<String> expected, List<String> actual) {
        // backbone.js reached a state where an excluded known divergence decides what follows: compare up to it.
        if (!expected.isEmpty() && expected.get(expected.size() - 1).startsWith("stop: ")) {
            expected = expected.subList(0, expected.size() - 1);
            actual = actual.subList(0, Math.min(actual.size(), expected.size()));
        }
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return i;
            }
        }
        return expected.size() == actual.size() ? -1 : common;
    }

    /** Shrinks a diverging script and describes it. */
    static String report(Map<String, Object> script, int scriptsRun) {
        Map<String, Object> shrunk = FidelityScript.shrink(script, candidates -> {
            List<List<String>> expected = FidelityNode.run("models", candidates);
            for (int i = 0; i < candidates.size(); i++) {
                if (firstDifference(expected.get(i), FidelityInterpreter.run(candidates.get(i)).lines) >= 0) {
                    return i;
                }
            }
            return -1;
        });
        List<Map<String, Object>> one = new ArrayList<>();
        one.add(shrunk);
        List<String> expected = FidelityNode.run("models", one).get(0);
        FidelityInterpreter.Result actual = FidelityInterpreter.run(shrunk);
        int line = firstDifference(expected, actual.lines);
        StringBuilder out = new StringBuilder();
        out.append("backbone-core diverges from backbone.js 1.6.1 after ").append(scriptsRun)
                .append(" scripts; seed ").append(script.get("seed")).append(", shrunk from ")
                .append(FidelityScript.steps(script).size()).append(" to ").append(FidelityScript.steps(shrunk).size())
                .append(" steps:\n").append(FidelityScript.readable(shrunk));
        out.append("first difference at line ").append(line).append(":\n");
        for (int i = Math.max(0, line - 6); i < line; i++) {
            out.append("    ").append(expected.get(i)).append('\n');
        }
        out.append("  backbone.js:   ").append(line < expected.size() ? expected.get(line) : "(end)").append('\n');
        out.append("  backbone-core: ").append(line < actual.lines.size() ? actual.lines.get(line) : "(end)")
                .append('\n');
        if (actual.thrown != null) {
            out.append("backbone-core threw ").append(actual.thrown).append('\n');
        }
        return out.toString();
    }
}
