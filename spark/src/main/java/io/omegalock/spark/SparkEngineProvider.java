package io.omegalock.spark;

import io.omegalock.cli.engine.EngineProvider;
import io.omegalock.cli.engine.RunEngine;
import io.omegalock.cli.spec.RunSpec;
import io.omegalock.cli.spec.TargetSet;
import io.omegalock.cli.spec.TargetSpec;
import io.omegalock.cli.worker.WorkerLog;
import io.omegalock.eval.EvaluationListener;
import io.omegalock.eval.Evaluator;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.Target;
import java.util.Map;

/**
 * {@code run --engine spark}: evaluations on Spark executors, constraints and the trail on the
 * driver. Found through {@link java.util.ServiceLoader}, so nothing of Spark loads otherwise.
 */
public final class SparkEngineProvider implements EngineProvider {
    /**
     * The master when {@code --master} is not given and none is set ({@code spark-submit --master}
     * sets {@code spark.master}): embedded Spark on every core.
     */
    public static final String DEFAULT_MASTER = "local[*]";
    /**
     * When {@code true}, the spec's directory is zipped and shipped to every executor, and
     * worker commands start in the unpacked copy instead of at the driver's path.
     */
    public static final String SHIP_SPEC_DIRECTORY = "spark.omegalock.shipSpecDirectory";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public RunEngine open(RunSpec run, String master, EvaluationListener progress) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            // The command line keeps Spark's log to warnings; a user's own log4j2 file wins.
            System.setProperty("log4j2.configurationFile", "classpath:omega-lock-spark-log4j2.properties");
        }
        ParamSpace space = run.space();
        var declared = run.targets();
        // Built-ins are checked against the spec's space before any cluster is asked.
        for (TargetSpec t : declared.declared()) {
            if (t instanceof TargetSpec.Builtin b) {
                b.create(space, 1, WorkerLog.stderr());
            }
        }
        SparkScorer scorer = SparkScorer.connect(master != null ? master : System.getProperty("spark.master",
                DEFAULT_MASTER), Map.of());
        String shipped;
        try {
            shipped = Boolean.parseBoolean(scorer.setting(SHIP_SPEC_DIRECTORY, "false")) ? scorer.ship(run.directory())
                    : null;
        } catch (RuntimeException e) {
            scorer.close();
            throw e;
        }
        TargetSet targets = TargetSet.of(standIn(declared.train(), space, shipped),
                standIn(declared.test(), space, shipped), standIn(declared.validation(), space, shipped),
                standIn(declared.holdout(), space, shipped));
        return RunEngine.of(Evaluator.remote(scorer, progress), targets);
    }

    private static Target standIn(TargetSpec spec, ParamSpace space, String shipped) {
        if (spec == null) {
            return null;
        }
        ExecutorTarget recipe;
        if (spec instanceof TargetSpec.Command c) {
            recipe = ExecutorTarget.Worker.of(c.command(), c.role(), shipped);
        } else {
            TargetSpec.Builtin b = (TargetSpec.Builtin) spec;
            recipe = new ExecutorTarget.Builtin(b.role(), b.name(), b.slice());
        }
        return new ExecutorTarget.SpecTarget(space, recipe);
    }
}
