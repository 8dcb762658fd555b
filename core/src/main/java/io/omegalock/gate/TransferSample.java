package io.omegalock.gate;

import io.omegalock.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Which candidates, besides the train top N, the selection-aware walk-forward gate
 * ({@link SampledTransfer}) scores out of sample: a seeded sample stratified by train rank over
 * the band of ranks {@code (N, max(N + size, floor(band * M))]} of a pool of M candidates, one
 * candidate drawn uniformly from each of {@code size} equal-width rank strata.
 *
 * <p>Why a band: the top N of a large pool span a narrow train range, so the correlation inside
 * them is weak even when the pool's ranking transfers well. The sample adds candidates with
 * lower train scores, which a rank test can use; being chosen by train rank only, it leaves the
 * test scores exchangeable when nothing transfers, so the test keeps its level. The band is the
 * upper part of the pool rather than all of it, so a pool whose bulk transfers cannot vouch for a
 * top that does not (docs/GATES.md, {@code lucky_demo}).
 *
 * @param size how many candidates to sample, {@code >= 1}, or null for as many as the top N
 * @param band the share of the pool, by train rank from the top, the sample is drawn from, in (0, 1]
 * @param seed the seed of the draw
 */
public record TransferSample(Integer size, double band, long seed) {
    /** The upper quarter of the pool: the band of the recommended design. */
    public static final double DEFAULT_BAND = 0.25;
    /** The default seed. */
    public static final long DEFAULT_SEED = 42;

    /** @throws BadInputException naming the key of an invalid value */
    public TransferSample {
        if (size != null && size < 1) {
            throw new BadInputException("transfer_sample.size must be >= 1, got " + size);
        }
        if (!(band > 0 && band <= 1)) {
            throw new BadInputException("transfer_sample.band must be in (0, 1], got " + band);
        }
    }

    /** @return as many as the top N, from the upper quarter, seed 42 */
    public static TransferSample of() {
        return new TransferSample(null, DEFAULT_BAND, DEFAULT_SEED);
    }

    /**
     * @param topN the walk-forward N
     * @return the sample size for that N
     */
    public int sizeFor(int topN) {
        return size == null ? topN : size;
    }

    /**
     * @param poolSize candidates ranked by train score (M)
     * @param topN     the top N already scored out of sample
     * @return the sampled train ranks, 0-based (0 is the train best), ascending, all {@code >= topN};
     *         empty when the pool has no candidate outside the top N
     */
    public int[] ranks(int poolSize, int topN) {
        return ranks(poolSize, topN, sizeFor(topN), band, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    }

    /**
     * The draw itself, shared by the pipeline, the study audit and the power battery.
     *
     * @param poolSize candidates ranked by train score (M)
     * @param topN     the top N
     * @param size     the wanted sample size, {@code >= 1}
     * @param band     the band's share of the pool, in (0, 1]
     * @param rng      the generator
     * @return the sampled train ranks, ascending; fewer than size when the band is narrower
     */
    public static int[] ranks(int poolSize, int topN, int size, double band, UniformRandomProvider rng) {
        int end = Math.min(poolSize, Math.max(topN + size, (int) Math.floor(band * poolSize)));
        int width = end - topN;
        if (width <= 0) {
            return new int[0];
        }
        int s = Math.min(size, width);
        int[] out = new int[s];
        for (int j = 0; j < s; j++) {
            int lo = topN + (int) ((long) j * width / s);
            int hi = topN + (int) ((long) (j + 1) * width / s);
            out[j] = lo + rng.nextInt(hi - lo);
        }
        return out;
    }

    /** @return the artifact block {@code size, band, seed} ({@code size} null for "as many as the top N") */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("size", size);
        m.put("band", band);
        m.put("seed", seed);
        return m;
    }
}
