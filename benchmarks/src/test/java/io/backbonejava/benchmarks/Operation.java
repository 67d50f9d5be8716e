package io.backbonejava.benchmarks;

/**
 * js-framework-benchmark's nine CPU benchmarks (keyed), with its ids, its warm-ups and DOM checks, and the
 * weights its results table uses for the weighted geometric mean. Each runs on a freshly loaded page:
 * {@link #init} brings the page to the starting state through the warm-up clicks, checking each took
 * effect; {@link #run} times the one measured click and checks its effect.
 *
 * <p>The warm-up count is a parameter: the benchmark's own is 5 ({@link #WARMUPS}); the checks that depend
 * on it are written for any count, and equal the benchmark's literals at 5.
 */
enum Operation {
    CREATE_1K("01_run1k", "create rows", 0.64280248137063, 1) {
        @Override
        void init(Chromium page, int warmups) {
            createAndClear(page, warmups);
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick("#run");
            page.checkText(cell(1000, 1), Integer.toString((warmups + 1) * 1000));
            return ms;
        }
    },

    REPLACE_1K("02_replace1k", "replace all rows", 0.5607178150466176, 1) {
        @Override
        void init(Chromium page, int warmups) {
            page.checkExists("#run");
            for (int i = 0; i < warmups; i++) {
                page.click("#run");
                page.checkText(cell(1, 1), Integer.toString(i * 1000 + 1));
            }
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick("#run");
            page.checkText(cell(1, 1), Integer.toString(warmups * 1000 + 1));
            return ms;
        }
    },

    UPDATE_10TH("03_update10th1k_x16", "partial update", 0.5643800750716564, 4) {
        @Override
        void init(Chromium page, int warmups) {
            createThousand(page);
            for (int i = 0; i < 3; i++) {
                page.click("#update");
                page.checkText(cell(991, 2) + ">a", " !!!".repeat(i + 1));
            }
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick("#update");
            page.checkText(cell(991, 2) + ">a", " !!!".repeat(4));
            return ms;
        }
    },

    SELECT("04_select1k", "select row", 0.1925635870170522, 4) {
        @Override
        void init(Chromium page, int warmups) {
            page.checkExists("#run");
            page.click("#run");
            page.checkText(cell(1000, 1), "1000");
            for (int i = 0; i <= warmups; i++) {
                page.click(cell(i + 5, 2) + ">a");
                page.checkClass(row(i + 5), "danger");
                page.checkCount("tbody>tr.danger", 1);
            }
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick(cell(2, 2) + ">a");
            page.checkClass(row(2), "danger");
            page.checkCount("tbody>tr.danger", 1);
            return ms;
        }
    },

    SWAP("05_swap1k", "swap rows", 0.13200612879341714, 4) {
        @Override
        void init(Chromium page, int warmups) {
            createThousand(page);
            for (int i = 0; i <= warmups; i++) {
                page.click("#swaprows");
                page.checkText(cell(999, 1), i % 2 == 0 ? "2" : "999");
            }
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick("#swaprows");
            // warmups + 2 swaps in all: an odd count leaves rows 2 and 999 swapped (so at the benchmark's 5).
            boolean swapped = warmups % 2 == 1;
            page.checkText(cell(999, 1), swapped ? "2" : "999");
            page.checkText(cell(2, 1), swapped ? "999" : "2");
            return ms;
        }
    },

    REMOVE("06_remove-one-1k", "remove row", 0.5277091212292658, 2) {
        @Override
        void init(Chromium page, int warmups) {
            createThousand(page);
            // Removes the rows with ids 5 .. warmups + 4, from the last to the first.
            for (int i = 0; i < warmups; i++) {
                int row = warmups - i + 4;
                page.checkText(cell(row, 1), Integer.toString(row));
                page.click(removeIcon(row));
                page.checkText(cell(row, 1), Integer.toString(warmups + 5));
            }
            page.checkText(cell(5, 1), Integer.toString(warmups + 5));
            page.checkText(cell(4, 1), "4");
            // A second click on a row position that was already clicked.
            page.checkText(cell(6, 1), Integer.toString(warmups + 6));
            page.click(removeIcon(6));
            page.checkText(cell(6, 1), Integer.toString(warmups + 7));
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick(removeIcon(4));
            page.checkText(cell(4, 1), Integer.toString(warmups + 5));
            return ms;
        }
    },

    CREATE_10K("07_create10k", "create many rows", 0.5644449600965534, 1) {
        @Override
        void init(Chromium page, int warmups) {
            createAndClear(page, warmups);
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick("#runlots");
            page.checkExists(cell(10000, 2) + ">a");
            return ms;
        }
    },

    APPEND_1K("08_create1k-after1k_x2", "append rows to large table", 0.5508359820582848, 1) {
        @Override
        void init(Chromium page, int warmups) {
            createThousand(page);
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick("#add");
            page.checkExists(cell(2000, 1));
            return ms;
        }
    },

    CLEAR_1K("09_clear1k_x8", "clear rows", 0.4225836631419211, 4) {
        @Override
        void init(Chromium page, int warmups) {
            createAndClear(page, warmups);
            page.click("#run");
            page.checkText(cell(1, 1), Integer.toString(warmups * 1000 + 1));
        }

        @Override
        double run(Chromium page, int warmups) {
            double ms = page.timedClick("#clear");
            page.checkNotExists(cell(1000, 1));
            page.checkNotExists(row(1));
            return ms;
        }
    };

    /** js-framework-benchmark's warm-up count. */
    static final int WARMUPS = 5;

    /** The benchmark's id, such as {@code "01_run1k"}. */
    final String id;
    /** Its label in the benchmark's results table. */
    final String label;
    /** Its weight in the weighted geometric mean. */
    final double weight;
    /** The CPU slowdown the benchmark applies to the measured click (1 for none). */
    final int slowdown;

    Operation(String id, String label, double weight, int slowdown) {
        this.id = id;
        this.label = label;
        this.weight = weight;
        this.slowdown = slowdown;
    }

    /** Brings a freshly loaded page to this benchmark's starting state, checking every warm-up click. */
    abstract void init(Chromium page, int warmups);

    /** Times the measured click and checks its effect; returns the milliseconds to the next frame. */
    abstract double run(Chromium page, int warmups);

    static String row(int n) {
        return "tbody>tr:nth-of-type(" + n + ")";
    }

    static String cell(int rowNumber, int column) {
        return row(rowNumber) + ">td:nth-of-type(" + column + ")";
    }

    static String removeIcon(int rowNumber) {
        return cell(rowNumber, 3) + ">a>span:nth-of-type(1)";
    }

    /** Creates 1,000 rows and waits for them. */
    static void createThousand(Chromium page) {
        page.checkExists("#run");
        page.click("#run");
        page.checkExists(cell(1000, 1));
    }

    /** The warm-ups of the create benchmarks: create 1,000 rows and clear them, {@code warmups} times. */
    static void createAndClear(Chromium page, int warmups) {
        page.checkExists("#run");
        for (int i = 0; i < warmups; i++) {
            page.click("#run");
            page.checkText(cell(1, 1), Integer.toString(i * 1000 + 1));
            page.click("#clear");
            page.checkNotExists(cell(1000, 1));
        }
    }
}
