package io.omegalock.cli;

import io.omegalock.Threads;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs two independent pieces of work at the same time, the second on a thread of its own: a
 * command's output files (an audit report, a result) do not depend on each other, and writing
 * one while the other is written uses the second core.
 */
final class Concurrently {
    private Concurrently() {
    }

    /**
     * Runs both and returns when both are done; rethrows what the first threw, else what the
     * second threw.
     *
     * @param first  runs on the calling thread
     * @param second runs on a new thread
     */
    static void run(Runnable first, Runnable second) {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                second.run();
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "omega-lock-output");
        other.start();
        try {
            first.run();
        } finally {
            Threads.joinUninterruptibly(other);
        }
        Throwable e = failed.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
