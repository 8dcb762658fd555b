package io.omegalock.gate.power;

import io.omegalock.gate.TransferSample;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A selection-aware design of the battery: besides the top N, a sample of N candidates of the
 * pool is scored on test (2N test evaluations in all), a one-sided Spearman permutation test runs
 * over the sample (alone, or together with the top N), and the train winner must beat more than
 * half of the sample on test.
 *
 * @param column      the table column
 * @param description one line for the table's legend
 * @param band        the share of the pool, by train rank from the top, the sample comes from
 * @param stratified  one candidate per equal-width train-rank stratum of the band ({@link TransferSample});
 *                    otherwise a simple random sample of the band
 * @param withTop     the rank test runs over the top N and the sample together; otherwise over the sample alone
 */
record SampleDesign(String column, String description, double band, boolean stratified, boolean withTop) {

    /** @return the exclusive end of the band of train ranks for a pool of {@code pool} and top n */
    int bandEnd(int pool, int n) {
        return Math.min(pool, Math.max(2 * n, (int) Math.floor(band * pool)));
    }

    /**
     * @param pool a pool ranked at least to {@link #bandEnd} (the unranked rest only for a band of 1)
     * @param n    the top N
     * @param rng  the generator
     * @return pool positions of the sample
     */
    int[] sample(Pool pool, int n, UniformRandomProvider rng) {
        if (stratified) {
            return TransferSample.ranks(pool.size, n, n, band, rng);
        }
        int end = bandEnd(pool.size, n);
        int s = Math.min(n, end - n);
        int[] out = new int[s];
        for (int j = 0; j < s; j++) {
            // Floyd's algorithm: s distinct positions, uniformly, in [n, end).
            int t = rng.nextInt(end - n - s + j + 1) + n;
            boolean seen = false;
            for (int i = 0; i < j && !seen; i++) {
                seen = out[i] == t;
            }
            out[j] = seen ? end - s + j : t;
        }
        return out;
    }
}
