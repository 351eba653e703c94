package skpro.neural;

import java.util.ArrayList;
import java.util.List;

import skpro.neural.engine.Layer;
import skpro.neural.layers.Activation;
import skpro.neural.layers.Dropout;
import skpro.neural.layers.Linear;
import skpro.neural.layers.Sequential;

/** Builds the fully connected stack shared by the MLP estimators. */
final class Mlp {
    private Mlp() {
    }

    /**
     * @param inputs input features
     * @param hidden hidden layer widths, possibly empty (a linear model)
     * @param activation the hidden activation
     * @param dropout dropout rate after each hidden activation (0 for none)
     * @param outputs raw outputs for the head
     * @return Linear, activation[, Dropout] per hidden layer, then a Linear to the outputs
     */
    static Sequential build(int inputs, List<Integer> hidden, MlpActivation activation, double dropout, int outputs) {
        List<Layer> layers = new ArrayList<>();
        int width = inputs;
        for (int h : hidden) {
            layers.add(activation == MlpActivation.RELU ? Linear.of(width, h).withWeightInit(
                skpro.neural.engine.Initializer.kaimingNormal()) : Linear.of(width, h));
            layers.add(activation(activation));
            if (dropout > 0) {
                layers.add(Dropout.of(dropout));
            }
            width = h;
        }
        layers.add(Linear.of(width, outputs));
        return Sequential.of(layers);
    }

    private static Layer activation(MlpActivation a) {
        return switch (a) {
            case RELU -> Activation.relu();
            case TANH -> Activation.tanh();
            case GELU -> Activation.gelu();
            case SILU -> Activation.silu();
        };
    }

    static List<Integer> checkHidden(List<Integer> hidden) {
        if (hidden == null) {
            throw new IllegalArgumentException("hiddenSizes must not be null");
        }
        List<Integer> copy = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            Object h = hidden.get(i);
            if (!(h instanceof Integer) || (Integer) h < 1) {
                throw new IllegalArgumentException("hiddenSizes[" + i + "] must be an integer >= 1, got " + h);
            }
            copy.add((Integer) h);
        }
        return List.copyOf(copy);
    }
}
