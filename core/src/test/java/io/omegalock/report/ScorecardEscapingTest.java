package io.omegalock.report;

import static io.omegalock.report.Artifacts.IMG_CONSTRAINT;
import static io.omegalock.report.Artifacts.SCRIPT_PARAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report must never execute or restructure what an artifact says: parameter and constraint
 * names, messages and study names are shown as text in every kind of scorecard.
 */
class ScorecardEscapingTest {

    static Stream<Named<Map<String, Object>>> hostileArtifactOfEveryKind() {
        return Stream.of(
                Named.of("pipeline result", Artifacts.hostilePipeline()),
                Named.of("audit report", Artifacts.hostileAudit()),
                Named.of("study audit", Artifacts.hostileStudy()),
                Named.of("gate verdict", Artifacts.gateVerdict(false, 0.1, List.of(1.0, 2.0, 3.0),
                        List.of(3.0, 1.0, 2.0), List.of("pearson 0.1 < 0.3 for " + SCRIPT_PARAM, IMG_CONSTRAINT))));
    }

    @ParameterizedTest
    @MethodSource("hostileArtifactOfEveryKind")
    void hostileNamesRenderAsText(Map<String, Object> artifact) {
        String html = Scorecards.html(artifact);
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        HtmlScorecardFixturesTest.assertSelfContained(doc, html);
        assertThat(doc.body().text()).contains(SCRIPT_PARAM);
        assertThat(html).doesNotContain(SCRIPT_PARAM).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(doc.body().text()).contains(IMG_CONSTRAINT);
        assertThat(html).doesNotContain(IMG_CONSTRAINT).doesNotContain("<img");
        // Tooltips are text too: the <title> of a point must hold the name as characters.
        doc.select("svg title").forEach(t -> assertThat(t.children()).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("hostileArtifactOfEveryKind")
    void hostileNamesAppearLiterallyInTheTextScorecard(Map<String, Object> artifact) {
        String text = Scorecards.text(artifact);
        assertThat(text).contains(SCRIPT_PARAM);
    }

    @Test
    void theHostileParameterIsEverywhereItShouldBe() {
        Document doc = Jsoup.parse(Scorecards.html(Artifacts.hostilePipeline()));
        assertThat(doc.select("#best tbody tr").get(0).text()).contains(SCRIPT_PARAM + "=8.0")
                .contains(IMG_CONSTRAINT);
        assertThat(doc.select("#stress tbody td").eachText()).contains(SCRIPT_PARAM);
        assertThat(doc.select("#gates tbody tr").last().text()).contains(IMG_CONSTRAINT);
        // The table keeps its shape: a name cannot close a cell or a row.
        assertThat(doc.select("#best tbody tr")).allSatisfy(tr -> assertThat(tr.children()).hasSize(6));
    }

    @Test
    void terminalControlCharactersAreShownNotObeyed() {
        String esc = "\u001b[2J\u001b[31mred";
        String rlo = "abc\u202edcba";
        Map<String, Object> artifact = Artifacts.gateVerdict(false, null, List.of(1.0, 1.0), List.of(2.0, 3.0),
                List.of(esc, rlo, "a|b\nc"));
        String text = Scorecards.text(artifact);
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u202e")
                .contains("\\u001b[2J\\u001b[31mred").contains("abc\\u202edcba").contains("a|b\\u000ac");
        String html = Scorecards.html(artifact);
        assertThat(html).doesNotContain("\u001b");
    }
}
