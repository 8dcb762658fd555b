package io.omegalock.junitxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.demo.CaseStudy;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateScores;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferTest;
import io.omegalock.pipeline.HoldoutMode;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our JUnit XML read by a real consumer, the parser behind Maven's surefire-report plugin (the
 * format Jenkins, GitLab and GitHub's test reporters read): every suite, case, failure with its
 * reason and skip arrives as we wrote it. The schema test ({@code JUnitXmlSchema}) checks the
 * structure; this checks that a reader which is not ours understands it.
 */
class JUnitXmlConsumerTest {
    @TempDir
    Path dir;

    static Stream<Named<List<JUnitSuite>>> suites() {
        try (Evaluator e = Evaluator.sequential()) {
            PipelineConfig holdoutGate = PipelineConfig.builder().unlockK(2).search(new GridSearch(3))
                    .thresholds(Thresholds.pureObjective()).holdoutMode(HoldoutMode.GATE).holdoutMinFitness(5.0).build();
            double[] ten = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
            double[] noise = {0.3, -1.2, 0.8, 2.1, -0.4, 1.5, -2.0, 0.1, 0.9, -0.7};
            return Stream.of(
                    Named.of("case study, FAIL:KC-4", List.of(GateSuites.pipeline("omega-lock.run.case_study",
                            CaseStudy.run(e).pipeline()))),
                    Named.of("quad12 failing its holdout gate", List.of(GateSuites.pipeline("omega-lock.run.quad",
                            new Pipeline(holdoutGate, e).run(PipelineTargets.of(Quad12.train())
                                    .withTest(Quad12.test()).withHoldout(Quad12.holdout()))))),
                    Named.of("spearman verdict on noise", List.of(GateSuites.verdict("omega-lock.gate.noise",
                            GateScores.of(ten, noise, Thresholds.pureObjective(), TransferTest.SPEARMAN, 0.05)))));
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void surefiresParserReadsEveryCaseAsWritten(List<JUnitSuite> suites) throws Exception {
        Path file = dir.resolve("junit.xml");
        JUnitXml.write(suites, file);
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> read = parser.parse(file.toString());
        assertThat(parser.isValid()).isTrue();
        assertThat(read).extracting(ReportTestSuite::getFullClassName)
                .containsExactlyElementsOf(suites.stream().map(JUnitSuite::name).toList());
        boolean anyFailure = false;
        for (int s = 0; s < suites.size(); s++) {
            List<JUnitCase> ours = suites.get(s).cases();
            ReportTestSuite theirs = read.get(s);
            assertThat(theirs.getNumberOfTests()).isEqualTo(ours.size());
            assertThat(theirs.getNumberOfFailures()).isEqualTo(count(ours, JUnitCase.Outcome.FAILED));
            assertThat(theirs.getNumberOfSkipped()).isEqualTo(count(ours, JUnitCase.Outcome.SKIPPED));
            assertThat(theirs.getNumberOfErrors()).isZero();
            List<ReportTestCase> cases = theirs.getTestCases();
            assertThat(cases).extracting(ReportTestCase::getName)
                    .containsExactlyElementsOf(ours.stream().map(JUnitCase::name).toList());
            for (int c = 0; c < ours.size(); c++) {
                JUnitCase want = ours.get(c);
                ReportTestCase got = cases.get(c);
                assertThat(got.hasFailure()).as(want.name()).isEqualTo(want.outcome() == JUnitCase.Outcome.FAILED);
                assertThat(got.hasSkipped()).as(want.name()).isEqualTo(want.outcome() == JUnitCase.Outcome.SKIPPED);
                if (want.outcome() == JUnitCase.Outcome.FAILED) {
                    anyFailure = true;
                    assertThat(got.getFailureMessage()).as(want.name()).isEqualTo(want.message());
                }
            }
        }
        assertThat(anyFailure).as("each scenario fails a gate, so a failure message is read back").isTrue();
    }

    private static int count(List<JUnitCase> cases, JUnitCase.Outcome outcome) {
        return (int) cases.stream().filter(c -> c.outcome() == outcome).count();
    }
}
