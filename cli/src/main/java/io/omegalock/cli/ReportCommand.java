package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code omega-lock report}: renders any saved artifact (pipeline result, iterative result,
 * audit report, study audit, gate verdict; ours or the reference's) as an HTML or text
 * scorecard. Exit 0, or 2 for a file that is not such an artifact.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Render a saved artifact as a self-contained HTML or a text scorecard.")
final class ReportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { html, text }

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "ARTIFACT.json", description = "the artifact")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "where to write (default: stdout)")
    Path output;

    @Option(names = "--format", paramLabel = "html|text",
            description = "html or text (default: from the output's extension, html for .html/.htm, else text)")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(input)) {
            throw new BadInputException(input + ": no such file");
        }
        Object parsed;
        try {
            parsed = Json.parse(input);
        } catch (BadInputException e) {
            throw new BadInputException(input + ": not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new BadInputException(input + ": not an omega-lock artifact (expected a JSON object)");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> artifact = (Map<String, Object>) parsed;
        Format f = format != null ? format
                : output != null && output.toString().matches("(?i).*\\.html?$") ? Format.html : Format.text;
        String rendered;
        try {
            rendered = f == Format.html ? Reports.html(artifact) : Reports.text(artifact);
        } catch (BadInputException e) {
            throw new BadInputException(input + ": " + e.getMessage(), e);
        }
        if (output == null) {
            spec.commandLine().getOut().print(rendered);
        } else {
            Artifacts.writeText(rendered, output);
            spec.commandLine().getOut().println("wrote " + output);
        }
        return Main.OK;
    }
}
