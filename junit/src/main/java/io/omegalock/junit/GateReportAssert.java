package io.omegalock.junit;

import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateStatus;
import io.omegalock.json.JsonWriter;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ObjectAssert;

/** Assertions on one gate's report; a failure quotes the gate's message and the numbers behind it. */
public final class GateReportAssert extends AbstractAssert<GateReportAssert, GateReport> {

    GateReportAssert(GateReport actual) {
        super(actual, GateReportAssert.class);
    }

    /** @return this, when the gate passed */
    public GateReportAssert passed() {
        return hasStatus(GateStatus.PASS);
    }

    /** @return this, when the gate failed */
    public GateReportAssert failed() {
        return hasStatus(GateStatus.FAIL);
    }

    /** @return this, when the gate did not apply */
    public GateReportAssert skipped() {
        return hasStatus(GateStatus.SKIP);
    }

    /**
     * @param expected the status
     * @return this, when the gate has it
     */
    public GateReportAssert hasStatus(GateStatus expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("%nExpected gate %s to be %s, but it is %s: %s%n  detail: %s", actual.name(), expected,
                    actual.status(), actual.message(), JsonWriter.toString(actual.detail(), false));
        }
        return this;
    }

    /**
     * @param key a detail key, e.g. {@code pearson}
     * @return assertions on its value
     */
    public ObjectAssert<Object> detail(String key) {
        isNotNull();
        if (!actual.detail().containsKey(key)) {
            failWithMessage("%nExpected gate %s to report %s, but its detail holds %s", actual.name(), key,
                    actual.detail().keySet());
        }
        return Assertions.assertThat(actual.detail().get(key)).as("%s detail %s", actual.name(), key);
    }
}
