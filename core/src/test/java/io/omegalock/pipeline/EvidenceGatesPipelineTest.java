package io.omegalock.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateStatus;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferTest;
import io.omegalock.search.GridSearch;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The opt-in statistical gates run inside the pipeline when configured, and never by default. */
class EvidenceGatesPipelineTest {

    @Test
    void defaultsAddNoGateAndKeepTheReferenceRule() {
        PipelineResult r = run(PipelineConfig.builder().build(), PipelineTargets.of(Quad12.train())
                .withTest(Quad12.test()));
        assertThat(r.reports()).extracting(GateReport::name).containsExactly("KC-2", "KC-4", "KC-1", "KC-3");
        assertThat(r.report("KC-4").detail()).doesNotContainKey("p_value");
    }

    @Test
    void spearmanAndWinnerRankRunOnTheWalkForward() {
        PipelineConfig c = PipelineConfig.builder().walkForwardTopN(20)
                .evidence(new EvidenceGates(TransferTest.SPEARMAN, 0.05, true, null, null, 42)).build();
        PipelineResult r = run(c, PipelineTargets.of(Quad12.train()).withTest(Quad12.test()));
        assertThat(r.reports()).extracting(GateReport::name).containsExactly("KC-2", "KC-4", "WINNER-RANK", "KC-1",
                "KC-3");
        assertThat(r.report("KC-4").detail()).containsEntry("transfer_test", TransferTest.SPEARMAN.key());
        assertThat(r.report("KC-4").status()).isEqualTo(GateStatus.PASS);
        assertThat(r.report("WINNER-RANK").status()).isEqualTo(GateStatus.PASS);
    }

    @Test
    void pboAndDsrReadTheCandidatesSeries() {
        // Two params; every candidate reports 16 slice scores and 64 returns derived from them.
        ParamSpace space = ParamSpace.of(FloatParam.of("a", -1, 1, 0.5), FloatParam.of("b", -1, 1, -0.5));
        Target t = new Target() {
            @Override
            public ParamSpace space() {
                return space;
            }

            @Override
            public EvalResult evaluate(Params p) {
                double a = p.getDouble("a");
                double b = p.getDouble("b");
                double f = -(a - 0.2) * (a - 0.2) - 0.05 * (b + 0.1) * (b + 0.1);
                List<Double> slices = new ArrayList<>();
                List<Double> returns = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    double wobble = 0.01 * Math.sin(7 * i + 13 * a + 5 * b);
                    returns.add(0.02 + f * 0.01 + wobble);
                    if (i < 16) {
                        slices.add(f + wobble);
                    }
                }
                return EvalResult.of(f, 100, Map.of("slice_scores", slices, "returns", returns));
            }
        };
        PipelineConfig c = PipelineConfig.builder().unlockK(2).search(new GridSearch(5))
                .thresholds(Thresholds.pureObjective())
                .evidence(new EvidenceGates(TransferTest.PEARSON_THRESHOLD, 0.05, false, 0.25, 0.95, 7)).build();
        PipelineResult r = run(c, PipelineTargets.of(t));
        assertThat(r.reports()).extracting(GateReport::name).contains("PBO", "DSR");
        GateReport pbo = r.report("PBO");
        assertThat(pbo.status()).isEqualTo(GateStatus.PASS);
        assertThat(((Number) pbo.detail().get("n_candidates")).intValue()).isEqualTo(25);
        assertThat(r.report("DSR").status()).isIn(GateStatus.PASS, GateStatus.FAIL);
        assertThat(r.report("DSR").detail()).isNotEmpty();
    }

    @Test
    void invalidEvidenceSettingsNameTheirKey() {
        assertThatThrownBy(() -> new EvidenceGates(TransferTest.SPEARMAN, 1.5, false, null, null, 1))
                .isInstanceOf(BadInputException.class).hasMessageContaining("transfer_alpha");
        assertThatThrownBy(() -> new EvidenceGates(TransferTest.SPEARMAN, 0.05, false, 2.0, null, 1))
                .isInstanceOf(BadInputException.class).hasMessageContaining("pbo.max");
        assertThatThrownBy(() -> new EvidenceGates(TransferTest.SPEARMAN, 0.05, false, null, 1.0, 1))
                .isInstanceOf(BadInputException.class).hasMessageContaining("dsr.min");
    }

    private static PipelineResult run(PipelineConfig c, PipelineTargets t) {
        try (Evaluator ev = Evaluator.sequential()) {
            return new Pipeline(c, ev).run(t);
        }
    }
}
