package io.omegalock.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goals called directly, as Maven would after injecting their parameters: bad values fail
 * naming the parameter, failed gates fail the build (or warn with failOnGate=false), skip does
 * nothing. The sample-project builds in src/it check the same end to end through Maven.
 */
class MojoParametersTest {
    @TempDir
    Path dir;

    private GateMojo gate(String train, String holdout) throws IOException {
        GateMojo m = new GateMojo();
        m.train = write("train.json", train);
        m.holdout = write("holdout.json", holdout);
        m.test = "pearson";
        m.alpha = 0.05;
        m.failOnGate = true;
        m.outputDirectory = dir.resolve("out").toFile();
        return m;
    }

    @Test
    void badGateParametersAreNamed() throws IOException {
        GateMojo test = gate("[1, 2, 3]", "[1, 2, 3]");
        test.test = "pearsonish";
        assertThatThrownBy(test::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("omega-lock: bad configuration <test>: transfer_test must be one of");
        GateMojo alpha = gate("[1, 2, 3]", "[1, 2, 3]");
        alpha.alpha = 1.5;
        assertThatThrownBy(alpha::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("omega-lock: bad configuration <alpha>: ");
        GateMojo train = gate("[1, \"x\"]", "[1, 2]");
        assertThatThrownBy(train::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("omega-lock: bad configuration <train>: " + train.train + ": element [1] is not a number: x");
    }

    @Test
    void aFailedGateFailsTheBuildWithItsReasonsUnlessFailOnGateIsOff() throws Exception {
        GateMojo m = gate("[1, 2, 3, 4, 5]", "[5, 4, 3, 2, 1]");
        assertThatThrownBy(m::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("omega-lock: gate train.json -> holdout.json did not pass; failed:\n  KC-4: ")
                .hasMessageContaining("Details: " + dir.resolve("out/gate-holdout/scorecard.html"));
        assertThat(dir.resolve("out/gate-holdout/junit.xml")).content().contains("<failure");

        m.failOnGate = false;
        m.execute();
    }

    @Test
    void skipRunsNothing() throws Exception {
        GateMojo m = gate("[1, 2, 3, 4, 5]", "[5, 4, 3, 2, 1]");
        m.skip = true;
        m.execute();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void badRunParametersAreNamed() {
        RunMojo threads = new RunMojo();
        threads.threads = 0;
        threads.spec = dir.resolve("spec.yaml").toFile();
        assertThatThrownBy(threads::execute).hasMessage("omega-lock: bad configuration <threads>: must be >= 1, got 0");
        RunMojo spec = new RunMojo();
        spec.threads = 1;
        spec.spec = dir.resolve("missing.yaml").toFile();
        assertThatThrownBy(spec::execute)
                .hasMessage("omega-lock: bad configuration <spec>: " + spec.spec + ": no such file");
    }

    @Test
    void aBadSpecFailsNamingTheFileAndKey() throws IOException {
        RunMojo m = new RunMojo();
        m.threads = 1;
        m.spec = write("spec.yaml", "targets:\n  train: {builtin: quad12}\nunlock_k: 0\n");
        m.outputDirectory = dir.resolve("out").toFile();
        assertThatThrownBy(m::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("spec.yaml").hasMessageContaining("unlock_k");
    }

    @Test
    void verifyNeedsAFileSetThatMatchesSomething() throws IOException {
        VerifyMojo m = new VerifyMojo();
        m.directory = dir.toFile();
        m.includes = List.of("audits/**/*.json");
        m.outputDirectory = dir.resolve("out").toFile();
        assertThatThrownBy(m::execute).hasMessage("omega-lock: bad configuration <includes>: [audits/**/*.json] "
                + "matched no file under " + dir);
        m.directory = dir.resolve("nowhere").toFile();
        assertThatThrownBy(m::execute)
                .hasMessage("omega-lock: bad configuration <directory>: " + m.directory + ": no such directory");
        Files.createDirectories(dir.resolve("audits"));
        m.directory = dir.toFile();
        write("audits/notes.json", "[1, 2]");
        assertThatThrownBy(m::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("notes.json: not an audit artifact");
    }

    private File write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toFile();
    }
}
