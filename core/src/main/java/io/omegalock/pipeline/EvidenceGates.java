package io.omegalock.pipeline;

import io.omegalock.BadInputException;
import io.omegalock.gate.TransferGates;
import io.omegalock.gate.TransferSample;
import io.omegalock.gate.TransferTest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The opt-in statistical gates beyond the reference (docs/GATES.md): which rule KC-4 applies,
 * and whether the winner-rank, PBO and deflated-Sharpe gates run. The defaults reproduce the
 * reference exactly (Pearson threshold, nothing else).
 *
 * @param transferTest KC-4's rule: the reference's Pearson threshold, a Spearman / Kendall permutation
 *                     test, or the selection-aware sample gate ({@code sample})
 * @param alpha        significance level of the permutation tests, in (0, 1)
 * @param winnerRank   run WINNER-RANK over the walk-forward top N (the train winner must rank above the median on test)
 * @param pboMax       run PBO (CSCV over metadata {@code slice_scores}) with this pass threshold in [0, 1], or null
 * @param dsrMin       run DSR (over metadata {@code returns}) with this pass threshold in (0, 1), or null
 * @param seed         seed of the Monte Carlo p-values (N &gt; 10)
 * @param sample       the pool sample scored on test besides the top N, or null for none; required by
 *                     (and defaulted for) {@code transferTest == SAMPLE}. With another rule the sample
 *                     gate runs as the advisory {@code KC-4-SAMPLE} report
 */
public record EvidenceGates(TransferTest transferTest, double alpha, boolean winnerRank, Double pboMax,
                            Double dsrMin, long seed, TransferSample sample) {

    /** @throws BadInputException naming the key of the first invalid value */
    public EvidenceGates {
        if (transferTest == null) {
            throw new BadInputException("transfer_test must be one of pearson_threshold, spearman, kendall, sample");
        }
        if (transferTest == TransferTest.SAMPLE && sample == null) {
            sample = TransferSample.of();
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new BadInputException("transfer_alpha must be in (0, 1), got " + alpha);
        }
        if (pboMax != null && !(pboMax >= 0 && pboMax <= 1)) {
            throw new BadInputException("pbo.max must be in [0, 1], got " + pboMax);
        }
        if (dsrMin != null && !(dsrMin > 0 && dsrMin < 1)) {
            throw new BadInputException("dsr.min must be in (0, 1), got " + dsrMin);
        }
    }

    /** The gates without a pool sample (the form before the sample gate). */
    public EvidenceGates(TransferTest transferTest, double alpha, boolean winnerRank, Double pboMax, Double dsrMin,
                         long seed) {
        this(transferTest, alpha, winnerRank, pboMax, dsrMin, seed, null);
    }

    /** @return the reference's behaviour: Pearson threshold, no extra gates */
    public static EvidenceGates reference() {
        return new EvidenceGates(TransferTest.PEARSON_THRESHOLD, TransferGates.DEFAULT_ALPHA, false, null, null, 42);
    }

    /**
     * @return the recommended walk-forward gate (docs/GATES.md): the selection-aware sample gate,
     *         which scores a stratified sample of the pool's upper quarter besides the top N
     */
    public static EvidenceGates recommended() {
        return new EvidenceGates(TransferTest.SAMPLE, TransferGates.DEFAULT_ALPHA, false, null, null, 42,
                TransferSample.of());
    }

    /**
     * @param s the pool sample, or null for none
     * @return a copy with that sample
     */
    public EvidenceGates withSample(TransferSample s) {
        return new EvidenceGates(transferTest, alpha, winnerRank, pboMax, dsrMin, seed, s);
    }

    /** @return the artifact block */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("transfer_test", transferTest.key());
        m.put("transfer_alpha", alpha);
        m.put("winner_rank", winnerRank);
        m.put("pbo_max", pboMax);
        m.put("dsr_min", dsrMin);
        m.put("seed", seed);
        m.put("transfer_sample", sample == null ? null : sample.toMap());
        return m;
    }
}
