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

    /**
     * A factory whose models keep their id in another attribute, such as {@code "_id"}: a constructor
     * reference cannot say so itself, and without it a collection would not recognise plain attributes
     * {@code {"_id": 1}} as the model it already holds.
     *
     * <pre>{@code
     * Collection<Doc> docs = new Collection<>(ModelFactory.withIdAttribute("_id", Doc::new));
     * }</pre>
     *
     * @param idAttribute the id attribute's name, as the models' {@link Model#idAttribute()} returns it
     * @param create makes the models
     * @param <M> the model type
     * @return the factory
     */
    static <M extends Model> ModelFactory<M> withIdAttribute(String idAttribute, ModelFactory<M> create) {
        if (idAttribute == null || create == null) {
            throw new NullPointerException(idAttribute == null ? "idAttribute == null" : "create == null");
        }
        return new ModelFactory<M>() {
            @Override
            public M create(Map<String, Object> attributes, Options options) {
                return create.create(attributes, options);
            }

            @Override
            public String idAttribute() {
                return idAttribute;
            }
        };
    }
}
