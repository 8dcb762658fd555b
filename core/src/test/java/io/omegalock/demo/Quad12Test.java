package io.omegalock.demo;

import static io.omegalock.demo.ReferenceAudit.assertSameDouble;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.space.FloatParam;
import io.omegalock.target.EvalResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Quad12Test {

    /** Every call of the reference fixtures quad_basic and quad_iterative, re-evaluated here. */
    @ParameterizedTest
    @ValueSource(strings = {"quad_basic", "quad_iterative"})
    void reproducesEveryRecordedRunBitForBit(String fixture) throws IOException {
        List<ReferenceAudit.Run> runs = ReferenceAudit.runs(fixture);
        assertThat(runs).extracting(ReferenceAudit.Run::role).contains("train", "test", "holdout");
        for (ReferenceAudit.Run run : runs) {
            EvalResult r = Quad12.slice(run.role()).evaluate(run.paramsIn(Quad12.space()));
            assertSameDouble(fixture + " " + run + " fitness", r.fitness(), run.fitness());
            assertThat(r.nTrials()).as(fixture + " " + run + " n_trials").isEqualTo(run.nTrials());
            Map<String, Object> expected = run.targetMetadata();
            assertThat(r.metadata().keySet()).as(fixture + " " + run + " metadata keys")
                    .containsExactly("risk", "tag", "slice");
            // Double.equals compares bits, so this is exact for risk.
            assertThat(r.metadata()).as(fixture + " " + run + " metadata").isEqualTo(expected);
        }
    }

    @Test
    void spaceIsTheTenDeclaredParamsWithP4OfiBiased() {
        assertThat(Quad12.space().names())
                .containsExactly("p0", "p1", "n0", "b0", "p2", "p3", "n1", "b1", "p4", "p5");
        assertThat(Quad12.space().spec("p4")).isEqualTo(new FloatParam("p4", 0, 1, 0.5, true));
        assertThat(Quad12.space().specs().stream().filter(s -> s.ofiBiased()).count()).isEqualTo(1);
    }

    @Test
    void slicesShiftTheOptimumByRole() {
        assertThat(Quad12.train().shift()).isEqualTo(0.0);
        assertThat(Quad12.test().shift()).isEqualTo(0.15);
        assertThat(Quad12.holdout().shift()).isEqualTo(0.3);
        assertThat(Quad12.slice("test")).isSameAs(Quad12.test());
        assertThatThrownBy(() -> Quad12.slice("validation")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("validation");
    }

    @Test
    void neutralPointMatchesTheHandComputedFormula() {
        // -(3*1 + 2*0.25 + 1.5*4 + 0) - 0.9 - 0.05 + 0.01 + 0.0005 - 0.001 (README quad12 formula)
        EvalResult r = Quad12.train().evaluate(Quad12.space().neutral());
        assertThat(r.fitness()).isCloseTo(-10.4405, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.nTrials()).isEqualTo(70);
        assertThat(r.metadata()).containsExactly(Map.entry("risk", 1.0), Map.entry("tag", "quad"),
                Map.entry("slice", "train"));
    }
}
