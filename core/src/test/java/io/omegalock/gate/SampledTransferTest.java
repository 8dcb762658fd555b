package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.omegalock.BadInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SampledTransferTest {
    private static final Thresholds PURE = Thresholds.pureObjective();

    @Test
    void passesWhenTopAndSampleRankAlikeAndTheWinnerHoldsUp() {
        // Five points in perfect order: exact p = 1/5! = 1/120; the winner (test 9) beats both sampled.
        GateReport r = SampledTransfer.evaluate(new double[] {5, 4, 3}, new double[] {9, 8, 7}, new double[] {2, 1},
                new double[] {6, 5}, 0.0, PURE, 0.05, 1L);
        assertThat(r.name()).isEqualTo("KC-4");
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.message()).isEqualTo("PASS: spearman=1.000 over the top 3 and 2 sampled, p=0.0083 <= alpha=0.05 "
                + "(exact: 1 of 120 orderings at least as extreme), train winner beats 2 of 2 sampled on test");
        assertThat(r.detail()).containsEntry("transfer_test", "sample").containsEntry("n_points", 3)
                .containsEntry("n_sample", 2).containsEntry("p_value", 1.0 / 120).containsEntry("winner_index", 0)
                .containsEntry("winner_beats_sample", 2.0).containsEntry("winner_ok", true)
                .containsEntry("trade_ratio_skipped", true);
    }

    @Test
    void aLuckyWinnerFailsAlthoughTheRanksTransfer() {
        // Everything is in order except the winner, whose test score falls below most of the sample:
        // test ranks 3, 10, 9, ..., 4, 2, 1 against train ranks 10..1 give sum d^2 = 56, rho = 0.661.
        double[] top = {10, 9, 8, 7, 6};
        double[] topTest = {2.5, 9, 8, 7, 6};
        double[] sample = {5, 4, 3, 2, 1};
        double[] sampleTest = {5, 4, 3, 2, 1};
        GateReport r = SampledTransfer.evaluate(top, topTest, sample, sampleTest, 0.0, PURE, 0.05, 1L);
        assertThat(r.status()).isEqualTo(GateStatus.FAIL);
        assertThat((double) r.detail().get("p_value")).isLessThan(0.05);
        assertThat((double) r.detail().get("spearman")).isCloseTo(1 - 6 * 56 / 990.0, within(1e-12));
        assertThat(r.detail()).containsEntry("winner_ok", false).containsEntry("winner_beats_sample", 2.0);
        assertThat(r.message()).endsWith("train winner beats 2 of 5 sampled on test (needs more than half)");
    }

    @Test
    void tiesWithTheWinnerCountHalf() {
        // Winner test 5 against sampled {5, 5, 1, 0}: beats 2 outright and ties 2 -> 3 of 4 > half.
        GateReport r = SampledTransfer.evaluate(new double[] {9, 8}, new double[] {5, 4}, new double[] {4, 3, 2, 1},
                new double[] {5, 5, 1, 0}, 0.0, PURE, 0.5, 1L);
        assertThat(r.detail()).containsEntry("winner_beats_sample", 3.0).containsEntry("winner_ok", true);
        // Against {5, 5, 5, 0}: 1 + 3/2 = 2.5 of 4, still more than half; {5, 5, 5, 5}: 2 of 4 is not.
        assertThat(SampledTransfer.evaluate(new double[] {9, 8}, new double[] {5, 4}, new double[] {4, 3, 2, 1},
                new double[] {5, 5, 5, 5}, 0.0, PURE, 0.5, 1L).detail()).containsEntry("winner_ok", false);
    }

    @Test
    void badScoresFailWithTheReasonAndBadAlphaThrows() {
        assertThat(SampledTransfer.evaluate(new double[] {3, 2, 1}, new double[] {3, 2, 1}, new double[0],
                new double[0], 0.0, PURE, 0.05, 1L).message())
                .isEqualTo("FAIL: sample gate needs a sample of the pool outside the top N, got none");
        assertThat(SampledTransfer.evaluate(new double[] {3, 2}, new double[] {3, Double.NaN}, new double[] {1},
                new double[] {1}, 0.0, PURE, 0.05, 1L).message()).isEqualTo("FAIL: sample gate uncomputable: NON_FINITE");
        assertThat(SampledTransfer.evaluate(new double[] {3, 2}, new double[] {3}, new double[] {1}, new double[] {1},
                0.0, PURE, 0.05, 1L).message()).startsWith("FAIL: sample gate needs as many test as train scores");
        assertThatThrownBy(() -> SampledTransfer.evaluate(new double[] {3, 2}, new double[] {3, 2}, new double[] {1},
                new double[] {1}, 0.0, PURE, 1.0, 1L)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("transfer_alpha");
    }

    @Test
    void theTradeRatioAppliesAsInKc4() {
        GateReport r = SampledTransfer.evaluate(new double[] {5, 4, 3}, new double[] {9, 8, 7}, new double[] {2, 1},
                new double[] {6, 5}, 0.1, Thresholds.defaults(), 0.05, 1L);
        assertThat(r.status()).isEqualTo(GateStatus.FAIL);
        assertThat(r.message()).endsWith(", trade_ratio=0.100<" + Numbers.str(Thresholds.defaults().tradeRatioMin()));
    }

    @Test
    void advisesWhenTheReferenceRulePassesAndTheSampleGateFails() {
        double[] top = {10, 9, 8, 7, 6};
        double[] topTest = {0, 9, 8, 7, 6};
        GateReport kc4 = Gates.kc4(top, topTest, 0.0, PURE);
        assertThat(kc4.status()).isEqualTo(GateStatus.FAIL); // the collapse drags Pearson down too
        double[] lucky = {6, 9, 8, 7, 0};
        GateReport reference = Gates.kc4(top, lucky, 0.0, PURE);
        assertThat(reference.status()).isEqualTo(GateStatus.PASS);
        GateReport sampled = SampledTransfer.evaluate(top, lucky, new double[] {5, 4, 3, 2, 1},
                new double[] {9.5, 9.4, 9.3, 9.2, 9.1}, 0.0, PURE, 0.05, 1L);
        assertThat(sampled.failed()).isTrue();
        GateReport a = SampledTransfer.advise(reference, sampled, 0.3);
        assertThat(a.name()).isEqualTo("KC-4-SAMPLE");
        assertThat(a.status()).isEqualTo(GateStatus.ADVISORY);
        assertThat(a.message()).startsWith("KC-4 passed under the reference rule (pearson="
                + Numbers.fixed((double) reference.detail().get("pearson"), 3) + " >= 0.3) but the recommended sample "
                + "gate fails: spearman=");
        assertThat(a.detail()).containsEntry("advisory", true).containsEntry("would_pass", false)
                .containsEntry("p_value", sampled.detail().get("p_value"));
        // Nothing to warn about when the reference rule failed too, or another rule decides.
        GateReport quiet = SampledTransfer.advise(kc4, sampled, 0.3);
        assertThat(quiet.detail()).containsEntry("advisory", false);
        assertThat(quiet.message()).startsWith("would FAIL (advisory; KC-4 decides with pearson_threshold): ");
        GateReport spearman = TransferGates.evaluate(TransferTest.SPEARMAN, top, lucky, 0.5, 1L);
        assertThat(SampledTransfer.advise(spearman, sampled, 0.3).message())
                .startsWith("would FAIL (advisory; KC-4 decides with spearman): ");
    }

    @Test
    void levelWithoutTransferMatchesTheExactValues() {
        // Top 6 and 4 sampled, all test scores independent of train: the rank test over 10 points
        // passes with its exact size 0.0481 (Zar 1972's 5% critical value at n = 10, see
        // PermutationTestTest), and the winner beats k of 4 sampled with k uniform on 0..4, so
        // "more than half" (k >= 3) has probability 2/5.
        Random rnd = new Random(11);
        int reps = 6000;
        int rank = 0;
        int winner = 0;
        int both = 0;
        for (int rep = 0; rep < reps; rep++) {
            double[] top = new double[6];
            double[] topTest = new double[6];
            double[] s = new double[4];
            double[] sTest = new double[4];
            for (int i = 0; i < 6; i++) {
                top[i] = 10 - i;
                topTest[i] = rnd.nextGaussian();
            }
            for (int i = 0; i < 4; i++) {
                s[i] = 3 - i;
                sTest[i] = rnd.nextGaussian();
            }
            GateReport r = SampledTransfer.evaluate(top, topTest, s, sTest, 0.0, PURE, 0.05, rep);
            boolean a = (boolean) r.detail().get("p_value_ok");
            boolean b = (boolean) r.detail().get("winner_ok");
            rank += a ? 1 : 0;
            winner += b ? 1 : 0;
            both += r.status() == GateStatus.PASS ? 1 : 0;
        }
        double size = 0.0481;
        assertThat(rank / (double) reps).isCloseTo(size, within(4 * Math.sqrt(size * (1 - size) / reps)));
        assertThat(winner / (double) reps).isCloseTo(0.4, within(4 * Math.sqrt(0.24 / reps)));
        assertThat(both).isLessThanOrEqualTo(rank);
    }
}
