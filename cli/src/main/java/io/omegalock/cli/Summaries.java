package io.omegalock.cli;

import io.omegalock.cli.spec.SpecRun;
import io.omegalock.gate.GateReport;
import io.omegalock.json.PyFloat;
import io.omegalock.pipeline.HoldoutMode;
import io.omegalock.pipeline.IterativeResult;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.search.Candidate;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The few lines a run prints: status, best_any apart from best_feasible, and the gates. Public
 * because the Maven plugin logs the same summary.
 */
public final class Summaries {
    private Summaries() {
    }

    /**
     * @param outcome a spec run's outcome, either kind
     * @param out     where the lines go
     */
    public static void of(SpecRun.Outcome outcome, PrintWriter out) {
        if (outcome instanceof SpecRun.Outcome.Iterative i) {
            iterative(i.result(), out);
        } else if (outcome instanceof SpecRun.Outcome.Single s) {
            pipeline(s.result(), out);
        }
    }

    /**
     * @param r   a pipeline result
     * @param out where the lines go
     */
    public static void pipeline(PipelineResult r, PrintWriter out) {
        out.println("status        : " + r.status());
        out.println("unlocked      : " + String.join(", ", r.topK()));
        out.println("candidates    : " + r.candidates().size() + " (" + r.config().search().method() + ")");
        best(out, "best_any", r.bestAny());
        best(out, "best_feasible", r.bestFeasible());
        if (r.constraintsViolated()) {
            out.println("warning       : no candidate satisfies every constraint; selection fell back to best_any");
        }
        if (r.holdout() != null) {
            out.println("holdout       : " + (r.holdout().error() == null ? PyFloat.format(r.holdout().fitness(), 6)
                    : "failed: " + r.holdout().error()) + " (" + r.holdout().gateStatus() + ")");
        }
        for (GateReport g : r.reports()) {
            out.println(String.format(Locale.ROOT, "  %-11s %-8s %s", g.name(), g.status(), g.message()));
        }
        // The holdout gate decides the status too, so it is listed with the other gates.
        if (r.holdout() != null && r.holdout().mode() == HoldoutMode.GATE) {
            out.println(String.format(Locale.ROOT, "  %-11s %-8s %s", "HOLDOUT", r.holdout().gateStatus(),
                    r.holdout().failedReasons().isEmpty() ? "holdout fitness met the declared floors"
                            : String.join("; ", r.holdout().failedReasons())));
        }
        for (String a : r.advisories()) {
            out.println("advisory      : " + a);
        }
    }

    /**
     * @param r   an iterative result
     * @param out where the lines go
     */
    public static void iterative(IterativeResult r, PrintWriter out) {
        out.println("status        : " + r.finalStatus() + " (stopped: " + r.stopReason() + ")");
        for (int i = 0; i < r.rounds().size(); i++) {
            PipelineResult p = r.rounds().get(i);
            out.println(String.format(Locale.ROOT, "  round %d     %-12s unlocked %s", i + 1, p.status(), p.topK()));
        }
        out.println("final params  : " + r.finalBaseline());
        for (String a : r.advisories()) {
            out.println("advisory      : " + a);
        }
    }

    private static void best(PrintWriter out, String label, Candidate c) {
        out.println(String.format(Locale.ROOT, "%-14s: %s", label,
                c == null ? "none" : PyFloat.format(c.fitness(), 6) + " at " + c.unlocked()));
    }
}
