package io.omegalock.junit;

import io.omegalock.audit.AuditReport;
import io.omegalock.audit.ChainVerdict;
import org.assertj.core.api.AbstractAssert;

/** Assertions on an audit report: its stored hash chain, its records. */
public final class AuditReportAssert extends AbstractAssert<AuditReportAssert, AuditReport> {

    AuditReportAssert(AuditReport actual) {
        super(actual, AuditReportAssert.class);
    }

    /**
     * A report read from a file replays its stored chain; one built in memory (no stored chain) is
     * written with a fresh chain and read back, which checks its records hash the same once saved.
     *
     * @return this, when the hash chain replays; otherwise the failure names the first bad entry
     */
    public AuditReportAssert chainIntact() {
        isNotNull();
        AuditReport saved = actual.storedChain() != null ? actual : AuditReport.fromJson(actual.toJson(true));
        ChainVerdict v = saved.verifyStoredChain();
        if (!v.ok()) {
            failWithMessage("%nExpected the audit chain to be intact, but it is %s", v.toString());
        }
        return this;
    }

    /**
     * @param expected the number of records
     * @return this, when the report holds that many
     */
    public AuditReportAssert hasRecords(int expected) {
        isNotNull();
        if (actual.nTotal() != expected) {
            failWithMessage("%nExpected %d audit records, but the report holds %d", expected, actual.nTotal());
        }
        return this;
    }

    /** @return this, when every record satisfies every declared constraint */
    public AuditReportAssert allFeasible() {
        isNotNull();
        if (actual.nFeasible() != actual.nTotal()) {
            failWithMessage("%nExpected every record to be feasible, but %d of %d violate a constraint (passes per "
                    + "constraint: %s)", actual.nTotal() - actual.nFeasible(), actual.nTotal(),
                    actual.constraintPassCounts());
        }
        return this;
    }
}
