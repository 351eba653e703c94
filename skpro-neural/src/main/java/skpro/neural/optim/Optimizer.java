package skpro.neural.optim;

import skpro.neural.engine.Parameters;

/**
 * An update rule over a network's flat parameter vector. The optimiser itself is an immutable
 * description of its hyper-parameters; {@link #start} creates the mutable state for one training
 * run (moment vectors of the flat length, the step count). The learning rate of each step comes
 * from a {@link LearningRateSchedule}, so one optimiser serves any schedule.
 *
 * <p>An optimiser sees only the flat vectors and {@link Parameters#slots()} (which range is which
 * layer's tensor), never the layers: methods such as random-bases descent, which project the flat
 * gradient onto random directions per step, plug in here without touching any layer.
 */
public interface Optimizer {

    /**
     * @param parameters the network's parameters (their size and slots; the state does not hold
     *     the values)
     * @return a fresh state at step 0
     */
    OptimizerState start(Parameters parameters);
}
