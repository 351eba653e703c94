package skpro.classification;

/**
 * A fitted one-vs-rest calibration map from a classifier's score for one class (its predicted
 * probability) to a calibrated probability of that class: {@link PlattCalibrator} or
 * {@link IsotonicCalibrator}. Immutable.
 */
interface ScoreCalibrator {

    /**
     * @param score a score of the kind the calibrator was fitted on
     * @return the calibrated probability, in [0, 1]
     */
    double calibrate(double score);
}
