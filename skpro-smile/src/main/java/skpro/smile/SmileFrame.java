package skpro.smile;

import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.data.vector.DoubleVector;

/**
 * Smile's data-frame view of validated primitive arrays: feature columns {@code x0 .. x(p-1)}
 * followed by the target {@code y}, and the formula {@code y ~ .}. The target comes last so that
 * a row of features alone lines up with the training schema by position.
 */
final class SmileFrame {

    /** The target column's name. */
    static final String TARGET = "y";

    private SmileFrame() {
    }

    /** @return the formula y ~ (every other column) */
    static Formula formula() {
        return Formula.lhs(TARGET);
    }

    /**
     * @param p the number of features
     * @return the names x0 .. x(p-1)
     */
    static String[] names(int p) {
        String[] names = new String[p];
        for (int j = 0; j < p; j++) {
            names[j] = "x" + j;
        }
        return names;
    }

    /**
     * @param x n x p validated features
     * @param y n validated targets
     * @return the frame x0 .. x(p-1), y (copies of the arrays)
     */
    static DataFrame of(double[][] x, double[] y) {
        return DataFrame.of(x, names(x[0].length)).merge(DoubleVector.of(TARGET, y.clone()));
    }

    /**
     * @param p the number of features
     * @return the schema of a row of features alone (doubles x0 .. x(p-1))
     */
    static StructType featureSchema(int p) {
        String[] names = names(p);
        StructField[] fields = new StructField[p];
        for (int j = 0; j < p; j++) {
            fields[j] = new StructField(names[j], DataTypes.DoubleType);
        }
        return new StructType(fields);
    }
}
