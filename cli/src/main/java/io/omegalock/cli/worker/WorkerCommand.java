package io.omegalock.cli.worker;

import io.omegalock.BadInputException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to start a worker process: the argv (no shell), the working directory, and the time one
 * evaluation may take.
 *
 * @param argv      the program and its arguments; the program is looked up on {@code PATH}
 *                  unless it contains a path separator
 * @param directory the working directory of the process
 * @param timeout   the longest one request may wait for its response (the first request to a
 *                  fresh process includes the process's start-up)
 */
public record WorkerCommand(List<String> argv, Path directory, Duration timeout) {
    /** The per-evaluation timeout when a spec gives none: 30 seconds. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** @throws BadInputException when argv is empty or has a blank program, or the timeout is not positive */
    public WorkerCommand {
        if (argv == null || argv.isEmpty() || argv.get(0) == null || argv.get(0).isBlank()) {
            throw new BadInputException("worker command must name a program, got " + argv);
        }
        argv = List.copyOf(argv);
        Objects.requireNonNull(directory, "directory");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new BadInputException("worker timeout must be > 0, got " + timeout);
        }
    }

    /** @return a command with the default 30 s timeout */
    public static WorkerCommand of(List<String> argv, Path directory) {
        return new WorkerCommand(argv, directory, DEFAULT_TIMEOUT);
    }

    /** @return the timeout in seconds, for messages */
    String timeoutText() {
        double s = timeout.toNanos() / 1e9;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }
}
