package skpro.neural.optim;

/**
 * The learning rate as a function of the step number t = 0, 1, 2, ...
 */
@FunctionalInterface
public interface LearningRateSchedule {

    /**
     * @param step the 0-based step number
     * @return the learning rate at that step, finite and &gt;= 0
     */
    double rate(long step);
}
