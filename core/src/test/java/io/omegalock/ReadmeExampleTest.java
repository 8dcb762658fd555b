package io.omegalock;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.audit.AuditReport;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
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
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example of the README, as written there, with what its comments claim. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void readmeExampleRunsAsDocumented() {
        ParamSpace space = ParamSpace.of(FloatParam.of("x", -5, 5, 0), IntParam.of("n", 1, 20, 10));
        Target train = Targets.of(space, p -> -Math.pow(p.getDouble("x") - 1, 2) - 0.1 * p.getLong("n"));
        Target test = Targets.of(space, p -> -Math.pow(p.getDouble("x") - 1.2, 2) - 0.1 * p.getLong("n"));
        AuditTrail trail = AuditTrail.of(Constraint.of("x_le_2", "x capped", (p, r) -> p.getDouble("x") <= 2));
        PipelineConfig config = PipelineConfig.builder().unlockK(2).search(new GridSearch(5))
                .thresholds(Thresholds.pureObjective()).constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE).build();
        PipelineResult result;
        try (Evaluator evaluator = Evaluator.parallel(2)) {
            result = new Pipeline(config, evaluator)
                    .run(PipelineTargets.of(trail.wrap(train, "train")).withTest(trail.wrap(test, "test")));
            trail.report("readme", null, null).write(dir.resolve("audit.json"), true);
        }
        assertThat(result.status() + " " + result.bestFeasible().unlocked()).isEqualTo("PASS {x=0.0, n=1}");
        assertThat(AuditReport.read(dir.resolve("audit.json")).verifyStoredChain().ok()).isTrue();
    }
}
