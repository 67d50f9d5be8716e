package io.backbonejava.benchmarks;

import io.backbonejava.DomListener;
import io.backbonejava.Html;
import io.backbonejava.Template;
import io.backbonejava.View;
import io.backbonejava.ViewOptions;
import java.util.Map;

/** One {@code <tr>}: renders its row from a template, follows its label and selection, and handles its links. */
final class RowView extends View {
    private static final Template TEMPLATE = Template.of(
            "<td class=\"col-md-1\">{{id}}</td><td class=\"col-md-4\"><a class=\"lbl\">{{label}}</a></td>"
            + "<td class=\"col-md-1\"><a class=\"remove\"><span class=\"glyphicon glyphicon-remove\""
            + " aria-hidden=\"true\"></span></a></td><td class=\"col-md-6\"></td>");

    RowView(Row row) {
        super(new ViewOptions().model(row));
        listenTo(row, "change:label", e -> renderLabel());
        listenTo(row, "change:selected", e -> renderSelected());
    }

    @Override
    protected String tagName() {
        return "tr";
    }

    @Override
    protected Map<String, DomListener> events() {
        return Map.of(
                "click .lbl", (event, link) -> {
                    event.preventDefault();
                    rows().choose(row());
                },
                "click .remove", (event, link) -> {
                    event.preventDefault();
                    rows().remove(row());
                });
    }

    @Override
    public RowView render() {
        el().appendChild(TEMPLATE.render(row().attributes()));
        return this;
    }

    private void renderLabel() {
        Html.text($(".lbl"), row().get(Row.LABEL));
    }

    private void renderSelected() {
        el().setClassName(Boolean.TRUE.equals(row().get(Row.SELECTED)) ? "danger" : "");
    }

    private Row row() {
        return model();
    }

    private Rows rows() {
        return (Rows) row().collection();
    }
}
