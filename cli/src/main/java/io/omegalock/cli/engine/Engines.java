package io.omegalock.cli.engine;

import io.omegalock.BadInputException;
import io.omegalock.cli.spec.RunSpec;
import io.omegalock.cli.spec.TargetSet;
import io.omegalock.eval.EvaluationListener;
import io.omegalock.eval.Evaluator;
import java.util.ServiceLoader;

/** Opens the engine {@code run --engine} names: {@code threads} (built in) or a provider on the class path. */
public final class Engines {
    /** The default engine: threads of this process, N worker processes per worker target. */
    public static final String THREADS = "threads";

    private Engines() {
    }

    /**
     * @param name     the engine's name
     * @param master   {@code --master}, or null
     * @param threads  threads (and worker processes per target) of the thread engine
     * @param run      the loaded spec
     * @param progress hears every committed evaluation
     * @return the open engine
     * @throws BadInputException when no engine has that name, or an option does not apply to it
     */
    public static RunEngine open(String name, String master, int threads, RunSpec run, EvaluationListener progress) {
        if (THREADS.equals(name)) {
            if (master != null) {
                throw new BadInputException("--master applies to a cluster engine (--engine spark), not to --engine threads");
            }
            return threads(run, threads, progress);
        }
        for (EngineProvider p : ServiceLoader.load(EngineProvider.class)) {
            if (p.name().equals(name)) {
                return p.open(run, master, progress);
            }
        }
        throw new BadInputException("--engine " + name + ": "
                + ("spark".equals(name) ? "the Spark engine (omega-lock-spark) is not on the class path; see docs/DISTRIBUTED.md"
                        : "unknown engine (expected threads or spark)"));
    }

    private static RunEngine threads(RunSpec run, int threads, EvaluationListener progress) {
        TargetSet targets = run.openTargets(threads);
        return RunEngine.of(Evaluator.parallel(threads, progress), targets);
    }
}
