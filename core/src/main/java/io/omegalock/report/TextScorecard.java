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
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Scorecard} as Markdown that also reads well in a terminal: headings,
 * bullet facts and pipe tables padded to aligned columns. Control characters and bidirectional
 * overrides from the artifact are shown as {@code \\uXXXX} escapes, so a crafted parameter
 * name cannot move the cursor, recolour the terminal or reorder what the reader sees.
 */
final class TextScorecard {
    /** Transfer pairs beyond this many are summarised rather than listed. */
    private static final int MAX_PAIRS = 20;
    private static final int BAR_WIDTH = 24;

    private TextScorecard() {
    }

    static String render(Scorecard card) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# Omega-Lock scorecard: ").append(card.kind().label()).append("\n\n");
        out.append("**Verdict: ").append(clean(card.verdict().status())).append("**")
                .append(card.verdict().tone() == Scorecard.Tone.WARN ? " (with a warning)" : "").append("\n\n").append(clean(card.verdict().summary())).append("\n");
        facts(card.facts(), out);
        if (card.best() != null) {
            table(card.best(), out);
        }
        if (card.gates() != null) {
            gates(card.gates(), out);
        }
        if (card.stress() != null) {
            stress(card.stress(), out);
        }
        if (card.walkForward() != null) {
            facts(card.walkForward(), out);
        }
        // A study audit's candidates table already lists every plotted pair.
        if (card.scatter() != null && card.kind() != ArtifactKind.STUDY_AUDIT) {
            pairs(card.scatter(), out);
        }
        for (Table t : card.tables()) {
            table(t, out);
        }
        if (!card.notes().isEmpty()) {
            out.append("\n## Notes\n\n");
            for (String n : card.notes()) {
                out.append("- ").append(clean(n)).append('\n');
            }
        }
        return out.toString();
    }

    private static void heading(String title, StringBuilder out) {
        out.append("\n## ").append(clean(title)).append("\n\n");
    }

    private static void note(String note, StringBuilder out, boolean afterTable) {
        if (note != null) {
            out.append(afterTable ? "\n" : "").append(clean(note)).append('\n');
        }
    }

    private static void facts(Facts f, StringBuilder out) {
        heading(f.title(), out);
        int width = 0;
        for (Fact fact : f.facts()) {
            width = Math.max(width, width(clean(fact.label())));
        }
        for (Fact fact : f.facts()) {
            String label = clean(fact.label()) + ":";
            out.append("- ").append(label).append(" ".repeat(width + 2 - width(label))).append(clean(fact.value()))
                    .append('\n');
        }
        note(f.note(), out, !f.facts().isEmpty());
    }

    private static void table(Table t, StringBuilder out) {
        heading(t.title(), out);
        if (!t.rows().isEmpty()) {
            grid(t.headers(), t.rows(), out);
        }
        note(t.note(), out, !t.rows().isEmpty());
    }

    private static void gates(Gates g, StringBuilder out) {
        heading("Gates", out);
        if (!g.rows().isEmpty()) {
            boolean scoped = g.rows().stream().anyMatch(r -> r.scope() != null);
            List<List<String>> rows = new ArrayList<>();
            for (GateRow r : g.rows()) {
                List<String> row = new ArrayList<>();
                if (scoped) {
                    row.add(r.scope() == null ? "" : r.scope());
                }
                row.addAll(List.of(r.name(), r.status(), r.message()));
                rows.add(row);
            }
            List<String> headers = scoped ? List.of("scope", "gate", "status", "message")
                    : List.of("gate", "status", "message");
            grid(headers, rows, out);
        }
        note(g.note(), out, !g.rows().isEmpty());
    }

    private static void stress(Stress s, StringBuilder out) {
        heading("Stress ranking", out);
        if (!s.rows().isEmpty()) {
            double max = 0;
            for (StressRow r : s.rows()) {
                if (Double.isFinite(r.raw())) {
                    max = Math.max(max, r.raw());
                }
            }
            List<List<String>> rows = new ArrayList<>();
            int rank = 1;
            for (StressRow r : s.rows()) {
                int n = max > 0 && Double.isFinite(r.raw()) && r.raw() > 0
                        ? (int) Math.round(BAR_WIDTH * r.raw() / max) : 0;
                rows.add(List.of(String.valueOf(rank++), r.name(), Fmt.num(r.raw()), Fmt.num(r.normalized()),
                        r.unlocked() ? "yes" : "", "#".repeat(n)));
            }
            grid(List.of("#", "parameter", "raw stress", "normalized", "unlocked", "relative"), rows, out);
        }
        note(s.note(), out, !s.rows().isEmpty());
    }

    /** The plotted pairs of a transfer scatter as a table (a sequence plot is only summarised). */
    private static void pairs(Scatter s, StringBuilder out) {
        heading(s.title(), out);
        if (s.transfer() && s.size() > 0) {
            List<List<String>> rows = new ArrayList<>();
            for (Series series : s.series()) {
                for (Point p : series.points()) {
                    if (rows.size() == MAX_PAIRS) {
                        break;
                    }
                    rows.add(List.of(p.id(), Fmt.num(p.x()), Fmt.num(p.y())));
                }
            }
            grid(List.of("point", s.xLabel(), s.yLabel()), rows, out);
            if (s.size() > MAX_PAIRS) {
                out.append("\n(").append(s.size() - MAX_PAIRS).append(" more points in the HTML scorecard)\n");
            }
        } else if (s.size() > 0) {
            for (Series series : s.series()) {
                out.append("- ").append(clean(series.name())).append(": ").append(series.points().size())
                        .append(" points plotted in the HTML scorecard\n");
            }
        }
        note(s.note(), out, s.size() > 0);
    }

    private static void grid(List<String> headers, List<List<String>> rows, StringBuilder out) {
        int[] w = new int[headers.size()];
        List<List<String>> cells = new ArrayList<>();
        cells.add(headers);
        cells.addAll(rows);
        List<List<String>> cleaned = new ArrayList<>();
        for (List<String> row : cells) {
            List<String> c = new ArrayList<>();
            for (int i = 0; i < w.length; i++) {
                String v = i < row.size() ? cell(row.get(i)) : "";
                w[i] = Math.max(w[i], Math.max(3, width(v)));
                c.add(v);
            }
            cleaned.add(c);
        }
        for (int r = 0; r < cleaned.size(); r++) {
            line(cleaned.get(r), w, out);
            if (r == 0) {
                List<String> dashes = new ArrayList<>();
                for (int width : w) {
                    dashes.add("-".repeat(width));
                }
                line(dashes, w, out);
            }
        }
    }

    private static void line(List<String> cells, int[] w, StringBuilder out) {
        out.append('|');
        for (int i = 0; i < w.length; i++) {
            String v = cells.get(i);
            out.append(' ').append(v).append(" ".repeat(w[i] - width(v))).append(" |");
        }
        out.append('\n');
    }

    private static String cell(String s) {
        return clean(s).replace("|", "\\|");
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * @return {@code s} with C0/C1 control characters, DEL and bidirectional controls written
     *     as {@code \\uXXXX}, so the terminal shows them instead of obeying them
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean unsafe = ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || (ch >= 0x202a && ch <= 0x202e)
                    || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x200e || ch == 0x200f || ch == 0x061c;
            if (unsafe && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (unsafe) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
