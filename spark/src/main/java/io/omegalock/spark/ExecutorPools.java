package io.omegalock.spark;

import io.omegalock.cli.worker.WorkerLog;
import io.omegalock.cli.worker.WorkerPool;
import io.omegalock.target.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkEnv;

/**
 * The targets an executor JVM has made from recipes, kept for its lifetime: worker processes
 * start once and serve every later task; {@link OmegaLockPlugin} closes them when the executor
 * ends (with embedded Spark, when the run closes its context).
 */
final class ExecutorPools {
    private static final Map<ExecutorTarget.Worker, WorkerPool> POOLS = new ConcurrentHashMap<>();
    private static final Map<ExecutorTarget.Builtin, Target> BUILTINS = new ConcurrentHashMap<>();

    private ExecutorPools() {
    }

    static WorkerPool pool(ExecutorTarget.Worker w) {
        return POOLS.computeIfAbsent(w, k -> new WorkerPool(k.command(), k.role(), slots(), WorkerLog.stderr()));
    }

    static Target builtin(ExecutorTarget.Builtin b) {
        return BUILTINS.computeIfAbsent(b, ExecutorTarget.Builtin::create);
    }

    /** @return how many worker processes this executor has started pools for (tests) */
    static int pools() {
        return POOLS.size();
    }

    /** Stops every worker process of this JVM. */
    static void closeAll() {
        for (ExecutorTarget.Worker w : POOLS.keySet()) {
            WorkerPool p = POOLS.remove(w);
            if (p != null) {
                p.close();
            }
        }
        BUILTINS.clear();
    }

    /** One worker process per task slot: as many as tasks this executor runs at once. */
    private static int slots() {
        int cpus = Runtime.getRuntime().availableProcessors();
        SparkEnv env = SparkEnv.get();
        return env == null ? cpus : Math.max(1, env.conf().getInt("spark.executor.cores", cpus));
    }
}
