package io.omegalock.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateStatus;
import io.omegalock.gate.SampledTransfer;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferSample;
import io.omegalock.gate.TransferTest;
import io.omegalock.report.Scorecards;
import io.omegalock.benchmark.CountingTarget;
import io.omegalock.search.GridSearch;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.Target;
import io.omegalock.target.Targets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The selection-aware walk-forward gate inside the pipeline: what it scores, decides and advises. */
class SampledWalkForwardTest {

    @Test
    void theRecommendedGateScoresTheTopNAndAStratifiedSampleOnce() {
        CountingTarget test = new CountingTarget(Quad12.test());
        PipelineConfig c = PipelineConfig.builder().walkForwardTopN(10).evidence(EvidenceGates.recommended()).build();
        PipelineResult r = run(c, PipelineTargets.of(Quad12.train()).withTest(test), Evaluator.sequential());
        WalkForwardSample s = r.walkForward().sample();
        // 125 candidates: the band is ranks [10, 31), ten strata; 10 + 10 test evaluations in all.
        assertThat(s.poolSize()).isEqualTo(125);
        assertThat(s.ranks()).containsExactly(TransferSample.of().ranks(125, 10));
        assertThat(test.calls()).isEqualTo(20);
        GateReport kc4 = r.report("KC-4");
        assertThat(kc4.detail()).containsEntry("transfer_test", "sample").containsEntry("n_sample", 10);
        assertThat(r.reports()).extracting(GateReport::name).containsExactly("KC-2", "KC-4", "KC-1", "KC-3");
        Map<String, Object> wf = r.walkForward().toMap();
        assertThat(((Map<?, ?>) wf.get("sample")).get("pool_size")).isEqualTo(125);
    }

    @Test
    void sameResultWithOneAndTwoThreads() {
        PipelineConfig c = PipelineConfig.builder().walkForwardTopN(10).evidence(EvidenceGates.recommended()).build();
        PipelineTargets t = PipelineTargets.of(Quad12.train()).withTest(Quad12.test());
        PipelineResult one = run(c, t, Evaluator.sequential());
        PipelineResult two = run(c, t, Evaluator.parallel(2));
        assertThat(two.walkForward().toMap()).isEqualTo(one.walkForward().toMap());
        assertThat(two.report("KC-4")).isEqualTo(one.report("KC-4"));
    }

    @Test
    void withoutTheSampleTheWalkForwardArtifactIsUnchanged() {
        PipelineResult r = run(PipelineConfig.builder().build(), PipelineTargets.of(Quad12.train())
                .withTest(Quad12.test()), Evaluator.sequential());
        assertThat(r.walkForward().toMap()).doesNotContainKey("sample");
        assertThat(r.walkForward().sample()).isNull();
        assertThat(r.toMap()).doesNotContainKey("advisories");
    }

    @Test
    void anAdvisoryWhenThePearsonRulePassesAndTheSampleGateFails() {
        // f = -(a - 0.2)^2 - 0.05 (b + 0.1)^2 on the 5 x 5 grid: the top 10 are a in {0, 0.5} (f > -0.2),
        // and on test they keep their order (Pearson 1) while every other candidate scores higher: the
        // train winner beats none of the sample.
        ParamSpace space = ParamSpace.of(FloatParam.of("a", -1, 1, 0.5), FloatParam.of("b", -1, 1, -0.5));
        Target train = target(space, false);
        Target test = target(space, true);
        PipelineConfig c = PipelineConfig.builder().unlockK(2).search(new GridSearch(5))
                .thresholds(Thresholds.pureObjective())
                .evidence(EvidenceGates.reference().withSample(TransferSample.of())).build();
        PipelineResult r = run(c, PipelineTargets.of(train).withTest(test), Evaluator.sequential());
        assertThat(r.report("KC-4").status()).isEqualTo(GateStatus.PASS);
        GateReport advisory = r.report(SampledTransfer.ADVISORY_NAME);
        assertThat(advisory.status()).isEqualTo(GateStatus.ADVISORY);
        assertThat(advisory.detail()).containsEntry("advisory", true).containsEntry("winner_beats_sample", 0.0);
        assertThat(advisory.message()).startsWith("KC-4 passed under the reference rule (pearson=1.000 >= 0.3) but "
                + "the recommended sample gate fails: ");
        assertThat(r.status()).doesNotContain("KC-4");
        // The result, its artifact and both scorecards carry the advisory.
        assertThat(r.advisories()).containsExactly("KC-4-SAMPLE: " + advisory.message());
        Map<String, Object> artifact = r.toMap();
        assertThat(artifact).containsEntry("advisories", r.advisories());
        assertThat(Scorecards.text(artifact)).contains("Advisory: KC-4-SAMPLE: KC-4 passed under the reference rule");
        assertThat(Scorecards.html(artifact)).contains("KC-4 passed under the reference rule (pearson=1.000 &gt;= 0.3)");
        // The same run deciding with the sample gate fails KC-4.
        PipelineConfig deciding = PipelineConfig.builder().unlockK(2).search(new GridSearch(5))
                .thresholds(Thresholds.pureObjective())
                .evidence(new EvidenceGates(TransferTest.SAMPLE, 0.05, false, null, null, 42)).build();
        PipelineResult d = run(deciding, PipelineTargets.of(train).withTest(test), Evaluator.sequential());
        assertThat(d.report("KC-4").status()).isEqualTo(GateStatus.FAIL);
        assertThat(d.report(SampledTransfer.ADVISORY_NAME)).isNull();
        assertThat(d.status()).contains("KC-4");
    }

    private static Target target(ParamSpace space, boolean test) {
        return Targets.of(space, p -> {
            double a = p.getDouble("a");
            double b = p.getDouble("b");
            double f = -(a - 0.2) * (a - 0.2) - 0.05 * (b + 0.1) * (b + 0.1);
            return test && f < -0.2 ? 1 + 0.01 * f : f;
        }, p -> 100L, p -> Map.of());
    }

    private static PipelineResult run(PipelineConfig c, PipelineTargets t, Evaluator ev) {
        try (ev) {
            return new Pipeline(c, ev).run(t);
        }
    }
}
