package io.backbonejava.benchmarks;

import io.backbonejava.DomEvents;
import io.backbonejava.Html;
import io.backbonejava.Template;
import io.backbonejava.View;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * One {@code <tr>}: its element is its template's row, filled from the row's attributes when the view is
 * made (so there is nothing left for {@link #render()} to draw); it follows its label and selection, and
 * handles its links.
 */
final class RowView extends View<Row> {
    private static final Template ROW = Template.of(
            "<tr><td class=\"col-md-1\">{{id}}</td><td class=\"col-md-4\"><a class=\"lbl\">{{label}}</a></td>"
            + "<td class=\"col-md-1\"><a class=\"remove\"><span class=\"glyphicon glyphicon-remove\""
            + " aria-hidden=\"true\"></span></a></td><td class=\"col-md-6\"></td></tr>");

    private final Rows rows;

    RowView(Row row, Rows rows) {
        super(row, null);
        this.rows = rows;
        listenTo(row, "change:label", e -> renderLabel());
        listenTo(row, "change:selected", e -> renderSelected());
    }

    @Override
    protected HTMLElement createElement(String tagName) {
        return ROW.renderElement(model().attributes());
    }

    @Override
    protected DomEvents events() {
        // Its two links share a handler, told apart by class as in the vanilla app.
        return new DomEvents().onClick("a", (event, link) -> {
            event.preventDefault();
            if (link.getClassName().equals("lbl")) {
                rows.choose(model());
            } else {
                rows.forget(model());
                rows.remove(model());
            }
        });
    }

    private void renderLabel() {
        Html.text($(".lbl"), model().get(Row.LABEL));
    }

    private void renderSelected() {
        // Heard only on a change of "selected", which Rows.choose always sets to true or false.
        el().setClassName(model().get(Row.SELECTED) ? "danger" : "");
    }
}
