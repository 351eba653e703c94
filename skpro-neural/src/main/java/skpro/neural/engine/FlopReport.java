package skpro.neural.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * FLOPs of a network on one input shape, one entry per leaf layer, and their total. The training
 * step's cost is {@code total().training()} (forward + backward); the optimiser's update is not
 * counted.
 */
public final class FlopReport {
    private final List<Entry> entries;
    private final Flops total;

    private FlopReport(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Flops t = Flops.ZERO;
        for (Entry e : entries) {
            t = t.plus(e.flops());
        }
        this.total = t;
    }

    /**
     * One leaf layer's operations.
     *
     * @param path the layer's path in the network, e.g. {@code 0:Sequential/2:Linear}
     * @param layer the layer
     * @param flops its operations
     */
    public record Entry(String path, Layer layer, Flops flops) {
    }

    /**
     * Counts the FLOPs of a layer tree without allocating its parameters (only shapes and weight
     * masks matter), e.g. to size a model before building it.
     *
     * @param root the root layer
     * @param inputShape the input's shape
     * @return one entry per leaf layer (and per container with operations of its own)
     * @throws IllegalArgumentException if a layer cannot take its input shape
     */
    public static FlopReport of(Layer root, long[] inputShape) {
        if (root == null || inputShape == null) {
            throw new IllegalArgumentException("root and inputShape must not be null");
        }
        Builder b = new Builder();
        root.reportFlops("0:" + root.name(), inputShape.clone(), b);
        return b.build();
    }

    /** @return the entries, in network order */
    public List<Entry> entries() {
        return entries;
    }

    /** @return the sum over entries */
    public Flops total() {
        return total;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(String.format("%-40s forward %.4g  backward %.4g%n", e.path(), e.flops().forward(),
                e.flops().backward()));
        }
        sb.append(String.format("%-40s forward %.4g  backward %.4g%n", "total", total.forward(),
            total.backward()));
        return sb.toString();
    }

    /** Collects entries. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        Builder() {
        }

        /**
         * @param path the layer's path
         * @param layer the layer
         * @param flops its operations
         * @return this builder
         */
        public Builder add(String path, Layer layer, Flops flops) {
            entries.add(new Entry(path, layer, flops));
            return this;
        }

        FlopReport build() {
            return new FlopReport(entries);
        }
    }
}
