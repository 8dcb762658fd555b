package io.omegalock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.omegalock.audit.AuditReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AuditScorecardTest {

    private static AuditReport fixture(String name) {
        String root = System.getProperty("omegalock.fixtures");
        assumeTrue(root != null, "omegalock.fixtures is not set");
        Path p = Path.of(root, "reference", name);
        assumeTrue(Files.isRegularFile(p), "fixture " + p + " is absent");
        return AuditReport.read(p);
    }

    @Test
    void sramScorecardShowsTheFeasibleAndTheInfeasibleBest() {
        // Expected facts from fixtures/README.md: 138 calls, 3 feasible, best feasible 215.276,
        // best any 227.226 failing the write-margin constraint (README rounds to 3 places).
        String text = AuditScorecard.text(fixture("sram_demo/audit.json"));
        assertThat(text).contains("calls 138, feasible 3 (2.2%)");
        assertThat(text).containsPattern("feasible  fitness 215\\.2755\\d* at call");
        assertThat(text).containsPattern("any       fitness 227\\.2255\\d* .* FAILS write_margin_gt_100mv");
        assertThat(text).contains("write_margin_gt_100mv  25 / 138");
        assertThat(text).contains("grid  125 calls");
        assertThat(text).contains("STRESS RANKING\n  not measured");
    }

    @Test
    void awkwardScorecardHandlesNoFeasibleRecord() {
        String text = AuditScorecard.text(fixture("hash_chain/awkward_report.json"));
        assertThat(text).contains("feasible  none").contains("seed        7").contains("holdout  3 calls, 0 feasible");
    }
}
