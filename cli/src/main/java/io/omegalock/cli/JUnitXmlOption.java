package io.omegalock.cli;

import io.omegalock.junitxml.JUnitSuite;
import io.omegalock.junitxml.JUnitXml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** {@code --junit-xml FILE}: the gates as JUnit XML for a CI server's test report, on every judging command. */
final class JUnitXmlOption {

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "write the gates as JUnit XML (one test case per gate) for CI test reports")
    Path file;

    /**
     * Writes the suites when the option was given, and says where they went. The suites are
     * made only then: a run's constraint suite reads every candidate.
     */
    void write(Supplier<List<JUnitSuite>> suites, PrintWriter out) {
        if (file != null) {
            JUnitXml.write(suites.get(), file);
            out.println("wrote " + file);
        }
    }
}
