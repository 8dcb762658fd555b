package io.omegalock.junit;

import io.omegalock.gate.GateVerdict;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the verdict of {@code GateScores} (train vs holdout scores); failures carry its reasons. */
public final class GateVerdictAssert extends AbstractAssert<GateVerdictAssert, GateVerdict> {

    GateVerdictAssert(GateVerdict actual) {
        super(actual, GateVerdictAssert.class);
    }

    /** @return this, when the train ranking transfers */
    public GateVerdictAssert passes() {
        isNotNull();
        if (!actual.passed()) {
            failWithMessage("%nExpected the transfer gate to pass, but it failed: %s%s",
                    actual.kcReport().message(), reasons());
        }
        return this;
    }

    /** @return this, when it does not */
    public GateVerdictAssert fails() {
        isNotNull();
        if (actual.passed()) {
            failWithMessage("%nExpected the transfer gate to fail, but it passed: %s%s",
                    actual.kcReport().message(), reasons());
        }
        return this;
    }

    private String reasons() {
        StringBuilder b = new StringBuilder();
        for (String r : actual.reasons()) {
            b.append("\n  - ").append(r);
        }
        return b.toString();
    }
}
