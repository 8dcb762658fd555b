package io.omegalock.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.audit.AuditReport;
import io.omegalock.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every artifact in the fixtures (the reference's pipeline, iterative and audit outputs, the
 * awkward hash-chain report, and the independently computed Optuna study audits) renders to an
 * HTML page whose structure matches the artifact, parsed by jsoup as a browser would.
 */
class HtmlScorecardFixturesTest {

    static Stream<Named<Path>> everyFixtureArtifact() throws IOException {
        Path root = Fixtures.root();
        List<Path> files;
        try (Stream<Path> ref = Files.walk(root.resolve("reference"));
             Stream<Path> optuna = Files.list(root.resolve("optuna/expected"))) {
            files = Stream.concat(
                    ref.filter(p -> p.toString().endsWith(".json"))
                            .filter(p -> !p.getParent().getFileName().toString().equals("specs"))
                            .filter(p -> !p.getFileName().toString().equals("unit_cases.json")),
                    optuna.filter(p -> p.getFileName().toString().endsWith(".expected.json")))
                    .sorted().toList();
        }
        return files.stream().map(p -> Named.of(root.relativize(p).toString(), p));
    }

    @ParameterizedTest
    @MethodSource("everyFixtureArtifact")
    void renderedPageMatchesTheArtifact(Path file) {
        Map<String, Object> artifact = Scorecards.read(file);
        String html = Scorecards.html(artifact);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("#verdict .status").text()).isEqualTo(expectedStatus(file, artifact));
        assertThat(doc.select("#verdict").hasClass("pass")).isEqualTo(expectedStatus(file, artifact).equals("PASS")
                && !"NOT_RUN".equals(artifact.get("pearson_status")));
        assertThat(doc.select("#gates tbody tr")).hasSize(gateReports(artifact));
        Element svg = doc.selectFirst("#scatter svg");
        int points = plottablePoints(artifact);
        if (points == 0) {
            assertThat(svg).isNull();
        } else {
            assertThat(svg).isNotNull();
            assertThat(svg.select("circle")).hasSize(points);
            assertThat(svg.select("circle > title")).hasSize(points);
            assertThat(svg.select("text.axis-label")).hasSize(2);
        }
        assertSelfContained(doc, html);
    }

    @ParameterizedTest
    @MethodSource("everyFixtureArtifact")
    void sameArtifactGivesTheSameBytes(Path file) {
        String first = Scorecards.html(Scorecards.read(file));
        assertThat(Scorecards.html(Scorecards.read(file))).isEqualTo(first);
        assertThat(Scorecards.text(Scorecards.read(file))).isEqualTo(Scorecards.text(Scorecards.read(file)));
    }

    /** No scripts, no handlers, nothing fetched: the page must read the same offline. */
    static void assertSelfContained(Document doc, String html) {
        assertThat(doc.select("script, link, iframe, object, embed, img, base, meta[http-equiv]")).isEmpty();
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                assertThat(a.getKey()).as("event handler attribute on <%s>", e.tagName()).doesNotStartWith("on");
                if (List.of("src", "href", "xlink:href", "action", "formaction").contains(a.getKey())) {
                    assertThat(a.getValue()).as("%s of <%s>", a.getKey(), e.tagName()).doesNotContain("http")
                            .doesNotStartWith("//");
                }
            });
        }
        assertThat(html).doesNotContain("url(").doesNotContain("@import");
        assertThat(doc.select("style")).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static String expectedStatus(Path file, Map<String, Object> a) {
        if (a.containsKey("final_status")) {
            return (String) a.get("final_status");
        }
        if (a.containsKey("kc_reports")) {
            return (String) a.get("status");
        }
        if (a.containsKey("runs")) {
            // Independently: the audit package's own reading of the report.
            AuditReport r = AuditReport.read(file);
            boolean chainOk = r.storedChain() == null || r.verifyStoredChain().ok();
            if (chainOk && r.bestFeasible().isPresent()) {
                return "PASS";
            }
            assertThat(r.bestFeasible()).isEmpty();
            return "FAIL: no feasible call";
        }
        // A study audit: these fixtures carry no kc_report, so the status is plain PASS / FAIL.
        return Boolean.TRUE.equals(a.get("passed")) ? "PASS" : "FAIL";
    }

    @SuppressWarnings("unchecked")
    private static int gateReports(Map<String, Object> a) {
        if (a.containsKey("rounds")) {
            return ((List<Map<String, Object>>) a.get("rounds")).stream()
                    .mapToInt(HtmlScorecardFixturesTest::gateReports).sum();
        }
        if (a.containsKey("kc_reports")) {
            // A holdout in gate mode decides the status too, so it has a row of its own.
            Map<String, Object> h = (Map<String, Object>) a.get("holdout_result");
            return ((List<Object>) a.get("kc_reports")).size() + (h != null && "gate".equals(h.get("mode")) ? 1 : 0);
        }
        return a.get("kc_report") == null ? 0 : 1;
    }

    @SuppressWarnings("unchecked")
    private static int plottablePoints(Map<String, Object> a) {
        if (a.containsKey("rounds")) {
            List<Map<String, Object>> rounds = (List<Map<String, Object>>) a.get("rounds");
            return rounds.isEmpty() ? 0 : plottablePoints(rounds.get(rounds.size() - 1));
        }
        if (a.containsKey("kc_reports")) {
            Map<String, Object> wf = (Map<String, Object>) a.get("walk_forward");
            return wf == null ? 0 : finitePairs((List<Object>) wf.get("train_fitnesses"),
                    (List<Object>) wf.get("test_fitnesses"));
        }
        if (a.containsKey("runs")) {
            return (int) ((List<Map<String, Object>>) a.get("runs")).stream()
                    .filter(r -> r.get("fitness") instanceof Number n && Double.isFinite(n.doubleValue())).count();
        }
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) a.get("candidates");
        return (int) candidates.stream().filter(c -> c.get("train_value") instanceof Number
                && c.get("holdout_value") instanceof Number).count();
    }

    private static int finitePairs(List<Object> x, List<Object> y) {
        int n = 0;
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (x.get(i) instanceof Number a && y.get(i) instanceof Number b && Double.isFinite(a.doubleValue())
                    && Double.isFinite(b.doubleValue())) {
                n++;
            }
        }
        return n;
    }
}
