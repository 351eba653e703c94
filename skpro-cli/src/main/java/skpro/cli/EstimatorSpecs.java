package skpro.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import skpro.regression.EstimatorRegistry;
import skpro.regression.Parameterized;
import skpro.regression.ProbaRegressor;
import skpro.regression.Regressor;
import skpro.regression.RegistryEntry;
import skpro.regression.baselines.DummyProbaRegressor;

/**
 * Estimators named on the command line, resolved through {@link EstimatorRegistry} (providers
 * such as skpro-smile included when on the class path).
 *
 * <p>Grammar: {@code Name[#k][:param=value,param=value...]}. {@code Name} is a registered class
 * name; {@code #k} picks its k-th example (1-based, default 1); each {@code param=value} is then
 * applied in order with {@code withParams}, so nested names ({@code estimator__alpha}) work. A
 * value is read as the current value's type: a number, {@code true}/{@code false}, an enum
 * constant (any case), or, for an estimator-valued parameter, another {@code Name[#k]} (a point
 * regressor for a {@link Regressor} parameter). Example:
 * {@code ResidualDouble:estimator=Ridge,estimator__alpha=0.1,distribution=LAPLACE}.
 */
final class EstimatorSpecs {

    /**
     * The estimators {@code skpro benchmark} compares when none is named: the two uninformed
     * baselines, residual doubles over ridge (one-hot encoded categories make plain least squares
     * rank deficient) and a tree, a scaled k-NN model of the conditional spread, and natural-gradient
     * boosting (normal, early stopping).
     */
    static final List<String> DEFAULTS = List.of(
        "DummyProbaRegressor:strategy=KDE",
        "DummyProbaRegressor:strategy=NORMAL",
        "ResidualDouble:estimator=Ridge",
        "ResidualDouble:estimator=Ridge,distribution=LAPLACE",
        "ResidualDouble:estimator=DecisionTreeRegressor,estimator__maxDepth=5,estimator__minSamplesLeaf=10",
        "Pipeline#1:estimator__estimator=Ridge",
        "NGBoostRegressor#1");

    private EstimatorSpecs() {
    }

    /**
     * @param spec a spec as the class comment describes
     * @return the probabilistic regressor
     * @throws IllegalArgumentException if the name is not registered, k is out of range, or a
     *     parameter is unknown or its value unreadable (the message says which)
     */
    static ProbaRegressor proba(String spec) {
        return configure(spec, (name, k) -> pick(EstimatorRegistry.probaRegressors(), name, k, spec));
    }

    /**
     * @param spec a spec naming a point regressor
     * @return the point regressor
     * @throws IllegalArgumentException as {@link #proba}
     */
    static Regressor point(String spec) {
        return configure(spec, (name, k) -> pick(EstimatorRegistry.regressors(), name, k, spec));
    }

    /** @return whether the estimator ignores X by construction (an uninformed baseline) */
    static boolean isUninformed(ProbaRegressor r) {
        return r instanceof DummyProbaRegressor;
    }

    private interface Lookup<T> {
        T find(String name, int k);
    }

    private static <T extends Parameterized<T>> T configure(String spec, Lookup<T> lookup) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("an estimator spec must not be blank");
        }
        int colon = spec.indexOf(':');
        String head = colon < 0 ? spec.trim() : spec.substring(0, colon).trim();
        String name = head;
        int k = 1;
        int hash = head.indexOf('#');
        if (hash >= 0) {
            name = head.substring(0, hash);
            try {
                k = Integer.parseInt(head.substring(hash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("estimator '" + spec + "': '#" + head.substring(hash + 1)
                    + "' is not an example number", e);
            }
        }
        T estimator = lookup.find(name, k);
        if (colon >= 0) {
            for (String assignment : splitTopLevel(spec.substring(colon + 1))) {
                int eq = assignment.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("estimator '" + spec + "': '" + assignment
                        + "' is not of the form param=value");
                }
                String param = assignment.substring(0, eq).trim();
                String text = assignment.substring(eq + 1).trim();
                Object value = read(current(estimator, param, spec), param, text, spec);
                Map<String, Object> change = new LinkedHashMap<>();
                change.put(param, value);
                estimator = estimator.withParams(change);
            }
        }
        return estimator;
    }

    /** Splits at commas outside brackets, so values never need quoting in practice. */
    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /**
     * @param estimator the estimator whose parameter is set
     * @param param a parameter name, nested with {@code __}
     * @param text the value as typed
     * @return the value read as the parameter's current type
     * @throws IllegalArgumentException if the parameter is unknown or the text unreadable
     */
    static Object value(Parameterized<?> estimator, String param, String text) {
        String spec = estimator.getClass().getSimpleName();
        return read(current(estimator, param, spec), param, text.trim(), spec);
    }

    private static Object current(Parameterized<?> estimator, String param, String spec) {
        Parameterized<?> owner = estimator;
        String[] path = param.split("__", -1);
        for (int i = 0; i < path.length - 1; i++) {
            if (!(lookup(owner, path[i], param, spec) instanceof Parameterized<?> inner)) {
                throw new IllegalArgumentException("estimator '" + spec + "': parameter '" + path[i]
                    + "' holds no estimator, so '" + param + "' cannot be set");
            }
            owner = inner;
        }
        return lookup(owner, path[path.length - 1], param, spec);
    }

    private static Object lookup(Parameterized<?> owner, String name, String param, String spec) {
        Map<String, Object> params = owner.params();
        if (!params.containsKey(name)) {
            throw new IllegalArgumentException("estimator '" + spec + "': unknown parameter '" + param
                + "'; " + owner.getClass().getSimpleName() + " has " + params.keySet());
        }
        return params.get(name);
    }

    private static Object read(Object old, String param, String text, String spec) {
        try {
            if (old instanceof Double) {
                return Double.parseDouble(text);
            }
            if (old instanceof Integer) {
                return Integer.parseInt(text);
            }
            if (old instanceof Long) {
                return Long.parseLong(text);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("estimator '" + spec + "': parameter '" + param + "' takes a "
                + old.getClass().getSimpleName() + ", got '" + text + "'", e);
        }
        if (old instanceof Boolean) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("estimator '" + spec + "': parameter '" + param
                    + "' takes true or false, got '" + text + "'");
            }
            return Boolean.parseBoolean(text);
        }
        if (old instanceof Enum<?> e) {
            for (Object c : e.getDeclaringClass().getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(text)) {
                    return c;
                }
            }
            List<String> known = new ArrayList<>();
            for (Object c : e.getDeclaringClass().getEnumConstants()) {
                known.add(((Enum<?>) c).name());
            }
            throw new IllegalArgumentException("estimator '" + spec + "': parameter '" + param + "' takes one of "
                + known + ", got '" + text + "'");
        }
        if (old instanceof ProbaRegressor) {
            return proba(text);
        }
        if (old instanceof Regressor) {
            return point(text);
        }
        if (old instanceof String) {
            return text;
        }
        throw new IllegalArgumentException("estimator '" + spec + "': parameter '" + param + "' holds a "
            + (old == null ? "null" : old.getClass().getSimpleName()) + ", which cannot be set from the command line");
    }

    private static <T> T pick(List<RegistryEntry<T>> entries, String name, int k, String spec) {
        List<String> known = new ArrayList<>();
        for (RegistryEntry<T> e : entries) {
            if (e.name().equals(name)) {
                if (k < 1 || k > e.examples().size()) {
                    throw new IllegalArgumentException("estimator '" + spec + "': " + name + " has examples #1 to #"
                        + e.examples().size() + ", got #" + k);
                }
                return e.examples().get(k - 1);
            }
            known.add(e.name());
        }
        for (RegistryEntry<T> e : entries) {
            if (e.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("estimator '" + spec + "': unknown name '" + name
                    + "'; did you mean " + e.name() + "?");
            }
        }
        throw new IllegalArgumentException("estimator '" + spec + "': unknown name '" + name + "'; registered: "
            + known);
    }
}
