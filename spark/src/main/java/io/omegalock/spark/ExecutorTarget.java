package io.omegalock.spark;

import io.omegalock.BadInputException;
import io.omegalock.cli.spec.TargetSpec;
import io.omegalock.cli.worker.WorkerCommand;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What travels to an executor to score candidates there: a serializable target itself, or the
 * recipe of a spec's target (a built-in by name, a worker command), which the executor turns
 * into the target once and reuses across tasks.
 */
sealed interface ExecutorTarget extends Serializable {

    /**
     * @param params name to value, in the space's order
     * @return what the target gave
     * @throws Exception whatever it threw (recorded as a failed evaluation)
     */
    EvalResult evaluate(Map<String, Object> params) throws Exception;

    /**
     * @param leaf the innermost target of a batch
     * @return how to run it on an executor
     * @throws BadInputException when it can run only here
     */
    static ExecutorTarget of(Target leaf) {
        if (leaf instanceof SpecTarget s) {
            return s.recipe();
        }
        if (leaf instanceof Serializable) {
            return new Shipped(leaf);
        }
        throw new BadInputException("target " + leaf + " (" + leaf.getClass().getName()
                + ") cannot run on Spark executors: make it java.io.Serializable");
    }

    /** A target that is itself serializable (library use): shipped with every task. */
    record Shipped(Target target) implements ExecutorTarget {
        private static final long serialVersionUID = 1L;

        @Override
        public EvalResult evaluate(Map<String, Object> params) throws Exception {
            return target.evaluate(target.space().params(params));
        }
    }

    /**
     * A spec's built-in target, made on the executor by name; the spec's view of the space is
     * mapped onto the built-in's own, as on one machine.
     *
     * @param role  the role
     * @param name  the built-in's name
     * @param slice its slice, or null
     */
    record Builtin(String role, String name, String slice) implements ExecutorTarget {
        private static final long serialVersionUID = 1L;

        @Override
        public EvalResult evaluate(Map<String, Object> params) throws Exception {
            Target t = ExecutorPools.builtin(this);
            return t.evaluate(t.space().params(params));
        }

        Target create() {
            return new TargetSpec.Builtin(role, name, slice).target();
        }
    }

    /**
     * A spec's worker command: each executor starts its own worker processes (one per core)
     * on first use, reuses them across tasks, and stops them when it ends.
     *
     * @param argv          the program and its arguments
     * @param directory     where it starts: the spec's directory, a path every node must see;
     *                      or, when {@code archive} is set, null
     * @param archive       the name of the spec directory's archive that Spark shipped and
     *                      unpacked on every executor ({@code SparkFiles.get}), or null
     * @param timeoutMillis the per-evaluation timeout
     * @param role          the role, for messages and log prefixes
     */
    record Worker(List<String> argv, String directory, String archive, long timeoutMillis, String role)
            implements ExecutorTarget {
        private static final long serialVersionUID = 1L;

        /**
         * @param command the command as the spec declares it
         * @param role    the role
         * @param shipped the spec directory's archive name when it was shipped, else null
         */
        static Worker of(WorkerCommand command, String role, String shipped) {
            return new Worker(List.copyOf(command.argv()),
                    shipped == null ? command.directory().toAbsolutePath().toString() : null, shipped,
                    command.timeout().toMillis(), role);
        }

        WorkerCommand command() {
            Path dir = archive == null ? Path.of(directory) : Path.of(org.apache.spark.SparkFiles.get(archive));
            return new WorkerCommand(argv, dir, Duration.ofMillis(timeoutMillis));
        }

        @Override
        public EvalResult evaluate(Map<String, Object> params) throws Exception {
            return ExecutorPools.pool(this).evaluate(params);
        }
    }

    /**
     * The driver's stand-in for a spec target: evaluations of it go to the executors.
     *
     * @param space  the spec's space
     * @param recipe how executors make the target
     */
    record SpecTarget(ParamSpace space, ExecutorTarget recipe) implements Target {
        @Override
        public EvalResult evaluate(io.omegalock.space.Params params) throws Exception {
            return recipe.evaluate(params.asMap());
        }

        @Override
        public String toString() {
            return "spark target " + recipe;
        }
    }
}
