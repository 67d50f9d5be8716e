package io.backbonejava;

import java.util.Map;

/**
 * How a {@link Collection} turns plain attributes into models: Backbone's {@code model} property. Usually a
 * constructor reference, {@code Todo::new}; a lambda can choose the class from the attributes, for
 * collections of several model types.
 *
 * <pre>{@code
 * Collection<Shape> shapes = new Collection<>((attrs, options) ->
 *     "circle".equals(attrs.get("type")) ? new Circle(attrs, options) : new Square(attrs, options));
 * }</pre>
 *
 * @param <M> the model type it creates
 */
@FunctionalInterface
public interface ModelFactory<M extends Model> {
    /**
     * Creates a model. The options include {@code collection} (the collection asking) and the options of the
     * call that brought the attributes, such as {@code parse}.
     *
     * @param attributes the attributes, possibly raw server data when {@code parse} is set
     * @param options the options to pass to the model's constructor
     * @return the new model
     */
    M create(Map<String, Object> attributes, Options options);

    /**
     * The id attribute of the models this factory creates, which the collection uses to find plain
     * attributes among its models: {@code "id"} unless overridden.
     *
     * @return the id attribute's name
     */
    default String idAttribute() {
        return "id";
    }
}
