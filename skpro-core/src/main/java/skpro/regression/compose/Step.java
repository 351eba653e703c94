package skpro.regression.compose;

/**
 * A named transformer step of a {@link Pipeline} or {@link PointPipeline} (an entry of sklearn's
 * {@code Pipeline.steps}). The name is the step's parameter name: {@code "scale"} is the step
 * itself and {@code "scale__withMean"} its parameter {@code withMean}.
 *
 * @param name the step's name: not empty, without {@code "__"}, and neither {@code "estimator"}
 *     nor {@code "steps"} (the pipelines' own parameter names)
 * @param transformer the transformer
 */
public record Step(String name, Transformer transformer) {

    /**
     * @throws IllegalArgumentException if the name is null, empty, holds {@code "__"} or is
     *     reserved, or the transformer is null
     */
    public Step {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a step name must not be empty, got " + (name == null ? "null" : "\"\""));
        }
        if (name.contains("__")) {
            throw new IllegalArgumentException("step name '" + name + "' must not contain \"__\" (the nesting "
                + "separator of parameter names)");
        }
        if (name.equals(Steps.ESTIMATOR) || name.equals(Steps.STEPS)) {
            throw new IllegalArgumentException("step name '" + name + "' is reserved for the pipeline's own "
                + "parameter of that name");
        }
        if (transformer == null) {
            throw new IllegalArgumentException("the transformer of step '" + name + "' must not be null");
        }
    }

    /**
     * @param name the step's name
     * @param transformer the transformer
     * @return the step
     * @throws IllegalArgumentException as the constructor
     */
    public static Step of(String name, Transformer transformer) {
        return new Step(name, transformer);
    }
}
