package io.omegalock.junitxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateStatus;
import io.omegalock.testing.JUnitXmlSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The writer: schema-valid, text survives (or is made XML-safe), counts add up. */
class JUnitXmlTest {
    @TempDir
    Path dir;

    @Property(tries = 300)
    void anyGateMessageGivesValidXmlThatReadsBackAsWritten(@ForAll String name, @ForAll String message) {
        JUnitCase c = new JUnitCase("G" + name, JUnitCase.Outcome.FAILED, message, null);
        Document doc = JUnitXmlSchema.validate(JUnitXml.toString(List.of(JUnitSuite.of("s", List.of(c)))));

        String expected = JUnitXml.clean(message).replace("\r\n", "\n").replace('\r', '\n');
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).isEqualTo(expected);
        assertThat(doc.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name")
                .getNodeValue()).isEqualTo(JUnitXml.attribute("G" + name));
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        assertThat(JUnitXml.clean("a\u0000b\u001Bc\uD800d\tok\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\tok\uD83D\uDE00");
        assertThat(JUnitXml.clean("plain")).isSameAs("plain");
    }

    @Test
    void gateStatusesMapToTheThreeJUnitOutcomes() {
        assertThat(JUnitCase.of(report(GateStatus.PASS)).outcome()).isEqualTo(JUnitCase.Outcome.PASSED);
        assertThat(JUnitCase.of(report(GateStatus.ADVISORY)).outcome()).isEqualTo(JUnitCase.Outcome.PASSED);
        assertThat(JUnitCase.of(report(GateStatus.SKIP)).outcome()).isEqualTo(JUnitCase.Outcome.SKIPPED);
        assertThat(JUnitCase.of(report(GateStatus.FAIL)).outcome()).isEqualTo(JUnitCase.Outcome.FAILED);
        assertThat(JUnitCase.of(report(GateStatus.FAIL)).output()).isEqualTo("detail: {\"pearson\": 0.1}");
    }

    @Test
    void aMultiLineReasonKeepsItsLinesInTheTextAndOneLineInTheAttribute() {
        String xml = JUnitXml.toString(List.of(JUnitSuite.of("s",
                List.of(JUnitCase.failed("KC-4", "first\nsecond"), JUnitCase.skipped("KC-3", "n/a")))));
        Document doc = JUnitXmlSchema.validate(xml);

        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).isEqualTo("first\nsecond");
        assertThat(((org.w3c.dom.Element) doc.getElementsByTagName("failure").item(0)).getAttribute("message"))
                .isEqualTo("first second");
        assertThat(((org.w3c.dom.Element) doc.getElementsByTagName("testsuite").item(0)).getAttribute("skipped"))
                .isEqualTo("1");
    }

    @Test
    void writesToAFileCreatingItsDirectoryAndIsDeterministic() throws Exception {
        List<JUnitSuite> suites = List.of(new JUnitSuite("s", List.of(JUnitCase.passed("KC-1", "PASS")), 1.5));
        Path file = dir.resolve("reports/omega-lock.xml");
        JUnitXml.write(suites, file);

        assertThat(Files.readString(file)).isEqualTo(JUnitXml.toString(suites)).contains("time=\"1.500\"");
        JUnitXmlSchema.validate(file);
    }

    @Test
    void badValuesAreRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> JUnitCase.passed(" ", "m")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new JUnitSuite("s", List.of(), Double.NaN)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("got NaN");
        assertThatThrownBy(() -> JUnitXml.write(List.of(), dir)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(dir + ": cannot write");
    }

    private static GateReport report(GateStatus status) {
        return new GateReport("KC-4", status, status + ": m", Map.of("pearson", 0.1));
    }
}
