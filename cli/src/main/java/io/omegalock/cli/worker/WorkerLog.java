package io.omegalock.cli.worker;

import java.io.PrintStream;

/** Where the lines a worker writes to its stderr go. Called from a drain thread per process. */
@FunctionalInterface
public interface WorkerLog {

    /**
     * @param worker which worker wrote it: the role, plus {@code #k} when a pool has several processes
     * @param line   one line of the worker's stderr, without the line break
     */
    void line(String worker, String line);

    /** @return a log writing {@code [worker] line} to this process's standard error */
    static WorkerLog stderr() {
        return to(System.err);
    }

    /**
     * @param out the stream to write to
     * @return a log writing {@code [worker] line} to it, one whole line at a time
     */
    static WorkerLog to(PrintStream out) {
        return (worker, line) -> {
            synchronized (out) {
                out.println("[" + worker + "] " + line);
            }
        };
    }

    /** @return a log that drops every line */
    static WorkerLog discard() {
        return (worker, line) -> {
        };
    }
}
