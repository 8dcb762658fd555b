package io.omegalock.report;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import java.nio.file.Path;
import java.util.Map;

/**
 * Scorecards for every artifact kind (SPEC §8): pipeline and iterative results, audit reports,
 * study audits and gate verdicts, ours or the Python reference's, given as parsed JSON (plain
 * maps, lists, numbers, booleans, strings and nulls, as {@link Json#parse(Path)} returns them).
 *
 * <p>Both forms show the verdict, best_any against best_feasible, the gate reports, the stress
 * ranking and the train-vs-out-of-sample evidence; sections that do not apply to a kind are
 * left out, and sections that apply but did not run say so. The same artifact always renders
 * to the same text: nothing depends on the time, the locale or hash iteration order.
 */
public final class Scorecards {
    private Scorecards() {
    }

    /**
     * A self-contained HTML5 page: inline CSS, an inline SVG scatter, no scripts and no
     * external resources. Every string from the artifact is escaped with the OWASP encoder, so a
     * parameter named {@code <script>} shows as text. Write it as UTF-8.
     *
     * @param artifact a parsed artifact
     * @return the page
     * @throws BadInputException when the artifact is no known kind (naming what each kind needs)
     *     or a field has the wrong type (naming the field)
     */
    public static String html(Map<String, ?> artifact) {
        return HtmlScorecard.render(card(artifact));
    }

    /**
     * A Markdown scorecard that reads well in a terminal: verdict, facts, best_any vs
     * best_feasible, gates, stress ranking, walk-forward numbers and the plotted pairs. Control
     * characters from the artifact are shown escaped.
     *
     * @param artifact a parsed artifact
     * @return the scorecard, ending with a newline
     * @throws BadInputException when the artifact is no known kind or a field has the wrong type
     */
    public static String text(Map<String, ?> artifact) {
        return TextScorecard.render(card(artifact));
    }

    /**
     * Reads an artifact file for {@link #html} or {@link #text}.
     *
     * @param file a JSON artifact
     * @return its top-level object
     * @throws BadInputException when the file cannot be read, is not JSON, or does not hold an object
     */
    public static Map<String, Object> read(Path file) {
        Object v = Json.parse(file);
        if (!(v instanceof Map<?, ?>)) {
            throw new BadInputException(file + ": expected a JSON object (an Omega-Lock artifact), found "
                    + (v instanceof java.util.List<?> ? "a list" : v == null ? "null" : "a " + v.getClass().getSimpleName()));
        }
        return Fields.asMap(v, file.toString());
    }

    /** @return what the scorecard of this artifact shows */
    static Scorecard card(Map<String, ?> artifact) {
        ArtifactKind kind = ArtifactKind.detect(artifact);
        Map<String, Object> m = Fields.asMap(artifact, kind.label());
        return switch (kind) {
            case PIPELINE_RESULT -> PipelineCard.of(m);
            case ITERATIVE_RESULT -> IterativeCard.of(m);
            case AUDIT_REPORT -> AuditReportCard.of(m);
            case STUDY_AUDIT -> StudyAuditCard.of(m);
            case GATE_VERDICT -> GateVerdictCard.of(m);
        };
    }
}
