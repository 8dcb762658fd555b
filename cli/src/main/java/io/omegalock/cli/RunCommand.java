package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.ResumeIndex;
import io.omegalock.audit.StreamingTrail;
import io.omegalock.cli.engine.Engines;
import io.omegalock.cli.engine.RunEngine;
import io.omegalock.cli.spec.RunSpec;
import io.omegalock.cli.spec.SpecFile;
import io.omegalock.cli.spec.SpecRun;
import io.omegalock.junitxml.JUnitSuite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code omega-lock run SPEC}: the full pipeline (or the iterative loop) over the targets a
 * spec file declares, every evaluation recorded in a hash-chained audit trail. Exit 0 PASS,
 * 1 a gate failed, 2 bad spec or input.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the audit pipeline over the targets a YAML/JSON spec file declares.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC", description = "spec file (.yaml, .yml or .json)")
    Path specFile;

    @Option(names = "--out", paramLabel = "result.json", description = "write the result artifact")
    Path out;

    @Option(names = "--audit", paramLabel = "audit.json", description = "write the audit report with its hash chain")
    Path audit;

    @Option(names = "--trail", paramLabel = "trail.jsonl",
            description = "stream every record, with its chain link, to this file as it is produced")
    Path trail;

    @Option(names = "--resume", description = "reuse the records of an interrupted run's --trail file instead of "
            + "re-evaluating them (the old file is kept as FILE.resumed-from)")
    boolean resume;

    @Option(names = "--fsync", description = "fsync the trail after every record (slower, survives power loss)")
    boolean fsync;

    @Option(names = "--report", paramLabel = "report.html", description = "write an HTML scorecard of the result")
    Path report;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "evaluate on N threads (N worker processes per worker target); default 1")
    int threads;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = Engines.THREADS,
            description = "where evaluations run: threads (this process, default) or spark (docs/DISTRIBUTED.md)")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "with --engine spark: local[N] (embedded Spark, default local[*]) or spark://HOST:PORT")
    String master;

    @Option(names = "--quiet", description = "no progress line")
    boolean quiet;

    @Mixin
    JUnitXmlOption junitXml;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new BadInputException("--threads must be >= 1, got " + threads);
        }
        if (resume && trail == null) {
            throw new BadInputException("--resume needs --trail FILE (the trail of the interrupted run)");
        }
        if (!Engines.THREADS.equals(engine) && spec.commandLine().getParseResult().hasMatchedOption("--threads")) {
            throw new BadInputException("--threads applies to --engine threads; --engine " + engine
                    + " runs as many evaluations at once as its cluster has task slots");
        }
        Timeline.mark("command line parsed");
        RunSpec run = SpecFile.loadConcurrently(specFile);
        Timeline.mark("spec loaded");
        SpecRun.Outcome outcome;
        try (ProgressLine progress = ProgressLine.forTerminal(quiet);
             RunEngine eng = Engines.open(engine, master, threads, run, progress)) {
            outcome = SpecRun.run(run, eng.targets(), eng.evaluator(), this::openTrail);
        }
        Timeline.mark("run finished");
        PrintWriter console = spec.commandLine().getOut();
        Summaries.of(outcome, console);
        Timeline.mark("summary printed");
        // The audit report and the result are independent files: written at the same time.
        Concurrently.run(() -> {
            if (audit != null) {
                outcome.writeAuditReport(audit);
            }
            Timeline.mark("audit report written");
        }, () -> {
            Artifacts.writeFiles(outcome.artifact(), out, report);
            Timeline.mark("result written");
        });
        if (audit != null) {
            console.println("wrote " + audit);
        }
        if (trail != null) {
            console.println("wrote " + trail);
        }
        Artifacts.sayWritten(out, report, console);
        junitXml.write(() -> outcome.junitSuites(JUnitSuite.nameFor("run", specFile)), console);
        return outcome.passed() ? Main.OK : Main.FAILED;
    }

    private StreamingTrail openTrail(AuditTrail.Builder builder) {
        builder.encodeReportAhead(audit != null);
        if (trail == null) {
            return null;
        }
        if (resume) {
            if (!Files.isRegularFile(trail)) {
                throw new BadInputException(trail + ": no trail to resume from");
            }
            Path previous = trail.resolveSibling(trail.getFileName() + ".resumed-from");
            try {
                Files.move(trail, previous, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new BadInputException(trail + ": cannot set the old trail aside: " + e.getMessage(), e);
            }
            ResumeIndex index = ResumeIndex.load(previous);
            builder.resumeFrom(index);
            spec.commandLine().getErr().println("resuming: " + index.remaining() + " recorded evaluations from "
                    + previous);
        }
        StreamingTrail sink = StreamingTrail.create(trail,
                fsync ? StreamingTrail.Durability.FSYNC : StreamingTrail.Durability.FLUSH);
        builder.sink(sink);
        return sink;
    }
}
