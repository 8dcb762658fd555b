package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import org.junit.jupiter.api.Test;

class TransferGatesTest {

    // The demo's top 10 would do, but a hand case keeps the numbers checkable: a perfect
    // ordering at n = 5 has exact p = 1/120 for both statistics.
    private static final double[] TRAIN5 = {5, 4, 3, 2, 1};
    private static final double[] TEST5 = {9, 8, 7, 6, 5};

    @Test
    void pearsonThresholdIsKc4Unchanged() {
        double[] train = {5, 4, 3, 2, 1, 0.5};
        double[] test = {1, 3, 2, 5, 4, 0};
        GateReport r = TransferGates.evaluate(TransferTest.PEARSON_THRESHOLD, train, test, 0.05, 1L);
        assertThat(r).isEqualTo(Gates.kc4(train, test, 0.0, Thresholds.pureObjective()));
        GateReport withRatio = TransferGates.evaluate(TransferTest.PEARSON_THRESHOLD, train, test, 0.2,
                Thresholds.defaults(), 0.05, 1L);
        assertThat(withRatio).isEqualTo(Gates.kc4(train, test, 0.2, Thresholds.defaults()));
    }

    @Test
    void spearmanPassesAPerfectOrderingWithItsExactPValue() {
        GateReport r = TransferGates.evaluate(TransferTest.SPEARMAN, TRAIN5, TEST5, 0.05, 1L);
        assertThat(r.name()).isEqualTo("KC-4");
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.message()).isEqualTo("PASS: spearman=1.000, p=0.0083 <= alpha=0.05 (exact: 1 of 120 orderings at least as extreme)");
        assertThat(r.detail()).containsEntry("transfer_test", "spearman")
                .containsEntry("p_value", 1.0 / 120)
                .containsEntry("p_value_method", "exact_null_distribution")
                .containsEntry("permutations", 120L)
                .containsEntry("at_least_as_extreme", 1L)
                .containsEntry("ties", false)
                .containsEntry("trade_ratio_skipped", true)
                .doesNotContainKey("seed");
        assertThat((double) r.detail().get("pearson")).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void kendallFailsWhenTheAssociationIsNotSignificant() {
        // Python reference, case hand_no_ties: tau-b = 0.6, p = 14/120.
        GateReport r = TransferGates.evaluate(TransferTest.KENDALL, new double[] {1, 2, 3, 4, 5},
                new double[] {2, 1, 4, 3, 5}, 0.05, 1L);
        assertThat(r.status()).isEqualTo(GateStatus.FAIL);
        assertThat(r.message()).isEqualTo("FAIL: kendall_tau_b=0.600, p=0.1167 > alpha=0.05 (exact: 14 of 120 orderings at least as extreme)");
        assertThat(r.detail()).containsEntry("kendall_tau_b", 0.6).containsEntry("p_value", 14.0 / 120);
        // The same data pass at alpha = 0.2.
        assertThat(TransferGates.evaluate(TransferTest.KENDALL, new double[] {1, 2, 3, 4, 5},
                new double[] {2, 1, 4, 3, 5}, 0.2, 1L).status()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void aboveTenTheMonteCarloSeedIsRecorded() {
        double[] train = new double[20];
        double[] test = new double[20];
        for (int i = 0; i < 20; i++) {
            train[i] = 20 - i;
            test[i] = 20 - i + (i % 3);
        }
        GateReport r = TransferGates.evaluate(TransferTest.SPEARMAN, train, test, 0.05, 99L);
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.detail()).containsEntry("p_value_method", "monte_carlo").containsEntry("seed", 99L)
                .containsEntry("permutations", 10_000L).containsEntry("p_value", 1.0 / 10_001);
        // p = 1/10001 = 9.999e-05 is shown to two significant digits, never as zero.
        assertThat(r.message()).endsWith("p=1.0e-04 <= alpha=0.05 (Monte Carlo: 0 of 10000 draws at least as "
                + "extreme, p = (0 + 1) / (10000 + 1))");
    }

    @Test
    void tradeRatioStillApplies() {
        GateReport r = TransferGates.evaluate(TransferTest.SPEARMAN, TRAIN5, TEST5, 0.1, Thresholds.defaults(),
                0.05, 1L);
        assertThat(r.status()).isEqualTo(GateStatus.FAIL);
        assertThat(r.message()).isEqualTo("FAIL: trade_ratio=0.100<0.5");
        assertThat(r.detail()).containsEntry("p_value_ok", true).containsEntry("trade_ratio_ok", false);
    }

    @Test
    void badScoresFailWithTheReason() {
        assertThat(TransferGates.evaluate(TransferTest.SPEARMAN, new double[] {1, 2, 3}, new double[] {1, 1, 1},
                0.05, 1L).message()).isEqualTo("FAIL: spearman uncomputable: ZERO_VARIANCE_Y");
        assertThat(TransferGates.evaluate(TransferTest.KENDALL, new double[] {1, Double.NaN},
                new double[] {1, 2}, 0.05, 1L).message()).isEqualTo("FAIL: kendall_tau_b uncomputable: NON_FINITE");
        assertThat(TransferGates.evaluate(TransferTest.KENDALL, new double[] {1, 2}, new double[] {1, 2}, 0.05, 1L)
                .message()).isEqualTo("FAIL: kendall_tau_b needs at least 3 points, got 2");
        assertThat(TransferGates.evaluate(TransferTest.SPEARMAN, new double[0], new double[0], 0.05, 1L)
                .detail()).containsEntry("p_value", null);
    }

    @Test
    void recommendedIsSpearmanAndWinnerRank() {
        // The bulk transfers but the winner (train 10) lands at the bottom on test.
        double[] train = {10, 9, 8, 7, 6, 5};
        double[] test = {0, 9, 8, 7, 6, 5};
        var reports = TransferGates.recommended(train, test, 0.5, 1L);
        assertThat(reports).extracting(GateReport::name).containsExactly("KC-4", "WINNER-RANK");
        assertThat(reports.get(0).status()).isEqualTo(GateStatus.PASS);
        assertThat(reports.get(1).status()).isEqualTo(GateStatus.FAIL);
    }

    @Test
    void alphaAndKeysAreValidated() {
        assertThatThrownBy(() -> TransferGates.evaluate(TransferTest.SPEARMAN, TRAIN5, TEST5, 0, 1L))
                .isInstanceOf(BadInputException.class).hasMessageContaining("transfer_alpha");
        assertThatThrownBy(() -> TransferGates.evaluate(TransferTest.SPEARMAN, TRAIN5, TEST5, Double.NaN, 1L))
                .isInstanceOf(BadInputException.class);
        assertThat(TransferTest.parse("pearson_threshold")).isEqualTo(TransferTest.PEARSON_THRESHOLD);
        assertThat(TransferTest.parse("pearson")).isEqualTo(TransferTest.PEARSON_THRESHOLD);
        assertThat(TransferTest.parse("kendall")).isEqualTo(TransferTest.KENDALL);
        assertThatThrownBy(() -> TransferTest.parse("pearsonr"))
                .hasMessage("transfer_test must be one of [pearson_threshold, spearman, kendall, sample], got 'pearsonr'");
    }
}
