package io.backbonejava.benchmarks;

import io.backbonejava.CollectionView;
import io.backbonejava.DomEvents;
import io.backbonejava.Model;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The js-framework-benchmark table app on backbone-java, compiled by TeaVM into {@code target/jsbench-app}:
 * a collection of row models ({@link Rows}), a view per row with its own events map ({@link RowView}), a
 * {@link CollectionView} on the {@code tbody} that keeps one row view per row in the collection's order, and
 * this view on {@code #main}, whose events map holds the buttons (one entry for all six). It has the structure of the Backbone.js version ({@code backbonejs-app/app.js}), so
 * that the two compare library against library.
 */
public final class JsBenchApp extends View<Model> {
    private final Rows rows = new Rows();

    private JsBenchApp() {
        super(new ViewOptions().el("#main"));
        addChild(new CollectionView<>(rows, row -> new RowView(row, rows), new ViewOptions().el("#tbody"))).render();
    }

    /**
     * Starts the app on the page's {@code #main}.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        new JsBenchApp();
    }

    /**
     * One delegated listener for the six buttons, told apart by id as the vanilla app does: a click on a row
     * then bubbles past one selector here rather than six, and the app carries one handler rather than six.
     */
    @Override
    protected DomEvents events() {
        return new DomEvents().onClick("button", (event, button) -> press(button.getId()));
    }

    private void press(String id) {
        if (id.equals("run")) {
            run(1000);
        } else if (id.equals("runlots")) {
            run(10000);
        } else if (id.equals("add")) {
            rows.add(Data.build(1000));
        } else if (id.equals("update")) {
            update();
        } else if (id.equals("clear")) {
            clear();
        } else if (id.equals("swaprows")) {
            swapRows();
        }
    }

    private void run(int count) {
        rows.clearSelection();
        rows.reset(Data.build(count));
    }

    private void update() {
        for (int i = 0; i < rows.size(); i += 10) {
            Row row = rows.at(i);
            row.set(Row.LABEL, row.get(Row.LABEL) + " !!!");
        }
    }

    private void clear() {
        rows.clearSelection();
        rows.reset();
    }

    private void swapRows() {
        if (rows.size() > 998) {
            List<Row> models = new ArrayList<>(rows.models());
            Row second = models.get(1);
            models.set(1, models.get(998));
            models.set(998, second);
            rows.set(models);
        }
    }
}
