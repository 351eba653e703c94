package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;

/**
 * Point masses (Dirac deltas) at c, one per row; c any finite real.
 *
 * <p>Discrete: the pdf is the mass, 1 at c and 0 elsewhere (log: 0 and -inf). F(x) = 1 for
 * x &ge; c, else 0. Every quantile is c, for every level including 0 and 1. E X = c, Var X = 0,
 * E|X - x| = |x - c|, E|X - X'| = 0; every draw is c. All methods are closed form.
 */
public final class Delta extends AbstractDistribution {

    private final double[] c;

    private Delta(double[] c) {
        super(c.length);
        this.c = c;
    }

    /**
     * @param c the locations, one per row, each finite
     * @return the distribution
     * @throws IllegalArgumentException if c is empty or a value is not finite
     */
    public static Delta of(double[] c) {
        Check.finite("c", c);
        return new Delta(c.clone());
    }

    /**
     * @param c the location, finite
     * @return a one-row distribution
     * @throws IllegalArgumentException if c is not finite
     */
    public static Delta of(double c) {
        return of(new double[] {c});
    }

    /** @return the locations (a copy) */
    public double[] c() {
        return c.clone();
    }

    /** @return {@link MeasureType#DISCRETE}: the pdf is the mass at c */
    @Override
    public MeasureType measureType() {
        return MeasureType.DISCRETE;
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("c", c());
        return out;
    }

    @Override
    public Delta select(int... rows) {
        Check.rows(rows, size());
        return new Delta(Check.pick(c, rows));
    }

    @Override
    protected double cdfAt(int i, double x) {
        return x >= c[i] ? 1.0 : 0.0;
    }

    @Override
    protected double survivalAt(int i, double x) {
        return x >= c[i] ? 0.0 : 1.0;
    }

    @Override
    protected double logCdfAt(int i, double x) {
        return x >= c[i] ? 0.0 : Double.NEGATIVE_INFINITY;
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return x >= c[i] ? Double.NEGATIVE_INFINITY : 0.0;
    }

    @Override
    protected double pdfAt(int i, double x) {
        return x == c[i] ? 1.0 : 0.0;
    }

    @Override
    protected double logPdfAt(int i, double x) {
        return x == c[i] ? 0.0 : Double.NEGATIVE_INFINITY;
    }

    @Override
    protected double ppfAt(int i, double p) {
        return c[i];
    }

    @Override
    protected double isfAt(int i, double q) {
        return c[i];
    }

    @Override
    protected double supportLowerAt(int i) {
        return c[i];
    }

    @Override
    protected double supportUpperAt(int i) {
        return c[i];
    }

    @Override
    protected double meanAt(int i) {
        return c[i];
    }

    @Override
    protected double varAt(int i) {
        return 0.0;
    }

    @Override
    protected double energyAt(int i) {
        return 0.0;
    }

    @Override
    protected double energyAt(int i, double x) {
        return Math.abs(x - c[i]);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return c[i];
    }

    @Override
    public double[] mean() {
        return c.clone();
    }

    @Override
    public double[] var() {
        return new double[c.length];
    }
}
