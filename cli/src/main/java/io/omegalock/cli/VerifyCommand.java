package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.audit.AuditReport;
import io.omegalock.audit.ChainVerdict;
import io.omegalock.audit.TrailFile;
import io.omegalock.json.Json;
import io.omegalock.junitxml.GateSuites;
import io.omegalock.junitxml.JUnitSuite;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omega-lock verify FILE}: checks the hash chain of an audit report (JSON) or a
 * streamed trail (JSON lines). Exit 0 intact, 1 broken or truncated, 2 not an audit artifact.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify the hash chain of an audit report or a streamed trail.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "audit report (.json) or streamed trail (.jsonl)")
    Path file;

    @Mixin
    JUnitXmlOption junitXml;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        ChainVerdict verdict = isReport(file) ? verifyReport(file) : TrailFile.verify(file);
        PrintWriter out = spec.commandLine().getOut();
        junitXml.write(List.of(JUnitSuite.of(JUnitSuite.nameFor("verify", file),
                List.of(GateSuites.chain("chain", verdict)))), out);
        if (verdict instanceof ChainVerdict.Intact ok) {
            out.println("OK: " + file + ": " + ok.count() + " records, chain intact; last hash " + ok.lastHash());
            return Main.OK;
        }
        spec.commandLine().getErr().println("BROKEN: " + file + ": " + verdict);
        return Main.FAILED;
    }

    private static ChainVerdict verifyReport(Path file) {
        try {
            return AuditReport.read(file).verifyStoredChain();
        } catch (BadInputException e) {
            throw new BadInputException(file + ": not a verifiable audit report: " + e.getMessage(), e);
        }
    }

    private static boolean parsesAsTrailEntry(String line) {
        try {
            return Json.parse(line) instanceof java.util.Map<?, ?> m && m.containsKey("record")
                    && m.containsKey("run_hash");
        } catch (BadInputException e) {
            return false;
        }
    }

    /** A report is one JSON object; a streamed trail starts with a line that is a whole object too, so peek. */
    private static boolean isReport(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            String s = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            String first = (nl < 0 ? s : s.substring(0, nl)).strip();
            if (first.isEmpty()) {
                throw new BadInputException(file + ": empty file, not an audit artifact");
            }
            if (first.charAt(0) != '{') {
                throw new BadInputException(file + ": not an audit artifact (expected a JSON object or JSON lines)");
            }
            // A streamed trail's first line is a whole entry {call_index, previous_hash, record, run_hash};
            // a report's first line is not (pretty JSON) or is the whole report (with "runs").
            return !(parsesAsTrailEntry(first));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
