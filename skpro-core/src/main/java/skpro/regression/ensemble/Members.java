package skpro.regression.ensemble;

import java.util.ArrayList;
import java.util.List;

import skpro.regression.ProbaRegressor;

/** Checks of the member lists and weights of voting and stacking. */
final class Members {

    private Members() {
    }

    /**
     * @return an unmodifiable copy of the list, checked element by element
     * @throws IllegalArgumentException if the list is null or empty or an element is null or not
     *     a ProbaRegressor (its index named)
     */
    static List<ProbaRegressor> regressors(String name, List<?> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one regressor, got "
                + (list == null ? "null" : "an empty list"));
        }
        List<ProbaRegressor> out = new ArrayList<>(list.size());
        for (int k = 0; k < list.size(); k++) {
            Object o = list.get(k);
            if (!(o instanceof ProbaRegressor r)) {
                throw new IllegalArgumentException(name + "[" + k + "] must be a ProbaRegressor, got "
                    + (o == null ? "null" : o.getClass().getSimpleName()));
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    /**
     * @return the weights as doubles (an unmodifiable list)
     * @throws IllegalArgumentException if the count differs from the members', a weight is not a
     *     finite non-negative number (its index named), or all are zero
     */
    static List<Double> weights(List<?> list, int members) {
        if (list == null || list.size() != members) {
            throw new IllegalArgumentException("weights must hold one weight per estimator (" + members + "), got "
                + (list == null ? "null" : list.size()));
        }
        List<Double> out = new ArrayList<>(members);
        double sum = 0.0;
        for (int k = 0; k < members; k++) {
            Object o = list.get(k);
            double w = o instanceof Number num ? num.doubleValue() : Double.NaN;
            if (!(w >= 0.0 && w < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("weights[" + k + "] must be finite and >= 0, got " + o);
            }
            sum += w;
            out.add(w);
        }
        if (!(sum > 0.0 && sum < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("weights must not all be zero and must have a finite sum, got "
                + list);
        }
        return List.copyOf(out);
    }
}
