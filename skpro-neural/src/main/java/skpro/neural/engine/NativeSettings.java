package skpro.neural.engine;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Settings for ND4J's native backend that this engine applies: a JVM property before ND4J loads
 * (unless the application set it first), and the number of threads per operation after.
 *
 * <p>{@code org.bytedeco.javacpp.maxPhysicalBytes = 0}: JavaCPP otherwise reads the process's
 * resident memory (from {@code /proc}) every time an off-heap buffer is registered for
 * deallocation, which was most of the cost of a small ND4J operation on the reference machine
 * (an in-place add on 100 floats: 15.7 µs with the check, 10.7 µs without). Off-heap memory
 * stays bounded by JavaCPP's other limit, {@code maxBytes} (by default the maximum heap size),
 * which still triggers garbage collection.
 *
 * <p>The settings take effect only if they are in place before the first ND4J class initialises,
 * so the engine's entry points ({@link Network}, {@link Parameters}) apply them in their static
 * initialisers; an application that touches ND4J earlier may pass the property on the command
 * line instead.
 */
public final class NativeSettings {
    /** System property: ND4J and OpenBLAS threads per operation (default 1). */
    public static final String THREADS_PROPERTY = "skpro.neural.threads";
    private static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";
    private static boolean backendConfigured;

    static {
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(MAX_PHYSICAL_BYTES, "0");
        }
    }

    private NativeSettings() {
    }

    /** Applies the settings (idempotent; the work happens once, when this class initialises). */
    public static void apply() {
        // the static initialiser did it
    }

    /**
     * Sets ND4J's and OpenBLAS's threads per operation to {@code skpro.neural.threads} (default
     * 1), once, whatever {@code OMP_NUM_THREADS} says. One thread makes results bit-identical on
     * any machine and thread setting (with two OpenBLAS threads the same fit differs in the last
     * bits) and small operations faster; the library parallelises across folds and estimators
     * instead. A larger value speeds up large matrix products at the price of that
     * reproducibility across thread counts.
     *
     * @throws IllegalArgumentException if the property is set but not an integer &gt;= 1
     */
    public static synchronized void configureBackend() {
        if (backendConfigured) {
            return;
        }
        String value = System.getProperty(THREADS_PROPERTY, "1");
        int threads;
        try {
            threads = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            threads = 0;
        }
        if (threads < 1) {
            throw new IllegalArgumentException(THREADS_PROPERTY + " must be an integer >= 1, got '" + value + "'");
        }
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        backendConfigured = true;
    }
}
