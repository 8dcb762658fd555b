package io.omegalock.report;

import java.util.List;

/**
 * What a scorecard shows, extracted from one artifact and already formatted, so the text and
 * HTML renderers only lay it out. A null section does not apply to the artifact kind and is
 * left out; a section with no rows shows its note (for example "not run: no test target").
 *
 * @param kind        the artifact kind
 * @param verdict     the banner
 * @param facts       what the artifact is about (method, counts, holdout, ...)
 * @param best        best_any vs best_feasible, or null
 * @param gates       the gate reports, or null
 * @param stress      the stress ranking, or null
 * @param scatter     train vs test/holdout (or fitness by call), or null
 * @param walkForward the walk-forward (or holdout transfer) numbers, or null
 * @param tables      further tables (constraints, calls by role), in order
 * @param notes       advisories and caveats, in order
 */
record Scorecard(ArtifactKind kind, Verdict verdict, Facts facts, Table best, Gates gates, Stress stress,
                 Scatter scatter, Facts walkForward, List<Table> tables, List<String> notes) {

    Scorecard {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** How the banner is coloured. */
    enum Tone {
        /** Green: the artifact passed. */
        PASS,
        /** Red: the artifact failed. */
        FAIL,
        /** Amber: nothing failed, but the evidence that would decide was not gathered. */
        WARN
    }

    /**
     * @param tone    the colour
     * @param status  the status text, exactly as the artifact states it where it has one
     * @param summary one sentence under the status
     */
    record Verdict(Tone tone, String status, String summary) {
    }

    /**
     * @param label what
     * @param value its formatted value
     */
    record Fact(String label, String value) {
    }

    /**
     * @param title the section heading
     * @param facts label/value pairs, in order
     * @param note  shown when there are no facts, or as a caption, or null
     */
    record Facts(String title, List<Fact> facts, String note) {
        Facts {
            facts = List.copyOf(facts);
        }
    }

    /**
     * @param id      a stable id for the section (HTML anchor)
     * @param title   the heading
     * @param headers column headers
     * @param rows    cells, each row as long as the headers
     * @param note    a caption, or the reason the table is empty, or null
     */
    record Table(String id, String title, List<String> headers, List<List<String>> rows, String note) {
        Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * @param scope   a qualifier such as {@code round 2}, or null
     * @param name    the gate name
     * @param status  PASS, FAIL, SKIP, ADVISORY, or whatever the artifact says
     * @param message the gate's message
     */
    record GateRow(String scope, String name, String status, String message) {
    }

    /**
     * @param rows one per gate report, in artifact order
     * @param note shown when there are none, or as a caption, or null
     */
    record Gates(List<GateRow> rows, String note) {
        Gates {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param name       the parameter
     * @param raw        raw stress (non-finite allowed)
     * @param normalized normalized stress, or null when the artifact has none
     * @param unlocked   whether the run unlocked (searched) this parameter
     */
    record StressRow(String name, double raw, Double normalized, boolean unlocked) {
    }

    /**
     * @param rows ranked by raw stress, highest first
     * @param note a caption, or why there is no ranking, or null
     */
    record Stress(List<StressRow> rows, String note) {
        Stress {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param x     the horizontal value
     * @param y     the vertical value
     * @param id    a short name ({@code top-1}, {@code trial 51}, {@code call 12})
     * @param label the tooltip
     */
    record Point(double x, double y, String id, String label) {
    }

    /**
     * @param name   the legend entry
     * @param points finite points only, in artifact order
     */
    record Series(String name, List<Point> points) {
        Series {
            points = List.copyOf(points);
        }
    }

    /**
     * @param title    the heading
     * @param xLabel   horizontal axis label
     * @param yLabel   vertical axis label
     * @param series   one or more series
     * @param transfer true for train-vs-out-of-sample plots, which get a y = x reference and a
     *                 least-squares line; false for a sequence (fitness by call index)
     * @param note     a caption (what was left out and why), or why nothing is plotted, or null
     */
    record Scatter(String title, String xLabel, String yLabel, List<Series> series, boolean transfer, String note) {
        Scatter {
            series = List.copyOf(series);
        }

        /** @return the number of plotted points */
        int size() {
            return series.stream().mapToInt(s -> s.points().size()).sum();
        }
    }
}
