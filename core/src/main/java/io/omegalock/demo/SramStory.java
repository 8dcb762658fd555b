package io.omegalock.demo;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.Thresholds;
import io.omegalock.json.PyFloat;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code omega-lock demo sram}: the SRAM bitcell surrogate with its three hard constraints.
 * The highest-fitness design fails the write margin; {@code best_feasible} is reported apart.
 * Pure-objective thresholds, because a circuit simulation has no "actions" to count.
 */
public final class SramStory {
    private SramStory() {
    }

    /**
     * @param evaluator the engine
     * @return the pipeline result (prefer-feasible selection)
     */
    public static PipelineResult run(Evaluator evaluator) {
        AuditTrail trail = AuditTrail.of(
                Constraint.of(SramBitcell.READ_SNM_NAME, SramBitcell.READ_SNM_DESCRIPTION,
                        (p, r) -> SramBitcell.readSnmOk(r.metadata())),
                Constraint.of(SramBitcell.WRITE_MARGIN_NAME, SramBitcell.WRITE_MARGIN_DESCRIPTION,
                        (p, r) -> SramBitcell.writeMarginOk(r.metadata())),
                Constraint.of(SramBitcell.LEAKAGE_NAME, SramBitcell.LEAKAGE_DESCRIPTION,
                        (p, r) -> SramBitcell.leakageOk(r.metadata())));
        PipelineConfig config = PipelineConfig.builder().unlockK(3).search(new GridSearch(5))
                .thresholds(Thresholds.pureObjective()).constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE).build();
        return new Pipeline(config, evaluator).run(PipelineTargets.of(trail.wrap(SramBitcell.of(), "train")));
    }

    /**
     * @param r   the result of {@link #run(Evaluator)}
     * @param out where to print
     */
    public static void print(PipelineResult r, PrintWriter out) {
        out.println("SRAM bitcell surrogate (a demo model, not a physical one): 6 params, 5 PVT corners,");
        out.println("3 hard constraints (read SNM > 150 mV, write margin > 100 mV, leakage < 5 nA).");
        out.println();
        out.println("stress unlocked : " + String.join(", ", r.topK()));
        long feasible = r.candidates().stream().filter(io.omegalock.pipeline.Feasibility::feasible).count();
        out.println("grid candidates : " + r.candidates().size() + " (" + feasible + " feasible)");
        out.println();
        out.println("              fitness   params");
        row(out, "best_any", r.bestAny());
        row(out, "best_feasible", r.bestFeasible());
        Object failed = r.bestAny().evaluation().result().metadata().get("_constraints_failed");
        out.println("best_any fails  : " + (failed instanceof List<?> l && !l.isEmpty() ? l : "nothing"));
        out.println();
        out.println("status: " + r.status());
        for (GateReport g : r.reports()) {
            out.println(String.format(Locale.ROOT, "  %-5s %-8s %s", g.name() + ":", g.status(), g.message()));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String label, Candidate c) {
        if (c == null) {
            out.println(String.format(Locale.ROOT, "%-13s %9s", label, "none"));
            return;
        }
        out.println(String.format(Locale.ROOT, "%-13s %9s   %s", label, PyFloat.format(c.fitness(), 3), c.unlocked()));
    }
}
