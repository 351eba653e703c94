package skpro.regression.internal;

/**
 * Limited-memory BFGS minimisation of a smooth function (Nocedal and Wright, Numerical
 * Optimization, 2nd ed., algorithms 7.4 and 7.5) with a backtracking Armijo line search.
 *
 * <p>The search direction is -H g, H applied by the two-loop recursion over the last
 * {@code memory} pairs s = x_{k+1} - x_k, y = g_{k+1} - g_k (a pair with s'y &le; 1e-12 |s| |y|
 * is skipped, which keeps H positive definite), starting from H_0 = gamma D, D a diagonal given
 * by the caller (an approximate inverse Hessian diagonal: a preconditioner) and
 * gamma = s'y / y'D y of the newest pair. The step t starts at 1 (at the first iteration at
 * min(1, 1 / max|D g|)) and is halved, with a safeguarded quadratic interpolation, until
 * f(x + t d) &le; f(x) + 1e-4 t g'd. The iteration stops when max_i |g_i| &le; gtol (converged),
 * after {@code maxIter} iterations, or when no step decreases f even along -D g (not converged
 * unless the gradient is already below gtol).
 */
public final class Lbfgs {

    /** A function with its gradient. */
    @FunctionalInterface
    public interface Objective {
        /**
         * @param x the point (not to be changed)
         * @param gradient filled with the gradient at x
         * @return the value at x
         */
        double valueAndGradient(double[] x, double[] gradient);
    }

    /**
     * The outcome.
     *
     * @param x the last point
     * @param value f there
     * @param gradientNorm max_i |g_i| there
     * @param iterations the number of iterations done
     * @param converged whether the gradient fell to gtol
     */
    public record Result(double[] x, double value, double gradientNorm, int iterations, boolean converged) {
    }

    private static final int MEMORY = 10;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 60;

    private Lbfgs() {
    }

    /**
     * @param f the objective
     * @param x0 the start (copied)
     * @param diagonal the preconditioner D, positive entries, same length as x0
     * @param gtol the tolerance on max_i |g_i|
     * @param maxIter the maximum number of iterations
     * @return the result
     */
    public static Result minimize(Objective f, double[] x0, double[] diagonal, double gtol, int maxIter) {
        int n = x0.length;
        double[] x = x0.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        double[][] s = new double[MEMORY][n];
        double[][] y = new double[MEMORY][n];
        double[] rho = new double[MEMORY];
        double[] alpha = new double[MEMORY];
        int stored = 0;
        int newest = -1;
        double gamma = 1.0;
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        int iter = 0;
        double gnorm = maxAbs(g);
        while (gnorm > gtol && iter < maxIter) {
            direction(g, d, diagonal, gamma, s, y, rho, alpha, stored, newest);
            double slope = dot(g, d);
            if (!(slope < 0)) {
                // not a descent direction after rounding: restart from the preconditioned gradient
                stored = 0;
                gamma = 1.0;
                direction(g, d, diagonal, gamma, s, y, rho, alpha, 0, newest);
                slope = dot(g, d);
            }
            double t = stored == 0 ? Math.min(1.0, 1.0 / maxAbs(d)) : 1.0;
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int h = 0; h < MAX_HALVINGS; h++) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + t * d[i];
                }
                fNew = f.valueAndGradient(xNew, gNew);
                if (fNew <= fx + ARMIJO * t * slope) {
                    accepted = true;
                    break;
                }
                // minimiser of the quadratic through f(x), f'(x; d) and f(x + t d), kept in [0.1 t, 0.5 t]
                double q = Double.isFinite(fNew) ? -slope * t * t / (2 * (fNew - fx - slope * t)) : 0.1 * t;
                t = Math.max(0.1 * t, Math.min(0.5 * t, q));
            }
            if (!accepted) {
                if (stored == 0) {
                    break;
                }
                stored = 0;
                gamma = 1.0;
                continue;
            }
            iter++;
            int slot = (newest + 1) % MEMORY;
            double sy = 0.0;
            double yy = 0.0;
            double ss = 0.0;
            double yDy = 0.0;
            for (int i = 0; i < n; i++) {
                double si = xNew[i] - x[i];
                double yi = gNew[i] - g[i];
                s[slot][i] = si;
                y[slot][i] = yi;
                sy += si * yi;
                yy += yi * yi;
                ss += si * si;
                yDy += yi * yi * diagonal[i];
            }
            if (sy > 1e-12 * Math.sqrt(ss * yy)) {
                rho[slot] = 1.0 / sy;
                newest = slot;
                stored = Math.min(stored + 1, MEMORY);
                gamma = sy / yDy;
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            gnorm = maxAbs(g);
        }
        return new Result(x, fx, gnorm, iter, gnorm <= gtol);
    }

    /** d = -H g by the two-loop recursion over the stored pairs, newest first. */
    private static void direction(double[] g, double[] d, double[] diagonal, double gamma, double[][] s,
        double[][] y, double[] rho, double[] alpha, int stored, int newest) {
        int n = g.length;
        System.arraycopy(g, 0, d, 0, n);
        for (int m = 0; m < stored; m++) {
            int k = Math.floorMod(newest - m, MEMORY);
            double a = rho[k] * dot(s[k], d);
            alpha[k] = a;
            double[] yk = y[k];
            for (int i = 0; i < n; i++) {
                d[i] -= a * yk[i];
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] *= gamma * diagonal[i];
        }
        for (int m = stored - 1; m >= 0; m--) {
            int k = Math.floorMod(newest - m, MEMORY);
            double b = rho[k] * dot(y[k], d);
            double[] sk = s[k];
            double c = alpha[k] - b;
            for (int i = 0; i < n; i++) {
                d[i] += c * sk[i];
            }
        }
        for (int i = 0; i < n; i++) {
            d[i] = -d[i];
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double maxAbs(double[] a) {
        double m = 0.0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
