package skpro.regression.compose;

/**
 * Monotone target transforms z = h_lambda(y) for {@link TransformedTargetRegressor}, with their
 * inverse g = h^-1, the derivative h' (the Jacobian of the predictive pdf) and the maximum
 * likelihood lambda.
 *
 * <ul>
 * <li>{@link #LOG}: h(y) = log y, y &gt; 0; g(z) = exp z; h'(y) = 1/y.</li>
 * <li>{@link #BOX_COX}: h(y) = (y^lambda - 1) / lambda (log y at lambda = 0), y &gt; 0;
 *     h'(y) = y^(lambda - 1); g(z) = (lambda z + 1)^(1/lambda).</li>
 * <li>{@link #YEO_JOHNSON}: h(y) = ((y + 1)^lambda - 1) / lambda for y &ge; 0 (log1p(y) at
 *     lambda = 0) and -((1 - y)^(2 - lambda) - 1) / (2 - lambda) for y &lt; 0 (-log1p(-y) at
 *     lambda = 2); h'(y) = (1 + |y|)^(sign(y) (lambda - 1)).</li>
 * </ul>
 *
 * <p>Lambda maximises the profile log-likelihood of a normal model for h(y) (scipy's
 * {@code boxcox_llf} / {@code yeojohnson_llf}): llf(lambda) = (lambda - 1) sum_i log h'_1(y_i) -
 * (n/2) log s^2(lambda), with sum log y_i for Box-Cox, sum sign(y_i) log(1 + |y_i|) for
 * Yeo-Johnson, and s^2 the population variance of h_lambda(y). It is found by a grid over
 * [-10, 10] in steps of 0.05 then golden-section search around the best grid point to 1e-10.
 *
 * <p>Where the inverse is undefined (lambda z + 1 &le; 0 for Box-Cox; likewise on one branch of
 * Yeo-Johnson outside 0 &le; lambda &le; 2), g takes its limit at that end of the range: 0 or
 * +inf for Box-Cox, -inf or +inf for Yeo-Johnson; the predictive distribution then puts the
 * normal model's mass beyond that point there (its cdf and quantiles stay exact, its pdf is the
 * density of the rest).
 */
public enum TargetTransform {
    /** log y, for y &gt; 0. */
    LOG,
    /** Box-Cox, for y &gt; 0. */
    BOX_COX,
    /** Yeo-Johnson, for any real y. */
    YEO_JOHNSON;

    private static final double GRID_LO = -10.0;
    private static final double GRID_HI = 10.0;
    private static final double GRID_STEP = 0.05;

    /**
     * @param y the targets, finite (and &gt; 0 for LOG and BOX_COX), not all equal for BOX_COX
     *     and YEO_JOHNSON
     * @return the maximum likelihood lambda (0 for LOG)
     * @throws IllegalArgumentException if y is null or empty, a value is not finite or not
     *     positive where required (the index is named), y is constant, or the maximum lies at the
     *     edge of [-10, 10]
     */
    public double fitLambda(double[] y) {
        check(y);
        if (this == LOG) {
            return 0.0;
        }
        boolean constant = true;
        for (double v : y) {
            constant &= v == y[0];
        }
        if (constant) {
            throw new IllegalArgumentException("y is constant (" + y[0] + "), so lambda has no maximum likelihood");
        }
        int steps = (int) Math.round((GRID_HI - GRID_LO) / GRID_STEP);
        int best = -1;
        double bestLlf = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= steps; k++) {
            double l = llf(y, GRID_LO + k * GRID_STEP);
            if (l > bestLlf) {
                bestLlf = l;
                best = k;
            }
        }
        if (best <= 0 || best >= steps) {
            throw new IllegalArgumentException("the likelihood of lambda for y has no maximum inside [" + GRID_LO
                + ", " + GRID_HI + "]");
        }
        double a = GRID_LO + (best - 1) * GRID_STEP;
        double b = GRID_LO + (best + 1) * GRID_STEP;
        double r = (Math.sqrt(5.0) - 1.0) / 2.0;
        double c = b - r * (b - a);
        double d = a + r * (b - a);
        double fc = llf(y, c);
        double fd = llf(y, d);
        while (b - a > 1e-10) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - r * (b - a);
                fc = llf(y, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + r * (b - a);
                fd = llf(y, d);
            }
        }
        return 0.5 * (a + b);
    }

    /** Profile log-likelihood; -inf where it is not finite. */
    private double llf(double[] y, double lambda) {
        int n = y.length;
        double jac = 0.0;
        double mean = 0.0;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            jac += this == BOX_COX ? Math.log(y[i]) : Math.signum(y[i]) * Math.log1p(Math.abs(y[i]));
            z[i] = forward(lambda, y[i]);
            mean += z[i];
        }
        mean /= n;
        double ss = 0.0;
        for (double v : z) {
            ss += (v - mean) * (v - mean);
        }
        double l = (lambda - 1.0) * jac - 0.5 * n * Math.log(ss / n);
        return Double.isFinite(l) ? l : Double.NEGATIVE_INFINITY;
    }

    /**
     * @param y the targets
     * @throws IllegalArgumentException if y is null or empty, or a value is out of the domain
     */
    void check(double[] y) {
        if (y == null || y.length == 0) {
            throw new IllegalArgumentException("y must have at least one value");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException("y[" + i + "] must be finite, got " + y[i]);
            }
            if (this != YEO_JOHNSON && !(y[i] > 0.0)) {
                throw new IllegalArgumentException("y[" + i + "] must be > 0 for " + this + ", got " + y[i]);
            }
        }
    }

    /**
     * @param lambda the parameter (ignored by LOG)
     * @param y a target in the domain
     * @return h_lambda(y)
     */
    public double forward(double lambda, double y) {
        switch (this) {
            case LOG:
                return Math.log(y);
            case BOX_COX:
                return lambda == 0.0 ? Math.log(y) : (Math.pow(y, lambda) - 1.0) / lambda;
            default:
                if (y >= 0.0) {
                    return lambda == 0.0 ? Math.log1p(y) : (Math.pow(y + 1.0, lambda) - 1.0) / lambda;
                }
                return lambda == 2.0 ? -Math.log1p(-y) : -(Math.pow(1.0 - y, 2.0 - lambda) - 1.0) / (2.0 - lambda);
        }
    }

    /**
     * @param lambda the parameter (ignored by LOG)
     * @param z a transformed value
     * @return g_lambda(z) = h^-1(z), or its limit at the end of the range where undefined
     */
    public double inverse(double lambda, double z) {
        switch (this) {
            case LOG:
                return Math.exp(z);
            case BOX_COX: {
                if (lambda == 0.0) {
                    return Math.exp(z);
                }
                double t = lambda * z + 1.0;
                if (!(t > 0.0)) {
                    return lambda > 0.0 ? 0.0 : Double.POSITIVE_INFINITY;
                }
                return Math.pow(t, 1.0 / lambda);
            }
            default: {
                if (z >= 0.0) {
                    if (lambda == 0.0) {
                        return Math.expm1(z);
                    }
                    double t = lambda * z + 1.0;
                    return t > 0.0 ? Math.pow(t, 1.0 / lambda) - 1.0 : Double.POSITIVE_INFINITY;
                }
                if (lambda == 2.0) {
                    return -Math.expm1(-z);
                }
                double t = 1.0 - (2.0 - lambda) * z;
                return t > 0.0 ? 1.0 - Math.pow(t, 1.0 / (2.0 - lambda)) : Double.NEGATIVE_INFINITY;
            }
        }
    }

    /**
     * @param lambda the parameter (ignored by LOG)
     * @param y a target in the domain
     * @return h'_lambda(y)
     */
    public double derivative(double lambda, double y) {
        switch (this) {
            case LOG:
                return 1.0 / y;
            case BOX_COX:
                return Math.pow(y, lambda - 1.0);
            default:
                return y >= 0.0 ? Math.pow(y + 1.0, lambda - 1.0) : Math.pow(1.0 - y, 1.0 - lambda);
        }
    }
}
