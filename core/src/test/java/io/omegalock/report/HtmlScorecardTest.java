package io.omegalock.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.testing.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What the HTML scorecard shows for situations the fixtures do not cover. */
class HtmlScorecardTest {

    @Test
    void caseStudyPageShowsTheFailureAndBothBests() {
        Map<String, Object> artifact = Artifacts.caseStudy();
        Document doc = Jsoup.parse(Scorecards.html(artifact));
        assertThat(doc.select("#verdict").hasClass("fail")).isTrue();
        assertThat(doc.select("#verdict .status").text()).isEqualTo("FAIL:KC-4");
        assertThat(doc.select("#best tbody tr").eachText()).hasSize(3);
        assertThat(doc.select("#best tbody tr").get(1).text()).isEqualTo("best_feasible 5.232723 1 216 bias=0.0, gain=3.0 none");
        assertThat(doc.select("#gates tbody tr .chip.fail").eachText()).containsExactly("FAIL");
        assertThat(doc.select("#scatter svg circle")).hasSize(10);
        // Test fitness collapses below every train fitness of the top 10, so y = x is off the chart.
        assertThat(doc.select("#scatter svg line.y-equals-x")).isEmpty();
        assertThat(doc.select("#scatter .legend li").eachText()).contains("y = x lies outside the plotted ranges");
        assertThat(doc.select("#scatter svg line.fit")).hasSize(1);
        assertThat(doc.select("#scatter svg circle title").first().text())
                .isEqualTo("top-1: train 5.966993, test 1.486");
        assertThat(doc.select("#stress tbody tr")).hasSize(3);
        assertThat(doc.select("#stress tbody tr").first().select(".bar span").attr("style")).isEqualTo("width:100.0%");
        assertThat(doc.title()).isEqualTo("Omega-Lock scorecard: pipeline result FAIL:KC-4");
    }

    @Test
    void transferPlotsDrawTheIdentityAndTheFittedLine() {
        Document doc = Jsoup.parse(Scorecards.html(Scorecards.read(Fixtures.root().resolve("reference/quad_basic/result.json"))));
        assertThat(doc.select("#scatter svg line.y-equals-x")).hasSize(1);
        assertThat(doc.select("#scatter svg line.fit")).hasSize(1);
        assertThat(doc.select("#scatter .legend li").eachText())
                .containsExactly("10 candidates (10 plotted)", "y = x (out of sample equals train)",
                        "least-squares line (slope 0.872362)");
    }

    @Test
    void aRunStoppedAtKc2SaysWhatDidNotRun() {
        Map<String, Object> r = Artifacts.caseStudy();
        r.put("status", "FAIL:KC-2");
        r.put("grid_results", List.of());
        r.put("grid_best", null);
        r.put("best_any", null);
        r.put("best_feasible", null);
        r.put("walk_forward", null);
        r.put("holdout_result", null);
        Document doc = Jsoup.parse(Scorecards.html(r));
        assertThat(doc.select("#verdict .status").text()).isEqualTo("FAIL:KC-2");
        assertThat(doc.select("#best .not-run").text()).startsWith("Not run: the run stopped at KC-2 before the search.");
        assertThat(doc.select("#scatter svg")).isEmpty();
        assertThat(doc.select("#scatter .not-run").text()).isEqualTo("Not run: the run stopped at KC-2 before the search.");
        assertThat(doc.select("#walk-forward .not-run").text()).isEqualTo("Not run: the run stopped at KC-2 before the search.");
        assertThat(doc.select("#stress tbody tr")).hasSize(3);
    }

    @Test
    void aStudyAuditWithoutHoldoutIsAmberNotGreen() {
        Map<String, Object> s = Artifacts.hostileStudy();
        s.put("passed", true);
        s.put("kc_report", Map.of("name", "KC-4", "status", "SKIP", "message", "SKIP: no holdout scorer", "detail", Map.of()));
        s.put("holdout_evaluated", false);
        s.put("pearson", null);
        s.put("pearson_status", "NOT_RUN");
        List<Object> candidates = new ArrayList<>();
        for (Object c : (List<?>) s.get("candidates")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = new java.util.LinkedHashMap<>((Map<String, Object>) c);
            m.put("holdout_value", null);
            candidates.add(m);
        }
        s.put("candidates", candidates);
        Document doc = Jsoup.parse(Scorecards.html(s));
        assertThat(doc.select("#verdict").hasClass("warn")).isTrue();
        assertThat(doc.select("#verdict .status").text()).isEqualTo("PASS");
        assertThat(doc.select("#verdict .summary").text()).contains("no holdout scorer was given");
        assertThat(doc.select("#scatter svg")).isEmpty();
        assertThat(doc.select("#scatter .not-run").text()).isEqualTo("Not run: no holdout scorer was given.");
        assertThat(doc.select("#gates tbody tr")).hasSize(1);
        assertThat(Scorecards.text(s)).contains("**Verdict: PASS** (with a warning)")
                .contains("- Pearson(train, holdout): not measured (NOT_RUN)\n");
    }

    @Test
    void aStudyAuditSkipsTheNonFinitePoint() {
        Document doc = Jsoup.parse(Scorecards.html(Artifacts.hostileStudy()));
        assertThat(doc.select("#scatter svg circle")).hasSize(3);
        assertThat(doc.select("#scatter .note").text()).isEqualTo("1 trial is not plotted (missing or non-finite value).");
        assertThat(doc.select("#candidates tbody tr")).hasSize(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTamperedAuditReportFailsItsBanner() {
        Map<String, Object> a = Scorecards.read(Fixtures.root().resolve("reference/quad_basic/audit.json"));
        List<Object> runs = new ArrayList<>((List<Object>) a.get("runs"));
        Map<String, Object> edited = new java.util.LinkedHashMap<>((Map<String, Object>) runs.get(5));
        edited.put("fitness", 99.0);
        runs.set(5, edited);
        a.put("runs", runs);
        Document doc = Jsoup.parse(Scorecards.html(a));
        assertThat(doc.select("#verdict").hasClass("fail")).isTrue();
        assertThat(doc.select("#verdict .status").text()).startsWith("FAIL: hash chain broken at entry 5: hash mismatch");
    }

    @Test
    void anAuditReportWithoutAChainSaysSo() {
        Document doc = Jsoup.parse(Scorecards.html(Artifacts.hostileAudit()));
        assertThat(doc.select("#verdict .status").text()).isEqualTo("PASS");
        assertThat(doc.select("#verdict .summary").text()).isEqualTo("3 calls, 2 feasible; hash chain absent.");
        assertThat(doc.select("#gates")).isEmpty();
        assertThat(doc.select("#scatter svg circle")).hasSize(3);
        assertThat(doc.select("#scatter svg line")).noneMatch(l -> l.hasClass("fit") || l.hasClass("y-equals-x"));
        assertThat(doc.select("#calls-by-role tbody tr").eachText()).containsExactly("train 2 1 0", "test 1 1 0");
        assertThat(doc.select("#best tbody tr").get(1).text()).contains("best_feasible 2.0 10 2 test / walk_forward");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unorderedMapsRenderInAStableOrder() {
        Map<String, Object> artifact = Artifacts.hostileAudit();
        String fromTree = Scorecards.html((Map<String, Object>) deepCopy(artifact, true));
        String fromHash = Scorecards.html((Map<String, Object>) deepCopy(artifact, false));
        assertThat(fromHash).isEqualTo(fromTree);
    }

    @SuppressWarnings("unchecked")
    private static Object deepCopy(Object v, boolean tree) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = tree ? new TreeMap<>() : new HashMap<>();
            m.forEach((k, x) -> out.put((String) k, deepCopy(x, tree)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(deepCopy(x, tree)));
            return out;
        }
        return v;
    }
}
