package io.omegalock.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.omegalock.audit.AuditReport;
import io.omegalock.audit.AuditTrail;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.search.GridSearch;
import io.omegalock.search.SearchContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** The extension run on a real JUnit Platform (the testkit), on sample test classes. */
class OmegaLockExtensionTest {
    @TempDir
    Path out;

    /** Sample tests the platform runs; not run by Surefire itself (nested classes are excluded). */
    @ExtendWith(OmegaLockExtension.class)
    static class Sample {
        @Test
        void gridOverQuad12(AuditTrail trail) {
            search(trail);
        }

        @Test
        void failsAfterAuditing(AuditTrail trail) {
            search(trail);
            throw new AssertionError("the test's own failure");
        }

        @Test
        void noTrail() {
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2})
        void perInvocation(int n, AuditTrail trail) {
            search(trail);
        }

        private static void search(AuditTrail trail) {
            try (Evaluator e = Evaluator.sequential()) {
                new GridSearch(3).search(new SearchContext(trail.wrap(Quad12.train(), "train"), e,
                        Quad12.space().neutral(), List.of("p0", "p1")));
            }
        }
    }

    private EngineExecutionResults run() {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(Sample.class))
                .configurationParameter(OmegaLockExtension.OUTPUT_DIR, out.toString()).execute();
    }

    @Test
    void eachAuditedTestKeepsItsReportAndScorecardAndPublishesTheirPaths() throws Exception {
        EngineExecutionResults results = run();
        results.testEvents().assertStatistics(s -> s.started(5).succeeded(4).failed(1));

        List<Map<String, String>> entries = results.allEvents().reportingEntryPublished()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
        assertThat(entries).hasSize(4);  // noTrail asked for no trail: nothing to keep
        Path classDir = out.resolve(Sample.class.getName().replace('$', '_'));
        Path dir = classDir.resolve("gridOverQuad12");
        assertThat(entries).contains(Map.of("omega-lock.audit", dir.resolve("audit.json").toString(),
                "omega-lock.scorecard", dir.resolve("scorecard.html").toString()));

        AuditReport report = AuditReport.read(dir.resolve("audit.json"));
        assertThat(report.verifyStoredChain().ok()).isTrue();
        assertThat(report.nTotal()).isEqualTo(9);  // the 3 x 3 grid
        assertThat(report.method()).isEqualTo("Sample.gridOverQuad12");
        assertThat(Jsoup.parse(Files.readString(dir.resolve("scorecard.html"))).title()).contains("audit report");

        // The failing test's evidence is kept as well.
        assertThat(AuditReport.read(classDir.resolve("failsAfterAuditing/audit.json")).nTotal()).isEqualTo(9);
        // Each invocation of a parameterized test keeps its own.
        assertThat(classDir.resolve("perInvocation-1/audit.json")).isRegularFile();
        assertThat(classDir.resolve("perInvocation-2/audit.json")).isRegularFile();
        assertThat(classDir.resolve("noTrail")).doesNotExist();
    }
}
