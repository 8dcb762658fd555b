package io.omegalock.cli;

import io.omegalock.eval.Evaluation;
import io.omegalock.eval.EvaluationListener;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on stderr for runs longer than a second: evaluations so far,
 * failures and rate. Only when stderr belongs to a terminal, never in CI or with
 * {@code --quiet}. A status line (not a bar) because the total is not known in advance: stress
 * and walk-forward sizes depend on what the run finds. Redrawn at most five times a second.
 */
final class ProgressLine implements EvaluationListener, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong lastDraw = new AtomicLong();
    private volatile boolean drawn;

    ProgressLine(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** @return a progress line when stderr is a terminal outside CI and not quiet, else a silent one */
    static ProgressLine forTerminal(boolean quiet) {
        boolean tty = System.console() != null && System.getenv("CI") == null;
        return new ProgressLine(System.err, tty && !quiet);
    }

    @Override
    public void evaluated(Evaluation evaluation) {
        long n = done.incrementAndGet();
        if (!evaluation.ok()) {
            failed.incrementAndGet();
        }
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        long last = lastDraw.get();
        if (now - start < DELAY_NANOS || now - last < REDRAW_NANOS || !lastDraw.compareAndSet(last, now)) {
            return;
        }
        double secs = (now - start) / 1e9;
        synchronized (this) {
            err.print(String.format(Locale.ROOT, "\r  evaluations: %,d  failed: %,d  (%.1f s, %,.0f/s)   ", n,
                    failed.get(), secs, n / secs));
            err.flush();
            drawn = true;
        }
    }

    /** @return true when the line is drawn */
    boolean enabled() {
        return enabled;
    }

    /** @return evaluations heard so far */
    long count() {
        return done.get();
    }

    @Override
    public synchronized void close() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }
}
