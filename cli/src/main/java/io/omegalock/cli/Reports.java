package io.omegalock.cli;

import java.util.Map;

/** The seam to the scorecard renderers. */
final class Reports {
    private Reports() {
    }

    static String html(Map<String, Object> artifact) {
        return io.omegalock.report.Scorecards.html(artifact);
    }

    static String text(Map<String, Object> artifact) {
        return io.omegalock.report.Scorecards.text(artifact);
    }
}
