package io.omegalock.maven;

import io.omegalock.audit.StreamingTrail;
import io.omegalock.cli.Summaries;
import io.omegalock.cli.spec.RunSpec;
import io.omegalock.cli.spec.SpecFile;
import io.omegalock.cli.spec.SpecRun;
import io.omegalock.junitxml.JUnitSuite;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code omega-lock:run}: runs a spec file exactly as {@code omega-lock run} does and writes
 * {@code result.json}, {@code audit.json}, {@code trail.jsonl}, {@code scorecard.html} and
 * {@code junit.xml} under {@code outputDirectory/run-SPEC-NAME/}. The build fails when the status is not
 * PASS, naming each failed gate and its reason.
 */
@Mojo(name = "run", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class RunMojo extends OmegaLockMojo {

    /** The spec file (YAML or JSON, see docs/SPEC-FILE.md). */
    @Parameter(property = "omega-lock.spec", required = true)
    File spec;

    /** Evaluation threads (worker processes per worker target). */
    @Parameter(property = "omega-lock.threads", defaultValue = "1")
    int threads;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (threads < 1) {
            throw badParameter("threads", "must be >= 1, got " + threads);
        }
        if (!spec.isFile()) {
            throw badParameter("spec", spec + ": no such file");
        }
        RunSpec run = SpecFile.loadConcurrently(spec.toPath());
        String name = JUnitSuite.nameFor("run", spec.toPath());
        Path dir = outputs("run-" + name.substring("omega-lock.run.".length()));
        Path trail = dir.resolve("trail.jsonl");
        getLog().info("omega-lock: running " + spec + " on " + threads + " thread(s)");
        SpecRun.Outcome outcome = SpecRun.run(run, threads, null, builder -> {
            builder.encodeReportAhead(true);
            StreamingTrail sink = StreamingTrail.create(trail, StreamingTrail.Durability.FLUSH);
            builder.sink(sink);
            return sink;
        });
        info(summary(outcome));
        getLog().info("omega-lock: wrote " + trail);
        Path audit = dir.resolve("audit.json");
        outcome.writeAuditReport(audit);
        getLog().info("omega-lock: wrote " + audit);
        Path html = dir.resolve("scorecard.html");
        writeArtifact(outcome.artifact(), dir.resolve("result.json"), html);
        List<JUnitSuite> suites = outcome.junitSuites(name);
        writeJUnit(suites, dir.resolve("junit.xml"));
        if (outcome.passed()) {
            getLog().info("omega-lock: " + spec.getName() + " PASS");
        } else {
            gateFailed("spec " + spec.getName() + " (" + outcome.status() + ")", suites, html);
        }
    }

    /** The command line's summary: status, best_any apart from best_feasible, and every gate. */
    private static String summary(SpecRun.Outcome outcome) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        Summaries.of(outcome, w);
        w.flush();
        return s.toString();
    }
}
