package io.omegalock.report;

import io.omegalock.report.Scorecard.GateRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every gate that decides a run's status, as rows of the scorecard's Gates table, and the
 * banner sentence that counts them. The status is the artifact's own; the table must agree with
 * it, so a reviewer who reads only the table sees what failed the run:
 *
 * <ul>
 *   <li>the reports in {@code kc_reports} (KC-1..KC-4, SC-2, CONSTRAINTS, SEARCH and the
 *       evidence gates all land there);</li>
 *   <li>the holdout gate, which artifacts (the reference's too) record in {@code holdout_result}
 *       rather than {@code kc_reports}: a {@code HOLDOUT} row whenever its mode is {@code gate};</li>
 *   <li>any gate the status names as failed without a failing report in the artifact, as a FAIL
 *       row saying so, so a truncated or hand-edited artifact cannot hide what failed.</li>
 * </ul>
 */
final class RunGates {
    /** The name the status gives the holdout gate. */
    static final String HOLDOUT = "HOLDOUT";

    private RunGates() {
    }

    /**
     * @param run    a pipeline result (or one round of an iterative result)
     * @param scope  the rows' scope ({@code round 2}), or null
     * @param where  the artifact path, for error messages
     * @return the rows: {@code kc_reports} in order, then the holdout gate, then gates the
     *     status names without a report
     */
    static List<GateRow> of(Map<String, Object> run, String scope, String where) {
        List<GateRow> rows = new ArrayList<>();
        List<Object> reports = Fields.listOrEmpty(run, "kc_reports", where);
        for (int i = 0; i < reports.size(); i++) {
            rows.add(row(Fields.asMap(reports.get(i), where + ".kc_reports[" + i + "]"), scope));
        }
        GateRow holdout = holdout(run, scope, where);
        if (holdout != null) {
            rows.add(holdout);
        }
        for (String name : failedInStatus(Fields.string(run, "status", where))) {
            if (rows.stream().noneMatch(r -> r.name().equals(name) && "FAIL".equals(r.status()))) {
                rows.add(new GateRow(scope, name, "FAIL",
                        "FAIL: named in the status, but this artifact holds no failing report for it"));
            }
        }
        return rows;
    }

    /** @return the row of one gate report ({@code name, status, message}) */
    static GateRow row(Map<String, Object> g, String scope) {
        return new GateRow(scope, Objects.requireNonNullElse(Fields.text(g, "name"), Fmt.NONE),
                Objects.requireNonNullElse(Fields.text(g, "status"), "UNKNOWN"),
                Objects.requireNonNullElse(Fields.text(g, "message"), ""));
    }

    /** The holdout gate read from {@code holdout_result}, or null when the holdout did not gate. */
    private static GateRow holdout(Map<String, Object> run, String scope, String where) {
        Map<String, Object> h = Fields.map(run, "holdout_result", where);
        if (h == null || !"gate".equals(Fields.string(h, "mode", where + ".holdout_result"))) {
            return null;
        }
        String w = where + ".holdout_result";
        String status = Objects.requireNonNullElse(Fields.string(h, "gate_status", w), "UNKNOWN");
        List<String> reasons = Fields.strings(h, "gate_failed_reasons", w);
        if ("FAIL".equals(status)) {
            return new GateRow(scope, HOLDOUT, status, "FAIL: " + (reasons == null || reasons.isEmpty()
                    ? "the holdout gate failed (no reason recorded)" : String.join("; ", reasons)));
        }
        List<String> floors = new ArrayList<>();
        Map<String, Object> config = Fields.map(run, "config", where);
        if (config != null) {
            for (String key : List.of("holdout_min_fitness", "holdout_min_trade_ratio")) {
                if (config.get(key) != null) {
                    floors.add(key.substring("holdout_".length()) + " " + Fmt.count(config.get(key)));
                }
            }
        }
        Object fitness = h.get("fitness");
        return new GateRow(scope, HOLDOUT, status, status + ": holdout fitness "
                + (fitness == null ? Fmt.NONE : Fmt.count(fitness))
                + (floors.isEmpty() ? "" : ", floors " + String.join(", ", floors)));
    }

    /** @return the Gates table's caption: where a HOLDOUT row comes from, or null without one */
    static String caption(List<GateRow> rows) {
        return rows.stream().anyMatch(r -> HOLDOUT.equals(r.name()))
                ? "HOLDOUT is read from holdout_result (mode gate): the selected candidate's one evaluation on a "
                        + "slice no selection step saw. Artifacts record it there, not in kc_reports."
                : null;
    }

    /** @return the gate names a {@code FAIL:A,B} status lists, in order; none for PASS */
    static Set<String> failedInStatus(String status) {
        Set<String> names = new LinkedHashSet<>();
        if (status != null && status.startsWith("FAIL:")) {
            for (String s : status.substring("FAIL:".length()).split(",")) {
                if (!s.isBlank()) {
                    names.add(s.strip());
                }
            }
        }
        return names;
    }

    /**
     * The banner's account of the gates: which failed and why, then the count by status.
     *
     * @return e.g. {@code Failed: HOLDOUT (fitness -1.03 < min 5). 5 gates: 3 PASS, 1 FAIL, 1 SKIP}
     */
    static String summary(List<GateRow> rows) {
        if (rows.isEmpty()) {
            return "no gate reports";
        }
        List<String> failed = new ArrayList<>();
        for (GateRow g : rows) {
            if ("FAIL".equals(g.status())) {
                String msg = g.message().startsWith("FAIL: ") ? g.message().substring(6) : g.message();
                failed.add((g.scope() == null ? "" : g.scope() + " ") + g.name()
                        + (msg.isEmpty() ? "" : " (" + msg + ")"));
            }
        }
        return (failed.isEmpty() ? "" : "Failed: " + String.join("; ", failed) + ". ") + count(rows);
    }

    /** @return {@code 5 gates: 3 PASS, 1 FAIL, 1 SKIP} */
    static String count(List<GateRow> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (GateRow g : rows) {
            counts.merge(g.status(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        for (String s : List.of("PASS", "FAIL", "SKIP", "ADVISORY")) {
            Integer n = counts.remove(s);
            if (n != null) {
                parts.add(n + " " + s);
            }
        }
        counts.forEach((s, n) -> parts.add(n + " " + s));
        return rows.size() + " gate" + (rows.size() == 1 ? "" : "s") + ": " + String.join(", ", parts);
    }

    /**
     * @param status the artifact's status
     * @param rows   the gate rows
     * @return a note when the status and the rows disagree (a PASS with failing rows), or null
     */
    static String disagreement(String status, List<GateRow> rows) {
        if (!"PASS".equals(status)) {
            return null;
        }
        List<String> failed = rows.stream().filter(g -> "FAIL".equals(g.status())).map(GateRow::name).toList();
        return failed.isEmpty() ? null : "The status says PASS, yet the artifact reports failing gates: "
                + String.join(", ", failed) + ". Treat the run as failed until this is explained.";
    }
}
