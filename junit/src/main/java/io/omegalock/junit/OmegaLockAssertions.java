package io.omegalock.junit;

import io.omegalock.audit.AuditReport;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateVerdict;
import io.omegalock.pipeline.PipelineResult;

/**
 * Entry points, used beside AssertJ's {@code Assertions.assertThat} (the overloads do not clash):
 * <pre>{@code
 * assertThat(result).passes();
 * assertThat(result).gate("KC-4").passed();
 * assertThat(result).bestFeasible().isEqualTo(Map.of("x", 0.0, "n", 1L));
 * assertThat(report).chainIntact();
 * }</pre>
 */
public final class OmegaLockAssertions {
    private OmegaLockAssertions() {
    }

    /**
     * @param actual a pipeline result
     * @return its assertions
     */
    public static PipelineResultAssert assertThat(PipelineResult actual) {
        return new PipelineResultAssert(actual);
    }

    /**
     * @param actual a gate report
     * @return its assertions
     */
    public static GateReportAssert assertThat(GateReport actual) {
        return new GateReportAssert(actual);
    }

    /**
     * @param actual the verdict of {@code GateScores}
     * @return its assertions
     */
    public static GateVerdictAssert assertThat(GateVerdict actual) {
        return new GateVerdictAssert(actual);
    }

    /**
     * @param actual an audit report
     * @return its assertions
     */
    public static AuditReportAssert assertThat(AuditReport actual) {
        return new AuditReportAssert(actual);
    }
}
