package skpro.regression.compose;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.regression.Parameterized;

/**
 * What {@link Pipeline} and {@link PointPipeline} share: named transformer steps, a final
 * estimator of type E, their parameters and their copies. Immutable.
 *
 * @param <E> the final estimator's type
 * @param <P> the pipeline's own type, which the copies return
 */
abstract class PipelineBase<E extends Parameterized<?>, P extends PipelineBase<E, P>> {

    private final Steps steps;
    private final E estimator;

    PipelineBase(Steps steps, E estimator) {
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        this.steps = steps;
        this.estimator = estimator;
    }

    /**
     * @param newSteps the steps
     * @param newEstimator the final estimator
     * @return a pipeline of this class with them
     * @throws IllegalArgumentException if the estimator is null
     */
    abstract P copy(Steps newSteps, E newEstimator);

    /** @return the steps */
    final Steps stepList() {
        return steps;
    }

    /**
     * @param newSteps the transformers, named as sklearn's {@code make_pipeline}
     * @return a copy with them
     * @throws IllegalArgumentException if the list or a step is null
     */
    public final P withSteps(List<? extends Transformer> newSteps) {
        return copy(Steps.of(newSteps), estimator);
    }

    /**
     * @param newSteps the named transformers
     * @return a copy with them
     * @throws IllegalArgumentException if the list or a step is null, or two steps share a name
     */
    public final P withNamedSteps(List<Step> newSteps) {
        return copy(Steps.of(newSteps), estimator);
    }

    /**
     * @param newEstimator the final estimator
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public final P withEstimator(E newEstimator) {
        return copy(steps, newEstimator);
    }

    /** @return the transformers in order (unmodifiable) */
    public final List<Transformer> steps() {
        return steps.transformers();
    }

    /** @return the named steps in order (unmodifiable) */
    public final List<Step> namedSteps() {
        return steps.named();
    }

    /**
     * @param name a step name
     * @return that step's transformer
     * @throws IllegalArgumentException if no step has that name
     */
    public final Transformer step(String name) {
        return steps.get(name);
    }

    /** @return the final estimator */
    public final E estimator() {
        return estimator;
    }

    /** @return {@code steps}, each step under its name, then {@code estimator} */
    public final Map<String, Object> params() {
        return steps.params(estimator);
    }

    /**
     * @param changes parameter name (or {@code outer__inner} path) to new value
     * @return a copy with them; {@code steps} is applied first
     * @throws IllegalArgumentException if a name is unknown or a value invalid (named)
     */
    @SuppressWarnings("unchecked") // Params.merge checked that the estimator offers E's interfaces
    public final P withParams(Map<String, ?> changes) {
        Steps.Merged m = steps.merge(getClass().getSimpleName(), estimator, changes);
        return copy(m.steps(), (E) m.estimator());
    }

    /** Value equality: same class, equal named steps and estimator. */
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((PipelineBase<?, ?>) o).steps.equals(steps)
            && ((PipelineBase<?, ?>) o).estimator.equals(estimator);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), steps, estimator);
    }

    /** @return {@code Pipeline{name=step, ..., estimator=...}} */
    @Override
    public final String toString() {
        return steps.describe(getClass().getSimpleName(), estimator);
    }
}
