package io.omegalock.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrialHistoryTest {

    static Stream<Arguments> goodCountIsTenPercentCappedAt25() {
        return Stream.of(Arguments.of(1, 1), Arguments.of(10, 1), Arguments.of(11, 2), Arguments.of(20, 2),
                Arguments.of(21, 3), Arguments.of(124, 13), Arguments.of(241, 25), Arguments.of(1000, 25));
    }

    @ParameterizedTest
    @MethodSource
    void goodCountIsTenPercentCappedAt25(int n, int good) {
        assertThat(TrialHistory.goodCount(n)).isEqualTo(good);
    }

    @Test
    void splitTakesTheBestAndKeepsBothSidesChronological() {
        TrialHistory h = new TrialHistory();
        double[] fitness = {3, 9, 1, 7, 9, 2, 0, 5, 4, 6, 8};
        for (int i = 0; i < fitness.length; i++) {
            h.add(new double[] {i}, fitness[i], 0);
        }
        // 11 trials -> 2 good: the two 9s (trials 1 and 4); equal fitness keeps evaluation order.
        int[][] split = h.split();
        assertThat(split[0]).containsExactly(1, 4);
        assertThat(split[1]).containsExactly(0, 2, 3, 5, 6, 7, 8, 9, 10);
        assertThat(h.ranking()).startsWith(1, 4, 10, 3, 9);
        assertThat(h.rows(split[0])[1]).containsExactly(4.0);
    }

    @Test
    void feasibleRankAboveInfeasibleAndInfeasibleByViolationCount() {
        TrialHistory h = new TrialHistory();
        h.add(new double[] {0}, 100, 2);
        h.add(new double[] {1}, -5, 0);
        h.add(new double[] {2}, 50, 1);
        h.add(new double[] {3}, 80, 1);
        h.add(new double[] {4}, -9, 0);
        h.add(new double[] {5}, 90, 2);
        assertThat(h.ranking()).containsExactly(1, 4, 3, 2, 0, 5);
    }

    @Test
    void infeasibleFillTheGoodSideOnlyWhenFeasibleRunOut() {
        TrialHistory h = new TrialHistory();
        for (int i = 0; i < 20; i++) {
            h.add(new double[] {i}, 1000 + i, 1);
        }
        h.add(new double[] {20}, -1, 0);
        // 21 trials -> 3 good: the one feasible trial, then the two best of the equally infeasible rest.
        assertThat(h.split()[0]).containsExactly(18, 19, 20);
    }
}
