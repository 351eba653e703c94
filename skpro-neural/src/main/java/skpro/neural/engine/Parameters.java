package skpro.neural.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * All trainable values of a network in one flat vector, and their gradients in another of the
 * same length; every layer holds views into both. Optimisers, sparsity masks, gradient clipping
 * and checkpoints work on the two vectors; {@link #slots()} says which range belongs to which
 * layer and tensor.
 *
 * <p>Layout: tensors in depth-first layer order, each layer's in its {@link Layer#params()}
 * order, each tensor row-major. Initial values come from each tensor's {@link Initializer} with a
 * generator seeded by (seed, tensor index), so a network's initial weights depend only on its
 * architecture and seed.
 */
public final class Parameters {
    static {
        NativeSettings.apply();
        NativeSettings.configureBackend();
    }

    private final INDArray values;
    private final INDArray gradients;
    private final List<Slot> slots;

    /**
     * Where one tensor lives in the flat buffers.
     *
     * @param path the owning layer's path, e.g. {@code 0:Sequential/1:Linear}
     * @param layer the owning layer
     * @param spec the tensor's declaration
     * @param offset its first index in the flat buffers
     * @param length its number of values
     */
    public record Slot(String path, Layer layer, ParamSpec spec, long offset, long length) {

        /** @return {@code path + "." + spec name}, e.g. {@code 0:Sequential/1:Linear.weight} */
        public String qualifiedName() {
            return path + "." + spec.name();
        }
    }

    private Parameters(INDArray values, INDArray gradients, List<Slot> slots) {
        this.values = values;
        this.gradients = gradients;
        this.slots = Collections.unmodifiableList(slots);
    }

    /**
     * Allocates the buffers, binds every layer of the tree to its views, and initialises the
     * values.
     *
     * @param root the network's root layer
     * @param dataType FLOAT for training, DOUBLE for gradient checks
     * @param seed seeds the initialisers
     * @return the parameters
     * @throws IllegalArgumentException if root is null, the data type is not FLOAT or DOUBLE, or a
     *     layer appears twice in the tree
     */
    public static Parameters allocate(Layer root, DataType dataType, long seed) {
        if (root == null) {
            throw new IllegalArgumentException("root must not be null");
        }
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("dataType must be FLOAT or DOUBLE, got " + dataType);
        }
        Context.positionsOf(root); // rejects a layer listed twice
        List<Slot> slots = new ArrayList<>();
        long[] total = {0};
        collect(root, "0:" + root.name(), slots, total);
        INDArray values = Nd4j.zeros(dataType, Math.max(total[0], 1));
        INDArray gradients = Nd4j.zeros(dataType, Math.max(total[0], 1));
        if (total[0] == 0) {
            values = values.get(NDArrayIndex.interval(0, 0));
            gradients = gradients.get(NDArrayIndex.interval(0, 0));
        }
        Parameters p = new Parameters(values, gradients, slots);
        p.bindAndInitialise(root, seed);
        return p;
    }

    private static void collect(Layer layer, String path, List<Slot> slots, long[] total) {
        for (ParamSpec spec : layer.params()) {
            slots.add(new Slot(path, layer, spec, total[0], spec.length()));
            total[0] += spec.length();
        }
        List<Layer> children = layer.children();
        for (int i = 0; i < children.size(); i++) {
            Layer c = children.get(i);
            collect(c, path + "/" + i + ":" + c.name(), slots, total);
        }
    }

    private void bindAndInitialise(Layer root, long seed) {
        // values first, so that binding layers (a masked Linear zeroes its inactive weights) sees them
        for (int k = 0; k < slots.size(); k++) {
            Slot s = slots.get(k);
            double[] init = new double[Math.toIntExact(s.length())];
            SplittableRandom random = new SplittableRandom(Context.mix(seed + 0x632BE59BD9B4E019L * (k + 1)));
            s.spec().initializer().fill(init, s.spec().fanIn(), s.spec().fanOut(), random);
            valuesOf(s).assign(Nd4j.createFromArray(init).reshape(s.spec().shape()).castTo(values.dataType()));
        }
        bindTree(root);
    }

    private void bindTree(Layer layer) {
        List<INDArray> v = new ArrayList<>();
        List<INDArray> g = new ArrayList<>();
        for (Slot s : slots) {
            if (s.layer() == layer) {
                v.add(valuesOf(s));
                g.add(gradientsOf(s));
            }
        }
        layer.bind(v, g);
        for (Layer c : layer.children()) {
            bindTree(c);
        }
    }

    /** @return the flat values (a live buffer: writing it changes the network) */
    public INDArray values() {
        return values;
    }

    /** @return the flat gradients (a live buffer) */
    public INDArray gradients() {
        return gradients;
    }

    /** @return the total number of trainable values */
    public long size() {
        return values.length();
    }

    /** @return the tensors' places, in layout order */
    public List<Slot> slots() {
        return slots;
    }

    /**
     * @param slot one of {@link #slots()}
     * @return a view of its values, shaped as declared
     */
    public INDArray valuesOf(Slot slot) {
        return view(values, slot);
    }

    /**
     * @param slot one of {@link #slots()}
     * @return a view of its gradients, shaped as declared
     */
    public INDArray gradientsOf(Slot slot) {
        return view(gradients, slot);
    }

    private static INDArray view(INDArray flat, Slot s) {
        return flat.get(NDArrayIndex.interval(s.offset(), s.offset() + s.length())).reshape('c', s.spec().shape());
    }

    /** Sets every gradient to 0 (before a backward pass, which adds into them). */
    public void zeroGradients() {
        gradients.assign(0);
    }

    /**
     * @param flat {@link #values()} or {@link #gradients()}
     * @return the first slot holding a NaN or an infinity, or null if all are finite
     */
    public Slot firstNonFinite(INDArray flat) {
        // one reduction in the common case: a finite sum means no NaN and no infinity
        if (flat.length() == 0 || Double.isFinite(flat.sumNumber().doubleValue())) {
            return null;
        }
        for (Slot s : slots) {
            INDArray v = view(flat, s);
            if (BooleanIndexing.or(v, Conditions.isNan()) || BooleanIndexing.or(v, Conditions.isInfinite())) {
                return s;
            }
        }
        return null;
    }
}
