package io.omegalock.benchmark;

import io.omegalock.demo.Keyhole;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The text scorecard of a benchmark report: what ran, one summary table over all keyholes
 * and one per keyhole (means, with the sample standard deviation after {@code +-}), then one
 * line per run. Plain ASCII, fixed columns, fit for a terminal or a markdown code block.
 */
public final class BenchmarkScorecard {
    private static final String HEADER = String.format(Locale.ROOT,
            "  %-14s %3s %12s %6s %12s %14s %8s %9s %6s %7s %7s %6s",
            "method", "n", "recall", "prec", "L2 err", "fit gap %", "gen gap", "eff/eval", "evals", "wall s",
            "rho", "pass");

    private BenchmarkScorecard() {
    }

    /**
     * @param report a benchmark report
     * @return a multi-line scorecard ending with a newline
     */
    public static String text(BenchmarkReport report) {
        Benchmark b = report.benchmark();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("OMEGA-LOCK BENCHMARK\n");
        sb.append("  keyholes  ").append(b.keyholes().stream().map(Keyhole::name).collect(Collectors.joining(", ")))
                .append('\n');
        sb.append("  seeds     ").append(b.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .append('\n');
        sb.append("  methods   ").append(b.methods().stream().map(BenchmarkMethod::name)
                .collect(Collectors.joining(", "))).append('\n');
        long crashed = report.rows().stream().filter(BenchmarkRow::crashed).count();
        sb.append("  runs      ").append(report.rows().size()).append(" (").append(crashed).append(" crashed)\n");
        table(sb, "ALL KEYHOLES", report.summary());
        for (Keyhole k : b.keyholes()) {
            table(sb, k.name().toUpperCase(Locale.ROOT), report.summary(k.name()));
        }
        sb.append("\nRUNS\n");
        sb.append(String.format(Locale.ROOT, "  %-13s %-14s %6s %-16s %6s %5s %6s %8s %6s %6s %6s%n", "keyhole", "method",
                "seed", "status", "recall", "prec", "L2", "gap %", "gen", "rho", "evals"));
        for (BenchmarkRow r : report.rows()) {
            sb.append(String.format(Locale.ROOT, "  %-13s %-14s %6d %-16s %6.3f %5.2f %6.3f %8.2f %6s %6s %6d%n",
                    r.keyhole(), r.method(), r.seed(), r.status(), r.effectiveRecall(), r.effectivePrecision(),
                    r.paramL2Error(), r.fitnessGapPct(), gen(r.generalization()), rho(r.stressRankSpearman()),
                    r.nEvaluations()));
        }
        sb.append("\nrecall/prec: effective params among the unlocked; L2 err: distance of the found values to the\n")
                .append("expected optimum (0 best); fit gap %: below the seed's best train fitness (0 best);\n")
                .append("gen gap: |train - test| / |train| of the pick; eff/eval: found fitness per train\n")
                .append("evaluation; rho: Spearman of stress vs true importance ranking; pass: status PASS.\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, String title, List<MethodSummary> rows) {
        sb.append('\n').append(title).append('\n').append(HEADER).append('\n');
        for (MethodSummary s : rows) {
            sb.append(String.format(Locale.ROOT, "  %-14s %3d %12s %6s %12s %14s %8s %9s %6s %7s %7s %5.1f%%",
                    s.method(), s.nRuns(), pm(s.recall(), 3, 2), mean(s.precision(), 3), pm(s.paramL2Error(), 3, 2),
                    pm(s.fitnessGapPct(), 1, 1), mean(s.generalizationGap(), 3), mean(s.sampleEfficiency(), 4),
                    mean(s.nEvaluations(), 0), mean(s.wallSeconds(), 3), signed(s.stressRankSpearman()),
                    100.0 * s.passRate()));
            if (s.nCrashed() > 0) {
                sb.append("  (").append(s.nCrashed()).append(" crashed)");
            }
            sb.append('\n');
        }
    }

    private static String pm(MeanStd m, int meanDigits, int stdDigits) {
        if (m.n() == 0) {
            return "n/a";
        }
        return String.format(Locale.ROOT, "%." + meanDigits + "f+-%." + stdDigits + "f", m.mean(), m.std());
    }

    private static String mean(MeanStd m, int digits) {
        return m.n() == 0 ? "n/a" : String.format(Locale.ROOT, "%." + digits + "f", m.mean());
    }

    private static String signed(MeanStd m) {
        return m.n() == 0 ? "n/a" : String.format(Locale.ROOT, "%+.3f", m.mean());
    }

    private static String gen(GeneralizationGap g) {
        return switch (g.status()) {
            case OK -> String.format(Locale.ROOT, "%.3f", g.value());
            case TRAIN_NEAR_ZERO -> "~0trn";
            case NO_TEST -> "-";
        };
    }

    private static String rho(Double r) {
        return r == null ? "-" : String.format(Locale.ROOT, "%+.3f", r);
    }
}
