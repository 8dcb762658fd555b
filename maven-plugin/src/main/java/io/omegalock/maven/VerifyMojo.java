package io.omegalock.maven;

import io.omegalock.audit.AuditFiles;
import io.omegalock.audit.ChainVerdict;
import io.omegalock.junitxml.GateSuites;
import io.omegalock.junitxml.JUnitCase;
import io.omegalock.junitxml.JUnitSuite;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code omega-lock:verify}: replays the hash chain of every committed audit report and streamed
 * trail in a file set ({@code directory} with Ant-style {@code includes} / {@code excludes}); the
 * build fails on a broken or truncated chain, naming the file and the record index. A file set
 * that matches no file fails too, so a moved directory cannot turn the check into a no-op.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends OmegaLockMojo {

    /** The base directory of the file set. */
    @Parameter(defaultValue = "${project.basedir}")
    File directory;

    /** Ant-style patterns relative to {@code directory}, e.g. {@code audits/**&#47;*.json}. */
    @Parameter(required = true)
    List<String> includes;

    /** Ant-style patterns of files to leave out. */
    @Parameter
    List<String> excludes;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        List<Path> files = files();
        if (files.isEmpty()) {
            throw badParameter("includes", includes + " matched no file under " + directory);
        }
        List<JUnitCase> cases = new ArrayList<>();
        for (Path file : files) {
            String rel = slashes(directory.toPath().relativize(file));
            ChainVerdict verdict = AuditFiles.verify(file);
            cases.add(GateSuites.chain(rel, verdict));
            getLog().info("omega-lock: " + rel + ": " + verdict);
        }
        List<JUnitSuite> suites = List.of(JUnitSuite.of("omega-lock.verify", cases));
        Path junit = outputs("verify").resolve("junit.xml");
        writeJUnit(suites, junit);
        if (cases.stream().anyMatch(c -> c.outcome() == JUnitCase.Outcome.FAILED)) {
            gateFailed("audit chain verification", suites, junit);
        }
    }

    /** The file set, sorted so the log and the report list files in the same order on every machine. */
    private List<Path> files() throws MojoExecutionException {
        if (!directory.isDirectory()) {
            throw badParameter("directory", directory + ": no such directory");
        }
        List<AntPattern> in = includes.stream().map(AntPattern::of).toList();
        List<AntPattern> out = excludes == null ? List.of() : excludes.stream().map(AntPattern::of).toList();
        Path base = directory.toPath();
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String rel = slashes(base.relativize(p));
                return in.stream().anyMatch(m -> m.matches(rel)) && out.stream().noneMatch(m -> m.matches(rel));
            }).sorted().toList();
        } catch (IOException e) {
            throw badParameter("directory", directory + ": cannot list: " + e.getMessage());
        }
    }

    private static String slashes(Path p) {
        return p.toString().replace(File.separatorChar, '/');
    }
}
