package io.omegalock.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.audit.AuditReport;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateScores;
import io.omegalock.gate.PValues;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferGates;
import io.omegalock.gate.TransferTest;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.EvidenceGates;
import io.omegalock.pipeline.HoldoutMode;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.IterativePipeline;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import io.omegalock.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scorecard's headline and tables must agree with the artifact's status, field by field. For
 * every artifact kind, the expected banner status, the gate rows (name and status, in order),
 * the count in the banner and the failing rows are derived here from the artifact itself, in
 * the artifact's terms (status string, {@code kc_reports}, {@code holdout_result}, ...), and the
 * HTML page (parsed by jsoup) and the text scorecard are checked against them.
 */
class ScorecardAgreesWithStatusTest {
    private static final Evaluator EVALUATOR = Evaluator.sequential();

    @AfterAll
    static void close() {
        EVALUATOR.close();
    }

    // ---------------------------------------------------------------- pipeline and iterative results

    /** The first scenario: a zooming-grid run whose holdout gate (min_fitness 5) fails it. */
    static Map<String, Object> zoomingGridFailingItsHoldoutGate() {
        PipelineConfig config = PipelineConfig.builder().search(new ZoomingGridSearch(5, 3, 0.5))
                .thresholds(Thresholds.pureObjective()).holdoutMode(HoldoutMode.GATE).holdoutMinFitness(5.0).build();
        return run(config, PipelineTargets.of(Quad12.train()).withTest(Quad12.test()).withHoldout(Quad12.holdout()));
    }

    /** The same run whose holdout clears its floor: HOLDOUT is a PASS row. */
    static Map<String, Object> holdoutGatePassing() {
        PipelineConfig config = PipelineConfig.builder().search(new GridSearch(5))
                .thresholds(Thresholds.pureObjective()).holdoutMode(HoldoutMode.GATE).holdoutMinFitness(-100.0).build();
        return run(config, PipelineTargets.of(Quad12.train()).withTest(Quad12.test()).withHoldout(Quad12.holdout()));
    }

    /** hard_fail with a constraint no candidate meets: CONSTRAINTS fails the run. */
    static Map<String, Object> hardFailWithNothingFeasible() {
        AuditTrail trail = AuditTrail.of(Constraint.of("never", "nothing satisfies this", (p, r) -> false));
        PipelineConfig config = PipelineConfig.builder().search(new GridSearch(3))
                .thresholds(Thresholds.pureObjective()).constraintPolicy(ConstraintPolicy.HARD_FAIL).build();
        return run(config, PipelineTargets.of(trail.wrap(Quad12.train(), "train")));
    }

    /** Every search candidate fails to evaluate (only the baseline and stress points work): SEARCH fails. */
    static Map<String, Object> everySearchCandidateFailing() {
        ParamSpace space = ParamSpace.of(FloatParam.of("x", 0, 10, 4.9), FloatParam.of("y", 0, 10, 4.9),
                FloatParam.of("z", 0, 10, 4.9));
        Target fragile = new Target() {
            @Override
            public ParamSpace space() {
                return space;
            }

            @Override
            public EvalResult evaluate(io.omegalock.space.Params p) {
                double x = p.getDouble("x");
                if (x != 4.9 && Math.abs(x - 3.9) > 1e-9 && Math.abs(x - 5.9) > 1e-9) {
                    throw new IllegalStateException("x=" + x + " is outside the lab's validated range");
                }
                return EvalResult.of(-10 * x * x - 0.5 * p.getDouble("y"), 100, Map.of());
            }
        };
        PipelineConfig config = PipelineConfig.builder().unlockK(1).search(new GridSearch(5))
                .thresholds(Thresholds.pureObjective()).build();
        return run(config, PipelineTargets.of(fragile));
    }

    /** The recommended evidence gates (Spearman permutation test and WINNER-RANK) on quad12. */
    static Map<String, Object> recommendedEvidenceGates() {
        PipelineConfig config = PipelineConfig.builder().search(new GridSearch(5))
                .thresholds(Thresholds.pureObjective()).evidence(EvidenceGates.recommended()).build();
        return run(config, PipelineTargets.of(Quad12.train()).withTest(Quad12.test()));
    }

    /** @return the artifact, after checking the scenario produced the status it is named for */
    static Map<String, Object> status(String expected, Map<String, Object> artifact) {
        assertThat(artifact.get("status")).isEqualTo(expected);
        return artifact;
    }

    static Map<String, Object> run(PipelineConfig config, PipelineTargets targets) {
        return Artifacts.roundTrip(new Pipeline(config, EVALUATOR).run(targets).toMap());
    }

    /** A saved artifact edited by hand: the status names a gate whose report is gone. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> statusNamingAMissingReport() {
        Map<String, Object> m = Artifacts.caseStudy();
        List<Object> reports = new ArrayList<>((List<Object>) m.get("kc_reports"));
        reports.removeIf(g -> "KC-4".equals(((Map<String, Object>) g).get("name")));
        m.put("kc_reports", reports);
        return m;
    }

    static Stream<Named<Map<String, Object>>> pipelineResults() {
        List<Named<Map<String, Object>>> out = new ArrayList<>(List.of(
                Named.of("FAIL:HOLDOUT zooming grid", status("FAIL:HOLDOUT", zoomingGridFailingItsHoldoutGate())),
                Named.of("holdout gate passing", status("PASS", holdoutGatePassing())),
                Named.of("CONSTRAINTS under hard_fail", status("FAIL:CONSTRAINTS", hardFailWithNothingFeasible())),
                Named.of("SEARCH with every candidate failing", status("FAIL:SEARCH", everySearchCandidateFailing())),
                Named.of("Spearman and WINNER-RANK evidence gates", recommendedEvidenceGates()),
                Named.of("case study FAIL:KC-4", status("FAIL:KC-4", Artifacts.caseStudy())),
                Named.of("status naming a missing report", statusNamingAMissingReport())));
        for (String f : List.of("reference/quad_basic/result.json", "reference/sram_demo/result.json")) {
            out.add(Named.of(f, Scorecards.read(Fixtures.root().resolve(f))));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("pipelineResults")
    void pipelineResultScorecardAgreesWithItsStatus(Map<String, Object> artifact) {
        String status = (String) artifact.get("status");
        List<String[]> expected = expectedGates(artifact, null);
        assertAgrees(artifact, status, expected);
        // Every gate the status names is a failing row; every failing row is named by the status.
        assertThat(failedNames(expected)).containsExactlyInAnyOrderElementsOf(namedInStatus(status));
    }

    static Stream<Named<Map<String, Object>>> iterativeResults() {
        PipelineConfig round = PipelineConfig.builder().search(new GridSearch(3)).build();
        List<Named<Map<String, Object>>> out = new ArrayList<>(List.of(
                Named.of("quad12 with default thresholds (KC-3 fails round 1)", Artifacts.roundTrip(
                        new IterativePipeline(new IterativeConfig(round, 3, 0.0, true), EVALUATOR)
                                .run(PipelineTargets.of(Quad12.train()).withTest(Quad12.test())).toMap())),
                Named.of("quad12 pure objective, three rounds", Artifacts.roundTrip(new IterativePipeline(
                        new IterativeConfig(round.toBuilder().thresholds(Thresholds.pureObjective()).build(), 3, 0.0,
                                false), EVALUATOR).run(PipelineTargets.of(Quad12.train()).withTest(Quad12.test())
                        .withHoldout(Quad12.holdout())).toMap()))));
        out.add(Named.of("reference quad_iterative",
                Scorecards.read(Fixtures.root().resolve("reference/quad_iterative/result.json"))));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("iterativeResults")
    @SuppressWarnings("unchecked")
    void iterativeResultScorecardAgreesWithItsStatus(Map<String, Object> artifact) {
        String status = (String) artifact.get("final_status");
        List<Map<String, Object>> rounds = (List<Map<String, Object>>) artifact.get("rounds");
        List<String[]> expected = new ArrayList<>();
        boolean everyRoundPassed = true;
        for (int i = 0; i < rounds.size(); i++) {
            List<String[]> rows = expectedGates(rounds.get(i), "round " + (i + 1));
            assertThat(failedNames(rows)).as("round %d", i + 1)
                    .containsExactlyInAnyOrderElementsOf(namedInStatus((String) rounds.get(i).get("status")));
            everyRoundPassed &= "PASS".equals(rounds.get(i).get("status"));
            expected.addAll(rows);
        }
        // SPEC §7: PASS only if every round passed, else FAIL:round<k> with k the rounds run.
        assertThat(status).isEqualTo(everyRoundPassed && !rounds.isEmpty() ? "PASS" : "FAIL:round" + rounds.size());
        assertAgrees(artifact, status, expected);
    }

    /** name, status, scope for each row the artifact says decides a run's status. */
    @SuppressWarnings("unchecked")
    static List<String[]> expectedGates(Map<String, Object> run, String scope) {
        List<String[]> rows = new ArrayList<>();
        for (Object o : (List<Object>) run.get("kc_reports")) {
            Map<String, Object> g = (Map<String, Object>) o;
            rows.add(new String[] {(String) g.get("name"), (String) g.get("status"), scope});
        }
        Map<String, Object> h = (Map<String, Object>) run.get("holdout_result");
        if (h != null && "gate".equals(h.get("mode"))) {
            rows.add(new String[] {"HOLDOUT", (String) h.get("gate_status"), scope});
        }
        for (String name : namedInStatus((String) run.get("status"))) {
            if (rows.stream().noneMatch(r -> r[0].equals(name) && "FAIL".equals(r[1]))) {
                rows.add(new String[] {name, "FAIL", scope});
            }
        }
        return rows;
    }

    static Set<String> namedInStatus(String status) {
        Set<String> out = new LinkedHashSet<>();
        if (status.startsWith("FAIL:")) {
            out.addAll(List.of(status.substring(5).split(",")));
        }
        return out;
    }

    static List<String> failedNames(List<String[]> rows) {
        return rows.stream().filter(r -> "FAIL".equals(r[1])).map(r -> r[0]).toList();
    }

    /** Banner status and colour, gate rows, banner count and failing gates, in HTML and text. */
    static void assertAgrees(Map<String, Object> artifact, String status, List<String[]> expected) {
        Document doc = Jsoup.parse(Scorecards.html(artifact));
        assertThat(doc.select("#verdict .status").text()).isEqualTo(status);
        assertThat(doc.select("#verdict").hasClass("pass")).isEqualTo("PASS".equals(status));
        assertThat(doc.select("#verdict").hasClass("fail")).isEqualTo(status.startsWith("FAIL"));
        List<String> shown = new ArrayList<>();
        for (Element tr : doc.select("#gates tbody tr")) {
            List<String> cells = tr.select("td").eachText();
            shown.add(String.join("|", cells));
        }
        boolean scoped = expected.stream().anyMatch(r -> r[2] != null);
        List<String> want = new ArrayList<>();
        for (String[] r : expected) {
            want.add((scoped ? r[2] + "|" : "") + r[0] + "|" + r[1]);
        }
        assertThat(shown).hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            assertThat(shown.get(i)).startsWith(want.get(i) + "|");
        }
        String summary = doc.select("#verdict .summary").text();
        assertThat(summary).contains(expected.size() + " gate" + (expected.size() == 1 ? ":" : "s:"));
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        expected.forEach(r -> byStatus.merge(r[1], 1, Integer::sum));
        byStatus.forEach((s, n) -> assertThat(summary).contains(n + " " + s));
        for (String[] r : expected) {
            if ("FAIL".equals(r[1])) {
                assertThat(summary).as("the banner names the failed gate").contains(
                        (r[2] == null ? "" : r[2] + " ") + r[0] + " (");
            }
        }
        if (!summary.contains("Failed: ")) {
            assertThat(failedNames(expected)).isEmpty();
        }
        String text = Scorecards.text(artifact);
        assertThat(text).contains("**Verdict: " + status + "**").contains(summary);
        for (String[] r : expected) {
            assertThat(text).containsPattern("\\| " + (scoped ? java.util.regex.Pattern.quote(r[2]) + "\\s*\\| " : "")
                    + java.util.regex.Pattern.quote(r[0]) + "\\s*\\| " + r[1] + "\\s*\\|");
        }
    }

    // ---------------------------------------------------------------- gate verdicts

    static Stream<Named<Map<String, Object>>> gateVerdicts() {
        double[] ten = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        double[] tenOut = {9.5, 8.5, 8.7, 5.2, 6.0, 4.2, 2.7, 2.1, 1.1, 0.5};
        double[] noise = {0.3, -1.2, 0.8, 2.1, -0.4, 1.5, -2.0, 0.1, 0.9, -0.7};
        double[] twelve = {12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        double[] twelveOut = {11, 12, 10, 9, 7, 8, 6, 5, 4, 3, 1, 2};
        Thresholds t = Thresholds.pureObjective();
        return Stream.of(
                Named.of("spearman passing (exact)", verdict(GateScores.of(ten, tenOut, t, TransferTest.SPEARMAN, 0.05))),
                Named.of("spearman failing (noise)", verdict(GateScores.of(ten, noise, t, TransferTest.SPEARMAN, 0.05))),
                Named.of("kendall passing (Monte Carlo)",
                        verdict(GateScores.of(twelve, twelveOut, t, TransferTest.KENDALL, TransferGates.DEFAULT_ALPHA))),
                Named.of("pearson threshold passing", verdict(GateScores.of(ten, tenOut))),
                Named.of("pearson threshold failing", verdict(GateScores.of(ten, noise))),
                Named.of("different lengths", verdict(GateScores.of(new double[] {1, 2, 3}, new double[] {1, 2},
                        t, TransferTest.SPEARMAN, 0.05))));
    }

    static Map<String, Object> verdict(io.omegalock.gate.GateVerdict v) {
        return Artifacts.roundTrip(v.toMap());
    }

    @ParameterizedTest
    @MethodSource("gateVerdicts")
    @SuppressWarnings("unchecked")
    void gateVerdictBannerNamesTheDecidingTest(Map<String, Object> artifact) {
        boolean passed = (Boolean) artifact.get("passed");
        Map<String, Object> kc = (Map<String, Object>) artifact.get("kc_report");
        Map<String, Object> detail = (Map<String, Object>) kc.get("detail");
        String status = passed ? "PASS" : "FAIL:" + kc.get("name");
        assertSingleGate(artifact, status, (String) kc.get("name"), (String) kc.get("status"));
        Document doc = Jsoup.parse(Scorecards.html(artifact));
        assertThat(doc.select("#verdict").hasClass("pass")).isEqualTo(passed);
        String summary = doc.select("#verdict .summary").text();
        String text = Scorecards.text(artifact);
        String rowMessage = doc.select("#gates tbody tr td").get(2).text();
        List<String> reasons = (List<String>) artifact.get("reasons");
        Object p = detail.get("p_value");
        if (p instanceof Number pValue) {
            String test = (String) detail.get("transfer_test");
            String shown = PValues.format(pValue.doubleValue());
            assertThat(summary).startsWith("Decided by the one-sided " + Character.toUpperCase(test.charAt(0))
                    + test.substring(1) + " permutation test: " + detail.get("statistic") + " = ")
                    .contains("p = " + shown).contains(Boolean.TRUE.equals(detail.get("p_value_ok")) ? " <= " : " > ")
                    .contains(" of " + detail.get("permutations") + " ").contains("for context only");
            // One p-value, written the same way in the banner, the reasons and the gate row.
            assertThat(rowMessage).contains("p=" + shown);
            assertThat(String.join(" ", reasons)).contains("p-value " + shown);
            assertThat(text).contains("p = " + shown).contains("p=" + shown).contains("p-value " + shown);
            assertThat(pValue.doubleValue()).isPositive();
            assertThat(text + summary).doesNotContain("0.0000 ").doesNotContain("p<");
        } else if (passed || reasons.isEmpty()) {
            assertThat(summary).startsWith("Pearson(train, holdout) = ");
        } else {
            assertThat(summary).isEqualTo(String.join("; ", reasons));
        }
    }

    /**
     * The sample gate decides on two conditions over more than the verdict's pairs: the banner
     * names it as the sample gate, with the top N, the sample and the winner condition, never as a
     * plain permutation test over the pairs.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    @SuppressWarnings("unchecked")
    void sampleGateVerdictBannerNamesBothConditions(boolean winnerHoldsUp) {
        double[] top = {9, 8, 7, 6, 5};
        double[] topOut = {9, 8, 7, 6, 5};
        double[] sample = {4, 3, 2, 1};
        // With the winner holding up, its test score (9) beats every sampled one; else it beats none.
        double[] sampleOut = winnerHoldsUp ? new double[] {4, 3, 2, 1} : new double[] {12, 11, 10, 9.5};
        Map<String, Object> artifact = verdict(GateScores.of(top, topOut, Thresholds.pureObjective(),
                TransferTest.SAMPLE, 0.05, sample, sampleOut));
        Map<String, Object> detail = (Map<String, Object>) ((Map<String, Object>) artifact.get("kc_report")).get("detail");
        assertThat(detail.get("winner_ok")).isEqualTo(winnerHoldsUp);
        String summary = Jsoup.parse(Scorecards.html(artifact)).select("#verdict .summary").text();
        String shown = PValues.format(((Number) detail.get("p_value")).doubleValue());
        assertThat(summary).startsWith("Decided by the selection-aware sample gate")
                .contains("spearman = ", "p = " + shown, "over the top 5 and 4 sampled",
                        "the train winner beats " + (winnerHoldsUp ? "4" : "0") + " of 4 sampled",
                        winnerHoldsUp ? "(more than half)" : "(not more than half)")
                .doesNotContain("pairs");
        assertThat(Scorecards.text(artifact)).contains("selection-aware sample gate");
        assertThat(artifact.get("passed")).isEqualTo(winnerHoldsUp);
    }

    /** Banner status and the one gate row of an artifact with a single report. */
    static void assertSingleGate(Map<String, Object> artifact, String status, String gate, String gateStatus) {
        Document doc = Jsoup.parse(Scorecards.html(artifact));
        assertThat(doc.select("#verdict .status").text()).isEqualTo(status);
        assertThat(doc.select("#verdict").hasClass("fail")).isEqualTo(status.startsWith("FAIL"));
        assertThat(doc.select("#gates tbody tr")).hasSize(1);
        assertThat(doc.select("#gates tbody tr td").eachText()).startsWith(gate, gateStatus);
        assertThat(Scorecards.text(artifact)).contains("**Verdict: " + status + "**");
    }

    // ---------------------------------------------------------------- study audits

    static Stream<Named<Map<String, Object>>> studyAudits() throws java.io.IOException {
        List<Named<Map<String, Object>>> out = new ArrayList<>();
        out.add(Named.of("hostile failing study", Artifacts.hostileStudy()));
        out.add(Named.of("no holdout scorer (SKIP)", Artifacts.studyWithoutHoldout()));
        try (Stream<Path> files = java.nio.file.Files.list(Fixtures.root().resolve("optuna/expected"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).sorted()
                    .forEach(f -> out.add(Named.of(f.getFileName().toString(), Scorecards.read(f))));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("studyAudits")
    @SuppressWarnings("unchecked")
    void studyAuditScorecardAgreesWithPassed(Map<String, Object> artifact) {
        boolean passed = Boolean.TRUE.equals(artifact.get("passed"));
        Map<String, Object> kc = (Map<String, Object>) artifact.get("kc_report");
        String status = passed ? "PASS" : kc == null ? "FAIL" : "FAIL:" + kc.get("name");
        if (kc != null) {
            // passed is false exactly when the gate failed (SPEC §12).
            assertThat("FAIL".equals(kc.get("status"))).isEqualTo(!passed);
        }
        Document doc = Jsoup.parse(Scorecards.html(artifact));
        assertThat(doc.select("#verdict .status").text()).isEqualTo(status);
        if (kc == null) {
            assertThat(doc.select("#gates tbody tr")).isEmpty();
        } else {
            assertSingleGate(artifact, status, (String) kc.get("name"), (String) kc.get("status"));
        }
        boolean holdout = !Boolean.FALSE.equals(artifact.get("holdout_evaluated"))
                && !"NOT_RUN".equals(artifact.get("pearson_status"));
        // Amber, not green, when nothing failed only because nothing was measured.
        String tone = !passed ? "fail" : holdout ? "pass" : "warn";
        assertThat(doc.select("#verdict").hasClass(tone)).as("banner colour %s", tone).isTrue();
        assertThat(doc.select("#candidates tbody tr"))
                .hasSize(((List<Object>) artifact.get("candidates")).size());
        assertThat(Scorecards.text(artifact)).contains("**Verdict: " + status + "**");
    }

    // ---------------------------------------------------------------- audit reports

    /** Audit reports as saved JSON text, so a tampered file reaches the scorecard as it is. */
    static Stream<Named<String>> auditReports() throws java.io.IOException {
        List<Named<String>> out = new ArrayList<>();
        AuditTrail trail = AuditTrail.of(Constraint.of("p0_le_2", "p0 capped", (p, r) -> p.getDouble("p0") <= 2));
        new Pipeline(PipelineConfig.builder().search(new GridSearch(3)).thresholds(Thresholds.pureObjective()).build(),
                EVALUATOR).run(PipelineTargets.of(trail.wrap(Quad12.train(), "train"))
                .withTest(trail.wrap(Quad12.test(), "test")));
        String json = trail.report("scorecard-test", 7L, null).toJson(true);
        out.add(Named.of("quad12 run with a constraint", json));
        String tampered = json.replaceFirst("\"fitness\": -", "\"fitness\": 1");
        assertThat(tampered).isNotEqualTo(json);
        out.add(Named.of("the same with one fitness edited", tampered));
        out.add(Named.of("hostile", io.omegalock.json.JsonWriter.toString(Artifacts.hostileAudit(), false)));
        for (String f : List.of("reference/quad_basic/audit.json", "reference/sram_demo/audit.json",
                "reference/hash_chain/awkward_report.json")) {
            out.add(Named.of(f, java.nio.file.Files.readString(Fixtures.root().resolve(f))));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("auditReports")
    @SuppressWarnings("unchecked")
    void auditReportScorecardAgreesWithTheAuditPackage(String json) {
        Map<String, Object> artifact = (Map<String, Object>) io.omegalock.json.Json.parse(json);
        AuditReport report = AuditReport.fromJson(json);
        // Independently: the audit package's own reading of the report.
        boolean chainOk = report.storedChain() == null || report.verifyStoredChain().ok();
        List<String> problems = new ArrayList<>();
        if (!chainOk) {
            problems.add("hash chain broken");
        }
        if (report.bestAny().isEmpty()) {
            problems.add("no successful evaluation");
        } else if (report.bestFeasible().isEmpty()) {
            problems.add("no feasible call");
        }
        Document doc = Jsoup.parse(Scorecards.html(artifact));
        String status = doc.select("#verdict .status").text();
        if (problems.isEmpty()) {
            assertThat(status).isEqualTo("PASS");
        } else {
            assertThat(status).startsWith("FAIL: ");
            for (String p : problems) {
                assertThat(status).contains(p);
            }
        }
        assertThat(doc.select("#verdict .summary").text()).startsWith(report.nTotal() + " call"
                + (report.nTotal() == 1 ? "" : "s") + ", " + report.nFeasible() + " feasible; hash chain ");
        assertThat(doc.select("#gates")).as("an audit report holds no gates").isEmpty();
        assertThat(Scorecards.text(artifact)).contains("**Verdict: " + status + "**");
    }
}
