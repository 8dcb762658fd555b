package io.omegalock.maven;

import io.omegalock.OmegaLockException;
import io.omegalock.json.JsonWriter;
import io.omegalock.junitxml.JUnitCase;
import io.omegalock.junitxml.JUnitSuite;
import io.omegalock.junitxml.JUnitXml;
import io.omegalock.report.Scorecards;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: {@code skip}, {@code failOnGate}, the output directory, writing the
 * artifacts, and turning a failed gate into a build failure that lists the failed gates with their
 * reasons. Bad input from the library (a {@link OmegaLockException}, whose message names the file
 * or key) becomes a {@link MojoExecutionException}; a failed gate a {@link MojoFailureException}.
 */
abstract class OmegaLockMojo extends AbstractMojo {

    /** Skips the goal (also {@code -Domega-lock.skip}). */
    @Parameter(property = "omega-lock.skip", defaultValue = "false")
    boolean skip;

    /** Fail the build when a gate fails; with false the failure is logged as a warning and the build goes on. */
    @Parameter(property = "omega-lock.failOnGate", defaultValue = "true")
    boolean failOnGate;

    /** Where the artifacts go; each goal writes into its own subdirectory. */
    @Parameter(property = "omega-lock.outputDirectory", defaultValue = "${project.build.directory}/omega-lock")
    File outputDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("omega-lock: skipped (skip / omega-lock.skip)");
            return;
        }
        try {
            run();
        } catch (OmegaLockException e) {
            throw new MojoExecutionException("omega-lock: " + e.getMessage(), e);
        }
    }

    /** The goal's work. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * @param parameter the parameter's name as written in the POM
     * @param problem   what is wrong with its value
     * @return the exception to throw
     */
    static MojoExecutionException badParameter(String parameter, String problem) {
        return new MojoExecutionException("omega-lock: bad configuration <" + parameter + ">: " + problem);
    }

    /** @return the goal's output directory {@code outputDirectory/name}, created */
    Path outputs(String name) throws MojoExecutionException {
        Path dir = outputDirectory.toPath().resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw badParameter("outputDirectory", dir + ": cannot create: " + e.getMessage());
        }
        return dir;
    }

    /** Writes an artifact as pretty JSON and its HTML scorecard. */
    void writeArtifact(Map<String, Object> artifact, Path json, Path html) throws MojoExecutionException {
        write(json, JsonWriter.toString(artifact, true) + "\n");
        write(html, Scorecards.html(artifact));
    }

    /** Writes the JUnit XML report. */
    void writeJUnit(List<JUnitSuite> suites, Path file) {
        JUnitXml.write(suites, file);
        getLog().info("omega-lock: wrote " + file);
    }

    private void write(Path file, String text) throws MojoExecutionException {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("omega-lock: " + file + ": cannot write: " + e.getMessage(), e);
        }
        getLog().info("omega-lock: wrote " + file);
    }

    /**
     * Ends a goal whose gates did not all pass: a build failure listing every failed case with its
     * reason, or, with {@code failOnGate=false}, the same text as a warning.
     *
     * @param what    what did not pass, e.g. {@code spec app.yaml (FAIL:KC-4)}
     * @param suites  the goal's cases
     * @param details where to look further
     * @throws MojoFailureException unless failOnGate is false
     */
    void gateFailed(String what, List<JUnitSuite> suites, Path details) throws MojoFailureException {
        StringBuilder b = new StringBuilder("omega-lock: ").append(what).append(" did not pass; failed:");
        for (JUnitSuite s : suites) {
            for (JUnitCase c : s.cases()) {
                if (c.outcome() == JUnitCase.Outcome.FAILED) {
                    b.append("\n  ").append(c.name()).append(": ").append(c.message());
                }
            }
        }
        b.append("\nDetails: ").append(details);
        if (failOnGate) {
            throw new MojoFailureException(b.toString());
        }
        getLog().warn(b + "\n(failOnGate is false: the build goes on)");
    }

    /** Logs each line of a multi-line text at info level. */
    void info(String text) {
        text.lines().forEach(l -> getLog().info(l));
    }
}
