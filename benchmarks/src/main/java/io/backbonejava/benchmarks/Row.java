package io.backbonejava.benchmarks;

import io.backbonejava.Attribute;
import io.backbonejava.Model;
import io.backbonejava.Options;
import java.util.Map;

/** One row of the benchmark table: an id counting up, a random label, and whether it is the selected row. */
final class Row extends Model {
    static final Attribute<Integer> ID = Attribute.integer("id");
    static final Attribute<String> LABEL = Attribute.string("label");
    static final Attribute<Boolean> SELECTED = Attribute.bool("selected");

    Row(Map<String, ?> attributes, Options options) {
        super(attributes, options);
    }
}
