package skpro.modelselection;

/** What {@link Evaluation} and the searches do when fitting, predicting or scoring a fold fails. */
public enum ErrorPolicy {
    /** Rethrow the first failure (the one of the lowest fold or task index), unchanged. */
    RAISE,
    /** Record the failure's class and message in the fold's result and go on with the others. */
    RECORD
}
