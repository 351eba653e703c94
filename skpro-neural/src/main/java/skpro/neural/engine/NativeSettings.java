package skpro.neural.engine;

/**
 * JVM settings for ND4J's native backend that this engine applies before ND4J loads, unless the
 * application set them first.
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
    private static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

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
}
