package skpro.modelselection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A distribution over the values of one hyper-parameter, sampled by {@link RandomizedSearchCV}
 * (sklearn's {@code param_distributions} entries: a list, or a scipy distribution with
 * {@code rvs}). Implementations draw only from the generator they are given, so a search is
 * reproducible from its seed.
 */
public interface ParamDistribution {

    /**
     * @param rng the generator to draw from
     * @return one value of the parameter
     */
    Object sample(RandomGenerator rng);

    /**
     * @param values the candidate values, at least one
     * @return each value with probability 1 / size
     * @throws IllegalArgumentException if the list is null or empty
     */
    static ParamDistribution choice(List<?> values) {
        return new Choice(values);
    }

    /**
     * @param lower the lower end, finite
     * @param upper the upper end, finite, &gt; lower
     * @return the continuous uniform law on [lower, upper)
     * @throws IllegalArgumentException if the ends are not finite or not ordered
     */
    static ParamDistribution uniform(double lower, double upper) {
        return new Uniform(lower, upper);
    }

    /**
     * @param lower the lower end, finite and &gt; 0
     * @param upper the upper end, finite, &gt; lower
     * @return exp(U) with U uniform on [log lower, log upper) (scipy's {@code loguniform})
     * @throws IllegalArgumentException if the ends are not finite, not positive or not ordered
     */
    static ParamDistribution logUniform(double lower, double upper) {
        return new LogUniform(lower, upper);
    }

    /**
     * @param lower the smallest value
     * @param upper the largest value, &ge; lower (inclusive, unlike scipy's {@code randint})
     * @return each integer of [lower, upper] with equal probability, as an {@link Integer}
     * @throws IllegalArgumentException if upper &lt; lower
     */
    static ParamDistribution integers(int lower, int upper) {
        return new Integers(lower, upper);
    }

    /**
     * A uniform choice from a list.
     *
     * @param values the candidates (an unmodifiable copy; null elements allowed)
     */
    record Choice(List<?> values) implements ParamDistribution {
        /** @throws IllegalArgumentException if the list is null or empty */
        public Choice {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("choice: values must hold at least one value");
            }
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        @Override
        public Object sample(RandomGenerator rng) {
            return values.get(rng.nextInt(values.size()));
        }
    }

    /**
     * The continuous uniform law on [lower, upper); samples are {@link Double}s.
     *
     * @param lower the lower end
     * @param upper the upper end
     */
    record Uniform(double lower, double upper) implements ParamDistribution {
        /** @throws IllegalArgumentException if the ends are not finite or lower &ge; upper */
        public Uniform {
            if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
                throw new IllegalArgumentException("uniform: need finite lower < upper, got [" + lower + ", " + upper + ")");
            }
        }

        @Override
        public Object sample(RandomGenerator rng) {
            return rng.nextDouble(lower, upper);
        }
    }

    /**
     * The log-uniform law on [lower, upper); samples are {@link Double}s.
     *
     * @param lower the lower end, &gt; 0
     * @param upper the upper end
     */
    record LogUniform(double lower, double upper) implements ParamDistribution {
        /** @throws IllegalArgumentException if the ends are not finite, lower &le; 0 or lower &ge; upper */
        public LogUniform {
            if (!(lower > 0.0 && Double.isFinite(upper) && lower < upper)) {
                throw new IllegalArgumentException("logUniform: need finite 0 < lower < upper, got [" + lower + ", "
                    + upper + ")");
            }
        }

        @Override
        public Object sample(RandomGenerator rng) {
            double v = Math.exp(rng.nextDouble(Math.log(lower), Math.log(upper)));
            return Math.min(Math.max(v, lower), Math.nextDown(upper));
        }
    }

    /**
     * The discrete uniform law on the integers of [lower, upper]; samples are {@link Integer}s.
     *
     * @param lower the smallest value
     * @param upper the largest value
     */
    record Integers(int lower, int upper) implements ParamDistribution {
        /** @throws IllegalArgumentException if upper &lt; lower */
        public Integers {
            if (upper < lower) {
                throw new IllegalArgumentException("integers: need lower <= upper, got [" + lower + ", " + upper + "]");
            }
        }

        @Override
        public Object sample(RandomGenerator rng) {
            return (int) rng.nextLong(lower, (long) upper + 1L);
        }
    }
}
