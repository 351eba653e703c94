package skpro.neural.optim;

import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import skpro.neural.engine.Parameters;

/** Argument checks and buffer allocation shared by the optimiser states. */
final class StateChecks {
    private StateChecks() {
    }

    /**
     * @param parameters the network's parameters
     * @return a zero vector of their flat length and data type
     * @throws IllegalArgumentException if parameters is null
     */
    static INDArray zeros(Parameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters must not be null");
        }
        return Nd4j.zerosLike(parameters.values());
    }

    /**
     * @param optimizer the optimiser's name, for messages
     * @param values the flat values
     * @param gradients the flat gradients
     * @param length the state's flat length
     * @param dataType the state's data type
     * @param learningRate the step's rate
     * @throws IllegalArgumentException if a vector is null or differs in length or data type, or the
     *     rate is negative or not finite
     */
    static void step(String optimizer, INDArray values, INDArray gradients, long length, DataType dataType,
        double learningRate) {
        vector(optimizer, "values", values, length, dataType);
        vector(optimizer, "gradients", gradients, length, dataType);
        if (!(learningRate >= 0.0 && learningRate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(optimizer + ": learningRate must be finite and >= 0, got "
                + learningRate);
        }
    }

    /**
     * Copies checkpointed buffers into the live ones.
     *
     * @param optimizer the optimiser's name, for messages
     * @param steps the step count
     * @param saved the checkpointed buffers
     * @param live the state's buffers, overwritten
     * @throws IllegalArgumentException if steps is negative, saved is null, or the count, a length or
     *     a data type differs
     */
    static void restore(String optimizer, long steps, List<INDArray> saved, List<INDArray> live) {
        if (steps < 0) {
            throw new IllegalArgumentException(optimizer + ": steps must be >= 0, got " + steps);
        }
        if (saved == null || saved.size() != live.size()) {
            throw new IllegalArgumentException(optimizer + ": expected " + live.size() + " buffers, got "
                + (saved == null ? "null" : saved.size()));
        }
        for (int i = 0; i < live.size(); i++) {
            vector(optimizer, "buffers[" + i + "]", saved.get(i), live.get(i).length(), live.get(i).dataType());
        }
        for (int i = 0; i < live.size(); i++) {
            live.get(i).assign(saved.get(i));
        }
    }

    private static void vector(String optimizer, String name, INDArray v, long length, DataType dataType) {
        if (v == null) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must not be null");
        }
        if (v.length() != length || v.dataType() != dataType) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must have " + length + " " + dataType
                + " values, got " + v.length() + " " + v.dataType());
        }
    }

    /**
     * @param name the argument's name
     * @param value its value
     * @return value
     * @throws IllegalArgumentException unless 0 &lt;= value &lt; 1
     */
    static double unitInterval(String name, double value) {
        if (!(value >= 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + value);
        }
        return value;
    }

    /**
     * @param name the argument's name
     * @param value its value
     * @return value
     * @throws IllegalArgumentException unless value is finite and &gt;= 0
     */
    static double nonNegative(String name, double value) {
        if (!(value >= 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + value);
        }
        return value;
    }

    /**
     * @param name the argument's name
     * @param value its value
     * @return value
     * @throws IllegalArgumentException unless value is finite and &gt; 0
     */
    static double positive(String name, double value) {
        if (!(value > 0.0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + value);
        }
        return value;
    }
}
