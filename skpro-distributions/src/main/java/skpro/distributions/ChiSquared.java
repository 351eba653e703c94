package skpro.distributions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import skpro.distributions.internal.Check;

/**
 * Chi-squared distributions, one per row, with {@code dof} degrees of freedom: the gamma
 * distribution with shape dof / 2 and rate 1/2.
 *
 * <p>f(x) = x^(k/2 - 1) exp(-x / 2) / (2^(k/2) Gamma(k/2)) for x &ge; 0 (0 below), k = dof &gt; 0
 * (not necessarily an integer), support [0, inf). F(x) = P(k/2, x/2); E X = k, Var X = 2k.
 *
 * <p>Energy terms: E|X - x| = (x - k)(2 F(x) - 1) + 2 x g(x / 2), with g the density of the
 * standard gamma of shape k/2, for x &gt; 0 and k - x for x &le; 0;
 * E|X - X'| = 4 / B(1/2, k/2) = 4 Gamma((k + 1)/2) / (sqrt(pi) Gamma(k/2)).
 *
 * <p>Every method delegates to {@link Gamma}{@code (dof / 2, 1 / 2)}, whose methods (closed
 * forms, tails, quantiles and sampler) are documented there.
 */
public final class ChiSquared extends AbstractDistribution {

    private final double[] dof;
    private final Gamma gamma;

    private ChiSquared(double[] dof) {
        super(dof.length);
        this.dof = dof;
        double[] shape = new double[dof.length];
        for (int i = 0; i < dof.length; i++) {
            shape[i] = 0.5 * dof[i];
        }
        this.gamma = Gamma.of(shape, Check.fill(0.5, dof.length));
    }

    /**
     * @param dof the degrees of freedom, one per row, each &gt; 0
     * @return the distribution
     * @throws IllegalArgumentException if the array is empty or a value is not finite and positive
     */
    public static ChiSquared of(double[] dof) {
        Check.positive("dof", dof);
        return new ChiSquared(dof.clone());
    }

    /**
     * @param dof the degrees of freedom, &gt; 0
     * @return a one-row distribution
     * @throws IllegalArgumentException if dof is not finite and positive
     */
    public static ChiSquared of(double dof) {
        return of(new double[] {dof});
    }

    /** @return the degrees of freedom (a copy) */
    public double[] dof() {
        return dof.clone();
    }

    @Override
    public Map<String, double[]> parameters() {
        Map<String, double[]> out = new LinkedHashMap<>();
        out.put("dof", dof());
        return out;
    }

    @Override
    public ChiSquared select(int... rows) {
        Check.rows(rows, size());
        return new ChiSquared(Check.pick(dof, rows));
    }

    // ---------------------------------------------------------------- row primitives

    @Override
    protected double supportLowerAt(int i) {
        return 0.0;
    }

    @Override
    protected double pdfAt(int i, double x) {
        return gamma.pdfAt(i, x);
    }

    @Override
    protected double logPdfAt(int i, double x) {
        return gamma.logPdfAt(i, x);
    }

    @Override
    protected double cdfAt(int i, double x) {
        return gamma.cdfAt(i, x);
    }

    @Override
    protected double survivalAt(int i, double x) {
        return gamma.survivalAt(i, x);
    }

    @Override
    protected double logCdfAt(int i, double x) {
        return gamma.logCdfAt(i, x);
    }

    @Override
    protected double logSurvivalAt(int i, double x) {
        return gamma.logSurvivalAt(i, x);
    }

    @Override
    protected double ppfAt(int i, double p) {
        return gamma.ppfAt(i, p);
    }

    @Override
    protected double isfAt(int i, double q) {
        return gamma.isfAt(i, q);
    }

    @Override
    protected double meanAt(int i) {
        return dof[i];
    }

    @Override
    protected double varAt(int i) {
        return 2.0 * dof[i];
    }

    @Override
    protected double energyAt(int i) {
        return gamma.energyAt(i);
    }

    @Override
    protected double energyAt(int i, double x) {
        return gamma.energyAt(i, x);
    }

    @Override
    protected double sampleAt(int i, RandomGenerator rng) {
        return gamma.sampleAt(i, rng);
    }
}
