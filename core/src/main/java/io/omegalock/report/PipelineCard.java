package io.omegalock.report;

import io.omegalock.report.Scorecard.Fact;
import io.omegalock.report.Scorecard.Facts;
import io.omegalock.report.Scorecard.GateRow;
import io.omegalock.report.Scorecard.Gates;
import io.omegalock.report.Scorecard.Point;
import io.omegalock.report.Scorecard.Scatter;
import io.omegalock.report.Scorecard.Series;
import io.omegalock.report.Scorecard.Stress;
import io.omegalock.report.Scorecard.StressRow;
import io.omegalock.report.Scorecard.Table;
import io.omegalock.report.Scorecard.Tone;
import io.omegalock.report.Scorecard.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The scorecard of a pipeline result (SPEC §7), ours or the reference's. The pieces are also
 * used for each round of an iterative result. Fields this project adds ({@code best_any},
 * {@code best_feasible}, {@code search_method}, ...) are used when present; without them
 * best_any is recomputed from {@code grid_results} and best_feasible is reported unknown.
 */
final class PipelineCard {
    private static final String WHERE = "pipeline result";

    private PipelineCard() {
    }

    static Scorecard of(Map<String, Object> r) {
        String status = Fields.string(r, "status", WHERE);
        List<GateRow> gates = RunGates.of(r, null, WHERE);
        List<Object> grid = Fields.listOrEmpty(r, "grid_results", WHERE);
        Verdict verdict = new Verdict(tone(status), status == null ? "UNKNOWN" : status,
                RunGates.summary(gates) + "; " + grid.size() + " search candidate" + (grid.size() == 1 ? "" : "s")
                        + searchedWith(r) + ".");
        List<String> notes = new ArrayList<>();
        String disagreement = RunGates.disagreement(status, gates);
        if (disagreement != null) {
            notes.add(disagreement);
        }
        Boolean violated = Fields.bool(r, "constraints_violated", WHERE);
        if (Boolean.TRUE.equals(violated)) {
            notes.add("No candidate satisfied every constraint: the selection fell back to the highest fitness "
                    + "(constraints_violated).");
        }
        notes.addAll(advisories(r, WHERE));
        return new Scorecard(ArtifactKind.PIPELINE_RESULT, verdict, facts(r), best(r, WHERE, ""),
                new Gates(gates, gates.isEmpty() ? "No gate reports in this artifact." : RunGates.caption(gates)),
                stress(r, WHERE, null), scatter(r, WHERE, ""), walkForward(r, WHERE, ""), List.of(), notes);
    }

    static Tone tone(String status) {
        if ("PASS".equals(status)) {
            return Tone.PASS;
        }
        return status != null && status.startsWith("FAIL") ? Tone.FAIL : Tone.WARN;
    }

    private static String searchedWith(Map<String, Object> r) {
        String method = Fields.string(r, "search_method", WHERE);
        return method == null ? "" : " (" + method + " search)";
    }

    private static Facts facts(Map<String, Object> r) {
        List<Fact> f = new ArrayList<>();
        addIf(f, "search method", Fields.string(r, "search_method", WHERE));
        List<Object> grid = Fields.listOrEmpty(r, "grid_results", WHERE);
        f.add(new Fact("search candidates", String.valueOf(grid.size())));
        if (r.get("failed_evaluations") != null) {
            f.add(new Fact("failed evaluations", Fmt.count(r.get("failed_evaluations"))));
        }
        List<String> topK = Fields.strings(r, "top_k", WHERE);
        if (topK != null) {
            f.add(new Fact("unlocked (top_k)", topK.isEmpty() ? Fmt.NONE : String.join(", ", topK)));
        }
        Map<String, Object> base = Fields.map(r, "baseline_result", WHERE);
        if (base != null) {
            f.add(new Fact("baseline fitness", Fmt.num(Fields.number(base, "fitness", WHERE + ".baseline_result"))
                    + trials(base.get("n_trials"))));
        }
        Double elapsed = Fields.number(r, "elapsed_seconds", WHERE);
        if (elapsed != null) {
            f.add(new Fact("elapsed", Fmt.num(elapsed) + " s"));
        }
        Map<String, Object> config = Fields.map(r, "config", WHERE);
        if (config != null && config.get("grid_points_per_axis") != null) {
            f.add(new Fact("config", "unlock_k " + Fmt.count(config.get("unlock_k")) + ", grid points per axis "
                    + Fmt.count(config.get("grid_points_per_axis")) + ", walk-forward top "
                    + Fmt.count(config.get("walk_forward_top_n"))));
        }
        holdout(r, f);
        List<Object> hybrid = Fields.list(r, "hybrid_top", WHERE);
        if (hybrid != null) {
            f.add(new Fact("hybrid re-ranking", hybrid.size() + " candidates re-scored on the validation target"));
        }
        addIf(f, "omega-lock version", Fields.text(r, "omega_lock_version"));
        return new Facts("Run", f, null);
    }

    private static void holdout(Map<String, Object> r, List<Fact> f) {
        Map<String, Object> h = Fields.map(r, "holdout_result", WHERE);
        if (h == null) {
            f.add(new Fact("holdout", "not run (no holdout target)"));
            return;
        }
        String w = WHERE + ".holdout_result";
        StringBuilder sb = new StringBuilder(Fmt.num(Fields.number(h, "fitness", w)));
        sb.append(trials(h.get("n_trials")));
        Double vsTrain = Fields.number(h, "fitness_vs_train", w);
        Double vsTest = Fields.number(h, "fitness_vs_test", w);
        if (vsTrain != null) {
            sb.append("; vs train ").append(signed(vsTrain));
        }
        if (vsTest != null) {
            sb.append("; vs test ").append(signed(vsTest));
        }
        f.add(new Fact("holdout fitness", sb.toString()));
        String mode = Fields.string(h, "mode", w);
        String gate = Fields.string(h, "gate_status", w);
        if (mode != null || gate != null) {
            f.add(new Fact("holdout gate", (mode == null ? "" : mode + ", ") + (gate == null ? Fmt.NONE : gate)));
        }
        List<String> reasons = Fields.strings(h, "gate_failed_reasons", w);
        if (reasons != null && !reasons.isEmpty()) {
            f.add(new Fact("holdout failed", String.join("; ", reasons)));
        }
    }

    static String signed(double d) {
        String s = Fmt.num(d);
        return d > 0 ? "+" + s : s;
    }

    static String trials(Object n) {
        return n == null ? "" : " (n_trials " + Fmt.count(n) + ")";
    }

    private static void addIf(List<Fact> f, String label, String value) {
        if (value != null) {
            f.add(new Fact(label, value));
        }
    }

    /** best_any, best_feasible and the selected candidate (grid_best) of one pipeline run. */
    static Table best(Map<String, Object> r, String where, String suffix) {
        List<Object> grid = Fields.listOrEmpty(r, "grid_results", where);
        List<String> notes = new ArrayList<>();
        Map<String, Object> any;
        if (r.containsKey("best_any")) {
            any = Fields.map(r, "best_any", where);
        } else {
            any = maxFitness(grid, where + ".grid_results");
            if (any != null) {
                notes.add("best_any recomputed from grid_results (highest fitness, first on ties).");
            }
        }
        boolean feasibilityKnown = r.containsKey("best_feasible");
        Map<String, Object> feasible = feasibilityKnown ? Fields.map(r, "best_feasible", where) : null;
        if (!feasibilityKnown) {
            notes.add("This artifact does not record feasibility, so best_feasible is unknown.");
        }
        Map<String, Object> selected = Fields.map(r, "grid_best", where);
        List<List<String>> rows = new ArrayList<>();
        if (grid.isEmpty() && any == null) {
            notes.add(0, "Not run: " + noSearchReason(r, where) + ".");
            return new Table("best", "best_any vs best_feasible" + suffix, List.of(), List.of(),
                    String.join(" ", notes));
        }
        rows.add(row("best_any", any, feasible, feasibilityKnown, "none"));
        rows.add(row("best_feasible", feasible, feasible, feasibilityKnown,
                feasibilityKnown ? "none feasible" : "unknown"));
        rows.add(row("selected (grid_best)", selected, feasible, feasibilityKnown, "none"));
        return new Table("best", "best_any vs best_feasible" + suffix,
                List.of("", "fitness", "n_trials", "idx", "params (unlocked)", "failed constraints"), rows,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    private static List<String> row(String label, Map<String, Object> c, Map<String, Object> feasible,
                                    boolean feasibilityKnown, String absent) {
        if (c == null) {
            return List.of(label, absent, Fmt.NONE, Fmt.NONE, Fmt.NONE, Fmt.NONE);
        }
        String w = label;
        Object fitness = c.get("fitness");
        return List.of(label, fitness == null ? "failed" : Fmt.num(Fields.asNumber(fitness, w + ".fitness")),
                Fmt.count(c.get("n_trials")), Fmt.count(c.get("idx")),
                Fmt.params(Fields.map(c, "unlocked", w)), failedConstraints(c, feasible, feasibilityKnown));
    }

    /** What is known of a candidate's failed constraints; summaries do not always name them. */
    private static String failedConstraints(Map<String, Object> c, Map<String, Object> feasible,
                                            boolean feasibilityKnown) {
        List<String> named = Fields.strings(c, "constraints_failed", "candidate");
        if (named != null) {
            return named.isEmpty() ? "none" : String.join(", ", named);
        }
        if (!feasibilityKnown) {
            return "unknown";
        }
        if (feasible != null && Objects.equals(feasible.get("idx"), c.get("idx"))) {
            return "none";
        }
        // best_feasible is the first maximum among feasible candidates, so a different
        // candidate that ranks at least as high must have failed a constraint.
        return "at least one (names not recorded)";
    }

    private static Map<String, Object> maxFitness(List<Object> grid, String where) {
        Map<String, Object> best = null;
        double bestFitness = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < grid.size(); i++) {
            Map<String, Object> c = Fields.asMap(grid.get(i), where + "[" + i + "]");
            Double f = Fields.number(c, "fitness", where + "[" + i + "]");
            if (f != null && Double.isFinite(f) && (best == null || f > bestFitness)) {
                best = c;
                bestFitness = f;
            }
        }
        return best;
    }

    static String noSearchReason(Map<String, Object> r, String where) {
        String status = Fields.string(r, "status", where);
        return status != null && status.contains("KC-2") ? "the run stopped at KC-2 before the search"
                : "no search candidates in this artifact";
    }

    /**
     * @return the artifact's {@code advisories} (KC-4 passed under the reference's rule while the
     *         selection-aware sample gate failed) as scorecard notes; none when the field is absent
     */
    static List<String> advisories(Map<String, Object> r, String where) {
        List<String> a = Fields.strings(r, "advisories", where);
        return a == null ? List.of() : a.stream().map(s -> "Advisory: " + s).toList();
    }

    static Stress stress(Map<String, Object> r, String where, String caption) {
        List<Object> results = Fields.listOrEmpty(r, "stress_results", where);
        if (results.isEmpty()) {
            return new Stress(List.of(), "Not run: no stress results in this artifact.");
        }
        Set<String> unlocked = new HashSet<>();
        List<String> topK = Fields.strings(r, "top_k", where);
        if (topK != null) {
            unlocked.addAll(topK);
        }
        List<StressRow> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            String w = where + ".stress_results[" + i + "]";
            Map<String, Object> s = Fields.asMap(results.get(i), w);
            String name = Objects.requireNonNullElse(Fields.text(s, "name"), Fmt.NONE);
            Double raw = Fields.number(s, "raw_stress", w);
            rows.add(new StressRow(name, raw == null ? Double.NaN : raw, Fields.number(s, "normalized_stress", w),
                    unlocked.contains(name)));
        }
        return new Stress(rank(rows), caption);
    }

    /** Highest raw stress first, ties in measurement order, unmeasurable (NaN) last. */
    static List<StressRow> rank(List<StressRow> rows) {
        List<StressRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((StressRow s) -> Double.isNaN(s.raw()) ? Double.NEGATIVE_INFINITY : s.raw())
                .reversed());
        return sorted;
    }

    static Scatter scatter(Map<String, Object> r, String where, String suffix) {
        String title = "Train vs test fitness (walk-forward top-N)" + suffix;
        Map<String, Object> wf = Fields.map(r, "walk_forward", where);
        if (wf == null) {
            return new Scatter(title, "train fitness", "test fitness", List.of(), true,
                    "Not run: " + noWalkForwardReason(r, where) + ".");
        }
        String w = where + ".walk_forward";
        return transfer(title, "train fitness", "test fitness", "top-", Fields.listOrEmpty(wf, "train_fitnesses", w),
                Fields.listOrEmpty(wf, "test_fitnesses", w), "test", w);
    }

    private static String noWalkForwardReason(Map<String, Object> r, String where) {
        return Fields.listOrEmpty(r, "grid_results", where).isEmpty() ? noSearchReason(r, where)
                : "no test target was given";
    }

    /** A train-vs-out-of-sample scatter of paired lists; unplottable pairs are counted in the note. */
    static Scatter transfer(String title, String xLabel, String yLabel, String labelPrefix, List<Object> xs,
                            List<Object> ys, String yName, String where) {
        List<Point> points = new ArrayList<>();
        int n = Math.min(xs.size(), ys.size());
        int skipped = 0;
        for (int i = 0; i < n; i++) {
            Double x = Fields.asNumber(xs.get(i), where + "[" + i + "]");
            Double y = Fields.asNumber(ys.get(i), where + "[" + i + "]");
            if (x == null || y == null || !Double.isFinite(x) || !Double.isFinite(y)) {
                skipped++;
                continue;
            }
            String id = labelPrefix + (i + 1);
            points.add(new Point(x, y, id, id + ": train " + Fmt.num(x) + ", " + yName + " " + Fmt.num(y)));
        }
        List<String> notes = new ArrayList<>();
        if (n == 0) {
            notes.add("No pairs to plot.");
        }
        if (xs.size() != ys.size()) {
            notes.add("The lists differ in length (" + xs.size() + " vs " + ys.size() + "); only the first " + n
                    + " pairs are plotted.");
        }
        if (skipped > 0) {
            notes.add(skipped + " pair" + (skipped == 1 ? " is" : "s are")
                    + " not plotted (missing or non-finite value).");
        }
        return new Scatter(title, xLabel, yLabel, List.of(new Series(n + " candidates", points)), true,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    /** @return the permutation test behind the run's KC-4 report, or null (Pearson threshold or no KC-4) */
    private static TransferDecision kc4Decision(Map<String, Object> r, String where) {
        List<Object> reports = Fields.listOrEmpty(r, "kc_reports", where);
        for (int i = 0; i < reports.size(); i++) {
            String w = where + ".kc_reports[" + i + "]";
            Map<String, Object> g = Fields.asMap(reports.get(i), w);
            if ("KC-4".equals(g.get("name"))) {
                return TransferDecision.of(Fields.map(g, "detail", w), w + ".detail");
            }
        }
        return null;
    }

    static Facts walkForward(Map<String, Object> r, String where, String suffix) {
        String title = "Walk-forward" + suffix;
        Map<String, Object> wf = Fields.map(r, "walk_forward", where);
        if (wf == null) {
            return new Facts(title, List.of(), "Not run: " + noWalkForwardReason(r, where) + ".");
        }
        String w = where + ".walk_forward";
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("top N", Fmt.count(wf.get("top_n"))));
        String status = Fields.string(wf, "pearson_status", w);
        TransferDecision decision = kc4Decision(r, where);
        if (decision != null) {
            f.add(new Fact("KC-4 decided by", decision.name() + ": " + decision.numbers()));
        }
        f.add(new Fact(decision == null ? "Pearson(train, test)" : "Pearson(train, test), context",
                Fmt.num(Fields.number(wf, "pearson", w))
                        + (status == null || "OK".equals(status) ? "" : " (" + status + ": not measured)")));
        List<Object> train = Fields.listOrEmpty(wf, "train_fitnesses", w);
        if (!train.isEmpty()) {
            f.add(new Fact("train-best train fitness", Fmt.num(Fields.asNumber(train.get(0), w + ".train_fitnesses[0]"))));
        }
        f.add(new Fact("train-best test fitness", Fmt.num(Fields.number(wf, "test_best_fitness", w))));
        f.add(new Fact("train-best test actions", Fmt.count(wf.get("test_best_trades"))));
        f.add(new Fact("mean train actions (top N)", Fmt.num(Fields.number(wf, "train_best_trades_mean", w))));
        f.add(new Fact("trade ratio (scaled)", Fmt.num(Fields.number(wf, "trade_ratio_scaled", w))));
        if (wf.get("test_failures") != null) {
            f.add(new Fact("failed test evaluations", Fmt.count(wf.get("test_failures"))));
        }
        return new Facts(title, f, null);
    }
}
