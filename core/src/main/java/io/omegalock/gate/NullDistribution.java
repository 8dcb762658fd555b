package io.omegalock.gate;

import java.util.Arrays;

/**
 * The exact permutation distribution of an integer rank statistic: every attainable score and
 * how many of the {@code n!} orderings reach at least it. Immutable.
 */
public final class NullDistribution {
    private final int n;
    private final long[] scores;
    private final long[] atLeast;
    private final long total;

    /**
     * @param n      sample size
     * @param scores attainable scores, strictly ascending
     * @param counts orderings reaching exactly each score
     */
    NullDistribution(int n, long[] scores, long[] counts) {
        this.n = n;
        this.scores = scores.clone();
        this.atLeast = new long[counts.length];
        long run = 0;
        for (int i = counts.length - 1; i >= 0; i--) {
            run += counts[i];
            atLeast[i] = run;
        }
        this.total = run;
    }

    /** @return the sample size */
    public int n() {
        return n;
    }

    /** @return the number of orderings, {@code n!} */
    public long total() {
        return total;
    }

    /** @return the attainable scores, ascending */
    public long[] scores() {
        return scores.clone();
    }

    /**
     * @param score an observed score
     * @return how many orderings reach a score {@code >= score}
     */
    public long countAtLeast(long score) {
        int i = Arrays.binarySearch(scores, score);
        if (i < 0) {
            i = -i - 1;
        }
        return i >= scores.length ? 0 : atLeast[i];
    }

    /**
     * @param score an observed score
     * @return the exact one-sided p-value {@code P(S >= score)}
     */
    public double upperTail(long score) {
        return (double) countAtLeast(score) / total;
    }
}
