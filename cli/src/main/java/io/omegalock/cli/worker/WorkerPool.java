package io.omegalock.cli.worker;

import io.omegalock.BadInputException;
import io.omegalock.target.EvalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A pool of long-lived worker processes speaking the worker protocol (SPEC §11): started from
 * an argv (no shell), each fed one JSON request line per evaluation on stdin and answering one
 * JSON line on stdout. Each call borrows an idle process, so N processes serve N threads. Used
 * by {@link WorkerTarget} and by anything else that scores param maps through a worker (the
 * Optuna bridge's holdout scorer).
 *
 * <p>Every failure — the process cannot start, crashes, times out, writes a malformed or
 * out-of-order line, reports an error, returns a non-finite or missing fitness — is thrown as a
 * {@link WorkerException} with the reason. A process that broke the protocol (crash, timeout,
 * malformed line, wrong id) is killed and a fresh one is started for the next request; one that
 * answered with an error or a non-finite fitness keeps serving. Nothing waits longer than the
 * timeout.
 */
public final class WorkerPool implements AutoCloseable {
    private static final long CLOSE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final WorkerCommand command;
    private final String role;
    private final List<WorkerProcess> processes;
    /**
     * Idle processes, the most recently used first: a pool larger than its load (an executor's
     * pool sized to its cores, fed one task at a time) keeps reusing the processes it already
     * started instead of starting every one in turn.
     */
    private final BlockingDeque<WorkerProcess> idle;
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean closed;

    /**
     * Creates the pool; processes start on first use.
     *
     * @param command   how to start a worker process
     * @param role      the target's role (train, test, ...), used in messages and log prefixes
     * @param processes pool size, {@code >= 1}: at most this many evaluations run at once
     * @param log       where the workers' stderr lines go
     * @throws BadInputException when processes < 1 or the role is blank
     */
    public WorkerPool(WorkerCommand command, String role, int processes, WorkerLog log) {
        this.command = Objects.requireNonNull(command, "command");
        Objects.requireNonNull(log, "log");
        if (role == null || role.isBlank()) {
            throw new BadInputException("worker role must be non-blank");
        }
        if (processes < 1) {
            throw new BadInputException("worker processes must be >= 1, got " + processes);
        }
        this.role = role;
        List<WorkerProcess> ps = new ArrayList<>(processes);
        for (int i = 0; i < processes; i++) {
            ps.add(new WorkerProcess(command, processes == 1 ? role : role + "#" + (i + 1), log));
        }
        this.processes = List.copyOf(ps);
        this.idle = new LinkedBlockingDeque<>(ps);
    }

    /** @return how the worker processes are started */
    public WorkerCommand command() {
        return command;
    }

    /** @return the target's role */
    public String role() {
        return role;
    }

    /** @return the pool size */
    public int processes() {
        return processes.size();
    }

    /**
     * Starts every process of the pool now (they initialise concurrently), instead of one by one
     * on first use; a process that cannot start reports why on its first evaluation.
     */
    public void startAll() {
        for (WorkerProcess p : processes) {
            p.warmUp();
        }
    }

    /** @return how many processes were started so far, restarts included (for tests and diagnostics) */
    int starts() {
        int n = 0;
        for (WorkerProcess p : processes) {
            n += p.starts();
        }
        return n;
    }

    /**
     * Evaluates on an idle worker process, waiting for one when all are busy.
     *
     * @param params name to value (ints, floats, booleans, strings)
     * @return the worker's fitness, n_trials (1 when absent) and metadata
     * @throws WorkerException on any failure, with the reason (see the class comment)
     */
    public EvalResult evaluate(Map<String, ?> params) throws WorkerException {
        if (closed) {
            throw new WorkerException("worker " + role + " is closed");
        }
        WorkerProcess w;
        try {
            w = idle.takeFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkerException("interrupted while waiting for an idle " + role + " worker");
        }
        try {
            return w.evaluate(ids.incrementAndGet(), params);
        } finally {
            idle.addFirst(w);
        }
    }

    /**
     * Closes every process's stdin (the protocol's request to exit), waits up to two seconds in
     * all for them to exit, then kills what is left. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        for (WorkerProcess p : processes) {
            p.closeInput();
        }
        long deadline = System.nanoTime() + CLOSE_GRACE_NANOS;
        for (WorkerProcess p : processes) {
            p.awaitExit(deadline);
        }
    }

    @Override
    public String toString() {
        return "WorkerPool[" + role + ", " + command.argv() + ", processes=" + processes.size() + "]";
    }
}
