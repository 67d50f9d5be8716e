package io.backbonejava.benchmarks;

import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/** The {@code tbody}: one {@link RowView} per row, in the collection's order, following its events. */
final class TableView extends View<Row> {
    private final Rows rows;
    private List<RowView> views = new ArrayList<>();

    TableView(Rows rows) {
        super(rows, new ViewOptions().el("#tbody"));
        this.rows = rows;
        listenTo(rows, "reset", e -> render());
        listenTo(rows.onAdd(this::addRow));
        listenTo(rows.onRemove(this::removeRow));
        listenTo(rows, "sort", e -> reorder());
    }

    @Override
    public TableView render() {
        // Empty the table in one go, then let each old view drop its listeners.
        el().setTextContent("");
        removeChildren();
        views = new ArrayList<>();
        for (Row row : rows) {
            addRow(row);
        }
        return this;
    }

    private void addRow(Row row) {
        RowView view = addChild(new RowView(row));
        views.add(view);
        el().appendChild(view.render().el());
    }

    private void removeRow(Row row, int index) {
        views.remove(index).remove();
        rows.forget(row);
    }

    /**
     * Moves only the rows that are out of place: a row goes before the next one in the new order, last
     * first, so that every reference row is already where it belongs.
     */
    private void reorder() {
        Map<String, RowView> byCid = new HashMap<>();
        for (RowView view : views) {
            byCid.put(view.model().cid(), view);
        }
        List<RowView> ordered = new ArrayList<>(views.size());
        for (Row row : rows) {
            ordered.add(byCid.get(row.cid()));
        }
        HTMLElement body = el();
        for (int i = ordered.size() - 1; i >= 0; i--) {
            if (ordered.get(i) != views.get(i)) {
                body.insertBefore(ordered.get(i).el(), i + 1 < ordered.size() ? ordered.get(i + 1).el() : null);
            }
        }
        views = ordered;
    }
}
