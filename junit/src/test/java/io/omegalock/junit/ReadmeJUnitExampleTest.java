package io.omegalock.junit;

import static io.omegalock.junit.OmegaLockAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.audit.AuditTrail;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.Thresholds;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.Target;
import io.omegalock.target.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's JUnit example, over the README's library example (its space, targets and config;
 * the extension's trail declares no constraint, and the library example's {@code x <= 2} does not
 * bind on its grid, so best_feasible is the same {x=0.0, n=1}), and a check that every line the
 * README shows is a line of this file.
 */
class ReadmeJUnitExampleTest {
    private final ParamSpace space = ParamSpace.of(FloatParam.of("x", -5, 5, 0), IntParam.of("n", 1, 20, 10));
    private final Target train = Targets.of(space, p -> -Math.pow(p.getDouble("x") - 1, 2) - 0.1 * p.getLong("n"));
    private final Target test = Targets.of(space, p -> -Math.pow(p.getDouble("x") - 1.2, 2) - 0.1 * p.getLong("n"));
    private final PipelineConfig config = PipelineConfig.builder().unlockK(2).search(new GridSearch(5))
            .thresholds(Thresholds.pureObjective()).constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE).build();

    @Test
    @ExtendWith(OmegaLockExtension.class)  // keeps audit.json and scorecard.html under target/omega-lock/
    void candidateSurvivesTheGates(AuditTrail trail) {
        PipelineResult result = new Pipeline(config, Evaluator.sequential())
                .run(PipelineTargets.of(trail.wrap(train, "train")).withTest(trail.wrap(test, "test")));
        assertThat(result).passes().gate("KC-4").passed();  // a failure lists the failed gates and why
        assertThat(result).bestFeasible().isEqualTo(Map.of("x", 0.0, "n", 1L));
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("```java\n@Test\n@ExtendWith(OmegaLockExtension.class)");
        assertThat(start).as("the README's JUnit example").isNotNegative();
        String snippet = readme.substring(start + "```java\n".length(), readme.indexOf("```", start + 7));
        String source = Files.readString(Path.of("src/test/java/io/omegalock/junit/ReadmeJUnitExampleTest.java"));
        for (String line : snippet.strip().lines().map(String::strip).toList()) {
            assertThat(source).as("README line").contains(line);
        }
    }
}
