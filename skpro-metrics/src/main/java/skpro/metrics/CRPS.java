package skpro.metrics;

import skpro.distributions.Distribution;
import skpro.metrics.internal.MetricChecks;
import skpro.metrics.internal.UnitQuadrature;

/**
 * Continuous ranked probability score (skpro's {@code CRPS}; also energy score, integrated Brier
 * score): for a prediction X ~ F and an observation y,
 * {@code CRPS(F, y) = int (F(x) - 1{x >= y})^2 dx = E|X - y| - E|X - X'| / 2}, X' an independent
 * copy of X. Lower is better; it is a strictly proper score for predictions with a finite mean.
 *
 * <p>Computed per row as {@code yPred.energy(y) - yPred.energy() / 2}, so its accuracy and cost
 * are those of the family's energy terms (closed forms for the parametric families, exact sums
 * for Empirical and Categorical). Where an energy term is infinite (no finite mean: Cauchy,
 * Student t with nu &le; 1, Pareto with alpha &le; 1) the CRPS itself may still be finite; those
 * rows use the quantile form {@code CRPS = 2 int_0^1 rho_u(y - Q(u)) du}, rho_u the pinball
 * loss, integrated by tanh-sinh quadrature split at u = F(y), where the integrand has its kink
 * (about 1e-13 relative). If the CRPS itself diverges (tails heavier than |x|^(-1/2)) that
 * quadrature does not converge and returns a large finite value.
 */
public final class CRPS implements ScoringRule {

    private static final CRPS INSTANCE = new CRPS();

    private CRPS() {
    }

    /** @return the CRPS (it has no parameters) */
    public static CRPS of() {
        return INSTANCE;
    }

    /** @return {@code "CRPS"} */
    @Override
    public String name() {
        return "CRPS";
    }

    /** @return true */
    @Override
    public boolean lowerIsBetter() {
        return true;
    }

    /**
     * @param yTrue one finite observation per row
     * @param yPred the predictions
     * @return {@code E|X_i - y_i| - E|X_i - X_i'| / 2} per row
     * @throws IllegalArgumentException if an argument is null, the lengths differ or an
     *     observation is not finite
     */
    @Override
    public double[] evaluateByIndex(double[] yTrue, Distribution yPred) {
        MetricChecks.observations(yTrue, yPred);
        double[] out = yPred.energy(yTrue);
        double[] self = yPred.energy();
        int bad = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] -= 0.5 * self[i];
            if (!Double.isFinite(out[i])) {
                bad++;
            }
        }
        if (bad > 0) {
            int[] rows = new int[bad];
            for (int i = 0, k = 0; i < out.length; i++) {
                if (!Double.isFinite(out[i])) {
                    rows[k++] = i;
                }
            }
            double[] y = new double[bad];
            for (int k = 0; k < bad; k++) {
                y[k] = yTrue[rows[k]];
            }
            double[] q = byQuantiles(y, yPred.select(rows));
            for (int k = 0; k < bad; k++) {
                out[rows[k]] = q[k];
            }
        }
        return out;
    }

    /** 2 int_0^1 rho_u(y - Q(u)) du, split at u = F(y). */
    private static double[] byQuantiles(double[] y, Distribution d) {
        int n = y.length;
        double[] c = d.cdf(y);
        double[] cc = d.survival(y);
        double[] zero = new double[n];
        double[] one = new double[n];
        java.util.Arrays.fill(one, 1.0);
        UnitQuadrature.Integrand g = (u, uc, x, out) -> {
            for (int i = 0; i < n; i++) {
                out[i] = x[i] > y[i] ? 2.0 * (x[i] - y[i]) * uc[i] : 2.0 * (y[i] - x[i]) * u[i];
            }
        };
        double[] below = UnitQuadrature.integrate(d, g, zero, one, c, cc);
        double[] above = UnitQuadrature.integrate(d, g, c, cc, one, zero);
        for (int i = 0; i < n; i++) {
            below[i] += above[i];
        }
        return below;
    }

    @Override
    public String toString() {
        return "CRPS()";
    }
}
