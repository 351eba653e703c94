package skpro.neural.train;

/**
 * Training produced a NaN or infinite loss or gradient. The message names the step, the epoch and
 * the first layer (path and tensor) where a non-finite value appeared.
 */
public final class TrainingDivergedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final long step;
    private final String location;

    /**
     * @param step the 0-based optimiser step at which it happened
     * @param location the layer path and tensor (or "head") holding the first non-finite value
     * @param message the full message
     */
    public TrainingDivergedException(long step, String location, String message) {
        super(message);
        this.step = step;
        this.location = location;
    }

    /** @return the 0-based step */
    public long step() {
        return step;
    }

    /** @return where the first non-finite value appeared */
    public String location() {
        return location;
    }
}
