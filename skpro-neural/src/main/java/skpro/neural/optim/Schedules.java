package skpro.neural.optim;

/**
 * Common learning-rate schedules. Each returned schedule is an immutable value with
 * equals/hashCode/toString; {@link LearningRateSchedule#rate} rejects a negative step with an
 * IllegalArgumentException.
 */
public final class Schedules {
    private Schedules() {
    }

    /**
     * @param rate the learning rate at every step, finite and &gt;= 0
     * @return the constant schedule
     * @throws IllegalArgumentException if rate is negative or not finite
     */
    public static LearningRateSchedule constant(double rate) {
        return new Constant(StateChecks.nonNegative("rate", rate));
    }

    /**
     * Linear warm-up then linear decay: rate(t) = peak t / w for t &lt; w, then
     * peak (T - t) / (T - w) for w &le; t &le; T, and 0 after T (w warm-up steps, T total steps).
     * rate(0) is 0 when w &gt; 0.
     *
     * @param peak the rate at the end of the warm-up, finite and &gt; 0
     * @param warmupSteps w &gt;= 0
     * @param totalSteps T &gt; w
     * @return the schedule
     * @throws IllegalArgumentException if peak is not finite and positive, w is negative or T &lt;= w
     */
    public static LearningRateSchedule warmupLinear(double peak, long warmupSteps, long totalSteps) {
        checkSteps(warmupSteps, totalSteps);
        return new WarmupLinear(StateChecks.positive("peak", peak), warmupSteps, totalSteps);
    }

    /**
     * Linear warm-up then cosine decay to a floor: rate(t) = peak t / w for t &lt; w, then
     * floor + (peak - floor) (1 + cos(pi (t - w) / (T - w))) / 2 for w &le; t &le; T, and floor after T.
     *
     * @param peak the rate at the end of the warm-up, finite and &gt; 0
     * @param warmupSteps w &gt;= 0
     * @param totalSteps T &gt; w
     * @param floor the final rate, in [0, peak]
     * @return the schedule
     * @throws IllegalArgumentException if peak is not finite and positive, floor is outside
     *     [0, peak], w is negative or T &lt;= w
     */
    public static LearningRateSchedule warmupCosine(double peak, long warmupSteps, long totalSteps, double floor) {
        checkSteps(warmupSteps, totalSteps);
        StateChecks.positive("peak", peak);
        if (!(floor >= 0.0 && floor <= peak)) {
            throw new IllegalArgumentException("floor must be in [0, peak = " + peak + "], got " + floor);
        }
        return new WarmupCosine(peak, warmupSteps, totalSteps, floor);
    }

    private static void checkSteps(long warmupSteps, long totalSteps) {
        if (warmupSteps < 0) {
            throw new IllegalArgumentException("warmupSteps must be >= 0, got " + warmupSteps);
        }
        if (totalSteps <= warmupSteps) {
            throw new IllegalArgumentException("totalSteps must be > warmupSteps = " + warmupSteps + ", got "
                + totalSteps);
        }
    }

    private static void checkStep(long step) {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
    }

    /** @return the warm-up rate peak t / w at step t &lt; w */
    private static double warm(double peak, long step, long warmupSteps) {
        return peak * step / warmupSteps;
    }

    private record Constant(double value) implements LearningRateSchedule {
        @Override
        public double rate(long step) {
            checkStep(step);
            return value;
        }
    }

    private record WarmupLinear(double peak, long warmupSteps, long totalSteps) implements LearningRateSchedule {
        @Override
        public double rate(long step) {
            checkStep(step);
            if (step < warmupSteps) {
                return warm(peak, step, warmupSteps);
            }
            if (step >= totalSteps) {
                return 0.0;
            }
            return peak * (totalSteps - step) / (totalSteps - warmupSteps);
        }
    }

    private record WarmupCosine(double peak, long warmupSteps, long totalSteps, double floor)
        implements LearningRateSchedule {
        @Override
        public double rate(long step) {
            checkStep(step);
            if (step < warmupSteps) {
                return warm(peak, step, warmupSteps);
            }
            if (step >= totalSteps) {
                return floor;
            }
            double progress = (double) (step - warmupSteps) / (totalSteps - warmupSteps);
            return floor + (peak - floor) * 0.5 * (1.0 + Math.cos(Math.PI * progress));
        }
    }
}
