package io.backbonejava.benchmarks;

import io.backbonejava.Collection;

/** The table's rows, remembering which one is selected so that selecting another unselects it. */
final class Rows extends Collection<Row> {
    private Row selected;

    Rows() {
        super(Row::new);
    }

    /** Selects a row, and unselects the one selected before. */
    void choose(Row row) {
        if (selected != null) {
            selected.set(Row.SELECTED, false);
        }
        selected = row;
        row.set(Row.SELECTED, true);
    }

    /** Forgets the selection when its row leaves the table. */
    void forget(Row row) {
        if (selected == row) {
            selected = null;
        }
    }

    /** Forgets the selection before the rows are replaced. */
    void clearSelection() {
        selected = null;
    }
}
