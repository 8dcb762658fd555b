package io.omegalock.report;

import io.omegalock.report.Scorecard.Fact;
import io.omegalock.report.Scorecard.Facts;
import io.omegalock.report.Scorecard.GateRow;
import io.omegalock.report.Scorecard.Gates;
import io.omegalock.report.Scorecard.Point;
import io.omegalock.report.Scorecard.Scatter;
import io.omegalock.report.Scorecard.Series;
import io.omegalock.report.Scorecard.Table;
import io.omegalock.report.Scorecard.Tone;
import io.omegalock.report.Scorecard.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scorecard of an Optuna study audit (SPEC §12). Values stay in the study's own
 * orientation. Audits written before every field existed render with what they have.
 */
final class StudyAuditCard {
    private static final String WHERE = "study audit";

    private StudyAuditCard() {
    }

    static Scorecard of(Map<String, Object> r) {
        Boolean passed = Fields.bool(r, "passed", WHERE);
        Map<String, Object> kc = Fields.map(r, "kc_report", WHERE);
        List<Object> candidates = Fields.listOrEmpty(r, "candidates", WHERE);
        boolean holdout = holdoutEvaluated(r, candidates);
        String pearsonStatus = Fields.string(r, "pearson_status", WHERE);
        Double pearson = Fields.number(r, "pearson", WHERE);
        String pearsonText = pearson == null || (pearsonStatus != null && !"OK".equals(pearsonStatus))
                ? "not measured" + (pearsonStatus == null ? "" : " (" + pearsonStatus + ")") : Fmt.num(pearson);
        Verdict verdict = verdict(passed, kc, holdout, pearsonText, candidates.size(), r);

        List<Fact> facts = new ArrayList<>();
        for (String key : List.of("study_name", "direction", "n_trials_total", "n_trials_completed", "top_n",
                "feasibility_source")) {
            if (r.get(key) != null) {
                facts.add(new Fact(key.replace('_', ' '), Fields.text(r, key)));
            }
        }
        facts.add(new Fact("holdout evaluated", holdout ? "yes" : "no"));
        Map<String, Object> gated = Fields.map(r, "gated_best", WHERE);
        facts.add(new Fact("gated best", gated != null ? "trial " + Fmt.count(gated.get("number"))
                : Boolean.FALSE.equals(passed) ? "none (the gate failed)" : "none (nothing known feasible)"));

        List<GateRow> gates = new ArrayList<>();
        if (kc != null) {
            gates.add(RunGates.row(kc, null));
        }
        Map<String, Object> sample = Fields.map(r, "transfer_sample", WHERE);
        Map<String, Object> sampleReport = sample == null ? null : Fields.map(sample, "report", WHERE + ".transfer_sample");
        if (sampleReport != null) {
            gates.add(RunGates.row(sampleReport, null));
        }
        List<Fact> transfer = new ArrayList<>();
        transfer.add(new Fact("top N", r.get("top_n") == null ? String.valueOf(candidates.size())
                : Fmt.count(r.get("top_n"))));
        transfer.add(new Fact("Pearson(train, holdout)", pearsonText));
        Map<String, Object> thresholds = Fields.map(r, "kc_thresholds", WHERE);
        if (thresholds != null && thresholds.get("pearson_min") != null) {
            transfer.add(new Fact("pearson_min", Fmt.count(thresholds.get("pearson_min"))));
        }
        String direction = Fields.text(r, "direction");
        String orientation = "Values in the study's own orientation"
                + ("MINIMIZE".equals(direction) ? " (MINIMIZE: lower is better)." : ".");
        return new Scorecard(ArtifactKind.STUDY_AUDIT, verdict, new Facts("Study", facts, null),
                best(r, passed, orientation), new Gates(gates, gates.isEmpty() ? "No gate report in this artifact." : null),
                null, scatter(candidates, holdout), new Facts("Holdout transfer", transfer,
                        holdout ? null : "Not run: no holdout scorer was given, so there is no transfer evidence."),
                List.of(candidateTable(candidates, orientation)), PipelineCard.advisories(r, WHERE));
    }

    private static boolean holdoutEvaluated(Map<String, Object> r, List<Object> candidates) {
        Boolean b = Fields.bool(r, "holdout_evaluated", WHERE);
        if (b != null) {
            return b;
        }
        if ("NOT_RUN".equals(r.get("pearson_status"))) {
            return false;
        }
        for (Object c : candidates) {
            if (c instanceof Map<?, ?> m && m.get("holdout_value") != null) {
                return true;
            }
        }
        return false;
    }

    private static Verdict verdict(Boolean passed, Map<String, Object> kc, boolean holdout, String pearson, int n,
                                   Map<String, Object> r) {
        if (passed == null) {
            return new Verdict(Tone.WARN, "UNKNOWN", "The artifact does not say whether the study passed.");
        }
        if (!passed) {
            String name = kc == null ? null : Fields.text(kc, "name");
            String message = kc == null ? null : Fields.text(kc, "message");
            return new Verdict(Tone.FAIL, name == null ? "FAIL" : "FAIL:" + name,
                    message != null ? message : "Pearson(train, holdout) = " + pearson + " over " + n
                            + " candidates; no candidate is certified.");
        }
        if (!holdout) {
            return new Verdict(Tone.WARN, "PASS", "Nothing failed, but no holdout scorer was given: there is no "
                    + "transfer evidence (the gate was skipped).");
        }
        Map<String, Object> gated = Fields.map(r, "gated_best", WHERE);
        return new Verdict(Tone.PASS, "PASS", "Pearson(train, holdout) = " + pearson + " over " + n
                + " candidates; gated best: " + (gated == null ? "none (nothing known feasible)"
                : "trial " + Fmt.count(gated.get("number"))) + ".");
    }

    private static Table best(Map<String, Object> r, Boolean passed, String orientation) {
        boolean feasibilityAbsent = "absent".equals(r.get("feasibility_source"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("best_any", Fields.map(r, "best_any", WHERE), "none (no completed trial)"));
        rows.add(row("best_feasible", Fields.map(r, "best_feasible", WHERE),
                feasibilityAbsent ? "unknown (no feasibility information)" : "none feasible"));
        rows.add(row("gated_best", Fields.map(r, "gated_best", WHERE),
                Boolean.FALSE.equals(passed) ? "none (the gate failed)" : "none"));
        return new Table("best", "best_any vs best_feasible",
                List.of("", "trial", "train value", "holdout value", "params", "feasible"), rows, orientation);
    }

    private static List<String> row(String label, Map<String, Object> c, String absent) {
        if (c == null) {
            return List.of(label, absent, Fmt.NONE, Fmt.NONE, Fmt.NONE, Fmt.NONE);
        }
        String w = WHERE + "." + label;
        return List.of(label, Fmt.count(c.get("number")), Fmt.num(Fields.number(c, "train_value", w)),
                Fmt.num(Fields.number(c, "holdout_value", w)), Fmt.params(Fields.map(c, "params", w)),
                feasible(Fields.bool(c, "feasible", w)));
    }

    private static String feasible(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }

    private static Table candidateTable(List<Object> candidates, String orientation) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            String w = WHERE + ".candidates[" + i + "]";
            Map<String, Object> c = Fields.asMap(candidates.get(i), w);
            rows.add(List.of(String.valueOf(i + 1), Fmt.count(c.get("number")),
                    Fmt.num(Fields.number(c, "train_value", w)), Fmt.num(Fields.number(c, "holdout_value", w)),
                    feasible(Fields.bool(c, "feasible", w)), Fmt.params(Fields.map(c, "params", w))));
        }
        return new Table("candidates", "Top-N candidates by train value",
                List.of("rank", "trial", "train value", "holdout value", "feasible", "params"), rows,
                rows.isEmpty() ? "No candidates." : orientation);
    }

    private static Scatter scatter(List<Object> candidates, boolean holdout) {
        String title = "Train vs holdout value (top-N trials)";
        if (!holdout) {
            return new Scatter(title, "train value", "holdout value", List.of(), true,
                    "Not run: no holdout scorer was given.");
        }
        List<Point> points = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < candidates.size(); i++) {
            String w = WHERE + ".candidates[" + i + "]";
            Map<String, Object> c = Fields.asMap(candidates.get(i), w);
            Double x = Fields.number(c, "train_value", w);
            Double y = Fields.number(c, "holdout_value", w);
            if (x == null || y == null || !Double.isFinite(x) || !Double.isFinite(y)) {
                skipped++;
                continue;
            }
            Boolean f = Fields.bool(c, "feasible", w);
            String id = "trial " + Fmt.count(c.get("number"));
            points.add(new Point(x, y, id, id + ": train " + Fmt.num(x) + ", holdout " + Fmt.num(y)
                    + (f == null ? "" : f ? " (feasible)" : " (infeasible)")));
        }
        return new Scatter(title, "train value", "holdout value",
                List.of(new Series(candidates.size() + " trials", points)), true,
                skipped == 0 ? null : skipped + " trial" + (skipped == 1 ? " is" : "s are")
                        + " not plotted (missing or non-finite value).");
    }
}
