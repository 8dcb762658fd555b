package io.omegalock.gate.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Ranking the top of a pool: the same top k, in the same order, as a full sort, pairs kept together. */
class PoolTest {
    @Property(tries = 200)
    void rankTopAgreesWithAFullSort(@ForAll @IntRange(min = 1, max = 300) int size, @ForAll long seed,
                                    @ForAll @IntRange(min = 1, max = 300) int kRaw) {
        int k = Math.min(size, kRaw);
        java.util.Random r = new java.util.Random(seed);
        Pool pool = new Pool(size);
        for (int i = 0; i < size; i++) {
            pool.train[i] = r.nextGaussian();
            pool.test[i] = 3 * pool.train[i] + 1; // a function of train, so a broken pair shows
        }
        pool.resetIds();
        double[] original = pool.train.clone();
        pool.rankTop(k);
        double[] sorted = original.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < k; i++) {
            assertThat(pool.train[i]).isEqualTo(sorted[size - 1 - i]);
        }
        for (int i = 0; i < size; i++) {
            assertThat(pool.test[i]).isEqualTo(3 * pool.train[i] + 1);
            assertThat(original[pool.id[i]]).isEqualTo(pool.train[i]);
        }
        double[] after = pool.train.clone();
        Arrays.sort(after);
        assertThat(after).containsExactly(sorted);
    }
}
