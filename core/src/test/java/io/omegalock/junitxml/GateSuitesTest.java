package io.omegalock.junitxml;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.ChainVerdict;
import io.omegalock.audit.Constraint;
import io.omegalock.demo.CaseStudy;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateScores;
import io.omegalock.gate.GateVerdict;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferTest;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.HoldoutMode;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import io.omegalock.testing.JUnitXmlSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The gates of real pipeline runs, verdicts and chains as schema-valid JUnit XML. */
class GateSuitesTest {
    private static final XPath XPATH = XPathFactory.newInstance().newXPath();

    /** The walk-forward case study: best_any fails KC-4 (docs: README, FAIL:KC-4). */
    private static PipelineResult caseStudy() {
        try (Evaluator e = Evaluator.sequential()) {
            return CaseStudy.run(e).pipeline();
        }
    }

    /** quad12 with its own slices; the policy, constraint and holdout settings vary. */
    private static PipelineResult quad(ConstraintPolicy policy, boolean impossibleConstraint, Double holdoutMin) {
        AuditTrail trail = AuditTrail.of(Constraint.of("c", "test constraint",
                (p, r) -> !impossibleConstraint));
        PipelineConfig.Builder b = PipelineConfig.builder().unlockK(2).search(new GridSearch(3))
                .thresholds(Thresholds.pureObjective()).constraintPolicy(policy);
        if (holdoutMin != null) {
            b.holdoutMode(HoldoutMode.GATE).holdoutMinFitness(holdoutMin);
        }
        try (Evaluator e = Evaluator.sequential()) {
            return new Pipeline(b.build(), e).run(PipelineTargets.of(trail.wrap(Quad12.train(), "train"))
                    .withTest(Quad12.test()).withHoldout(Quad12.holdout()));
        }
    }

    static Stream<PipelineResult> pipelineResultsHaveFailuresExactlyWhenTheyDoNotPass() {
        return Stream.of(caseStudy(), quad(ConstraintPolicy.PREFER_FEASIBLE, false, null),
                quad(ConstraintPolicy.HARD_FAIL, true, null), quad(ConstraintPolicy.RECORD, false, -1e9),
                quad(ConstraintPolicy.RECORD, false, 1e9));
    }

    @ParameterizedTest
    @MethodSource
    void pipelineResultsHaveFailuresExactlyWhenTheyDoNotPass(PipelineResult r) throws Exception {
        JUnitSuite suite = GateSuites.pipeline("omega-lock.run.quad", r);
        Document doc = JUnitXmlSchema.validate(JUnitXml.toString(List.of(suite)));

        List<String> failedCases = texts(doc, "//testcase[failure]/@name");
        assertThat(failedCases.isEmpty()).as("status %s, failed cases %s", r.status(), failedCases)
                .isEqualTo(r.passed());
        // Every gate the status names is a failed case (FAIL:KC-4,HOLDOUT -> KC-4 and HOLDOUT).
        if (!r.passed()) {
            assertThat(failedCases).containsExactlyInAnyOrder(r.status().substring("FAIL:".length()).split(","));
        }
        assertThat(texts(doc, "//testcase/@name")).startsWith("KC-1", "KC-2", "KC-3", "KC-4")
                .contains("CONSTRAINTS", "HOLDOUT").doesNotHaveDuplicates();
        assertThat(number(doc, "/testsuites/@failures")).isEqualTo(failedCases.size());
        assertThat(number(doc, "/testsuites/@tests")).isEqualTo(suite.cases().size());
        assertThat(number(doc, "/testsuites/testsuite/@skipped"))
                .isEqualTo(texts(doc, "//testcase[skipped]/@name").size());
    }

    @Test
    void aFailedGateCarriesItsReportMessageAsTheFailureMessage() throws Exception {
        PipelineResult r = caseStudy();
        Document doc = JUnitXmlSchema.validate(JUnitXml.toString(List.of(GateSuites.pipeline("s", r))));
        Element failure = (Element) XPATH.evaluate("//testcase[@name='KC-4']/failure", doc, XPathConstants.NODE);

        assertThat(r.status()).isEqualTo("FAIL:KC-4");
        assertThat(failure.getAttribute("message")).isEqualTo(r.report("KC-4").message()).startsWith("FAIL:");
        assertThat(failure.getTextContent()).isEqualTo(r.report("KC-4").message());
        assertThat(texts(doc, "//testcase[@name='KC-4']/system-out")).singleElement().asString()
                .contains("\"pearson\"");
        // The case study's holdout is evidence only: reported, not gated.
        assertThat(texts(doc, "//testcase[@name='HOLDOUT']/skipped/@message")).singleElement().asString()
                .startsWith("evidence only (holdout mode evidence_only): fitness ");
    }

    @Test
    void holdoutAndConstraintFailuresSayWhy() throws Exception {
        Document holdout = JUnitXmlSchema.validate(JUnitXml.toString(List.of(GateSuites.pipeline("s",
                quad(ConstraintPolicy.RECORD, false, 1e9)))));
        assertThat(texts(holdout, "//testcase[@name='HOLDOUT']/failure/@message")).singleElement().asString()
                .matches("FAIL: fitness -?[0-9.]+ < min 1\\.0+e\\+09");
        assertThat(texts(holdout, "//testcase[@name='CONSTRAINTS']/skipped/@message")).singleElement().asString()
                .startsWith("constraint_policy record: constraints are recorded, not gated; 9 of 9");

        Document hard = JUnitXmlSchema.validate(JUnitXml.toString(List.of(GateSuites.pipeline("s",
                quad(ConstraintPolicy.HARD_FAIL, true, null)))));
        assertThat(texts(hard, "//testcase[@name='CONSTRAINTS']/failure/@message")).singleElement().asString()
                .startsWith("every search candidate violated at least one declared constraint");

        Document fallback = JUnitXmlSchema.validate(JUnitXml.toString(List.of(GateSuites.pipeline("s",
                quad(ConstraintPolicy.PREFER_FEASIBLE, true, null)))));
        assertThat(texts(fallback, "//testcase[@name='CONSTRAINTS']/skipped/@message")).singleElement().asString()
                .startsWith("no candidate satisfies every constraint; selection fell back to best_any");
        assertThat(texts(fallback, "//testcase[@name='HOLDOUT']/skipped/@message"))
                .containsExactly("evidence only (holdout mode evidence_only): fitness "
                        + io.omegalock.json.PyFloat.repr(quad(ConstraintPolicy.PREFER_FEASIBLE, true, null)
                        .holdout().fitness()));
    }

    @Test
    void aGateVerdictIsOneKc4CaseWithItsReasons() throws Exception {
        GateVerdict fail = GateScores.of(new double[] {1, 2, 3, 4}, new double[] {4, 3, 2, 1},
                Thresholds.pureObjective(), TransferTest.PEARSON_THRESHOLD, 0.05);
        Document doc = JUnitXmlSchema.validate(JUnitXml.toString(List.of(GateSuites.verdict("omega-lock.gate.a",
                fail))));

        assertThat(fail.passed()).isFalse();
        assertThat(texts(doc, "//testcase/@name")).containsExactly("KC-4");
        assertThat(texts(doc, "//testcase/failure/@message")).containsExactly(String.join("; ", fail.reasons()));
    }

    /** A pool sample under another rule advises: its KC-4-SAMPLE case passes and carries its message. */
    @Test
    void aVerdictWithAPoolSampleAddsTheAdvisingSampleGate() throws Exception {
        double[] top = {9, 8, 7, 6, 5};
        GateVerdict v = GateScores.of(top, top, Thresholds.pureObjective(), TransferTest.PEARSON_THRESHOLD, 0.05,
                new double[] {4, 3, 2, 1}, new double[] {12, 11, 10, 9.5});
        Document doc = JUnitXmlSchema.validate(JUnitXml.toString(List.of(GateSuites.verdict("omega-lock.gate.a", v))));

        assertThat(v.sampleReport()).isNotNull();
        assertThat(texts(doc, "//testcase/@name")).containsExactly("KC-4", v.sampleReport().name());
        assertThat(texts(doc, "//testcase/failure/@message")).isEmpty();
        assertThat(doc.getDocumentElement().getTextContent()).contains(v.sampleReport().message());
    }

    @Test
    void aBrokenChainNamesTheEntry() throws Exception {
        JUnitSuite suite = JUnitSuite.of("omega-lock.verify", List.of(
                GateSuites.chain("audit.json", new ChainVerdict.Intact(3, "ab12")),
                GateSuites.chain("trail.jsonl", new ChainVerdict.Broken(2, "run_hash mismatch"))));
        Document doc = JUnitXmlSchema.validate(JUnitXml.toString(List.of(suite)));

        assertThat(texts(doc, "//testcase[failure]/@name")).containsExactly("trail.jsonl");
        assertThat(texts(doc, "//failure/@message")).containsExactly("broken at entry 2: run_hash mismatch");
        assertThat(texts(doc, "//testcase[@name='audit.json']/system-out"))
                .containsExactly("3 records, chain intact; last hash ab12");
    }

    @Test
    void suiteNamesAvoidDotsThatReadersTakeForPackages() {
        assertThat(JUnitSuite.nameFor("run", java.nio.file.Path.of("specs", "my.model.yaml")))
                .isEqualTo("omega-lock.run.my_model");
    }

    static List<String> texts(Document doc, String xpath) throws XPathExpressionException {
        NodeList nodes = (NodeList) XPATH.evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    static int number(Document doc, String xpath) throws XPathExpressionException {
        return Integer.parseInt(XPATH.evaluate(xpath, doc));
    }
}
