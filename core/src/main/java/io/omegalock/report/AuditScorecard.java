package io.omegalock.report;

import io.omegalock.audit.AuditRecord;
import io.omegalock.audit.AuditReport;
import io.omegalock.audit.Constraint;
import io.omegalock.audit.StressScore;
import io.omegalock.json.CanonicalJson;
import io.omegalock.json.PyFloat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plain-text scorecard of an audit report: who produced it, how many calls were feasible,
 * how each constraint fared, the best feasible candidate against the best overall (and what
 * the latter violated), the stress ranking, and calls per phase and role.
 */
public final class AuditScorecard {
    private AuditScorecard() {
    }

    /**
     * @param report any audit report, written here or loaded from the reference
     * @return a multi-line scorecard ending with a newline
     */
    public static String text(AuditReport report) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("AUDIT SCORECARD\n");
        sb.append("  method      ").append(report.method()).append('\n');
        sb.append("  version     ").append(report.omegaLockVersion()).append('\n');
        sb.append("  seed        ").append(report.seed() == null ? "none" : report.seed()).append('\n');
        sb.append("  started     ").append(report.startedIso()).append('\n');
        sb.append("  ended       ").append(report.endedIso()).append('\n');
        long failed = report.runs().stream().filter(AuditRecord::failed).count();
        sb.append("\nTOTALS\n  calls ").append(report.nTotal()).append(", feasible ").append(report.nFeasible())
                .append(" (").append(PyFloat.format(100 * report.feasibilityRate(), 1)).append("%), failed evaluations ")
                .append(failed).append('\n');
        sb.append("\nCONSTRAINTS (passed / calls)\n");
        if (report.constraints().isEmpty()) {
            sb.append("  none declared\n");
        }
        Map<String, Long> counts = report.constraintPassCounts();
        for (Constraint c : report.constraints()) {
            sb.append("  ").append(c.name()).append("  ").append(counts.get(c.name())).append(" / ")
                    .append(report.nTotal());
            if (!c.description().isEmpty()) {
                sb.append("  - ").append(c.description());
            }
            sb.append('\n');
        }
        sb.append("\nBEST\n");
        best(sb, "feasible", report.bestFeasible());
        best(sb, "any     ", report.bestAny());
        sb.append("\nSTRESS RANKING\n");
        if (report.stressRanking() == null) {
            sb.append("  not measured\n");
        } else {
            for (StressScore s : report.stressRanking()) {
                sb.append("  ").append(s.name()).append("  ").append(PyFloat.repr(s.score())).append('\n');
            }
        }
        sb.append("\nCALLS BY PHASE\n");
        breakdown(sb, report, true);
        sb.append("\nCALLS BY ROLE\n");
        breakdown(sb, report, false);
        return sb.toString();
    }

    private static void best(StringBuilder sb, String label, Optional<AuditRecord> r) {
        sb.append("  ").append(label).append("  ");
        if (r.isEmpty()) {
            sb.append("none\n");
            return;
        }
        AuditRecord a = r.get();
        sb.append("fitness ").append(PyFloat.repr(a.fitness())).append(" at call ").append(a.callIndex())
                .append(" (").append(a.targetRole()).append(", ").append(a.phase()).append(") params ")
                .append(CanonicalJson.of(a.params()));
        if (!a.constraintsFailed().isEmpty()) {
            sb.append(" FAILS ").append(String.join(", ", a.constraintsFailed()));
        }
        sb.append('\n');
    }

    private static void breakdown(StringBuilder sb, AuditReport report, boolean byPhase) {
        Map<String, long[]> rows = new TreeMap<>();
        for (AuditRecord r : report.runs()) {
            long[] row = rows.computeIfAbsent(byPhase ? r.phase() : r.targetRole(), k -> new long[2]);
            row[0]++;
            if (r.feasible()) {
                row[1]++;
            }
        }
        rows.forEach((k, v) -> sb.append("  ").append(k).append("  ").append(v[0]).append(" calls, ")
                .append(v[1]).append(" feasible\n"));
    }
}
