package skpro.regression.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import skpro.distributions.Distribution;
import skpro.regression.Params;
import skpro.regression.ProbaModel;
import skpro.regression.ProbaRegressor;

/**
 * A pipeline (skpro's {@code Pipeline}, sklearn's): transformers T_1, ..., T_k then a final
 * probabilistic regressor. Fit on (X, y): X_0 = X, f_s = T_s.fit(X_{s-1}), X_s = f_s(X_{s-1}),
 * then the estimator is fitted on (X_k, y). The model predicts at X' through
 * f_k(...f_1(X')...), with the transforms learned at fit (never refitted on test data).
 *
 * <p>Validation is the steps' own: the first step checks X (so a leading {@link SimpleImputer}
 * lets NaN through as missing values), the final estimator checks y.
 *
 * <p>Parameters: {@code steps} (the list of transformers, replaced as a whole by any
 * {@code List} of them) and {@code estimator} (nested as {@code estimator__name}).
 */
public final class Pipeline implements ProbaRegressor {

    private final List<Transformer> steps;
    private final ProbaRegressor estimator;

    private Pipeline(List<?> steps, ProbaRegressor estimator) {
        if (steps == null) {
            throw new IllegalArgumentException("steps must not be null");
        }
        if (estimator == null) {
            throw new IllegalArgumentException("estimator must not be null");
        }
        List<Transformer> copy = new ArrayList<>();
        for (int s = 0; s < steps.size(); s++) {
            if (!(steps.get(s) instanceof Transformer t)) {
                throw new IllegalArgumentException("steps[" + s + "] must be a Transformer, got " + steps.get(s));
            }
            copy.add(t);
        }
        this.steps = List.copyOf(copy);
        this.estimator = estimator;
    }

    /**
     * @param steps the transformers, applied in order (may be empty)
     * @param estimator the final probabilistic regressor
     * @return the pipeline
     * @throws IllegalArgumentException if an argument or a step is null
     */
    public static Pipeline of(List<? extends Transformer> steps, ProbaRegressor estimator) {
        return new Pipeline(steps, estimator);
    }

    /**
     * @param newSteps the transformers
     * @return a copy with them
     * @throws IllegalArgumentException if the list or a step is null
     */
    public Pipeline withSteps(List<? extends Transformer> newSteps) {
        return new Pipeline(newSteps, estimator);
    }

    /**
     * @param newEstimator the final estimator
     * @return a copy with it
     * @throws IllegalArgumentException if it is null
     */
    public Pipeline withEstimator(ProbaRegressor newEstimator) {
        return new Pipeline(steps, newEstimator);
    }

    /** @return the transformers (unmodifiable) */
    public List<Transformer> steps() {
        return steps;
    }

    /** @return the final estimator */
    public ProbaRegressor estimator() {
        return estimator;
    }

    /**
     * @throws IllegalArgumentException if a step rejects X (empty, ragged, not finite, ...) or the
     *     final estimator rejects the transformed X or y
     */
    @Override
    public ProbaModel fit(double[][] x, double[] y) {
        List<FittedTransformer> fitted = new ArrayList<>();
        double[][] z = x;
        for (Transformer t : steps) {
            FittedTransformer f = t.fit(z);
            z = f.transform(z);
            fitted.add(f);
        }
        ProbaModel model = estimator.fit(z, y);
        int p = fitted.isEmpty() ? model.numFeatures() : fitted.get(0).numFeatures();
        return new Model(this, List.copyOf(fitted), model, p);
    }

    @Override
    public Map<String, Object> params() {
        return Params.of("steps", steps, "estimator", estimator);
    }

    /** @throws IllegalArgumentException if a name is unknown or a value invalid (named) */
    @Override
    public Pipeline withParams(Map<String, ?> changes) {
        if (changes == null) {
            throw new IllegalArgumentException("changes must not be null");
        }
        Map<String, Object> rest = new LinkedHashMap<>(changes);
        Object newSteps = rest.containsKey("steps") ? rest.remove("steps") : steps;
        if (!(newSteps instanceof List<?> list)) {
            throw new IllegalArgumentException("parameter 'steps' of Pipeline must be a List of Transformers, got "
                + newSteps);
        }
        Map<String, Object> p = Params.merge("Pipeline", params(), rest);
        return new Pipeline(list, (ProbaRegressor) p.get("estimator"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pipeline q && q.steps.equals(steps) && q.estimator.equals(estimator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps, estimator);
    }

    @Override
    public String toString() {
        return "Pipeline" + params();
    }

    private record Model(Pipeline regressor, List<FittedTransformer> fitted, ProbaModel model, int numFeatures)
        implements ProbaModel {

        private double[][] through(double[][] x) {
            double[][] z = x;
            for (FittedTransformer f : fitted) {
                z = f.transform(z);
            }
            return z;
        }

        @Override
        public Distribution predictProba(double[][] x) {
            return model.predictProba(through(x));
        }

        @Override
        public double[] predict(double[][] x) {
            return model.predict(through(x));
        }

        @Override
        public double[] predictVar(double[][] x) {
            return model.predictVar(through(x));
        }

        @Override
        public double[][] predictQuantiles(double[][] x, double... alphas) {
            return model.predictQuantiles(through(x), alphas);
        }

        @Override
        public double[][] predictInterval(double[][] x, double coverage) {
            return model.predictInterval(through(x), coverage);
        }
    }
}
