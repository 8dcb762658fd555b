package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.omegalock.BadInputException;
import org.junit.jupiter.api.Test;

class TransferSampleTest {

    @Test
    void oneRankPerStratumOfTheUpperQuarter() {
        // 441 candidates, top 10: the band is ranks [10, 110), ten strata of ten ranks each.
        int[] r = TransferSample.of().ranks(441, 10);
        assertThat(r).hasSize(10);
        for (int j = 0; j < 10; j++) {
            assertThat(r[j]).isBetween(10 + 10 * j, 19 + 10 * j);
        }
        assertThat(TransferSample.of().ranks(441, 10)).containsExactly(r);
        assertThat(new TransferSample(null, 0.25, 43).ranks(441, 10)).isNotEqualTo(r);
    }

    @Test
    void theBandIsAtLeastTheSampleWideAndNeverPastThePool() {
        // 50 candidates, top 10: a quarter (12) is narrower than top + sample (20), so ranks [10, 20).
        assertThat(TransferSample.of().ranks(50, 10)).containsExactly(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        // 15 candidates: only 5 outside the top 10, all taken.
        assertThat(TransferSample.of().ranks(15, 10)).containsExactly(10, 11, 12, 13, 14);
        assertThat(TransferSample.of().ranks(10, 10)).isEmpty();
        assertThat(new TransferSample(3, 1.0, 1).ranks(100, 10)).hasSize(3).doesNotHaveDuplicates();
        assertThat(java.util.Arrays.stream(new TransferSample(3, 1.0, 1).ranks(100, 10)).allMatch(x -> x >= 10 && x < 100)).isTrue();
    }

    @Test
    void eachStratumIsDrawnUniformly() {
        // Stratum 0 of ranks [10, 20): every rank about 1/10 of 20,000 seeds.
        int[] counts = new int[10];
        int seeds = 20_000;
        for (int s = 0; s < seeds; s++) {
            counts[new TransferSample(null, 0.25, s).ranks(441, 10)[0] - 10]++;
        }
        for (int c : counts) {
            assertThat(c / (double) seeds).isCloseTo(0.1, within(4 * Math.sqrt(0.09 / seeds)));
        }
    }

    @Test
    void badSettingsNameTheKey() {
        assertThatThrownBy(() -> new TransferSample(0, 0.25, 1)).isInstanceOf(BadInputException.class)
                .hasMessage("transfer_sample.size must be >= 1, got 0");
        assertThatThrownBy(() -> new TransferSample(null, 0.0, 1)).isInstanceOf(BadInputException.class)
                .hasMessage("transfer_sample.band must be in (0, 1], got 0.0");
        assertThatThrownBy(() -> new TransferSample(null, Double.NaN, 1)).isInstanceOf(BadInputException.class);
        assertThat(TransferSample.of().sizeFor(20)).isEqualTo(20);
        assertThat(new TransferSample(7, 0.25, 1).sizeFor(20)).isEqualTo(7);
    }
}
