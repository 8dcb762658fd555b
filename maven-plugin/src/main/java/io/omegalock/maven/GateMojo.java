package io.omegalock.maven;

import io.omegalock.BadInputException;
import io.omegalock.cli.ScoreFiles;
import io.omegalock.gate.GateScores;
import io.omegalock.gate.GateVerdict;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferTest;
import io.omegalock.junitxml.GateSuites;
import io.omegalock.junitxml.JUnitSuite;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code omega-lock:gate}: does the train ranking predict the holdout ranking? The verdict of
 * {@code omega-lock gate} over two score files (JSON arrays, same candidates, same order), written
 * as {@code verdict.json}, {@code scorecard.html} and {@code junit.xml} under
 * {@code outputDirectory/gate-HOLDOUT-NAME/}; the build fails when the gate fails.
 */
@Mojo(name = "gate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class GateMojo extends OmegaLockMojo {

    /** JSON array of train scores. */
    @Parameter(property = "omega-lock.train", required = true)
    File train;

    /** JSON array of holdout scores, same candidates, same order. */
    @Parameter(property = "omega-lock.holdout", required = true)
    File holdout;

    /** {@code pearson} (the reference's threshold rule), {@code spearman} or {@code kendall} (permutation tests). */
    @Parameter(property = "omega-lock.test", defaultValue = "pearson")
    String test;

    /** Significance level of the permutation tests, in (0, 1). */
    @Parameter(property = "omega-lock.alpha", defaultValue = "0.05")
    double alpha;

    /** Correlation threshold of the pearson rule (default 0.3). */
    @Parameter(property = "omega-lock.pearsonMin")
    Double pearsonMin;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        double[] a = scores("train", train);
        double[] b = scores("holdout", holdout);
        TransferTest rule;
        try {
            rule = TransferTest.parse(test);
        } catch (BadInputException e) {
            throw badParameter("test", e.getMessage());
        }
        Thresholds t = pearsonMin == null ? Thresholds.pureObjective()
                : Thresholds.pureObjective().withPearsonMin(pearsonMin);
        GateVerdict v;
        try {
            v = GateScores.of(a, b, t, rule, alpha);
        } catch (BadInputException e) {
            throw badParameter("alpha", e.getMessage());
        }
        String name = JUnitSuite.nameFor("gate", holdout.toPath());
        Path dir = outputs("gate-" + name.substring("omega-lock.gate.".length()));
        List<JUnitSuite> suites = List.of(GateSuites.verdict(name, v));
        getLog().info("omega-lock: gate " + (v.passed() ? "PASS" : "FAIL") + " over " + a.length + " candidates ("
                + v.kcReport().message() + ")");
        v.reasons().forEach(r -> getLog().info("  - " + r));
        Path html = dir.resolve("scorecard.html");
        writeArtifact(v.toMap(), dir.resolve("verdict.json"), html);
        writeJUnit(suites, dir.resolve("junit.xml"));
        if (!v.passed()) {
            gateFailed("gate " + train.getName() + " -> " + holdout.getName(), suites, html);
        }
    }

    private static double[] scores(String parameter, File file) throws MojoExecutionException {
        try {
            return ScoreFiles.read(file.toPath());
        } catch (BadInputException e) {
            throw badParameter(parameter, e.getMessage());
        }
    }
}
