package io.omegalock.junit;

import static io.omegalock.junit.OmegaLockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.audit.AuditReport;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.demo.CaseStudy;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateScores;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferTest;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assertions pass on what holds and fail, with the gates' reasons, on what does not. */
class OmegaLockAssertionsTest {
    /** README case study: FAIL:KC-4, pearson 0.179 < 0.3 (docs: README). */
    private static PipelineResult caseStudy;
    /** quad12 with p0 < 0 required: PASS; on the 3-point grid (-5, 0, 5) best_feasible has p0 = -5, best_any p0 = 0. */
    private static PipelineResult quad;
    private static AuditTrail quadTrail;

    @BeforeAll
    static void run() {
        try (Evaluator e = Evaluator.sequential()) {
            caseStudy = CaseStudy.run(e).pipeline();
            quadTrail = AuditTrail.of(Constraint.of("p0_negative", "p0 capped", (p, r) -> p.getDouble("p0") < 0));
            PipelineConfig config = PipelineConfig.builder().unlockK(2).search(new GridSearch(3))
                    .thresholds(Thresholds.pureObjective()).constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE).build();
            quad = new Pipeline(config, e).run(PipelineTargets.of(quadTrail.wrap(Quad12.train(), "train"))
                    .withTest(Quad12.test()));
        }
    }

    @Test
    void aPassingRunPassesAndItsBestCandidatesCanBeChecked() {
        assertThat(quad).passes().gate("KC-4").passed();
        assertThat(quad).bestFeasible().containsEntry("p0", -5.0);
        assertThat(quad).bestAny().isNotEqualTo(quad.bestFeasible().unlocked());
        assertThat(quad).gate("KC-4").detail("pearson").isInstanceOf(Double.class);
    }

    @Test
    void aFailingRunSaysWhichGateFailedAndWhy() {
        assertThatThrownBy(() -> assertThat(caseStudy).passes()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected the run to pass, but its status is FAIL:KC-4; failed gates:")
                .hasMessageContaining("\n  KC-4: FAIL: pearson=0.179<0.3");
        assertThatThrownBy(() -> assertThat(caseStudy).gate("KC-4").passed()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected gate KC-4 to be PASS, but it is FAIL: FAIL: pearson=0.179<0.3")
                .hasMessageContaining("detail: {\"pearson\": 0.179");
        assertThat(caseStudy).failsOn("KC-4").gate("KC-4").failed();
        assertThatThrownBy(() -> assertThat(caseStudy).failsOn("KC-4", "HOLDOUT"))
                .hasMessageContaining("Expected the run to fail on [HOLDOUT, KC-4], but its status is FAIL:KC-4");
    }

    @Test
    void aMissingGateOrCandidateIsNamed() {
        assertThatThrownBy(() -> assertThat(quad).gate("PBO"))
                .hasMessageContaining("Expected a PBO gate report, but the run reported only [KC-2, KC-4, KC-1, KC-3]");
        assertThatThrownBy(() -> assertThat(quad).bestFeasible().isEqualTo(Map.of("p0", 1.0)))
                .hasMessageContaining("best_feasible unlocked params");
    }

    @Test
    void aGateVerdictFailureCarriesItsReasons() {
        var fail = GateScores.of(new double[] {1, 2, 3, 4, 5}, new double[] {5, 4, 3, 2, 1}, Thresholds.pureObjective(),
                TransferTest.PEARSON_THRESHOLD, 0.05);
        assertThat(fail).fails();
        assertThatThrownBy(() -> assertThat(fail).passes())
                .hasMessageContaining("Expected the transfer gate to pass, but it failed: FAIL: pearson=-1.000<0.3")
                .hasMessageContaining("\n  - " + fail.reasons().get(0));
    }

    @Test
    void anEditedAuditReportIsNotIntactAndTheEntryIsNamed() {
        AuditReport report = quadTrail.report("assertions", null, null);
        assertThat(report).chainIntact().hasRecords(report.nTotal());
        assertThatThrownBy(() -> assertThat(report).allFeasible())
                .hasMessageContaining("of " + report.nTotal() + " violate a constraint");

        String json = report.toJson(true);
        int at = json.indexOf("\"call_index\": 3");
        int fit = json.lastIndexOf("\"fitness\": ", at);
        AuditReport edited = AuditReport.fromJson(json.substring(0, fit) + "\"fitness\": 123.0"
                + json.substring(json.indexOf(',', fit)));
        assertThatThrownBy(() -> assertThat(edited).chainIntact())
                .hasMessageContaining("Expected the audit chain to be intact, but it is broken at entry 3: ");
    }
}
