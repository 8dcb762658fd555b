package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WinnerRankTest {

    @Test
    void handComputedRanks() {
        // Winner = index 0 (train 9). Holdout 3 5 1 4 2: its holdout rank is 3 of 5 -> omega 3/6 = 0.5, not > 0.5.
        GateReport r = WinnerRank.evaluate(new double[] {9, 8, 7, 6, 5}, new double[] {3, 5, 1, 4, 2});
        assertThat(r.status()).isEqualTo(GateStatus.FAIL);
        assertThat(r.message()).isEqualTo("FAIL: train winner ranks 3.0 of 5 on holdout, omega=0.500 <= 0.5");
        assertThat(r.detail()).containsEntry("omega", 0.5).containsEntry("logit", 0.0).containsEntry("winner_index", 0);
        // Winner = index 2 (train 9.5); holdout 4 of 5 -> omega 4/6.
        GateReport p = WinnerRank.evaluate(new double[] {9, 8, 9.5, 6, 5}, new double[] {3, 5, 4, 1, 2});
        assertThat(p.status()).isEqualTo(GateStatus.PASS);
        assertThat(p.detail()).containsEntry("winner_index", 2).containsEntry("holdout_rank", 4.0)
                .containsEntry("omega", 4.0 / 6);
        assertThat((double) p.detail().get("logit")).isCloseTo(Math.log(2), org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void tiesUseAverageRanksAndTheFirstTrainWinner() {
        // Train tie at the top: index 0 wins. Holdout 2 2 2 1: ranks 3 3 3 1 -> omega 3/5 = 0.6.
        assertThat(WinnerRank.omega(new double[] {7, 7, 1, 0}, new double[] {2, 2, 2, 1})).isEqualTo(0.6);
    }

    @Test
    void skipWithoutHoldoutAndFailOnBadScores() {
        assertThat(WinnerRank.evaluate(new double[] {1, 2}, new double[0]).status()).isEqualTo(GateStatus.SKIP);
        assertThat(WinnerRank.evaluate(new double[] {1, 2}, new double[] {1}).message())
                .isEqualTo("FAIL: train and holdout score lists differ in length (2 vs 1)");
        assertThat(WinnerRank.evaluate(new double[] {1, 2}, new double[] {1, Double.NaN}).message())
                .isEqualTo("FAIL: non-finite score at index 1");
    }
}
