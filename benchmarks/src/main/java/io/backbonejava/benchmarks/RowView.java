package io.backbonejava.benchmarks;

import io.backbonejava.DomEvents;
import io.backbonejava.Html;
import io.backbonejava.Template;
import io.backbonejava.View;

/** One {@code <tr>}: renders its row from a template, follows its label and selection, and handles its links. */
final class RowView extends View<Row> {
    private static final Template TEMPLATE = Template.of(
            "<td class=\"col-md-1\">{{id}}</td><td class=\"col-md-4\"><a class=\"lbl\">{{label}}</a></td>"
            + "<td class=\"col-md-1\"><a class=\"remove\"><span class=\"glyphicon glyphicon-remove\""
            + " aria-hidden=\"true\"></span></a></td><td class=\"col-md-6\"></td>");

    private final Rows rows;

    RowView(Row row, Rows rows) {
        super(row, null);
        this.rows = rows;
        listenTo(row, "change:label", e -> renderLabel());
        listenTo(row, "change:selected", e -> renderSelected());
    }

    @Override
    protected String tagName() {
        return "tr";
    }

    @Override
    protected DomEvents events() {
        return new DomEvents()
                .onClick(".lbl", (event, link) -> {
                    event.preventDefault();
                    rows.choose(model());
                })
                .onClick(".remove", (event, link) -> {
                    event.preventDefault();
                    rows.forget(model());
                    rows.remove(model());
                });
    }

    @Override
    public RowView render() {
        el().appendChild(TEMPLATE.render(model().attributes()));
        return this;
    }

    private void renderLabel() {
        Html.text($(".lbl"), model().get(Row.LABEL));
    }

    private void renderSelected() {
        el().setClassName(Boolean.TRUE.equals(model().get(Row.SELECTED)) ? "danger" : "");
    }
}
