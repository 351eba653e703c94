package skpro.regression;

import java.util.Map;

/**
 * Something described by named hyper-parameters that can be read and replaced, as skpro's
 * {@code get_params} / {@code set_params} (and sklearn's): tuning changes an estimator by name
 * without knowing its class.
 *
 * <p>Names of nested parameters use skpro's double underscore: {@code "estimator__alpha"} is the
 * parameter {@code alpha} of the parameter {@code estimator}, itself {@link Parameterized}.
 *
 * @param <T> the type a replacement returns
 */
public interface Parameterized<T> {

    /**
     * @return the hyper-parameters by name, in declaration order (an unmodifiable copy; nested
     *     parameterized values appear as themselves, not flattened)
     */
    Map<String, Object> params();

    /**
     * A copy with some parameters replaced; this object is unchanged.
     *
     * @param changes parameter name (or {@code outer__inner} path) to new value
     * @return the new instance
     * @throws IllegalArgumentException if a name is unknown, a value has the wrong type, or the
     *     new value is invalid; the message names the parameter
     */
    T withParams(Map<String, ?> changes);

    /**
     * @param name a parameter name (or {@code outer__inner} path)
     * @param value its new value
     * @return a copy with that parameter replaced
     * @throws IllegalArgumentException as {@link #withParams(Map)}
     */
    default T withParam(String name, Object value) {
        java.util.Map<String, Object> one = new java.util.LinkedHashMap<>();
        one.put(name, value);
        return withParams(one);
    }
}
