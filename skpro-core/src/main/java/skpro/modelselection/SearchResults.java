package skpro.modelselection;

import java.util.List;
import java.util.Locale;

/**
 * A search's results table: one {@link CandidateResult} per candidate, in the order the
 * candidates were generated, with the scoring rule's name and direction. An immutable value.
 */
public final class SearchResults {

    private final String scoring;
    private final boolean lowerIsBetter;
    private final List<CandidateResult> candidates;
    private final int bestIndex;

    SearchResults(String scoring, boolean lowerIsBetter, List<CandidateResult> candidates, int bestIndex) {
        this.scoring = scoring;
        this.lowerIsBetter = lowerIsBetter;
        this.candidates = List.copyOf(candidates);
        this.bestIndex = bestIndex;
    }

    /** @return the scoring rule's name */
    public String scoring() {
        return scoring;
    }

    /** @return whether lower scores are better */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** @return the rows, one per candidate */
    public List<CandidateResult> candidates() {
        return candidates;
    }

    /** @return the number of candidates */
    public int size() {
        return candidates.size();
    }

    /**
     * @param i a candidate's index
     * @return its row
     * @throws IndexOutOfBoundsException if there is no such candidate
     */
    public CandidateResult get(int i) {
        return candidates.get(i);
    }

    /** @return the index of the best candidate: the first of rank 1 */
    public int bestIndex() {
        return bestIndex;
    }

    /** @return the ranks, in candidate order */
    public int[] ranks() {
        int[] out = new int[candidates.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = candidates.get(i).rank();
        }
        return out;
    }

    /** @return a plain-text table: rank, mean &plusmn; SE, mean fit and score seconds, parameters */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%4s  %-24s  %9s  %9s  %s%n", "rank", scoring + (lowerIsBetter ? " (lower)"
            : " (higher)"), "fit s", "score s", "params"));
        for (CandidateResult c : candidates) {
            sb.append(String.format(Locale.ROOT, "%4d  %11.6g \u00b1 %-10.3g  %9.2e  %9.2e  %s%s%n", c.rank(),
                c.meanScore(), c.standardError(), c.meanFitSeconds(), c.meanScoreSeconds(), c.params(),
                c.error().isEmpty() ? "" : "  [" + c.error() + "]"));
        }
        return sb.toString();
    }
}
