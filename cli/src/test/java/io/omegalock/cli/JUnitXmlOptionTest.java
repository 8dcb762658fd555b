package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.testing.JUnitXmlSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code --junit-xml} on run, gate and verify: schema-valid, one case per gate, agreeing with the exit code. */
class JUnitXmlOptionTest {
    @TempDir
    Path dir;

    /** The walk-forward system's naive search: best_any fails KC-4 (README, pearson 0.179 < 0.3). */
    private static final String FAILING_SPEC = """
            targets:
              train: {builtin: walkforward}
              test: {builtin: walkforward}
              holdout: {builtin: walkforward}
            unlock_k: 2
            search: {method: grid, points_per_axis: 21}
            thresholds: {preset: pure_objective}
            """;

    @Test
    void aFailingRunIsAFailedKc4CaseWithItsReason() throws IOException, XPathExpressionException {
        Path spec = write("walkforward.model.yaml", FAILING_SPEC);
        Path xml = dir.resolve("out/junit.xml");
        Cli.Run r = Cli.run("run", spec.toString(), "--quiet", "--junit-xml", xml.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("status        : FAIL:KC-4").contains("wrote " + xml);
        Document doc = JUnitXmlSchema.validate(xml);
        assertThat(texts(doc, "//testcase/@name")).containsExactly("KC-1", "KC-2", "KC-3", "KC-4", "CONSTRAINTS",
                "HOLDOUT");
        assertThat(texts(doc, "//testcase[failure]/@name")).containsExactly("KC-4");
        assertThat(texts(doc, "//failure/@message")).containsExactly("FAIL: pearson=0.179<0.3");
        assertThat(texts(doc, "//testcase[skipped]/@name")).containsExactly("KC-3", "CONSTRAINTS", "HOLDOUT");
        assertThat(texts(doc, "//testcase[@name='CONSTRAINTS']/skipped/@message"))
                .containsExactly("no constraints declared");
        assertThat(texts(doc, "/testsuites/testsuite/@name")).containsExactly("omega-lock.run.walkforward_model");
    }

    @Test
    void aPassingRunHasNoFailureAndAnIterativeRunASuitePerRound() throws IOException, XPathExpressionException {
        Path spec = write("quad.yaml", "targets:\n  train: {builtin: quad12}\n  test: {builtin: quad12}\n"
                + "thresholds: {preset: pure_objective}\n");
        Path xml = dir.resolve("quad.xml");
        assertThat(Cli.run("run", spec.toString(), "--quiet", "--junit-xml", xml.toString()).code()).isZero();
        Document doc = JUnitXmlSchema.validate(xml);
        assertThat(texts(doc, "//testcase[failure]")).isEmpty();
        assertThat(texts(doc, "//testcase[not(skipped)]/@name")).containsExactly("KC-1", "KC-2", "KC-4");

        Path iterative = write("loop.yaml", "targets:\n  train: {builtin: quad12}\n  test: {builtin: quad12}\n"
                + "thresholds: {preset: pure_objective}\nunlock_k: 1\niterative: {rounds: 2}\n");
        Path loopXml = dir.resolve("loop.xml");
        Cli.Run loop = Cli.run("run", iterative.toString(), "--quiet", "--junit-xml", loopXml.toString());
        Document loopDoc = JUnitXmlSchema.validate(loopXml);
        List<String> suites = texts(loopDoc, "/testsuites/testsuite/@name");
        assertThat(suites).last().isEqualTo("omega-lock.run.loop");
        assertThat(suites).startsWith("omega-lock.run.loop.round1");
        assertThat(texts(loopDoc, "//testcase[failure]").isEmpty()).isEqualTo(loop.code() == 0);
    }

    @Test
    void gateWritesOneKc4CaseWithTheVerdictsReasons() throws IOException, XPathExpressionException {
        Path train = write("train.json", "[1, 2, 3, 4, 5]");
        Path holdout = write("holdout.json", "[5, 4, 3, 2, 1]");
        Path xml = dir.resolve("gate.xml");
        Cli.Run r = Cli.run("gate", "--train", train.toString(), "--holdout", holdout.toString(), "--junit-xml",
                xml.toString());

        assertThat(r.code()).isEqualTo(1);
        Document doc = JUnitXmlSchema.validate(xml);
        assertThat(texts(doc, "//testcase[failure]/@name")).containsExactly("KC-4");
        // The reasons the command prints, one per line, are the failure's message.
        String message = texts(doc, "//failure/@message").get(0);
        for (String reason : message.split("; ")) {
            assertThat(r.out()).contains("  - " + reason);
        }
    }

    @Test
    void verifyWritesAChainCaseFailingAtTheBrokenEntry() throws IOException, XPathExpressionException {
        Path spec = write("quad.yaml", "targets:\n  train: {builtin: quad12}\nunlock_k: 1\n"
                + "search: {method: grid, points_per_axis: 3}\nthresholds: {preset: pure_objective}\n");
        Path audit = dir.resolve("audit.json");
        Cli.run("run", spec.toString(), "--quiet", "--audit", audit.toString());
        Path xml = dir.resolve("verify.xml");
        assertThat(Cli.run("verify", audit.toString(), "--junit-xml", xml.toString()).code()).isZero();
        assertThat(texts(JUnitXmlSchema.validate(xml), "//testcase[not(failure)]/@name")).containsExactly("chain");

        String text = Files.readString(audit);
        int at = text.indexOf("\"call_index\": 2");
        int fit = text.lastIndexOf("\"fitness\": ", at);
        Files.writeString(audit, text.substring(0, fit) + "\"fitness\": 123.0" + text.substring(text.indexOf(',', fit)));
        Cli.Run broken = Cli.run("verify", audit.toString(), "--junit-xml", xml.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(texts(JUnitXmlSchema.validate(xml), "//testcase[@name='chain']/failure/@message")).singleElement()
                .asString().startsWith("broken at entry 2: ");
    }

    @Test
    void anUnwritableFileIsBadInputNamingIt() throws IOException {
        Path train = write("train.json", "[1, 2, 3]");
        Cli.Run r = Cli.run("gate", "--train", train.toString(), "--holdout", train.toString(), "--junit-xml",
                dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(dir + ": cannot write");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static List<String> texts(Document doc, String xpath) throws XPathExpressionException {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
