package io.omegalock.junit;

import io.omegalock.gate.GateReport;
import io.omegalock.junitxml.GateSuites;
import io.omegalock.junitxml.JUnitCase;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.search.Candidate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;

/**
 * Assertions on a {@link PipelineResult}. A failure lists every failed gate with its reason (the
 * holdout gate's too), the same lines the Maven plugin prints, so a red test says why.
 */
public final class PipelineResultAssert extends AbstractAssert<PipelineResultAssert, PipelineResult> {

    PipelineResultAssert(PipelineResult actual) {
        super(actual, PipelineResultAssert.class);
    }

    /** @return this, when the status is PASS */
    public PipelineResultAssert passes() {
        isNotNull();
        if (!actual.passed()) {
            failWithMessage("%nExpected the run to pass, but its status is %s; failed gates:%s", actual.status(),
                    failedGates());
        }
        return this;
    }

    /**
     * @param gates the gates expected to fail, e.g. {@code KC-4} (HOLDOUT for the holdout gate)
     * @return this, when exactly these gates failed
     */
    public PipelineResultAssert failsOn(String... gates) {
        isNotNull();
        List<String> failed = failedCases().stream().map(JUnitCase::name).sorted().toList();
        List<String> expected = Arrays.stream(gates).sorted().toList();
        if (!failed.equals(expected)) {
            failWithMessage("%nExpected the run to fail on %s, but its status is %s; failed gates:%s", expected,
                    actual.status(), failed.isEmpty() ? " none" : failedGates());
        }
        return this;
    }

    /**
     * @param name a gate, e.g. {@code KC-4}
     * @return assertions on its report
     */
    public GateReportAssert gate(String name) {
        isNotNull();
        GateReport r = actual.report(name);
        if (r == null) {
            failWithMessage("%nExpected a %s gate report, but the run reported only %s", name,
                    actual.reports().stream().map(GateReport::name).toList());
        }
        return new GateReportAssert(r);
    }

    /** @return assertions on the unlocked params of best_feasible (fails when no candidate was feasible) */
    public MapAssert<String, Object> bestFeasible() {
        return unlocked("best_feasible", actual == null ? null : actual.bestFeasible());
    }

    /** @return assertions on the unlocked params of best_any, the raw fitness maximum */
    public MapAssert<String, Object> bestAny() {
        return unlocked("best_any", actual == null ? null : actual.bestAny());
    }

    private MapAssert<String, Object> unlocked(String which, Candidate c) {
        isNotNull();
        if (c == null) {
            failWithMessage("%nExpected a %s candidate, but there is none (status %s, %d candidates, %d failed)", which,
                    actual.status(), actual.candidates().size(),
                    actual.candidates().stream().filter(x -> !x.ok()).count());
        }
        return Assertions.assertThat(c.unlocked()).as("%s unlocked params", which);
    }

    private List<JUnitCase> failedCases() {
        return GateSuites.pipeline("assertion", actual).cases().stream()
                .filter(c -> c.outcome() == JUnitCase.Outcome.FAILED).toList();
    }

    private String failedGates() {
        return failedCases().stream().map(c -> "\n  " + c.name() + ": " + c.message())
                .collect(Collectors.joining());
    }
}
