package skpro.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered classes of a classification problem and the map from labels to class indices
 * 0..K-1: what every {@link ProbaClassifier} builds from its training labels and every
 * {@link ProbaClassifierModel} keeps.
 *
 * <p>Order ({@link #ofTargets}): when all distinct labels are mutually {@link Comparable} (all
 * strings, all integers, one enum type, ...) the classes are sorted by their natural order, so
 * refitting on permuted rows gives the same order; otherwise (for example integers mixed with
 * longs, or labels that are not comparable) they are kept in the order of first appearance in y,
 * which then depends on the row order. Labels are told apart by {@code equals}.
 *
 * @param <L> the label type
 */
public final class ClassLabels<L> {
    private final List<L> classes;
    private final Map<L, Integer> index;

    private ClassLabels(List<L> classes, Map<L, Integer> index) {
        this.classes = classes;
        this.index = index;
    }

    /**
     * @param classes the classes in their order, distinct, none null, at least one
     * @param <L> the label type
     * @return the labels in exactly that order
     * @throws IllegalArgumentException if classes is null or empty, or holds a null or a repeat
     */
    public static <L> ClassLabels<L> of(List<L> classes) {
        if (classes == null || classes.isEmpty()) {
            throw new IllegalArgumentException("classes must not be null or empty");
        }
        Map<L, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            L c = classes.get(k);
            if (c == null) {
                throw new IllegalArgumentException("classes[" + k + "] must not be null");
            }
            if (index.putIfAbsent(c, k) != null) {
                throw new IllegalArgumentException("classes[" + k + "] = " + c + " repeats classes["
                    + index.get(c) + "]");
            }
        }
        return new ClassLabels<>(Collections.unmodifiableList(new ArrayList<>(classes)), index);
    }

    /**
     * The classes of training labels, in the order described above.
     *
     * @param x the training features (already validated), for the row count
     * @param y one label per row of X
     * @param <L> the label type
     * @return the classes of y
     * @throws IllegalArgumentException if y is null, its length differs from X's rows, a label is
     *     null, or y holds fewer than two distinct classes ("one class only")
     */
    public static <L> ClassLabels<L> ofTargets(double[][] x, List<L> y) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        if (y.size() != x.length) {
            throw new IllegalArgumentException("X has " + x.length + " rows but y has " + y.size() + " labels");
        }
        Map<L, Integer> seen = new HashMap<>();
        List<L> order = new ArrayList<>();
        int row = 0;
        for (L label : y) {
            if (label == null) {
                throw new IllegalArgumentException("y[" + row + "] must not be null");
            }
            if (seen.putIfAbsent(label, order.size()) == null) {
                order.add(label);
            }
            row++;
        }
        if (order.size() < 2) {
            throw new IllegalArgumentException("one class only: every label of y is " + order.get(0)
                + "; a classifier needs at least two classes");
        }
        return of(sortedIfComparable(order));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <L> List<L> sortedIfComparable(List<L> order) {
        for (L c : order) {
            if (!(c instanceof Comparable)) {
                return order;
            }
        }
        List<L> sorted = new ArrayList<>(order);
        try {
            sorted.sort((a, b) -> ((Comparable) a).compareTo(b));
        } catch (ClassCastException notMutuallyComparable) {
            return order;
        }
        return sorted;
    }

    /** @return the classes in their order (unmodifiable) */
    public List<L> classes() {
        return classes;
    }

    /** @return the number of classes K */
    public int size() {
        return classes.size();
    }

    /**
     * @param label a label
     * @return its class index, or -1 when it is not one of the classes
     */
    public int indexOf(L label) {
        Integer k = index.get(label);
        return k == null ? -1 : k;
    }

    /**
     * @param y labels
     * @return the class index of each
     * @throws IllegalArgumentException if y is null, or a label is null or not one of the classes
     *     (the message names the label and its row)
     */
    public int[] encode(List<L> y) {
        if (y == null) {
            throw new IllegalArgumentException("y must not be null");
        }
        int[] out = new int[y.size()];
        int row = 0;
        for (L label : y) {
            if (label == null) {
                throw new IllegalArgumentException("y[" + row + "] must not be null");
            }
            Integer k = index.get(label);
            if (k == null) {
                throw new IllegalArgumentException("y[" + row + "] = " + label + " is not one of the classes "
                    + classes + " the model was fitted on (unseen label)");
            }
            out[row++] = k;
        }
        return out;
    }

    /**
     * @param classes K
     * @return the support of the predicted {@link skpro.distributions.Categorical}: 0, 1, ..., K-1
     */
    static double[] support(int classes) {
        double[] out = new double[classes];
        for (int k = 0; k < classes; k++) {
            out[k] = k;
        }
        return out;
    }

    /** @return the index of the largest value, the first on ties */
    static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Value equality: the same classes in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ClassLabels<?> c && c.classes.equals(classes);
    }

    @Override
    public int hashCode() {
        return classes.hashCode();
    }

    @Override
    public String toString() {
        return "ClassLabels" + classes;
    }
}
