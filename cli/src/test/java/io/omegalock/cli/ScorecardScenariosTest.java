package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.gate.PValues;
import io.omegalock.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two things a new user did, end to end through the command line, with what the scorecards must
 * then say. The expected words come from the artifacts the commands wrote.
 */
class ScorecardScenariosTest {
    @TempDir
    Path dir;

    /**
     * A zooming-grid run whose holdout gate (min_fitness 5) fails it: the Gates table and the
     * banner's count must show the failing HOLDOUT gate, in HTML and in text.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aRunFailedByItsHoldoutGateShowsTheHoldoutGate() throws IOException {
        Path spec = dir.resolve("zoom.yaml");
        Files.writeString(spec, String.join("\n", "targets:", "  train: {builtin: quad12}", "  test: {builtin: quad12}",
                "  holdout: {builtin: quad12}", "search: {method: zooming_grid, points_per_axis: 5, zoom_rounds: 3}",
                "thresholds: {preset: pure_objective}", "holdout: {mode: gate, min_fitness: 5}", ""));
        Path out = dir.resolve("r.json");
        Path html = dir.resolve("r.html");
        Cli.Run run = Cli.run("run", spec.toString(), "--out", out.toString(), "--report", html.toString(), "--quiet");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        Map<String, Object> r = (Map<String, Object>) Json.parse(out);
        assertThat(r.get("status")).isEqualTo("FAIL:HOLDOUT");
        Map<String, Object> holdout = (Map<String, Object>) r.get("holdout_result");
        String reason = ((List<String>) holdout.get("gate_failed_reasons")).get(0);
        List<Object> reports = (List<Object>) r.get("kc_reports");
        long passing = reports.stream().filter(g -> "PASS".equals(((Map<String, Object>) g).get("status"))).count();
        long skipped = reports.stream().filter(g -> "SKIP".equals(((Map<String, Object>) g).get("status"))).count();
        assertThat(passing + skipped).as("every kc_report passed or was skipped").isEqualTo(reports.size());
        String count = (reports.size() + 1) + " gates: " + passing + " PASS, 1 FAIL" + (skipped > 0 ? ", " + skipped
                + " SKIP" : "");
        // The run's own summary lists the holdout gate with the others.
        assertThat(run.out()).containsPattern("HOLDOUT\\s+FAIL\\s+" + java.util.regex.Pattern.quote(reason));

        Document doc = Jsoup.parse(Files.readString(html));
        assertThat(doc.select("#verdict .status").text()).isEqualTo("FAIL:HOLDOUT");
        assertThat(doc.select("#verdict .summary").text()).startsWith("Failed: HOLDOUT (" + reason + "). " + count);
        Element last = doc.select("#gates tbody tr").last();
        assertThat(last.select("td").eachText()).containsExactly("HOLDOUT", "FAIL", "FAIL: " + reason);
        assertThat(doc.select("#gates tbody tr")).hasSize(reports.size() + 1);

        Cli.Run text = Cli.run("report", "--input", out.toString(), "--format", "text");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Failed: HOLDOUT (" + reason + "). " + count)
                .containsPattern("\\| HOLDOUT \\| FAIL\\s+\\| FAIL: " + java.util.regex.Pattern.quote(reason));
    }

    /**
     * {@code gate --test spearman --report gate.html}: the banner names the Spearman permutation
     * test with its statistic and p-value, and the p-value reads the same in the banner, the
     * reasons and the gate row (never 0.0000).
     */
    @Test
    @SuppressWarnings("unchecked")
    void aSpearmanGateVerdictNamesTheTestThatDecidedIt() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.writeString(a, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
        Files.writeString(b, "[0.48, 2.09, 2.74, 4.21, 5.25, 5.13, 6.03, 8.67, 8.52, 9.47]");
        Path html = dir.resolve("gate.html");
        Path json = dir.resolve("gate.json");
        Cli.Run run = Cli.run("gate", "--train", a.toString(), "--holdout", b.toString(), "--test", "spearman",
                "--report", html.toString(), "--json", json.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, Object> v = (Map<String, Object>) Json.parse(json);
        Map<String, Object> detail = (Map<String, Object>) ((Map<String, Object>) v.get("kc_report")).get("detail");
        double p = ((Number) detail.get("p_value")).doubleValue();
        assertThat(p).isPositive().isLessThan(1e-4);
        String shown = PValues.format(p);
        assertThat(shown).doesNotStartWith("0.0");

        Document doc = Jsoup.parse(Files.readString(html));
        String summary = doc.select("#verdict .summary").text();
        assertThat(summary).startsWith("Decided by the one-sided Spearman permutation test: spearman = ")
                .contains("p = " + shown + " <= alpha 0.05")
                .contains(detail.get("at_least_as_extreme") + " of 3628800 orderings")
                .contains("Pearson(train, holdout) = ").endsWith("for context only.");
        assertThat(doc.select("#gates tbody tr td").get(2).text()).contains("p=" + shown);
        assertThat(String.join(" ", (List<String>) v.get("reasons"))).contains("p-value " + shown);
        assertThat(run.out()).contains("p-value " + shown).contains("(context; not the deciding test)")
                .doesNotContain("0.0000");
        assertThat(Files.readString(html)).doesNotContain("0.0000").doesNotContain("p&lt;");
    }
}
