package io.omegalock.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluator;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.IterativePipeline;
import io.omegalock.pipeline.IterativeResult;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The keyholes through the pipeline with default settings (K = 3, grid 5): one round finds
 * Phantom's trio and Phantom-deep's channel A; the iterative loop's second round finds
 * channel B. Checked over the default benchmark seeds, allowing one miss per property.
 */
class KeyholePipelineTest {
    static final List<Long> SEEDS = KeyholesTest.SEEDS;
    static final Set<String> PHANTOM = Set.of("alpha", "window", "long_mode");
    static final Set<String> CHANNEL_A = Set.of("alpha", "window", "long_mode");
    static final Set<String> CHANNEL_B = Set.of("beta", "horizon", "use_ema");
    static final Evaluator EVALUATOR = Evaluator.sequential();

    @AfterAll
    static void close() {
        EVALUATOR.close();
    }

    @Test
    void oneRoundUnlocksPhantomsTrioAndBeatsTheBaseline() {
        int found = 0;
        for (long seed : SEEDS) {
            PipelineResult r = run(Phantom.keyhole(), seed);
            if (Set.copyOf(r.topK()).equals(PHANTOM)) {
                found++;
                assertThat(r.selected().params().getBoolean("long_mode")).as("seed " + seed).isTrue();
                assertThat(r.selected().fitness() - r.baseline().fitness()).as("seed " + seed).isGreaterThan(30.0);
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(4);
    }

    @Test
    void oneRoundOnPhantomDeepUnlocksChannelA() {
        int channelA = 0;
        for (long seed : SEEDS) {
            if (Set.copyOf(run(PhantomDeep.keyhole(), seed).topK()).equals(CHANNEL_A)) {
                channelA++;
            }
        }
        assertThat(channelA).isGreaterThanOrEqualTo(4);
    }

    /** Without a test slice no KC-4 can stop the loop: the rounds show the structure alone. */
    @Test
    void iterativeLoopFindsChannelBInRoundTwo() {
        int channelB = 0;
        for (long seed : SEEDS) {
            IterativeResult r = iterate(PipelineTargets.of(PhantomDeep.keyhole().train(seed)));
            if (r.lockedInOrder().size() >= 2 && Set.copyOf(r.lockedInOrder().get(0)).equals(CHANNEL_A)
                    && Set.copyOf(r.lockedInOrder().get(1)).equals(CHANNEL_B)) {
                channelB++;
                assertThat(r.roundBestFitness().get(1)).as("seed " + seed)
                        .isGreaterThan(r.roundBestFitness().get(0) + 10.0);
                assertThat(r.rounds().get(1).report("KC-2").status().name()).as("seed " + seed).isEqualTo("PASS");
            }
        }
        assertThat(channelB).isGreaterThanOrEqualTo(4);
    }

    /** With the test slice, as the benchmark runs it, the gates let the loop reach round two too. */
    @Test
    void iterativeLoopWithWalkForwardStillReachesChannelB() {
        int channelB = 0;
        for (long seed : SEEDS) {
            PhantomDeep k = PhantomDeep.keyhole();
            IterativeResult r = iterate(PipelineTargets.of(k.train(seed)).withTest(k.test(seed)));
            if (r.lockedInOrder().size() >= 2 && Set.copyOf(r.lockedInOrder().get(1)).equals(CHANNEL_B)) {
                channelB++;
            }
        }
        assertThat(channelB).isGreaterThanOrEqualTo(4);
    }

    static PipelineResult run(Keyhole k, long seed) {
        return new Pipeline(PipelineConfig.builder().build(), EVALUATOR).run(PipelineTargets.of(k.train(seed)));
    }

    static IterativeResult iterate(PipelineTargets targets) {
        IterativeConfig cfg = new IterativeConfig(PipelineConfig.builder().build(), 2, 0.0, true);
        return new IterativePipeline(cfg, EVALUATOR).run(targets);
    }
}
