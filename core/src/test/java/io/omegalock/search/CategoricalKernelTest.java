package io.omegalock.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CategoricalKernelTest {

    @Test
    void matchesTheHandComputation() {
        // 3 choices, 4 observations + prior: s = 1/5, row = (s + [k == obs]) / (1 + 3 s).
        CategoricalKernel k = new CategoricalKernel(3, 5, 1.0);
        assertThat(k.observed()).isCloseTo(1.2 / 1.6, within(1e-15));
        assertThat(k.other()).isCloseTo(0.2 / 1.6, within(1e-15));
        assertThat(k.prior()).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(k.probability(2, 2)).isEqualTo(k.observed());
        assertThat(k.probability(2, 0)).isEqualTo(k.other());
        assertThat(k.probability(-1, 0)).isEqualTo(k.prior());
    }

    @Property
    void everyComponentSumsToOne(@ForAll @IntRange(min = 1, max = 40) int choices,
                                 @ForAll @IntRange(min = 1, max = 2000) int kernels,
                                 @ForAll @IntRange(min = -1, max = 39) int observed) {
        CategoricalKernel k = new CategoricalKernel(choices, kernels, 1.0);
        int obs = Math.min(observed, choices - 1);
        double sum = 0;
        for (int c = 0; c < choices; c++) {
            sum += k.probability(obs, c);
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void moreEvidenceMeansLessSmoothing() {
        assertThat(new CategoricalKernel(2, 100, 1.0).observed()).isGreaterThan(new CategoricalKernel(2, 3, 1.0).observed());
    }

    @Test
    void refusesEmptyShapes() {
        assertThatThrownBy(() -> new CategoricalKernel(0, 3, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("choices=0");
        assertThatThrownBy(() -> new CategoricalKernel(2, 0, 1.0)).hasMessageContaining("kernels=0");
        assertThatThrownBy(() -> new CategoricalKernel(2, 3, 0.0)).hasMessageContaining("priorWeight=0.0");
    }
}
