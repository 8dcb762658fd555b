package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * CSCV against the Python reference {@code tools/gate_reference.py} (every split listed with
 * itertools.combinations, performances in exact fractions) and against matrices whose answer is
 * known: pure noise (the IS winner's OOS rank is uniform, so E[PBO] = 1/2 for even N) and one
 * dominant candidate (PBO = 0).
 */
class PboTest {

    /** The reference's LCG matrix: integers in [-50, 49], candidate-major. */
    static double[][] lcgMatrix(int n, int t, long seed) {
        long s = seed;
        double[][] m = new double[n][t];
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < t; i++) {
                s = 6364136223846793005L * s + 1442695040888963407L;
                m[c][i] = (s >>> 33) % 100 - 50;
            }
        }
        return m;
    }

    @Test
    void pythonReferenceMatrices() {
        // seed=1 N=10 T=8: S=8, 70 splits, pbo=41/70, slope=-0.692987791542633,
        // intercept=9.869811364354737, prob_loss=41/70
        Pbo.Result a = Pbo.compute(lcgMatrix(10, 8, 1), 8);
        assertThat(a.combinations()).isEqualTo(70);
        assertThat(a.pbo()).isEqualTo(41.0 / 70);
        assertThat(a.slope()).isCloseTo(-0.692987791542633, within(1e-12));
        assertThat(a.intercept()).isCloseTo(9.869811364354737, within(1e-11));
        assertThat(a.probabilityOfLoss()).isEqualTo(41.0 / 70);
        // seed=2 N=12 T=9 (blocks of 1 row and a last block of 2): pbo=9/10,
        // slope=-0.8928947958199265, intercept=15.47685213457259, prob_loss=26/35
        Pbo.Result b = Pbo.compute(lcgMatrix(12, 9, 2), Pbo.blocks(9));
        assertThat(b.blocks()).isEqualTo(8);
        assertThat(b.pbo()).isEqualTo(0.9);
        assertThat(b.slope()).isCloseTo(-0.8928947958199265, within(1e-12));
        assertThat(b.intercept()).isCloseTo(15.47685213457259, within(1e-11));
        assertThat(b.probabilityOfLoss()).isEqualTo(26.0 / 35);
        // seed=3 N=10 T=20: S=16, 12870 splits, pbo=628/1287, slope=-0.4401547628073332,
        // intercept=2.3732778627568205, prob_loss=713/1287
        Pbo.Result c = Pbo.compute(lcgMatrix(10, 20, 3), Pbo.blocks(20));
        assertThat(c.combinations()).isEqualTo(12_870);
        assertThat(c.pbo()).isEqualTo(628.0 / 1287);
        assertThat(c.slope()).isCloseTo(-0.4401547628073332, within(1e-12));
        assertThat(c.intercept()).isCloseTo(2.3732778627568205, within(1e-11));
        assertThat(c.probabilityOfLoss()).isEqualTo(713.0 / 1287);
    }

    @Test
    void blockCounts() {
        assertThat(Pbo.blocks(7)).isEqualTo(6);
        assertThat(Pbo.blocks(8)).isEqualTo(8);
        assertThat(Pbo.blocks(15)).isEqualTo(14);
        assertThat(Pbo.blocks(1000)).isEqualTo(16);
    }

    @Test
    void pureNoiseAveragesOneHalf() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
        int reps = 200;
        double sum = 0;
        for (int rep = 0; rep < reps; rep++) {
            double[][] m = new double[10][16];
            for (double[] row : m) {
                for (int t = 0; t < row.length; t++) {
                    row[t] = z.sample();
                }
            }
            sum += Pbo.compute(m, 16).pbo();
        }
        // One matrix's PBO varies a lot (its splits share data); the mean over 200 is within ~0.02 of 1/2.
        assertThat(sum / reps).isCloseTo(0.5, within(0.08));
    }

    @Test
    void aDominantCandidateNeverOverfits() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(6L);
        double[][] m = new double[20][12];
        for (int c = 0; c < 20; c++) {
            for (int t = 0; t < 12; t++) {
                m[c][t] = rng.nextDouble() - 0.5 + (c == 7 ? 5 : 0);
            }
        }
        GateReport r = Pbo.evaluate(m, Pbo.DEFAULT_MAX_PBO);
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.detail()).containsEntry("pbo", 0.0).containsEntry("prob_oos_loss", 0.0)
                .containsEntry("n_blocks", 12).containsEntry("combinations", 924);
        assertThat(r.message()).startsWith("PASS: PBO=0.000 <= 0.25 over 924 splits (N=20, T=12, S=12)");
    }

    @Test
    void skipsAndFailures() {
        assertThat(Pbo.evaluate(new double[0][], 0.25).message()).isEqualTo("SKIP: the target reports no slice_scores");
        assertThat(Pbo.evaluate(lcgMatrix(9, 16, 1), 0.25).message())
                .isEqualTo("SKIP: PBO needs at least 10 candidates, got 9");
        assertThat(Pbo.evaluate(lcgMatrix(10, 7, 1), 0.25).message())
                .isEqualTo("SKIP: PBO needs at least 8 slices (8 blocks), got 7");
        double[][] ragged = lcgMatrix(10, 8, 1);
        ragged[4] = new double[7];
        assertThat(Pbo.evaluate(ragged, 0.25).message())
                .isEqualTo("FAIL: candidate 4 reports 7 slice scores, candidate 0 reports 8");
        double[][] nan = lcgMatrix(10, 8, 1);
        nan[2][3] = Double.NaN;
        assertThat(Pbo.evaluate(nan, 0.25).status()).isEqualTo(GateStatus.FAIL);
        assertThat(Pbo.evaluate(lcgMatrix(10, 8, 1), 0.25).status()).isEqualTo(GateStatus.FAIL);
        assertThat(Pbo.evaluate(lcgMatrix(10, 8, 1), 0.6).status()).isEqualTo(GateStatus.PASS);
    }
}
