package io.backbonejava.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's statistics on samples whose answers are known. */
class ReportTest {
    private static final List<App> APPS = List.of(App.VANILLA, App.BACKBONE_JS, App.BACKBONE_JAVA);

    @Test
    void geometricMeanWeighsEachOperationsRatioOfMedians() {
        Report report = new Report(APPS);
        // Ratios 2 on create 1,000 and 0.5 on clear: weighted by the benchmark's weights, not evenly.
        report.time(App.VANILLA, Operation.CREATE_1K, 100);
        report.time(App.BACKBONE_JAVA, Operation.CREATE_1K, 200);
        report.time(App.VANILLA, Operation.CLEAR_1K, 100);
        report.time(App.BACKBONE_JAVA, Operation.CLEAR_1K, 50);
        double w1 = Operation.CREATE_1K.weight;
        double w9 = Operation.CLEAR_1K.weight;
        double expected = Math.exp((w1 * Math.log(2) + w9 * Math.log(0.5)) / (w1 + w9));
        assertEquals(expected, report.geometricMean(App.BACKBONE_JAVA), 1e-9);
    }

    @Test
    void samplesWithoutSpreadGiveAnIntervalOfOnePoint() {
        Report report = new Report(APPS);
        for (int i = 0; i < 10; i++) {
            report.time(App.VANILLA, Operation.CREATE_1K, 100);
            report.time(App.BACKBONE_JAVA, Operation.CREATE_1K, 130);
        }
        double[] interval = report.geometricMeanInterval(App.BACKBONE_JAVA);
        assertEquals(1.3, interval[0], 1e-9);
        assertEquals(1.3, interval[1], 1e-9);
    }

    @Test
    void noisySamplesGiveAnIntervalAroundTheMeanThatNarrowsWithMoreIterations() {
        Report few = new Report(APPS);
        Report many = new Report(APPS);
        // The same spread of values (vanilla 80 to 120, ours 104 to 156: a true ratio of 1.3), 5 and 50 times.
        for (int i = 0; i < 50; i++) {
            double vanilla = 80 + (i * 37 % 41);
            double ours = 1.3 * (80 + (i * 23 % 41));
            many.time(App.VANILLA, Operation.CREATE_1K, vanilla);
            many.time(App.BACKBONE_JAVA, Operation.CREATE_1K, ours);
            if (i < 5) {
                few.time(App.VANILLA, Operation.CREATE_1K, vanilla);
                few.time(App.BACKBONE_JAVA, Operation.CREATE_1K, ours);
            }
        }
        double[] wide = few.geometricMeanInterval(App.BACKBONE_JAVA);
        double[] narrow = many.geometricMeanInterval(App.BACKBONE_JAVA);
        assertTrue(wide[0] <= few.geometricMean(App.BACKBONE_JAVA) && few.geometricMean(App.BACKBONE_JAVA) <= wide[1]);
        assertTrue(narrow[0] < 1.3 && 1.3 < narrow[1], narrow[0] + " to " + narrow[1]);
        assertTrue(narrow[1] - narrow[0] < (wide[1] - wide[0]) / 2,
                "50 iterations: " + (narrow[1] - narrow[0]) + ", 5: " + (wide[1] - wide[0]));
    }

    @Test
    void heapAboveAnEmptyPageTakesTheEmptyPagesMedianOffEachAppsMedian() {
        Report report = new Report(APPS);
        for (long empty : new long[] {9_000_000, 8_800_000, 9_100_000}) {
            report.emptyPageHeap(empty);
        }
        for (long bytes : new long[] {10_000_000, 9_900_000, 10_200_000}) {
            report.heap(App.VANILLA, bytes);
        }
        for (long bytes : new long[] {12_000_000, 11_800_000, 11_900_000}) {
            report.heap(App.BACKBONE_JAVA, bytes);
        }
        assertEquals(1_000_000, report.heapAboveEmptyPage(App.VANILLA), 1e-6);
        assertEquals(2_900_000, report.heapAboveEmptyPage(App.BACKBONE_JAVA), 1e-6);
        assertTrue(Double.isNaN(report.heapAboveEmptyPage(App.BACKBONE_JS)));
    }
}
