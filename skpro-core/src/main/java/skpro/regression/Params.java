package skpro.regression;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import skpro.distributions.Distribution;

/**
 * Helpers for {@link Parameterized} implementations: ordered parameter maps and the validated
 * merge behind {@code withParams}.
 *
 * <p>Merge rules: a name must be one of the current parameters (else the message lists the known
 * ones); a value must be an instance of the current value's class, with these widenings allowed
 * (any {@link Number} for a {@code Double}, an integral {@link Number} for an {@code Integer} or
 * {@code Long}, any {@link Distribution} for a distribution, any {@link List} for a {@code List},
 * whose elements the owner checks; a nested estimator may be replaced by any class offering the
 * current one's interfaces); {@code outer__inner} replaces {@code inner} of the
 * {@link Parameterized} value of
 * {@code outer}. Range checks are the estimator's own, done when it is rebuilt from the merged
 * map.
 */
public final class Params {

    private static final String NESTED = "__";

    private Params() {
    }

    /**
     * @param namesAndValues alternating names (Strings) and values, in declaration order
     * @return an unmodifiable ordered map
     * @throws IllegalArgumentException if the arguments do not alternate name, value
     */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must alternate, got " + namesAndValues.length
                + " arguments");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            if (!(namesAndValues[k] instanceof String)) {
                throw new IllegalArgumentException("argument " + k + " must be a parameter name, got "
                    + namesAndValues[k]);
            }
            out.put((String) namesAndValues[k], namesAndValues[k + 1]);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The current parameters with the changes applied (nested paths included).
     *
     * @param owner the estimator's name, for messages
     * @param current its current parameters
     * @param changes the replacements
     * @return a new ordered map
     * @throws IllegalArgumentException if a name is unknown or a value has the wrong type
     */
    public static Map<String, Object> merge(String owner, Map<String, Object> current, Map<String, ?> changes) {
        if (changes == null) {
            throw new IllegalArgumentException("changes must not be null");
        }
        Map<String, Object> out = new LinkedHashMap<>(current);
        Map<String, Map<String, Object>> nested = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : changes.entrySet()) {
            String name = e.getKey();
            if (name == null) {
                throw new IllegalArgumentException("a parameter name of " + owner + " is null");
            }
            int split = name.indexOf(NESTED);
            String head = split < 0 ? name : name.substring(0, split);
            if (!current.containsKey(head)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "' for " + owner + "; known: "
                    + current.keySet());
            }
            if (split >= 0) {
                if (!(current.get(head) instanceof Parameterized)) {
                    throw new IllegalArgumentException("parameter '" + head + "' of " + owner
                        + " has no parameters of its own, so '" + name + "' is unknown");
                }
                nested.computeIfAbsent(head, h -> new LinkedHashMap<>()).put(name.substring(split + 2), e.getValue());
            } else {
                out.put(name, coerce(owner, name, current.get(name), e.getValue()));
            }
        }
        for (Map.Entry<String, Map<String, Object>> e : nested.entrySet()) {
            Parameterized<?> inner = (Parameterized<?>) out.get(e.getKey());
            out.put(e.getKey(), inner.withParams(e.getValue()));
        }
        return out;
    }

    private static Object coerce(String owner, String name, Object old, Object value) {
        if (old == null || value == null) {
            if (old != null || value != null) {
                throw new IllegalArgumentException("parameter '" + name + "' of " + owner + " cannot be "
                    + (value == null ? "null" : "set: its default is null and its type unknown"));
            }
            return null;
        }
        if (old instanceof Double && value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        boolean integral = value instanceof Integer || value instanceof Long || value instanceof Short
            || value instanceof Byte;
        if (old instanceof Integer && integral) {
            long v = ((Number) value).longValue();
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("parameter '" + name + "' of " + owner + " must fit an int, got "
                    + value);
            }
            return (int) v;
        }
        if (old instanceof Long && integral) {
            return ((Number) value).longValue();
        }
        if (old instanceof Distribution) {
            // a distribution-valued parameter (such as a base law) takes any other distribution
            if (!(value instanceof Distribution)) {
                throw new IllegalArgumentException("parameter '" + name + "' of " + owner
                    + " must be a Distribution, got " + value.getClass().getSimpleName() + " " + value);
            }
            return value;
        }
        if (old instanceof List) {
            if (!(value instanceof List)) {
                throw new IllegalArgumentException("parameter '" + name + "' of " + owner + " must be a List, got "
                    + value.getClass().getSimpleName() + " " + value);
            }
            // the element types are the owner's to check when it is rebuilt
            return value;
        }
        if (old instanceof Parameterized) {
            // a nested estimator may be replaced by another class offering the same interfaces
            for (Class<?> api : old.getClass().getInterfaces()) {
                if (!api.isInstance(value)) {
                    throw new IllegalArgumentException("parameter '" + name + "' of " + owner + " must be a "
                        + api.getSimpleName() + ", got " + value.getClass().getSimpleName());
                }
            }
            return value;
        }
        if (!old.getClass().isInstance(value)) {
            throw new IllegalArgumentException("parameter '" + name + "' of " + owner + " must be a "
                + old.getClass().getSimpleName() + ", got " + value.getClass().getSimpleName() + " " + value);
        }
        return value;
    }

    /**
     * @param params a merged map
     * @param name a parameter name
     * @return its value as a double
     */
    public static double getDouble(Map<String, Object> params, String name) {
        return ((Number) params.get(name)).doubleValue();
    }

    /**
     * @param params a merged map
     * @param name a parameter name
     * @return its value as an int
     */
    public static int getInt(Map<String, Object> params, String name) {
        return ((Number) params.get(name)).intValue();
    }

    /**
     * @param params a merged map
     * @param name a parameter name
     * @return its value as a long (seeds)
     */
    public static long getLong(Map<String, Object> params, String name) {
        return ((Number) params.get(name)).longValue();
    }
}
