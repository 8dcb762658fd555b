package io.omegalock.cli.worker;

import io.omegalock.target.EvalResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One slot of a worker pool: a long-lived process started on first use and restarted after it
 * breaks. Used by one borrower at a time; {@link #close} and the timeout watchdog may act on it
 * from other threads. Its stdout is read by a thread into a queue, so waiting for a response
 * has a deadline; its stderr is drained by another thread into the log, so a chatty worker
 * never blocks on a full pipe.
 */
final class WorkerProcess {
    private static final Object EOF = new Object();
    private static final int MAX_RESPONSE_CHARS = 16 << 20;
    private static final int MAX_LOG_CHARS = 4096;
    private static final int STDERR_TAIL_LINES = 5;

    private final WorkerCommand command;
    private final String name;
    private final WorkerLog log;
    private Running running;
    private boolean closed;
    private int starts;

    WorkerProcess(WorkerCommand command, String name, WorkerLog log) {
        this.command = command;
        this.name = name;
        this.log = log;
    }

    /** Kills a request's process when it outlives its deadline (also unblocks a stuck write). */
    private static final class Watchdog {
        static final ScheduledThreadPoolExecutor TIMER = timer();

        private static ScheduledThreadPoolExecutor timer() {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread th = new Thread(r, "omega-lock-worker-watchdog");
                th.setDaemon(true);
                return th;
            });
            t.setRemoveOnCancelPolicy(true);
            return t;
        }
    }

    /**
     * Kills the workers still running when the JVM exits (Ctrl-C, System.exit): a well-behaved
     * worker exits on end of input anyway, but one busy computing would outlive the run.
     */
    private static final class Reaper {
        static final java.util.Set<Running> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Running::destroy),
                    "omega-lock-worker-reaper"));
        }

        static void track(Running r) {
            LIVE.add(r);
            r.process.onExit().thenRun(() -> LIVE.remove(r));
        }
    }

    /** A started process and the threads reading it. */
    private static final class Running {
        final Process process;
        final Writer stdin;
        final BlockingQueue<Object> stdout = new LinkedBlockingQueue<>();
        final ArrayDeque<String> stderrTail = new ArrayDeque<>();
        Thread stderrThread;
        volatile boolean timedOut;

        Running(Process process) {
            this.process = process;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        /** Kills the process and everything it started (a shell wrapper's children hold the pipes too). */
        void destroy() {
            try {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
            } catch (RuntimeException ignored) {
                // Listing descendants can fail on exotic platforms; the direct kill below still runs.
            }
            process.destroyForcibly();
        }

        String stderrTail() {
            synchronized (stderrTail) {
                return stderrTail.isEmpty() ? "" : "; its stderr ends with: " + String.join(" | ", stderrTail);
            }
        }
    }

    /**
     * Starts the process now if none is running, so its start-up (an interpreter loading, a
     * model reading its data) overlaps with other work instead of delaying the first request.
     * A start failure is not thrown here: the first evaluation reports it.
     */
    void warmUp() {
        try {
            current();
        } catch (WorkerException e) {
            // Reported, with its reason, by the first evaluate call.
        }
    }

    /** @return how many times a process was started in this slot */
    synchronized int starts() {
        return starts;
    }

    /**
     * Sends one request and waits for its response, starting the process first if needed.
     *
     * @param id     a request id unique within the pool
     * @param params the params to evaluate
     * @return the result
     * @throws WorkerException on any failure; a broken process is killed and the next call starts a new one
     */
    EvalResult evaluate(long id, Map<String, ?> params) throws WorkerException {
        Running r = current();
        String request = WorkerProtocol.request(id, params);
        long timeout = command.timeout().toNanos();
        long deadline = System.nanoTime() + timeout;
        ScheduledFuture<?> guard = Watchdog.TIMER.schedule(() -> {
            r.timedOut = true;
            r.destroy();
        }, timeout, TimeUnit.NANOSECONDS);
        Object line;
        try {
            try {
                r.stdin.write(request);
                r.stdin.write('\n');
                r.stdin.flush();
            } catch (IOException e) {
                // The process is gone or was killed by the watchdog; its stdout queue says which.
            }
            line = r.stdout.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard(r);
            throw new WorkerException("worker " + name + " was interrupted while waiting for request " + id);
        } finally {
            guard.cancel(false);
        }
        if (line == null || r.timedOut) {
            discard(r);
            throw new WorkerException("worker " + name + " timed out after " + command.timeoutText() + " on request "
                    + id + " (killed; restarted for the next request)");
        }
        if (line == EOF) {
            String how = exitDescription(r);
            discard(r);
            throw new WorkerException("worker " + name + " " + how + " before answering request " + id
                    + r.stderrTail() + " (restarted for the next request)");
        }
        try {
            return WorkerProtocol.response(id, (String) line);
        } catch (WorkerProtocol.Violation v) {
            discard(r);
            throw new WorkerException("worker " + name + " " + v.getMessage() + " (killed; restarted for the next request)");
        } catch (WorkerProtocol.Failed f) {
            throw new WorkerException("worker " + name + " " + f.getMessage());
        }
    }

    private synchronized Running current() throws WorkerException {
        if (closed) {
            throw new WorkerException("worker " + name + " is closed");
        }
        // A process that exited since its last answer is replaced; anything it left unread is dropped with it.
        if (running == null || !running.process.isAlive()) {
            if (running != null) {
                running.destroy();
            }
            running = start();
        }
        return running;
    }

    private Running start() throws WorkerException {
        List<String> argv = command.argv();
        ProcessBuilder pb = new ProcessBuilder(argv).directory(command.directory().toFile());
        // Python block-buffers a piped stdout; unbuffered output lets a worker that forgets to flush still answer.
        pb.environment().putIfAbsent("PYTHONUNBUFFERED", "1");
        pb.environment().putIfAbsent("PYTHONIOENCODING", "utf-8");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new WorkerException("worker " + name + " cannot start " + argv + " in " + command.directory() + ": "
                    + startFailure(argv.get(0), e));
        }
        starts++;
        Running r = new Running(p);
        Reaper.track(r);
        Thread out = daemon(() -> readLines(p.getInputStream(), MAX_RESPONSE_CHARS, r.stdout::add, () -> r.stdout.add(EOF)),
                "stdout");
        r.stderrThread = daemon(() -> readLines(p.getErrorStream(), MAX_LOG_CHARS, l -> {
            synchronized (r.stderrTail) {
                r.stderrTail.addLast(l.length() > 300 ? l.substring(0, 300) + "..." : l);
                if (r.stderrTail.size() > STDERR_TAIL_LINES) {
                    r.stderrTail.removeFirst();
                }
            }
            log.line(name, l);
        }, () -> {
        }), "stderr");
        out.start();
        r.stderrThread.start();
        return r;
    }

    private static String startFailure(String program, IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("error=2,")) {
            return "executable '" + program + "' not found (" + (program.contains("/") ? "no such file"
                    : "not on PATH") + ")";
        }
        if (msg.contains("error=13,")) {
            return "permission denied running '" + program + "' (is it executable?)";
        }
        return msg;
    }

    private Thread daemon(Runnable body, String stream) {
        Thread t = new Thread(body, "omega-lock-worker-" + name + "-" + stream);
        t.setDaemon(true);
        return t;
    }

    /**
     * Reads UTF-8 lines until end of stream; blank lines are skipped and a line longer than
     * {@code max} chars is cut there (a cut response is then malformed, never a memory blow-up).
     */
    private static void readLines(InputStream in, int max, Consumer<String> onLine, Runnable onEnd) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buf = new char[8192];
            StringBuilder line = new StringBuilder();
            boolean cut = false;
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                for (int i = 0; i < n; i++) {
                    char c = buf[i];
                    if (c == '\n') {
                        emit(line, onLine);
                        cut = false;
                    } else if (line.length() < max) {
                        line.append(c);
                    } else if (!cut) {
                        cut = true;
                        line.append("...");
                    }
                }
            }
            emit(line, onLine);
        } catch (IOException ignored) {
            // The pipe closed under us (the process was killed): that is the end of the stream.
        } finally {
            onEnd.run();
        }
    }

    private static void emit(StringBuilder line, Consumer<String> onLine) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        String s = line.substring(0, end);
        line.setLength(0);
        if (!s.isBlank()) {
            onLine.accept(s);
        }
    }

    /** After end of stdout: how the process ended, waiting briefly for it and for the last stderr lines. */
    private static String exitDescription(Running r) {
        try {
            if (r.process.waitFor(2, TimeUnit.SECONDS)) {
                r.stderrThread.join(1000);
                int code = r.process.exitValue();
                return code > 128 ? "was killed by signal " + (code - 128) + " (exit code " + code + ")"
                        : "exited with code " + code;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "closed its stdout";
    }

    private synchronized void discard(Running r) {
        r.destroy();
        if (running == r) {
            running = null;
        }
    }

    /** Asks the process to exit: closes its stdin (end of input is the protocol's request to exit). */
    synchronized void closeInput() {
        closed = true;
        if (running != null) {
            try {
                running.stdin.close();
            } catch (IOException ignored) {
                // Already gone.
            }
        }
    }

    /**
     * Waits until the deadline for the process to exit after {@link #closeInput()}, then kills it.
     *
     * @param deadlineNanos a {@link System#nanoTime()} deadline
     */
    void awaitExit(long deadlineNanos) {
        Running r;
        synchronized (this) {
            r = running;
            running = null;
        }
        if (r == null) {
            return;
        }
        try {
            r.process.waitFor(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        r.destroy();
    }
}
