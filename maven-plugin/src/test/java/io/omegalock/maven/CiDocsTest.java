package io.omegalock.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The CI set-ups of docs/CI.md and the README's Maven snippet, checked as far as they can be
 * without the hosted services: the YAML parses and its report paths match where the goals
 * really write junit.xml; the Maven configuration names goals and parameters the plugin has; the
 * README snippet is the sample build the integration tests run.
 */
class CiDocsTest {
    private static final Path ROOT = Path.of("..");

    @TempDir
    Path project;

    @Test
    void ciReportPathsMatchWhereTheGoalsWriteJUnitXml() throws Exception {
        List<String> yaml = blocks(Files.readString(ROOT.resolve("docs/CI.md")), "yaml");
        assertThat(yaml).hasSize(2);
        YAMLMapper mapper = new YAMLMapper();
        JsonNode github = mapper.readTree(yaml.get(0));
        JsonNode gitlab = mapper.readTree(yaml.get(1));
        String githubPath = null;
        for (JsonNode step : github.at("/jobs/gate/steps")) {
            if (step.path("uses").asText().startsWith("mikepenz/action-junit-report")) {
                githubPath = step.at("/with/report_paths").asText();
            }
        }
        String gitlabPath = gitlab.at("/omega-lock/artifacts/reports/junit").asText();
        assertThat(githubPath).isEqualTo(gitlabPath).isEqualTo("target/omega-lock/**/junit.xml");
        assertThat(gitlab.at("/omega-lock/script/0").asText()).isEqualTo("mvn -B verify");

        // Where the goals write: run a passing gate and a verify into a sample project's target/.
        File out = project.resolve("target/omega-lock").toFile();
        Files.writeString(project.resolve("train.json"), "[1, 2, 3, 4, 5]");
        Files.writeString(project.resolve("holdout.json"), "[1, 2, 3, 5, 4]");
        GateMojo gate = new GateMojo();
        gate.train = project.resolve("train.json").toFile();
        gate.holdout = project.resolve("holdout.json").toFile();
        gate.test = "pearson";
        gate.alpha = 0.05;
        gate.outputDirectory = out;
        gate.execute();
        Path audits = Files.createDirectories(project.resolve("audits"));
        Files.copy(Path.of("src/it/run-pass/audits/audit.json"), audits.resolve("audit.json"));
        VerifyMojo verify = new VerifyMojo();
        verify.directory = project.toFile();
        verify.includes = List.of("audits/*.json");
        verify.outputDirectory = out;
        verify.execute();
        AntPattern pattern = AntPattern.of(gitlabPath);
        try (var files = Files.walk(project)) {
            List<String> junit = files.filter(p -> p.getFileName().toString().equals("junit.xml"))
                    .map(p -> project.relativize(p).toString().replace(File.separatorChar, '/')).sorted().toList();
            assertThat(junit).containsExactly("target/omega-lock/gate-holdout/junit.xml",
                    "target/omega-lock/verify/junit.xml").allMatch(pattern::matches);
        }
    }

    @Test
    void theMavenConfigurationUsesGoalsAndParametersThePluginHas() throws Exception {
        Document descriptor = xml(Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml")));
        String version = text(descriptor.getDocumentElement(), "version");
        for (String doc : List.of("docs/CI.md", "README.md")) {
            String block = blocks(Files.readString(ROOT.resolve(doc)), "xml").get(0);
            Element plugin = xml(block).getDocumentElement();
            assertThat(text(plugin, "groupId") + ":" + text(plugin, "artifactId") + ":" + text(plugin, "version"))
                    .as(doc).isEqualTo("io.omegalock:omega-lock-maven-plugin:" + version);
            NodeList executions = plugin.getElementsByTagName("execution");
            assertThat(executions.getLength()).isPositive();
            for (int i = 0; i < executions.getLength(); i++) {
                Element e = (Element) executions.item(i);
                String goal = text(e, "goal");
                Set<String> parameters = parameters(descriptor, goal);
                assertThat(parameters).as("%s: goal %s", doc, goal).isNotEmpty();
                Element config = (Element) e.getElementsByTagName("configuration").item(0);
                for (Node n = config.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element p) {
                        assertThat(parameters).as("%s: parameters of %s", doc, goal).contains(p.getTagName());
                    }
                }
            }
        }
    }

    @Test
    void theReadmeSnippetIsTheFailingGateSampleBuild() throws IOException {
        String snippet = blocks(Files.readString(ROOT.resolve("README.md")), "xml").get(0)
                .replace("<groupId>io.omegalock</groupId>", "<groupId>@project.groupId@</groupId>")
                .replace("<artifactId>omega-lock-maven-plugin</artifactId>", "<artifactId>@project.artifactId@</artifactId>")
                .replaceAll("<version>[^<]+</version>", "<version>@project.version@</version>");
        String sample = Files.readString(Path.of("src/it/run-fail-gate/pom.xml"));
        assertThat(squash(sample)).contains(squash(snippet));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static Set<String> parameters(Document descriptor, String goal) {
        Set<String> out = new TreeSet<>();
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(text(mojo, "goal"))) {
                NodeList params = ((Element) mojo.getElementsByTagName("parameters").item(0))
                        .getElementsByTagName("parameter");
                for (int j = 0; j < params.getLength(); j++) {
                    out.add(text((Element) params.item(j), "name"));
                }
            }
        }
        return out;
    }

    private static String text(Element e, String child) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(child)) {
                return c.getTextContent().strip();
            }
        }
        NodeList deep = e.getElementsByTagName(child);
        return deep.getLength() == 0 ? null : deep.item(0).getTextContent().strip();
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<String> blocks(String markdown, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
