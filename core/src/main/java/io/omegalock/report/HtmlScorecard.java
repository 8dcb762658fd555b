package io.omegalock.report;

import io.omegalock.json.PyFloat;
import io.omegalock.report.Scorecard.Fact;
import io.omegalock.report.Scorecard.Facts;
import io.omegalock.report.Scorecard.GateRow;
import io.omegalock.report.Scorecard.Gates;
import io.omegalock.report.Scorecard.Scatter;
import io.omegalock.report.Scorecard.Stress;
import io.omegalock.report.Scorecard.StressRow;
import io.omegalock.report.Scorecard.Table;
import java.util.List;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Renders a {@link Scorecard} as one self-contained HTML5 page: inline CSS, inline SVG, no
 * scripts, no external resources, nothing that depends on when or where it is rendered. Every
 * string that comes from the artifact goes through the OWASP encoder for its context.
 */
final class HtmlScorecard {
    private static final String CSS = String.join("\n",
            "*{box-sizing:border-box}",
            "body{margin:0;background:#f3f4f6;color:#1f2328;font:15px/1.45 system-ui,-apple-system,'Segoe UI',"
                    + "Roboto,'DejaVu Sans',sans-serif}",
            "main{max-width:1120px;margin:0 auto;padding:24px}",
            ".banner{border-radius:10px;padding:18px 24px;color:#fff;margin-bottom:20px}",
            ".banner.pass{background:#1a7f37}.banner.fail{background:#c62828}.banner.warn{background:#9a6700}",
            ".banner p{margin:0}.banner .kind{font-size:13px;letter-spacing:.06em;text-transform:uppercase;opacity:.9}",
            ".banner .status{font-size:34px;font-weight:700;margin:4px 0;overflow-wrap:anywhere}",
            ".banner .summary{font-size:16px;overflow-wrap:anywhere}",
            "section{background:#fff;border:1px solid #d0d7de;border-radius:10px;padding:14px 20px;margin-bottom:18px}",
            "h2{font-size:18px;margin:0 0 10px}",
            "table{border-collapse:collapse;width:100%;font-size:14px}",
            "th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e5e7eb;vertical-align:top}",
            "td{overflow-wrap:anywhere}",
            "th{background:#f6f8fa;font-weight:600;white-space:nowrap}",
            "td.num{font-variant-numeric:tabular-nums;white-space:nowrap}",
            "table.kv th{width:30%;background:none;font-weight:600;color:#57606a}",
            ".chip{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:700;color:#fff;"
                    + "background:#6e7781}",
            ".chip.pass{background:#1a7f37}.chip.fail{background:#c62828}.chip.skip{background:#6e7781}"
                    + ".chip.advisory{background:#0969da}",
            ".bar{background:#eaeef2;border-radius:3px;height:12px;min-width:160px}",
            ".bar span{display:block;height:12px;border-radius:3px;background:#0072B2}",
            ".note{color:#57606a;font-size:13px;margin:8px 0 0}",
            ".not-run{color:#57606a;font-style:italic;margin:0}",
            "svg.scatter{display:block;max-width:100%;height:auto}",
            "svg .tick{font-size:12px;fill:#57606a}svg .axis-label{font-size:14px;fill:#1f2328}",
            ".legend{list-style:none;padding:0;margin:6px 0 0;display:flex;flex-wrap:wrap;gap:6px 18px;font-size:13px}",
            ".swatch{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px;"
                    + "vertical-align:-1px}",
            ".stroke{display:inline-block;width:22px;margin-right:6px;vertical-align:4px;border-top:2px solid #444444}",
            ".stroke.dashed{border-top:2px dashed #888888}",
            "footer{color:#57606a;font-size:12px;text-align:center;padding:8px 0 24px}",
            "ul.notes{margin:0;padding-left:20px}");

    private HtmlScorecard() {
    }

    /** @return {@code s} encoded for HTML text and quoted attributes; empty for null */
    static String esc(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }

    static String render(Scorecard card) {
        StringBuilder out = new StringBuilder(16 * 1024);
        String kind = card.kind().label();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Omega-Lock scorecard: ").append(esc(kind)).append(" ").append(esc(card.verdict().status()))
                .append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
        String tone = card.verdict().tone().name().toLowerCase(Locale.ROOT);
        out.append("<header id=\"verdict\" class=\"banner ").append(tone).append("\">\n")
                .append("<p class=\"kind\">Omega-Lock scorecard: ").append(esc(kind)).append("</p>\n")
                .append("<p class=\"status\">").append(esc(card.verdict().status())).append("</p>\n")
                .append("<p class=\"summary\">").append(esc(card.verdict().summary())).append("</p>\n</header>\n");
        facts("facts", card.facts(), out);
        if (card.best() != null) {
            table(card.best(), out);
        }
        if (card.gates() != null) {
            gates(card.gates(), out);
        }
        if (card.stress() != null) {
            stress(card.stress(), out);
        }
        if (card.scatter() != null) {
            scatter(card.scatter(), out);
        }
        if (card.walkForward() != null) {
            facts("walk-forward", card.walkForward(), out);
        }
        for (Table t : card.tables()) {
            table(t, out);
        }
        if (!card.notes().isEmpty()) {
            out.append("<section id=\"notes\">\n<h2>Notes</h2>\n<ul class=\"notes\">\n");
            for (String n : card.notes()) {
                out.append("<li>").append(esc(n)).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        out.append("</main>\n<footer>Omega-Lock scorecard (").append(esc(kind))
                .append("). Self-contained: no scripts, no external resources.</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void open(String id, String title, StringBuilder out) {
        out.append("<section id=\"").append(esc(id)).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    }

    private static void note(String note, boolean empty, StringBuilder out) {
        if (note != null) {
            out.append("<p class=\"").append(empty ? "not-run" : "note").append("\">").append(esc(note)).append("</p>\n");
        }
    }

    private static void facts(String id, Facts f, StringBuilder out) {
        open(id, f.title(), out);
        if (!f.facts().isEmpty()) {
            out.append("<table class=\"kv\">\n<tbody>\n");
            for (Fact fact : f.facts()) {
                out.append("<tr><th scope=\"row\">").append(esc(fact.label())).append("</th><td>")
                        .append(esc(fact.value())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        note(f.note(), f.facts().isEmpty(), out);
        out.append("</section>\n");
    }

    private static void table(Table t, StringBuilder out) {
        open(t.id(), t.title(), out);
        if (!t.rows().isEmpty()) {
            out.append("<table class=\"").append(esc(t.id())).append("\">\n<thead><tr>");
            for (String h : t.headers()) {
                out.append("<th>").append(esc(h)).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : t.rows()) {
                out.append("<tr>");
                for (int i = 0; i < row.size(); i++) {
                    boolean head = i == 0 && t.headers().get(0).isEmpty();
                    out.append(head ? "<th scope=\"row\">" : numeric(row.get(i)) ? "<td class=\"num\">" : "<td>")
                            .append(esc(row.get(i))).append(head ? "</th>" : "</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        note(t.note(), t.rows().isEmpty(), out);
        out.append("</section>\n");
    }

    /** Numbers (and the absent mark) never wrap, so narrow columns stay legible. */
    private static boolean numeric(String s) {
        return s.equals(Fmt.NONE) || s.matches("[-+]?(\\d+(\\.\\d*)?([eE][-+]?\\d+)?|NaN|Infinity)");
    }

    private static void gates(Gates g, StringBuilder out) {
        open("gates", "Gates", out);
        if (!g.rows().isEmpty()) {
            boolean scoped = g.rows().stream().anyMatch(r -> r.scope() != null);
            out.append("<table class=\"gates\">\n<thead><tr>").append(scoped ? "<th>scope</th>" : "")
                    .append("<th>gate</th><th>status</th><th>message</th></tr></thead>\n<tbody>\n");
            for (GateRow r : g.rows()) {
                out.append("<tr>");
                if (scoped) {
                    out.append("<td>").append(esc(r.scope() == null ? "" : r.scope())).append("</td>");
                }
                out.append("<td>").append(esc(r.name())).append("</td><td><span class=\"chip ")
                        .append(chip(r.status())).append("\">").append(esc(r.status())).append("</span></td><td>")
                        .append(esc(r.message())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        note(g.note(), g.rows().isEmpty(), out);
        out.append("</section>\n");
    }

    private static String chip(String status) {
        return switch (status) {
            case "PASS" -> "pass";
            case "FAIL" -> "fail";
            case "ADVISORY" -> "advisory";
            default -> "skip";
        };
    }

    private static void stress(Stress s, StringBuilder out) {
        open("stress", "Stress ranking", out);
        if (!s.rows().isEmpty()) {
            double max = 0;
            for (StressRow r : s.rows()) {
                if (Double.isFinite(r.raw())) {
                    max = Math.max(max, r.raw());
                }
            }
            out.append("<table class=\"stress\">\n<thead><tr><th>#</th><th>parameter</th><th>raw stress</th>")
                    .append("<th>normalized</th><th>unlocked</th><th>relative to the largest</th></tr></thead>\n<tbody>\n");
            int rank = 1;
            for (StressRow r : s.rows()) {
                double pct = max > 0 && Double.isFinite(r.raw()) && r.raw() > 0 ? 100 * r.raw() / max : 0;
                out.append("<tr><td class=\"num\">").append(rank++).append("</td><td>").append(esc(r.name()))
                        .append("</td><td class=\"num\" title=\"").append(esc(Fmt.exact(r.raw()))).append("\">")
                        .append(esc(Fmt.num(r.raw()))).append("</td><td class=\"num\">").append(esc(Fmt.num(r.normalized())))
                        .append("</td><td>").append(r.unlocked() ? "yes" : "").append("</td><td><div class=\"bar\">")
                        .append("<span style=\"width:").append(PyFloat.format(pct, 1)).append("%\"></span></div></td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        note(s.note(), s.rows().isEmpty(), out);
        out.append("</section>\n");
    }

    private static void scatter(Scatter s, StringBuilder out) {
        open("scatter", s.title(), out);
        if (s.size() > 0) {
            SvgScatter.render(s, out);
            out.append("<ul class=\"legend\">\n");
            for (int i = 0; i < s.series().size(); i++) {
                out.append("<li><span class=\"swatch\" style=\"background:")
                        .append(SvgScatter.COLOURS.get(i % SvgScatter.COLOURS.size())).append("\"></span>")
                        .append(esc(s.series().get(i).name())).append(" (").append(s.series().get(i).points().size())
                        .append(" plotted)</li>\n");
            }
            if (s.transfer()) {
                out.append(SvgScatter.identityVisible(s)
                        ? "<li><span class=\"stroke dashed\"></span>y = x (out of sample equals train)</li>\n"
                        : "<li>y = x lies outside the plotted ranges</li>\n");
                SvgScatter.Fit f = SvgScatter.fit(s);
                if (f != null) {
                    out.append("<li><span class=\"stroke\"></span>least-squares line (slope ")
                            .append(esc(Fmt.num(f.slope()))).append(")</li>\n");
                }
            }
            out.append("</ul>\n");
        }
        note(s.note(), s.size() == 0, out);
        out.append("</section>\n");
    }
}
