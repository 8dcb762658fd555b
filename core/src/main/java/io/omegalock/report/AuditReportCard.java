package io.omegalock.report;

import io.omegalock.OmegaLockException;
import io.omegalock.audit.AuditReport;
import io.omegalock.audit.ChainVerdict;
import io.omegalock.json.JsonWriter;
import io.omegalock.report.Scorecard.Fact;
import io.omegalock.report.Scorecard.Facts;
import io.omegalock.report.Scorecard.Point;
import io.omegalock.report.Scorecard.Scatter;
import io.omegalock.report.Scorecard.Series;
import io.omegalock.report.Scorecard.Stress;
import io.omegalock.report.Scorecard.StressRow;
import io.omegalock.report.Scorecard.Table;
import io.omegalock.report.Scorecard.Tone;
import io.omegalock.report.Scorecard.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact scorecard of an audit report (SPEC §9): feasibility, the constraints, best_any
 * against best_feasible with the constraints it failed, calls by role and phase, the stress
 * ranking, fitness by call index, and whether the stored hash chain verifies.
 *
 * <p>An audit report records calls; it carries no gate status. Its banner says PASS when the
 * stored chain (if any) verifies and at least one call succeeded and satisfied every
 * constraint, and FAIL naming what is missing otherwise.
 */
final class AuditReportCard {
    private static final String WHERE = "audit report";
    /** A timeline beyond this many points is thinned evenly, so a 64k-call trail stays readable. */
    static final int MAX_POINTS = 5000;

    private AuditReportCard() {
    }

    /** One run, read leniently. */
    private record Call(int position, Map<String, Object> params, Double fitness, Object nTrials,
                        List<String> failedConstraints, String phase, String role, Object callIndex) {
        boolean ok() {
            return fitness != null && Double.isFinite(fitness);
        }

        boolean feasible() {
            return failedConstraints == null || failedConstraints.isEmpty();
        }

        String label() {
            return "call " + (callIndex == null ? "#" + position : Fmt.count(callIndex));
        }
    }

    static Scorecard of(Map<String, Object> r) {
        List<Call> calls = calls(r);
        int feasible = 0;
        int failed = 0;
        Call bestAny = null;
        Call bestFeasible = null;
        for (Call c : calls) {
            if (c.feasible()) {
                feasible++;
            }
            if (!c.ok()) {
                failed++;
                continue;
            }
            if (bestAny == null || c.fitness() > bestAny.fitness()) {
                bestAny = c;
            }
            if (c.feasible() && (bestFeasible == null || c.fitness() > bestFeasible.fitness())) {
                bestFeasible = c;
            }
        }
        String chain = chainStatus(r);
        List<String> problems = new ArrayList<>();
        if (chain.startsWith("broken") || chain.startsWith("truncated")) {
            problems.add("hash chain " + chain);
        }
        if (!calls.isEmpty() && bestAny == null) {
            problems.add("no successful evaluation");
        } else if (!calls.isEmpty() && bestFeasible == null) {
            problems.add("no feasible call");
        }
        String counts = calls.size() + " call" + (calls.size() == 1 ? "" : "s") + ", " + feasible + " feasible";
        Verdict verdict = calls.isEmpty() && problems.isEmpty()
                ? new Verdict(Tone.WARN, "NO CALLS", "The report records no calls; hash chain " + chain + ".")
                : problems.isEmpty()
                        ? new Verdict(Tone.PASS, "PASS", counts + "; hash chain " + chain + ".")
                        : new Verdict(Tone.FAIL, "FAIL: " + String.join("; ", problems), counts + "; hash chain "
                                + chain + ".");
        List<Fact> facts = new ArrayList<>();
        for (String key : List.of("method", "omega_lock_version", "seed", "started_iso", "ended_iso")) {
            if (r.get(key) != null) {
                facts.add(new Fact(key.replace('_', ' ').replace(" iso", ""), Fields.text(r, key)));
            }
        }
        facts.add(new Fact("calls", String.valueOf(calls.size())));
        facts.add(new Fact("feasible calls", feasible + (calls.isEmpty() ? ""
                : " (" + io.omegalock.json.PyFloat.format(100.0 * feasible / calls.size(), 1) + "%)")));
        facts.add(new Fact("failed evaluations", String.valueOf(failed)));
        facts.add(new Fact("hash chain", chain));
        List<Table> tables = new ArrayList<>();
        tables.add(constraints(r, calls));
        tables.add(breakdown("calls-by-role", "Calls by role", "role", calls, true));
        tables.add(breakdown("calls-by-phase", "Calls by phase", "phase", calls, false));
        return new Scorecard(ArtifactKind.AUDIT_REPORT, verdict, new Facts("Audit", facts, null),
                best(bestAny, bestFeasible, calls.isEmpty()), null, stress(r), timeline(calls), null, tables,
                List.of("An audit report records calls, not gate verdicts; the gate reports live in the pipeline "
                        + "result of the same run."));
    }

    private static List<Call> calls(Map<String, Object> r) {
        List<Object> runs = Fields.listOrEmpty(r, "runs", WHERE);
        List<Call> out = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            String w = WHERE + ".runs[" + i + "]";
            Map<String, Object> m = Fields.asMap(runs.get(i), w);
            out.add(new Call(i, Fields.map(m, "params", w), Fields.number(m, "fitness", w), m.get("n_trials"),
                    Fields.strings(m, "constraints_failed", w), Fields.text(m, "phase"), Fields.text(m, "target_role"),
                    m.get("call_index")));
        }
        return out;
    }

    /** Verifies the stored chain with the audit package; a scorecard must not vouch for a tampered trail. */
    private static String chainStatus(Map<String, Object> r) {
        if (r.get("hash_chain") == null) {
            return "absent";
        }
        try {
            ChainVerdict v = AuditReport.fromJson(JsonWriter.toString(r, false)).verifyStoredChain();
            if (v instanceof ChainVerdict.Intact i) {
                return "intact (" + i.count() + " entries verified)";
            }
            return v.toString();
        } catch (OmegaLockException e) {
            return "not checked (" + e.getMessage() + ")";
        }
    }

    private static Table best(Call any, Call feasible, boolean empty) {
        List<String> headers = List.of("", "fitness", "n_trials", "call", "role / phase", "params",
                "failed constraints");
        if (empty) {
            return new Table("best", "best_any vs best_feasible", headers, List.of(), "Not run: no calls recorded.");
        }
        return new Table("best", "best_any vs best_feasible", headers,
                List.of(row("best_any", any, "none (every evaluation failed)"),
                        row("best_feasible", feasible, "none feasible")),
                "Over every call in the trail: highest fitness, first in trail order on ties; failed evaluations "
                        + "never count.");
    }

    private static List<String> row(String label, Call c, String absent) {
        if (c == null) {
            return List.of(label, absent, Fmt.NONE, Fmt.NONE, Fmt.NONE, Fmt.NONE, Fmt.NONE);
        }
        return List.of(label, Fmt.num(c.fitness()), Fmt.count(c.nTrials()),
                c.callIndex() == null ? Fmt.NONE : Fmt.count(c.callIndex()),
                orNone(c.role()) + " / " + orNone(c.phase()), Fmt.params(c.params()),
                c.failedConstraints() == null ? "unknown"
                        : c.failedConstraints().isEmpty() ? "none" : String.join(", ", c.failedConstraints()));
    }

    private static String orNone(String s) {
        return s == null ? Fmt.NONE : s;
    }

    private static Table constraints(Map<String, Object> r, List<Call> calls) {
        List<Object> declared = Fields.listOrEmpty(r, "constraints", WHERE);
        Map<String, Object> summary = Fields.map(r, "summary", WHERE);
        Map<String, Object> passCounts = summary == null ? null
                : Fields.map(summary, "constraint_pass_counts", WHERE + ".summary");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            Map<String, Object> c = Fields.asMap(declared.get(i), WHERE + ".constraints[" + i + "]");
            String name = Fields.text(c, "name");
            int failedOn = 0;
            for (Call call : calls) {
                if (call.failedConstraints() != null && call.failedConstraints().contains(name)) {
                    failedOn++;
                }
            }
            Object passed = passCounts == null ? null : passCounts.get(name);
            rows.add(List.of(orNone(name), orNone(Fields.text(c, "description")),
                    passed == null ? Fmt.NONE : Fmt.count(passed), String.valueOf(failedOn)));
        }
        return new Table("constraints", "Constraints", List.of("constraint", "description", "passed", "failed"),
                rows, rows.isEmpty() ? "No constraints declared: every successful call is feasible." : null);
    }

    private static Table breakdown(String id, String title, String what, List<Call> calls, boolean byRole) {
        Map<String, long[]> groups = new LinkedHashMap<>();
        for (Call c : calls) {
            String key = orNone(byRole ? c.role() : c.phase());
            long[] g = groups.computeIfAbsent(key, k -> new long[3]);
            g[0]++;
            if (c.feasible()) {
                g[1]++;
            }
            if (!c.ok()) {
                g[2]++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        groups.forEach((k, g) -> rows.add(List.of(k, String.valueOf(g[0]), String.valueOf(g[1]),
                String.valueOf(g[2]))));
        return new Table(id, title, List.of(what, "calls", "feasible", "failed evaluations"), rows,
                rows.isEmpty() ? "No calls." : null);
    }

    private static Stress stress(Map<String, Object> r) {
        List<Object> ranking = Fields.list(r, "stress_ranking", WHERE);
        if (ranking == null) {
            return new Stress(List.of(), "Not measured: this report has no stress ranking.");
        }
        List<StressRow> rows = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            String w = WHERE + ".stress_ranking[" + i + "]";
            List<Object> pair = Fields.asList(ranking.get(i), w);
            if (pair.size() != 2) {
                throw new io.omegalock.BadInputException("artifact field " + w + ": expected [name, score], found "
                        + pair.size() + " elements");
            }
            Double score = Fields.asNumber(pair.get(1), w + "[1]");
            rows.add(new StressRow(Fmt.value(pair.get(0)), score == null ? Double.NaN : score, null, false));
        }
        return new Stress(PipelineCard.rank(rows), rows.isEmpty() ? "The stress ranking is empty." : null);
    }

    private static Scatter timeline(List<Call> calls) {
        int ok = 0;
        for (Call c : calls) {
            if (c.ok()) {
                ok++;
            }
        }
        int stride = Math.max(1, (ok + MAX_POINTS - 1) / MAX_POINTS);
        Map<String, List<Point>> byRole = new LinkedHashMap<>();
        int seen = 0;
        for (Call c : calls) {
            String role = orNone(c.role());
            List<Point> points = byRole.computeIfAbsent(role, k -> new ArrayList<>());
            if (!c.ok() || seen++ % stride != 0) {
                continue;
            }
            double x = c.callIndex() instanceof Number n ? n.doubleValue() : c.position();
            points.add(new Point(x, c.fitness(), c.label(), c.label() + " (" + role + ", " + orNone(c.phase()) + "): fitness "
                    + Fmt.num(c.fitness()) + (c.feasible() ? ", feasible" : ", fails "
                    + String.join(", ", c.failedConstraints()))));
        }
        List<Series> series = new ArrayList<>();
        byRole.forEach((role, points) -> series.add(new Series(role, points)));
        List<String> notes = new ArrayList<>();
        if (calls.isEmpty()) {
            notes.add("Not run: no calls recorded.");
        }
        if (ok < calls.size()) {
            notes.add((calls.size() - ok) + " failed evaluation" + (calls.size() - ok == 1 ? " is" : "s are")
                    + " not plotted.");
        }
        if (stride > 1) {
            notes.add("Every " + stride + "th successful call is plotted (" + ok + " in all).");
        }
        return new Scatter("Fitness by call index", "call index", "fitness", series, false,
                notes.isEmpty() ? null : String.join(" ", notes));
    }
}
