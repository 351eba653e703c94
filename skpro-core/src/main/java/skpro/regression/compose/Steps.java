package skpro.regression.compose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import skpro.regression.Params;

/**
 * The named transformer steps that {@link Pipeline} and {@link PointPipeline} share: naming,
 * parameters by name, and fitting the steps in turn. Immutable.
 *
 * <p>Parameters of a pipeline with steps named s_1, ..., s_k (sklearn's deep {@code get_params}
 * without the flattening): {@code steps} (the list of {@link Step}s), {@code s_1}, ...,
 * {@code s_k} (each transformer), then {@code estimator}; nested names {@code s_i__name} and
 * {@code estimator__name} reach inside. A change of {@code steps} is applied first, so the other
 * names of the same change refer to the new steps.
 */
final class Steps {

    /** The final estimator's parameter name. */
    static final String ESTIMATOR = "estimator";
    /** The parameter name of the whole list of steps. */
    static final String STEPS = "steps";

    private final List<Step> named;

    private Steps(List<Step> named) {
        this.named = List.copyOf(named);
    }

    /**
     * Steps from a list whose items are {@link Step}s (named) or bare {@link Transformer}s, named
     * as sklearn's {@code make_pipeline} does: the lower-case simple class name
     * ({@code "transformer"} for an anonymous class), and where that name is shared by several bare
     * transformers, {@code name-1}, {@code name-2}, ... in order.
     *
     * @param items the steps, in order (may be empty)
     * @return the steps
     * @throws IllegalArgumentException if the list or an item is null, an item is neither a Step
     *     nor a Transformer, or two steps have the same name
     */
    static Steps of(List<?> items) {
        if (items == null) {
            throw new IllegalArgumentException("steps must not be null");
        }
        String[] auto = new String[items.size()];
        Map<String, Integer> count = new HashMap<>();
        for (int s = 0; s < auto.length; s++) {
            Object item = items.get(s);
            if (item instanceof Transformer t) {
                String simple = t.getClass().getSimpleName().toLowerCase(Locale.ROOT);
                auto[s] = simple.isEmpty() ? "transformer" : simple;
                count.merge(auto[s], 1, Integer::sum);
            } else if (!(item instanceof Step)) {
                throw new IllegalArgumentException("steps[" + s + "] must be a Step or a Transformer, got " + item);
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Step> out = new ArrayList<>(auto.length);
        Set<String> names = new HashSet<>();
        for (int s = 0; s < auto.length; s++) {
            Step step;
            if (auto[s] == null) {
                step = (Step) items.get(s);
            } else {
                String name = auto[s];
                if (count.get(name) > 1) {
                    name += "-" + seen.merge(name, 1, Integer::sum);
                }
                step = new Step(name, (Transformer) items.get(s));
            }
            if (!names.add(step.name())) {
                throw new IllegalArgumentException("step name '" + step.name() + "' is used twice (steps[" + s
                    + "]); step names must be unique");
            }
            out.add(step);
        }
        return new Steps(out);
    }

    /** @return the named steps (unmodifiable) */
    List<Step> named() {
        return named;
    }

    /** @return the transformers in order (unmodifiable) */
    List<Transformer> transformers() {
        List<Transformer> out = new ArrayList<>(named.size());
        for (Step s : named) {
            out.add(s.transformer());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param name a step name
     * @return that step's transformer
     * @throws IllegalArgumentException if no step has that name
     */
    Transformer get(String name) {
        for (Step s : named) {
            if (s.name().equals(name)) {
                return s.transformer();
            }
        }
        throw new IllegalArgumentException("no step named '" + name + "'; steps: " + names());
    }

    private List<String> names() {
        List<String> out = new ArrayList<>(named.size());
        for (Step s : named) {
            out.add(s.name());
        }
        return out;
    }

    /**
     * @param estimator the final estimator
     * @return {@code steps}, each step by name, then {@code estimator} (unmodifiable, ordered)
     */
    Map<String, Object> params(Object estimator) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(STEPS, named);
        for (Step s : named) {
            out.put(s.name(), s.transformer());
        }
        out.put(ESTIMATOR, estimator);
        return Collections.unmodifiableMap(out);
    }

    /** The steps and final estimator after a change of parameters. */
    record Merged(Steps steps, Object estimator) {
    }

    /**
     * @param owner the pipeline's class name, for messages
     * @param estimator the current final estimator
     * @param changes parameter names (see the class comment) to new values
     * @return the new steps and estimator
     * @throws IllegalArgumentException if a name is unknown, a value has the wrong type (a step
     *     must be replaced by a Transformer, the estimator by one of the same interface), or the
     *     new steps are invalid
     */
    Merged merge(String owner, Object estimator, Map<String, ?> changes) {
        if (changes == null) {
            throw new IllegalArgumentException("changes must not be null");
        }
        Map<String, Object> rest = new LinkedHashMap<>(changes);
        Steps base = this;
        if (rest.containsKey(STEPS)) {
            Object list = rest.remove(STEPS);
            if (!(list instanceof List<?> items)) {
                throw new IllegalArgumentException("parameter 'steps' of " + owner
                    + " must be a List of Steps or Transformers, got " + list);
            }
            base = of(items);
        }
        Map<String, Object> p = Params.merge(owner, base.params(estimator), rest);
        List<Step> out = new ArrayList<>(base.named.size());
        for (Step s : base.named) {
            out.add(new Step(s.name(), (Transformer) p.get(s.name())));
        }
        return new Merged(new Steps(out), p.get(ESTIMATOR));
    }

    /** The steps fitted on a training matrix, and that matrix as the final estimator sees it. */
    record Fit(List<FittedTransformer> fitted, double[][] transformed) {

        /**
         * @param numFeaturesIfEmpty the estimator's number of features, used when there is no step
         * @return the fitted steps as one transform
         */
        FittedSteps steps(int numFeaturesIfEmpty) {
            return new FittedSteps(fitted, fitted.isEmpty() ? numFeaturesIfEmpty : fitted.get(0).numFeatures());
        }
    }

    /**
     * X_0 = X, f_s = T_s.fit(X_{s-1}), X_s = f_s.transform(X_{s-1}).
     *
     * @param x the training features
     * @return the fitted steps and X_k
     * @throws IllegalArgumentException if a step rejects its input
     */
    Fit fit(double[][] x) {
        List<FittedTransformer> fitted = new ArrayList<>(named.size());
        double[][] z = x;
        for (Step s : named) {
            FittedTransformer f = s.transformer().fit(z);
            z = f.transform(z);
            fitted.add(f);
        }
        return new Fit(List.copyOf(fitted), z);
    }

    /**
     * @param owner the pipeline's class name
     * @param estimator the final estimator
     * @return {@code Owner{name=step, ..., estimator=...}}
     */
    String describe(String owner, Object estimator) {
        Map<String, Object> p = new LinkedHashMap<>(params(estimator));
        p.remove(STEPS);
        return owner + p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Steps s && s.named.equals(named);
    }

    @Override
    public int hashCode() {
        return named.hashCode();
    }

    @Override
    public String toString() {
        return named.toString();
    }
}
