package io.omegalock.optuna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.omegalock.BadInputException;
import io.omegalock.gate.GateStatus;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferSample;
import io.omegalock.gate.TransferTest;
import io.omegalock.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StudyAuditTest {
    /** Fields of expected/STUDY.shiftS.expected.json compared exactly (Pearson apart, to 1e-12). */
    private static final List<String> EXACT = List.of("study_name", "direction", "n_trials_total",
            "n_trials_completed", "top_n", "feasibility_source", "passed", "candidates", "best_any",
            "best_feasible", "gated_best");

    static Study study(String name) {
        try (SqliteStudyReader reader = SqliteStudyReader.open(OptunaFixtures.file(name + ".db"))) {
            return reader.read(name);
        }
    }

    static Stream<Arguments> reproducesTheExpectedAudits() {
        return Stream.of(Arguments.of("maximize_user_attrs", "0.4"), Arguments.of("maximize_user_attrs", "1.5"),
                Arguments.of("minimize_constraints", "0.4"), Arguments.of("minimize_constraints", "1.5"));
    }

    /**
     * Oracle: expected/STUDY.shiftS.expected.json, computed independently in Python from the study
     * as Optuna loads it, top N = 10, holdout scores from STUDY.shiftS.holdout_scores.json.
     */
    @ParameterizedTest(name = "{0} shift {1}")
    @MethodSource
    @SuppressWarnings("unchecked")
    void reproducesTheExpectedAudits(String name, String shift) {
        Map<String, Object> expected = OptunaFixtures.expected(name + ".shift" + shift + ".expected.json");
        ScoresFileScorer scores = ScoresFileScorer.load(
                OptunaFixtures.file("expected/" + name + ".shift" + shift + ".holdout_scores.json"));
        StudyAuditReport report = StudyAudit.withDefaults().withHoldout(scores).run(study(name));

        // Through the artifact: what a reader of the JSON file sees.
        Map<String, Object> artifact = (Map<String, Object>) Json.parse(report.toJson(true));
        for (String key : EXACT) {
            assertThat(artifact.get(key)).as(key).isEqualTo(expected.get(key));
        }
        assertThat((Double) artifact.get("pearson")).isCloseTo((Double) expected.get("pearson"), within(1e-12));
        assertThat(artifact.get("pearson_status")).isEqualTo("OK");
        assertThat(artifact.get("holdout_evaluated")).isEqualTo(true);
        assertThat(artifact.get("schema_version")).isEqualTo("omega-lock.study-audit.v1");
        Map<String, Object> kc = (Map<String, Object>) artifact.get("kc_report");
        assertThat(kc.get("status")).isEqualTo((Boolean) expected.get("passed") ? "PASS" : "FAIL");
        assertThat(kc.get("name")).isEqualTo("KC-4");
        assertThat(artifact.get("kc_thresholds")).isEqualTo(Thresholds.pureObjective().toMap());
        assertThat(report.passed()).isEqualTo(expected.get("passed"));
    }

    @Test
    void theArtifactKeepsTheSpecFieldOrder() {
        StudyAuditReport report = StudyAudit.withDefaults().run(study("minimize_constraints"));
        assertThat(report.toMap().keySet()).startsWith("schema_version", "study_name", "direction", "passed",
                "kc_report", "best_any", "best_feasible", "gated_best", "candidates", "pearson", "pearson_status",
                "feasibility_source", "holdout_evaluated", "n_trials_total", "n_trials_completed", "top_n",
                "kc_thresholds");
    }

    @Test
    void minimizeStudiesRankAscendingAndReportTheirOwnOrientation() {
        StudyAuditReport report = StudyAudit.withDefaults().run(study("minimize_constraints"));
        List<Double> train = report.candidates().stream().map(AuditCandidate::trainValue).toList();
        assertThat(train).isSorted();
        assertThat(report.direction()).isEqualTo(StudyDirection.MINIMIZE);
        assertThat(report.bestAny().trainValue()).isEqualTo(-0.09230376996231719);
    }

    @Test
    void withoutAScorerTheGateIsSkippedLoudly() {
        StudyAuditReport report = StudyAudit.withDefaults().run(study("maximize_user_attrs"));
        assertThat(report.kcReport().status()).isEqualTo(GateStatus.SKIP);
        assertThat(report.kcReport().message()).contains("SKIP", "NOT measured", "no out-of-sample evidence");
        assertThat(report.kcReport().detail()).containsEntry("reason", "holdout_scorer_absent");
        assertThat(report.passed()).isTrue();
        assertThat(report.gateSkipped()).isTrue();
        assertThat(report.pearson()).isNull();
        assertThat(report.pearsonStatus()).isEqualTo("NOT_RUN");
        assertThat(report.holdoutEvaluated()).isFalse();
        assertThat(report.candidates()).allSatisfy(c -> assertThat(c.holdoutValue()).isNull());
        // Feasibility is known (user attrs), so the pick is the feasible best, not the raw winner.
        assertThat(report.bestAny().number()).isEqualTo(51);
        assertThat(report.gatedBest().number()).isEqualTo(55);
    }

    @Test
    void twoObjectiveStudyIsRefusedUnlessAnObjectiveIsChosen() {
        Study study = study("two_objectives");
        assertThatThrownBy(() -> StudyAudit.withDefaults().run(study))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("'two_objectives' has 2 objectives [MAXIMIZE, MINIMIZE]")
                .hasMessageContaining("objective index 0 to 1");
        assertThatThrownBy(() -> StudyAudit.withDefaults().withObjective(2).run(study))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("objective index 2 does not exist");

        StudyAuditReport y = StudyAudit.withDefaults().withObjective(1).run(study);
        assertThat(y.direction()).isEqualTo(StudyDirection.MINIMIZE);
        assertThat(y.objective()).isEqualTo(1);
        assertThat(y.candidates()).hasSize(10);
        List<Double> ys = y.candidates().stream().map(AuditCandidate::trainValue).toList();
        assertThat(ys).isSorted();
        assertThat(ys.get(0)).isEqualTo(study.trials().stream().mapToDouble(t -> t.values().get(1)).min().orElseThrow());
        assertThat(y.feasibilitySource()).isEqualTo(FeasibilitySource.ABSENT);
        assertThat(y.bestFeasible()).isNull();
        assertThat(y.gatedBest()).isEqualTo(y.bestAny()); // feasibility absent: the gate's pick is best_any

        StudyAuditReport x = StudyAudit.withDefaults().withObjective(0).run(study);
        assertThat(x.direction()).isEqualTo(StudyDirection.MAXIMIZE);
        assertThat(x.bestAny().trainValue()).isEqualTo(x.bestAny().params().get("x"));
    }

    @Test
    void bestFeasibleOutsideTheTopNIsScoredOnceOnTheHoldout() {
        Map<Integer, Double> scores = new HashMap<>();
        for (Trial t : study("maximize_user_attrs").trials()) {
            scores.put(t.number(), t.number() * 0.01);
        }
        List<Integer> asked = new ArrayList<>();
        HoldoutScorer counting = trial -> {
            asked.add(trial.number());
            return scores.get(trial.number());
        };
        // The two best trials (51, 54) are infeasible; the best feasible (55) ranks fourth.
        StudyAuditReport report = StudyAudit.withDefaults().withTopN(2).withHoldout(counting)
                .run(study("maximize_user_attrs"));
        assertThat(report.candidates()).extracting(AuditCandidate::number).containsExactly(51, 54);
        assertThat(report.bestFeasible().number()).isEqualTo(55);
        assertThat(report.bestFeasible().holdoutValue()).isEqualTo(0.55);
        assertThat(asked).containsExactly(51, 54, 55);
    }

    @Test
    void aFailedHoldoutEvaluationFailsTheGateWithTheReason() {
        HoldoutScorer flaky = trial -> {
            if (trial.number() == 54) {
                throw new IllegalStateException("worker exited with status 3");
            }
            return trial.values().get(0);
        };
        StudyAuditReport report = StudyAudit.withDefaults().withHoldout(flaky).run(study("maximize_user_attrs"));
        assertThat(report.passed()).isFalse();
        assertThat(report.kcReport().message()).contains("NON_FINITE", "holdout evaluation failed for trial(s) 54");
        assertThat(report.candidates().get(1).holdoutValue()).isNull();
        assertThat(report.candidates().get(1).toMap()).containsEntry("holdout_error", "worker exited with status 3");
        assertThat(report.gatedBest()).isNull();
        assertThat(report.pearsonStatus()).isEqualTo("NON_FINITE");
    }

    @Test
    void aScoresFileMissingATrialIsBadInputNamingIt(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("scores.json");
        Files.writeString(file, "{\"51\": 0.1, \"54\": NaN}");
        ScoresFileScorer scorer = ScoresFileScorer.load(file);
        assertThatThrownBy(() -> StudyAudit.withDefaults().withHoldout(scorer).run(study("maximize_user_attrs")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("scores.json has no score for trial 40");
        Files.writeString(file, "{\"x1\": 0.1}");
        assertThatThrownBy(() -> ScoresFileScorer.load(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("key 'x1' is not a trial number");
    }

    @Test
    void nothingFeasibleMeansNoGatedPick() {
        Study s = study("minimize_constraints");
        List<Trial> allViolating = new ArrayList<>();
        for (Trial t : s.trials()) {
            Map<String, Object> sys = new LinkedHashMap<>(t.systemAttrs());
            sys.put("constraints", List.of(0.5, -1.0));
            allViolating.add(new Trial(t.number(), t.state(), t.params(), t.values(), t.userAttrs(), sys, Map.of()));
        }
        StudyAuditReport report = StudyAudit.withDefaults().run(new Study(s.info(), allViolating, "test"));
        assertThat(report.feasibilitySource()).isEqualTo(FeasibilitySource.CONSTRAINTS);
        assertThat(report.bestFeasible()).isNull();
        assertThat(report.gatedBest()).isNull();
        assertThat(report.passed()).isTrue(); // nothing failed; there is just nothing to ship
    }

    @Test
    void feasibilityIsNeverGuessed() {
        Trial nanConstraint = new Trial(0, TrialState.COMPLETE, Map.of(), List.of(1.0), Map.of("feasible", true),
                Map.of("constraints", List.of(-1.0, Double.NaN)), Map.of());
        Trial violated = new Trial(1, TrialState.COMPLETE, Map.of(), List.of(1.0), Map.of(),
                Map.of("constraints", List.of(2.0, Double.NaN)), Map.of());
        Trial noAttr = Trial.of(2, TrialState.COMPLETE, Map.of(), List.of(1.0));
        Trial stringFlag = new Trial(3, TrialState.COMPLETE, Map.of(), List.of(1.0), Map.of("feasible", "yes"),
                Map.of(), Map.of());
        assertThat(StudyAudit.feasible(nanConstraint, FeasibilitySource.CONSTRAINTS)).isNull();
        assertThat(StudyAudit.feasible(violated, FeasibilitySource.CONSTRAINTS)).isFalse();
        assertThat(StudyAudit.feasible(noAttr, FeasibilitySource.CONSTRAINTS)).isNull();
        assertThat(StudyAudit.feasibilitySource(List.of(noAttr, stringFlag))).isEqualTo(FeasibilitySource.ABSENT);
        assertThat(StudyAudit.feasibilitySource(List.of(noAttr, nanConstraint)))
                .isEqualTo(FeasibilitySource.CONSTRAINTS);
    }

    @Test
    void validatesItsConfiguration() {
        assertThatThrownBy(() -> StudyAudit.withDefaults().withTopN(1))
                .isInstanceOf(BadInputException.class).hasMessageContaining("top_n must be >= 2")
                .hasMessageContaining("got 1");
        Study empty = new Study(new StudyInfo("e", List.of(StudyDirection.MAXIMIZE)),
                List.of(Trial.of(0, TrialState.FAIL, Map.of(), null)), "test");
        assertThatThrownBy(() -> StudyAudit.withDefaults().run(empty))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no completed trial");
    }

    @Test
    void configuredThresholdsAreApplied() {
        ScoresFileScorer scores = ScoresFileScorer.load(
                OptunaFixtures.file("expected/maximize_user_attrs.shift0.4.holdout_scores.json"));
        StudyAuditReport strict = StudyAudit.withDefaults().withHoldout(scores)
                .withThresholds(Thresholds.pureObjective().withPearsonMin(0.9)).run(study("maximize_user_attrs"));
        assertThat(strict.passed()).isFalse();
        assertThat(strict.gatedBest()).isNull();
        assertThat(strict.toMap().get("kc_thresholds")).asString().contains("pearson_min=0.9");
    }

    @Test
    void aSampleOfTheOtherTrialsIsScoredForTheSelectionAwareGate() {
        Study study = study("maximize_user_attrs");
        int completed = StudyAudit.withDefaults().run(study).nTrialsCompleted();
        List<Integer> asked = new ArrayList<>();
        HoldoutScorer transfer = trial -> {
            asked.add(trial.number());
            return trial.values().get(0);
        };
        StudyAuditReport plain = StudyAudit.withDefaults().withHoldout(transfer).run(study);
        asked.clear();
        StudyAuditReport r = StudyAudit.withDefaults().withHoldout(transfer).withSample(TransferSample.of()).run(study);
        // KC-4 still decides with the reference's rule; the sample gate advises.
        assertThat(r.kcReport()).isEqualTo(plain.kcReport());
        StudyAuditReport.SampleAudit s = r.sample();
        assertThat(s.ranks()).containsExactly(TransferSample.of().ranks(completed, 10));
        assertThat(s.candidates()).hasSize(10).allSatisfy(c -> assertThat(c.holdoutValue()).isEqualTo(c.trainValue()));
        assertThat(s.report().name()).isEqualTo("KC-4-SAMPLE");
        assertThat(s.report().status()).isEqualTo(GateStatus.ADVISORY);
        assertThat(s.report().detail()).containsEntry("would_pass", true).containsEntry("advisory", false);
        assertThat(r.advisory()).isNull();
        // Each trial is scored once: the top 10, then the sample (best_feasible is in the top 10 here).
        assertThat(asked).hasSize(20).doesNotHaveDuplicates();
        Map<String, Object> m = r.toMap();
        assertThat(m).containsKey("transfer_sample").containsEntry("advisories", List.of());
        assertThat(plain.toMap()).doesNotContainKey("transfer_sample");
    }

    @Test
    void theSampleGateCanDecideAndAdvises() {
        Study study = study("maximize_user_attrs");
        java.util.Set<Integer> top = new java.util.HashSet<>();
        StudyAudit.withDefaults().run(study).candidates().forEach(c -> top.add(c.number()));
        // The top 10 keep their order on the holdout (Pearson 1) but every sampled trial scores higher.
        HoldoutScorer lucky = trial -> top.contains(trial.number()) ? trial.values().get(0) : 1000.0 + trial.number();
        StudyAuditReport advised = StudyAudit.withDefaults().withHoldout(lucky).withSample(TransferSample.of()).run(study);
        assertThat(advised.passed()).isTrue();
        assertThat(advised.advisory()).startsWith("KC-4 passed under the reference rule (pearson=1.000 >= 0.3) but the "
                + "recommended sample gate fails: ").contains("train winner beats 0 of 10 sampled on test");
        assertThat(advised.toMap()).containsEntry("advisories", List.of(advised.advisory()));
        StudyAuditReport decided = StudyAudit.withDefaults().withHoldout(lucky)
                .withTransferTest(TransferTest.SAMPLE, 0.05).run(study);
        assertThat(decided.passed()).isFalse();
        assertThat(decided.gatedBest()).isNull();
        assertThat(decided.kcReport().detail()).containsEntry("transfer_test", "sample").containsEntry("n_sample", 10);
        assertThat(decided.sample().report()).isNull();
        assertThat(decided.sample().settings()).isEqualTo(TransferSample.of());
        // Spearman decides too, through the same library gate as the pipeline's.
        StudyAuditReport spearman = StudyAudit.withDefaults().withHoldout(lucky)
                .withTransferTest(TransferTest.SPEARMAN, 0.05).run(study);
        assertThat(spearman.kcReport().detail()).containsEntry("transfer_test", "spearman");
        assertThatThrownBy(() -> StudyAudit.withDefaults().withTransferTest(TransferTest.SAMPLE, 0.05).withSample(null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("needs a sample");
        assertThatThrownBy(() -> StudyAudit.withDefaults().withTransferTest(TransferTest.SPEARMAN, 0))
                .isInstanceOf(BadInputException.class).hasMessageContaining("alpha");
    }
}
