package io.omegalock.junitxml;

import io.omegalock.audit.ChainVerdict;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateVerdict;
import io.omegalock.json.JsonWriter;
import io.omegalock.json.PyFloat;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.Feasibility;
import io.omegalock.pipeline.HoldoutResult;
import io.omegalock.pipeline.IterativeResult;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.search.Candidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The gates of each result kind as JUnit test cases. A suite has a failure exactly when the
 * result did not pass, so a CI server's test tab and the exit code never disagree: advisory gates
 * pass, gates that did not apply or were not run are skipped with the reason, and KC-1..KC-4,
 * CONSTRAINTS and HOLDOUT are always present so a reader finds them in the same place every run.
 */
public final class GateSuites {
    private static final List<String> KILL_CRITERIA = List.of("KC-1", "KC-2", "KC-3", "KC-4");

    private GateSuites() {
    }

    /**
     * @param name the suite name
     * @param r    a pipeline result
     * @return KC-1..KC-4, the other gates in report order, CONSTRAINTS and HOLDOUT
     */
    public static JUnitSuite pipeline(String name, PipelineResult r) {
        List<JUnitCase> cases = gates(r);
        cases.add(holdout(r.holdout()));
        return new JUnitSuite(name, cases, r.elapsedSeconds());
    }

    /**
     * One suite per round ({@code NAME.round1}, ...), then {@code NAME} with the final HOLDOUT
     * (evaluated once, on the final base, evidence only) and, when no round ran, a failed ROUNDS case.
     *
     * @param name the suite name
     * @param r    an iterative result
     * @return the suites
     */
    public static List<JUnitSuite> iterative(String name, IterativeResult r) {
        List<JUnitSuite> suites = new ArrayList<>();
        for (int i = 0; i < r.rounds().size(); i++) {
            PipelineResult p = r.rounds().get(i);
            suites.add(new JUnitSuite(name + ".round" + (i + 1), gates(p), p.elapsedSeconds()));
        }
        List<JUnitCase> last = new ArrayList<>();
        if (r.rounds().isEmpty()) {
            last.add(JUnitCase.failed("ROUNDS", "no round ran (stop reason: " + r.stopReason() + ")"));
        }
        last.add(r.holdout() == null ? JUnitCase.skipped("HOLDOUT", "no holdout target")
                : JUnitCase.skipped("HOLDOUT", "evidence only (the iterative loop does not gate on the holdout): "
                        + JsonWriter.toString(r.holdout(), false)));
        suites.add(new JUnitSuite(name, last, r.totalElapsedSeconds()));
        return suites;
    }

    /**
     * @param name the suite name
     * @param v    the verdict of {@code omega-lock gate}
     * @return the KC-4 case, its reasons as the message, then the advising sample gate
     *     ({@code KC-4-SAMPLE}, passed: an advisory never fails) when a pool sample was given
     */
    public static JUnitSuite verdict(String name, GateVerdict v) {
        GateReport kc = v.kcReport();
        String reasons = v.reasons().isEmpty() ? kc.message() : String.join("; ", v.reasons());
        List<JUnitCase> cases = new ArrayList<>(List.of(new JUnitCase(kc.name(),
                v.passed() ? JUnitCase.Outcome.PASSED : JUnitCase.Outcome.FAILED, reasons, JUnitCase.of(kc).output())));
        if (v.sampleReport() != null) {
            cases.add(JUnitCase.of(v.sampleReport()));
        }
        return JUnitSuite.of(name, cases);
    }

    /**
     * @param name    the case name (the chain, or the file it was read from)
     * @param verdict what verification found
     * @return a passed case when intact, a failed one naming the entry otherwise
     */
    public static JUnitCase chain(String name, ChainVerdict verdict) {
        if (verdict instanceof ChainVerdict.Intact ok) {
            return JUnitCase.passed(name, ok.count() + " records, chain intact; last hash " + ok.lastHash());
        }
        return JUnitCase.failed(name, verdict.toString());
    }

    private static List<JUnitCase> gates(PipelineResult r) {
        List<JUnitCase> cases = new ArrayList<>();
        for (String kc : KILL_CRITERIA) {
            GateReport g = r.report(kc);
            cases.add(g != null ? JUnitCase.of(g) : JUnitCase.skipped(kc, notRun(kc, r)));
        }
        for (GateReport g : r.reports()) {
            if (!KILL_CRITERIA.contains(g.name())) {
                cases.add(JUnitCase.of(g));
            }
        }
        if (r.report("CONSTRAINTS") == null) {
            cases.add(constraints(r));
        }
        return cases;
    }

    private static String notRun(String gate, PipelineResult r) {
        GateReport kc2 = r.report("KC-2");
        if (kc2 != null && kc2.failed()) {
            return "not run: the run stopped when KC-2 failed";
        }
        if ("KC-4".equals(gate)) {
            return r.selected() == null ? "not run: no search candidate to walk forward"
                    : "not run: no test target, so walk-forward transfer was not measured";
        }
        return "not run";
    }

    /** Constraints gate the run only under hard_fail (a report); otherwise this says what they did. */
    private static JUnitCase constraints(PipelineResult r) {
        List<Candidate> ok = r.candidates().stream().filter(Candidate::ok).toList();
        // The auditing wrapper writes both lists on every evaluation; they are empty when no
        // constraint is declared.
        boolean declared = ok.stream().map(c -> c.evaluation().result().metadata())
                .anyMatch(m -> nonEmpty(m.get(Feasibility.FAILED_KEY)) || nonEmpty(m.get(Feasibility.PASSED_KEY)));
        if (!declared) {
            return JUnitCase.skipped("CONSTRAINTS", ok.isEmpty() ? "no evaluated search candidate"
                    : "no constraints declared");
        }
        long feasible = ok.stream().filter(Feasibility::feasible).count();
        String counts = feasible + " of " + ok.size() + " evaluated candidates feasible";
        ConstraintPolicy policy = r.config().constraintPolicy();
        if (policy == ConstraintPolicy.RECORD) {
            return JUnitCase.skipped("CONSTRAINTS", "constraint_policy record: constraints are recorded, not gated; "
                    + counts);
        }
        if (r.constraintsViolated()) {
            return JUnitCase.skipped("CONSTRAINTS", "no candidate satisfies every constraint; selection fell back to "
                    + "best_any (constraint_policy " + policy.wireName() + " does not fail the run; hard_fail would); "
                    + counts);
        }
        return JUnitCase.passed("CONSTRAINTS", "best_feasible selected; " + counts);
    }

    private static boolean nonEmpty(Object list) {
        return list instanceof Collection<?> c && !c.isEmpty();
    }

    private static JUnitCase holdout(HoldoutResult h) {
        if (h == null) {
            return JUnitCase.skipped("HOLDOUT", "no holdout target");
        }
        Map<String, Object> block = h.toMap();
        String output = "holdout_result: " + JsonWriter.toString(block, false);
        String fitness = h.error() == null ? "fitness " + PyFloat.repr(h.fitness()) : "evaluation failed: " + h.error();
        return switch (h.gateStatus()) {
            case "PASS" -> new JUnitCase("HOLDOUT", JUnitCase.Outcome.PASSED, "PASS: " + fitness, output);
            case "FAIL" -> new JUnitCase("HOLDOUT", JUnitCase.Outcome.FAILED,
                    "FAIL: " + String.join("; ", h.failedReasons()), output);
            default -> new JUnitCase("HOLDOUT", JUnitCase.Outcome.SKIPPED,
                    "evidence only (holdout mode " + h.mode().wireName() + "): " + fitness, output);
        };
    }
}
