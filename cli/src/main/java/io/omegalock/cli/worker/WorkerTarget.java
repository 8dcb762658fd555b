package io.omegalock.cli.worker;

import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.Objects;

/**
 * A target in any language: a {@link WorkerPool} with the parameter space it accepts. Each
 * {@link #evaluate} call borrows an idle worker process; every failure is thrown as a
 * {@link WorkerException} with its reason, which the evaluation engine records as a failed
 * evaluation.
 */
public final class WorkerTarget implements Target, AutoCloseable {
    private final ParamSpace space;
    private final WorkerPool pool;

    /**
     * Creates the pool; processes start on first use.
     *
     * @param space     the parameters the worker accepts
     * @param command   how to start a worker process
     * @param role      the target's role (train, test, ...), used in messages and log prefixes
     * @param processes pool size, {@code >= 1}: at most this many evaluations run at once
     * @param log       where the workers' stderr lines go
     * @throws io.omegalock.BadInputException when processes < 1 or the role is blank
     */
    public WorkerTarget(ParamSpace space, WorkerCommand command, String role, int processes, WorkerLog log) {
        this.space = Objects.requireNonNull(space, "space");
        this.pool = new WorkerPool(command, role, processes, log);
    }

    /**
     * @param space   the parameters
     * @param command how to start the worker
     * @param role    the target's role
     * @return a one-process pool logging to standard error
     */
    public static WorkerTarget of(ParamSpace space, WorkerCommand command, String role) {
        return new WorkerTarget(space, command, role, 1, WorkerLog.stderr());
    }

    @Override
    public ParamSpace space() {
        return space;
    }

    /** @return how the worker processes are started */
    public WorkerCommand command() {
        return pool.command();
    }

    /** @return the target's role */
    public String role() {
        return pool.role();
    }

    /** @return the pool size */
    public int processes() {
        return pool.processes();
    }

    /** Starts every worker process now, so their start-up runs concurrently with other work. */
    public void startAll() {
        pool.startAll();
    }

    /** @return how many processes were started so far, restarts included (for tests and diagnostics) */
    int starts() {
        return pool.starts();
    }

    /**
     * @param params a full param map of {@link #space()}
     * @return the worker's fitness, n_trials (1 when absent) and metadata
     * @throws WorkerException on any failure, with the reason
     */
    @Override
    public EvalResult evaluate(Params params) throws WorkerException {
        return pool.evaluate(params.asMap());
    }

    /** Closes the pool (see {@link WorkerPool#close()}). */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "WorkerTarget[" + space.names() + ", " + pool + "]";
    }
}
