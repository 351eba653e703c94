package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;
import skpro.distributions.internal.Tables;

/**
 * n independent copies of one scalar distribution: every row is distributed as the single row of
 * {@code one} (skpro's {@code IID}).
 *
 * <p>Every method delegates to {@code one}: the moments and energy are computed once and
 * repeated; point-wise methods evaluate {@code one} at all rows' points in vectorised calls on a
 * temporary block of at most 64 repetitions of {@code one}, so the storage is one distribution
 * whatever n. Sampling draws each row's sample from {@code one} in turn.
 */
public final class IID implements Distribution {

    private final Distribution one;
    private final int size;

    private IID(Distribution one, int size) {
        this.one = one;
        this.size = size;
    }

    /**
     * @param one a distribution of exactly one row
     * @param n the number of rows, at least 1
     * @return n independent copies of {@code one}
     * @throws IllegalArgumentException if one is null or does not have exactly one row, or n &lt; 1
     */
    public static IID of(Distribution one, int n) {
        Check.notNull("one", one);
        if (one.size() != 1) {
            throw new IllegalArgumentException("one must have exactly 1 row, got " + one.size());
        }
        return new IID(one, Check.atLeastOne("n", n));
    }

    /** @return the distribution of every row (one row) */
    public Distribution distribution() {
        return one;
    }

    /** @return the mean and standard deviation of every row (repeated) */
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("mean", Check.fill(one.mean()[0], size));
        out.put("std", Check.fill(one.std()[0], size));
        return out;
    }

    @Override
    public String toString() {
        return Tables.describe("IID[" + one.getClass().getSimpleName() + "]", size, parameters());
    }

    /** @return the one-row distribution every row follows (immutable, so shared) */
    public Distribution one() {
        return one;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public MeasureType measureType() {
        return one.measureType();
    }

    @Override
    public IID select(int... rows) {
        Check.rows(rows, size);
        return new IID(one, rows.length);
    }

    /** Applies a vectorised method of {@code one} to one (already validated) value per row. */
    private double[] map(double[] x, BiFunction<Distribution, double[], double[]> method) {
        double first = x[0];
        boolean same = true;
        for (int i = 1; i < x.length && same; i++) {
            same = Double.doubleToLongBits(x[i]) == Double.doubleToLongBits(first);
        }
        if (same) {
            // one point for every row (a broadcast level or point): evaluate it once
            return Check.fill(method.apply(one, new double[] {first})[0], x.length);
        }
        return Composites.atRow(one, 0, x, method);
    }

    @Override
    public double[] pdf(double[] x) {
        Check.points("x", x, size);
        return map(x, Distribution::pdf);
    }

    @Override
    public double[] logPdf(double[] x) {
        Check.points("x", x, size);
        return map(x, Distribution::logPdf);
    }

    @Override
    public double[] cdf(double[] x) {
        Check.points("x", x, size);
        return map(x, Distribution::cdf);
    }

    @Override
    public double[] survival(double[] x) {
        Check.points("x", x, size);
        return map(x, Distribution::survival);
    }

    @Override
    public double[] logCdf(double[] x) {
        Check.points("x", x, size);
        return map(x, Distribution::logCdf);
    }

    @Override
    public double[] logSurvival(double[] x) {
        Check.points("x", x, size);
        return map(x, Distribution::logSurvival);
    }

    @Override
    public double[] ppf(double[] p) {
        Check.probabilities("p", p, size);
        return map(p, Distribution::ppf);
    }

    @Override
    public double[] isf(double[] q) {
        Check.probabilities("q", q, size);
        return map(q, Distribution::isf);
    }

    @Override
    public double[] energy(double[] x) {
        Check.points("x", x, size);
        return map(x, Distribution::energy);
    }

    @Override
    public double[] mean() {
        return Check.fill(one.mean()[0], size);
    }

    @Override
    public double[] var() {
        return Check.fill(one.var()[0], size);
    }

    @Override
    public double[] energy() {
        return Check.fill(one.energy()[0], size);
    }

    @Override
    public double[][] sample(int n, RandomGenerator rng) {
        Check.atLeastOne("n", n);
        Check.notNull("rng", rng);
        double[][] out = new double[size][];
        for (int i = 0; i < size; i++) {
            out[i] = one.sample(n, rng)[0];
        }
        return out;
    }
}
