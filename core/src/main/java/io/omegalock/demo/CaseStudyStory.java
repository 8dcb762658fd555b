package io.omegalock.demo;

import io.omegalock.gate.GateReport;
import io.omegalock.json.PyFloat;
import io.omegalock.pipeline.PipelineResult;
import java.io.PrintWriter;
import java.util.Locale;

/** Tells the case study as a story with its numbers, for the terminal. */
public final class CaseStudyStory {
    private CaseStudyStory() {
    }

    /**
     * @param o   the outcome
     * @param out where to print
     */
    public static void print(CaseStudy.Outcome o, PrintWriter out) {
        PipelineResult r = o.pipeline();
        String rule = "=".repeat(72);
        out.println(rule);
        out.println(" Walk-forward gate demo: the best train score is not the one to ship");
        out.println(rule);
        out.println();
        out.println(" true optimum   : fitness ~5.0 at (gain=3.0, bias=0.0); transfers across slices");
        out.println(" fragile region : gain > 6 -> slice noise up to +6; does NOT transfer");
        out.println(" slices         : train = search, test = walk-forward gate, holdout = never used to select");
        out.println(" stress unlocked: " + String.join(", ", r.topK()) + " (the decoy stays locked)");
        out.println();
        out.println("[1] Naive selection (best_any = highest train fitness)");
        out.println("    params        : " + o.bestAny().params());
        out.println("    train fitness : " + f3(o.bestAny().train()) + "  <- looks like a winner");
        out.println("    test fitness  : " + f3(o.bestAny().test()));
        out.println("    holdout       : " + f3(o.bestAny().holdout()) + "  (" + pct(o.bestAny().gapPercent())
                + " vs train)");
        out.println();
        double pearson = r.walkForward().pearson().valueOrZero();
        out.println("[2] Walk-forward gate (KC-4) on the train top-" + r.walkForward().topN());
        out.println("    Pearson(train, test) = " + f3(pearson) + "  (threshold "
                + PyFloat.repr(r.config().thresholds().pearsonMin()) + ")");
        out.println("    pipeline status      = " + r.status());
        for (GateReport g : r.reports()) {
            out.println(String.format(Locale.ROOT, "      %-5s %-8s %s", g.name() + ":", g.status(), g.message()));
        }
        out.println("    -> the gate refuses to certify a ranking driven by noise.");
        out.println();
        out.println("[3] Gated selection (best_feasible under the declared envelope constraint)");
        out.println("    params        : " + o.bestFeasible().params());
        out.println("    train fitness : " + f3(o.bestFeasible().train()));
        out.println("    holdout       : " + f3(o.bestFeasible().holdout()) + "  ("
                + pct(o.bestFeasible().gapPercent()) + " vs train)");
        out.println();
        out.println("[4] The same walk-forward gate over the feasible candidates only");
        out.println("    feasible candidates  : " + o.feasibleCount() + " / " + r.candidates().size());
        out.println("    Pearson(train, test) = " + f3(o.feasibleWalkForward().pearson().valueOrZero()));
        out.println("    KC-4 verdict         = " + o.feasibleKc4().status() + " (" + o.feasibleKc4().message() + ")");
        out.println();
        out.println("[5] Holdout scoreboard (the holdout slice was never used for selection)");
        out.println("    candidate       train    holdout   gap");
        out.println(String.format(Locale.ROOT, "    best_any        %6s   %6s   %8s   <- collapses out of sample",
                f3(o.bestAny().train()), f3(o.bestAny().holdout()), pct(o.bestAny().gapPercent())));
        out.println(String.format(Locale.ROOT, "    best_feasible   %6s   %6s   %8s   <- holds up",
                f3(o.bestFeasible().train()), f3(o.bestFeasible().holdout()), pct(o.bestFeasible().gapPercent())));
        out.println();
        out.println("Summary: the highest train score was a lucky-noise artifact. The walk-forward gate");
        out.println("(KC-4) failed it; the constraint-gated best_feasible generalized to a slice no");
        out.println("selection step ever saw.");
        out.flush();
    }

    private static String f3(double v) {
        return PyFloat.format(v, 3);
    }

    private static String pct(double v) {
        String s = PyFloat.format(v, 1);
        return (v >= 0 ? "+" : "") + s + "%";
    }
}
