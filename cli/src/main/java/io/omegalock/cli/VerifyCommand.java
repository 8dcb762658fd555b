package io.omegalock.cli;

import io.omegalock.audit.AuditFiles;
import io.omegalock.audit.ChainVerdict;
import io.omegalock.junitxml.GateSuites;
import io.omegalock.junitxml.JUnitSuite;
import java.io.PrintWriter;
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
        ChainVerdict verdict = AuditFiles.verify(file);
        PrintWriter out = spec.commandLine().getOut();
        junitXml.write(() -> List.of(JUnitSuite.of(JUnitSuite.nameFor("verify", file),
                List.of(GateSuites.chain("chain", verdict)))), out);
        if (verdict instanceof ChainVerdict.Intact ok) {
            out.println("OK: " + file + ": " + ok.count() + " records, chain intact; last hash " + ok.lastHash());
            return Main.OK;
        }
        spec.commandLine().getErr().println("BROKEN: " + file + ": " + verdict);
        return Main.FAILED;
    }
}
