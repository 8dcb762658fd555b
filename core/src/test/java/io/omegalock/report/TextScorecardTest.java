package io.omegalock.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text scorecard of each kind carries the numbers a reviewer needs. Expected values come
 * from the artifacts themselves (reference fixtures, the README's case-study story), shown
 * the way {@link Fmt#num(double)} prints them.
 */
class TextScorecardTest {

    private static String text(String fixture) {
        return Scorecards.text(Scorecards.read(Fixtures.root().resolve(fixture)));
    }

    @Test
    void referencePipelineResult() {
        String t = text("reference/quad_basic/result.json");
        assertThat(t).startsWith("# Omega-Lock scorecard: pipeline result\n\n**Verdict: PASS**\n")
                .contains("- Pearson(train, test):       0.969742\n")       // walk_forward.pearson 0.9697422147427728
                .contains("- train-best test fitness:    -6.128\n")         // test_best_fitness -6.127999999999999
                .contains("| best_any             | -4.8155 | 70       | 67  | p0=0.0, p2=2.5, p1=0.0 | unknown ")
                .contains("| best_feasible        | unknown |")
                .contains("| KC-4 | PASS   | PASS: pearson=0.970, trade_ratio=1.000 ")
                .contains("| 1   | p0        | 9.0        | 2.089578   | yes      | ######################## |")
                .contains("- holdout fitness:   -7.6655 (n_trials 70); vs train -2.85; vs test -1.5375\n")
                .contains("| top-1  | -4.8155       | -6.128       |");
    }

    @Test
    void referenceSramResultRecomputesBestAnyAndSaysFeasibilityIsUnknown() {
        String t = text("reference/sram_demo/result.json");
        // fixtures/README.md: best any 227.226 (fails the write-margin constraint).
        assertThat(t).contains("**Verdict: FAIL:KC-3**").contains("| best_any             | 227.225594 |")
                .contains("best_any recomputed from grid_results")
                .contains("This artifact does not record feasibility, so best_feasible is unknown.")
                .contains("Not run: no test target was given.");
    }

    @Test
    void referenceIterativeResult() {
        String t = text("reference/quad_iterative/result.json");
        assertThat(t).contains("**Verdict: PASS**").contains("12 gates: 12 PASS; 3 rounds, stopped: max_rounds.")
                .contains("- round 2 locked:            p1, b0\n")
                .contains("- best fitness by round:     -4.8155, -3.8155, -3.2155\n")
                .contains("- Pearson by round:           ")
                .contains("| round 3 | KC-4 | PASS   |")
                .contains("## best_any vs best_feasible (round 3)")
                .contains("- test_target was reused across 3 rounds");
    }

    @Test
    void awkwardAuditReportKeepsItsUnicodeAndVerifiesItsChain() {
        String t = text("reference/hash_chain/awkward_report.json");
        assertThat(t).contains("**Verdict: FAIL: no feasible call**")
                .contains("- hash chain:         intact (7 entries verified)\n")
                .contains("| best_any      | 1.25e+17      | 50       | 3    | holdout / grid | x=2.5e+17, k=1000000000000, "
                        + "flag=false | raises, ünï ")
                .contains("| ünï        | unicode name                       | 4      | 3      |")
                .contains("| 2   | flag      | 1e-09      | —          |");
    }

    @Test
    void referenceAuditReportCountsFeasibleCalls() {
        String t = text("reference/quad_basic/audit.json");
        // fixtures: 155 calls, summary.n_feasible 36.
        assertThat(t).contains("**Verdict: PASS**").contains("- feasible calls:     36 (23.2%)\n")
                .contains("| risk_lt_2  | risk proxy below 2 | 49     | 106    |")
                .contains("| walk_forward | 10    | 3        | 0                  |");
    }

    @Test
    void studyAuditThatFailsTheGate() {
        String t = text("optuna/expected/minimize_constraints.shift1.5.expected.json");
        assertThat(t).contains("**Verdict: FAIL**").contains("- Pearson(train, holdout): -0.037171\n")
                .contains("| gated_best    | none (the gate failed) |")
                .contains("| best_feasible | 13                     | -0.000978   | 3.563405      | n=3, "
                        + "x=0.6212180500231181 | yes      |")
                .contains("Values in the study's own orientation (MINIMIZE: lower is better).");
    }

    @Test
    void ourCaseStudyShowsBestAnyAndBestFeasibleApart() {
        String t = Scorecards.text(Artifacts.caseStudy());
        // README: best_any gain 8.0, bias 2.7, train 5.967; best_feasible gain 3.0, bias 0.0, train 5.233;
        // Pearson 0.179 < 0.3, FAIL:KC-4.
        assertThat(t).contains("**Verdict: FAIL:KC-4**")
                .contains("| best_any             | 5.966993 | 1        | 415 | bias=2.7, gain=8.0 | at least one "
                        + "(names not recorded) |")
                .contains("| best_feasible        | 5.232723 | 1        | 216 | bias=0.0, gain=3.0 | none ")
                .contains("| KC-4 | FAIL   | FAIL: pearson=0.179<0.3 ")
                .contains("- Pearson(train, test):       0.179386\n");
    }

    @Test
    void gateVerdictWithAnUncomputablePearson() {
        Map<String, Object> v = Artifacts.gateVerdict(false, null, List.of(1.0, 1.0, 1.0), List.of(0.5, 0.7, 0.9),
                List.of("train scores have zero variance"));
        String t = Scorecards.text(v);
        assertThat(t).contains("**Verdict: FAIL:KC-4**\n\ntrain scores have zero variance\n")
                .contains("- Pearson(train, holdout): not computable\n").contains("- scores:                  3 pairs\n")
                .contains("| #3    | 1.0         | 0.9           |")
                .doesNotContain("## best_any").doesNotContain("## Stress");
    }
}
