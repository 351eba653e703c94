package skpro.distributions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import skpro.distributions.internal.QuantileQuadrature;

/** Numerical integration used by the contract suite to check closed forms. */
final class Integration {

    /** Levels of the midpoint rule used for discrete and mixed quantile functions. */
    private static final int MIDPOINTS = 1 << 16;

    private Integration() {
    }

    /** Integrand of a level u and the quantile q = Q(u). */
    interface QuantileIntegrand {
        double value(double u, double q);
    }

    /**
     * int_a^b f(x) dx by tanh-sinh quadrature on x = a + (b - a) u, each node measured from its
     * nearer end so that integrable singularities at a or b (x^(s-1) densities with s &lt; 1)
     * converge; 0 unless a &lt; b are finite.
     */
    static double endpointSafe(DoubleUnaryOperator f, double a, double b) {
        if (!(a < b) || !Double.isFinite(a) || !Double.isFinite(b)) {
            return 0.0;
        }
        double w = b - a;
        return w * QuantileQuadrature.integrate((u, uc) -> {
            double x = u <= 0.5 ? a + w * u : b - w * uc;
            // a node that rounds onto an end where the density is infinite weighs nothing
            double v = f.applyAsDouble(x);
            return Double.isFinite(v) ? v : 0.0;
        }, 0.0, 1.0, 1.0, 0.0);
    }

    /**
     * int_0^1 g(u, Q(u)) du for a one-row distribution: tanh-sinh quadrature for continuous
     * rows, a 65536-point midpoint rule for discrete and mixed ones (their Q is a step function).
     */
    static double quantileIntegral(Distribution row, QuantileIntegrand g) {
        return quantileIntegral(row, g, Double.NaN);
    }

    /**
     * As {@link #quantileIntegral(Distribution, QuantileIntegrand)}, split at the level F(kink)
     * where the integrand has a kink (tanh-sinh needs smooth pieces); NaN for no split.
     */
    static double quantileIntegral(Distribution row, QuantileIntegrand g, double kink) {
        if (row.measureType() == MeasureType.CONTINUOUS) {
            QuantileQuadrature.Integrand h = (u, uc) -> {
                double q = u <= 0.5 ? row.ppf(u)[0] : row.isf(uc)[0];
                return g.value(u, q);
            };
            if (Double.isNaN(kink)) {
                return QuantileQuadrature.integrate(h, 0.0, 1.0, 1.0, 0.0);
            }
            double f = row.cdf(kink)[0];
            double s = row.survival(kink)[0];
            return QuantileQuadrature.integrate(h, 0.0, 1.0, f, s) + QuantileQuadrature.integrate(h, f, s, 1.0, 0.0);
        }
        Distribution many = row.select(new int[MIDPOINTS]);
        double[] u = new double[MIDPOINTS];
        for (int k = 0; k < MIDPOINTS; k++) {
            u[k] = (k + 0.5) / MIDPOINTS;
        }
        double[] q = many.ppf(u);
        double sum = 0.0;
        for (int k = 0; k < MIDPOINTS; k++) {
            sum += g.value(u[k], q[k]);
        }
        return sum / MIDPOINTS;
    }

    /**
     * The atoms of a discrete one-row distribution carrying all but 1e-13 of its mass, found by
     * walking the generalised inverse: next = Q(F(previous) + 1e-14).
     */
    static double[] atoms(Distribution row, double lo, double hi) {
        List<Double> atoms = new ArrayList<>();
        double a = row.ppf(0.0)[0];
        if (!Double.isFinite(a)) {
            a = row.ppf(1e-15)[0];
        }
        while (atoms.size() < 1_000_000) {
            atoms.add(a);
            double f = row.cdf(a)[0];
            if (f >= 1.0 - 1e-13) {
                break;
            }
            double next = row.ppf(Math.min(1.0, f + 1e-14))[0];
            if (!(next > a)) {
                break;
            }
            a = next;
        }
        double[] out = new double[atoms.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = atoms.get(k);
        }
        return out;
    }
}
