package io.omegalock.eval;

import io.omegalock.BadInputException;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.ReportedFailure;
import io.omegalock.target.Target;
import io.omegalock.target.Wrapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The evaluation engine: scores batches of candidates on one thread or several, and returns
 * (and commits side effects) in candidate order, never completion order, so that results and
 * audit trails are identical for any thread count. A target that throws or returns a
 * non-finite fitness yields a failed {@link Evaluation}, not an exception.
 *
 * <p>With several threads each worker claims the next unclaimed candidate from a shared
 * counter (no per-candidate task objects), so the engine's own overhead stays in the tens of
 * nanoseconds per evaluation.
 *
 * <p>A {@linkplain #remote remote} engine sends each batch's innermost target to a
 * {@link RemoteScorer} (a cluster) and then runs the wrappers around the returned outcomes here,
 * in candidate order, exactly as a one-thread engine would: the same trail, the same results.
 */
public final class Evaluator implements AutoCloseable {
    private final int threads;
    private final EvaluationListener listener;
    private final RemoteScorer remote;
    private ExecutorService pool;

    private Evaluator(int threads, EvaluationListener listener, RemoteScorer remote) {
        if (threads < 1) {
            throw new BadInputException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.listener = listener == null ? EvaluationListener.NONE : listener;
        this.remote = remote;
    }

    /** @return an engine that evaluates on the calling thread */
    public static Evaluator sequential() {
        return new Evaluator(1, null, null);
    }

    /**
     * @param threads worker threads, {@code >= 1}
     * @return an engine evaluating batches on that many threads
     * @throws BadInputException when threads < 1
     */
    public static Evaluator parallel(int threads) {
        return new Evaluator(threads, null, null);
    }

    /**
     * @param threads  worker threads, {@code >= 1}
     * @param listener hears every finished evaluation (progress display)
     * @return an engine evaluating batches on that many threads
     * @throws BadInputException when threads < 1
     */
    public static Evaluator parallel(int threads, EvaluationListener listener) {
        return new Evaluator(threads, listener, null);
    }

    /**
     * @param scorer   scores each batch's innermost target elsewhere; closed with this engine
     * @param listener hears every evaluation as it is committed here, in candidate order
     * @return an engine whose evaluations run through the scorer
     */
    public static Evaluator remote(RemoteScorer scorer, EvaluationListener listener) {
        java.util.Objects.requireNonNull(scorer, "scorer");
        return new Evaluator(Math.max(1, scorer.parallelism()), listener, scorer);
    }

    /** @return the number of worker threads (for a remote engine, the evaluations it runs at once) */
    public int threads() {
        return threads;
    }

    /**
     * @param target the target
     * @param params one candidate
     * @return its evaluation
     */
    public Evaluation evaluate(Target target, Params params) {
        return remote == null ? evaluateOne(target, params) : evaluateRemote(target, List.of(params)).get(0);
    }

    /**
     * @param target the target
     * @param batch  candidates, in order
     * @return one evaluation per candidate, in the same order
     */
    public List<Evaluation> evaluate(Target target, List<Params> batch) {
        int n = batch.size();
        if (remote != null) {
            return evaluateRemote(target, batch);
        }
        if (threads == 1 || n < 2) {
            List<Evaluation> out = new ArrayList<>(n);
            for (Params p : batch) {
                out.add(evaluateOne(target, p));
            }
            return out;
        }
        return evaluateParallel(target, batch);
    }

    private List<Evaluation> evaluateRemote(Target target, List<Params> batch) {
        Target leaf = Wrapper.leaf(target);
        int n = batch.size();
        // Candidates a wrapper answers alone (a resumed run's records) are not sent.
        boolean[] alone = target instanceof Wrapper w ? w.answersAlone(batch) : new boolean[n];
        List<Params> sent = new ArrayList<>(n);
        int[] origin = new int[n];
        for (int i = 0; i < n; i++) {
            if (!alone[i]) {
                origin[sent.size()] = i;
                sent.add(batch.get(i));
            }
        }
        List<Evaluation> out = new ArrayList<>(n);
        int[] received = {0};
        remote.score(leaf, sent, (s, j) -> {
            if (j != received[0]++ || j >= sent.size()) {
                throw new IllegalStateException("remote scorer gave candidate " + j + " when " + (received[0] - 1)
                        + " of " + sent.size() + " were in");
            }
            commitAlone(target, batch, origin[j], out);
            Evaluation e = score(Wrapper.replaceLeaf(target, new Replay(leaf, s)), batch.get(origin[j]));
            e = new Evaluation(e.params(), e.result(), e.failure(), s.wallSeconds());
            listener.evaluated(e);
            out.add(e);
        });
        if (received[0] != sent.size()) {
            throw new IllegalStateException("remote scorer returned " + received[0] + " outcomes for "
                    + sent.size() + " candidates");
        }
        commitAlone(target, batch, n, out);
        return out;
    }

    /**
     * Evaluates, in order, the candidates before {@code upTo} that were not sent: their wrapper
     * answers them; should it not, the leaf scores them here.
     */
    private void commitAlone(Target target, List<Params> batch, int upTo, List<Evaluation> out) {
        while (out.size() < upTo) {
            out.add(evaluateOne(target, batch.get(out.size())));
        }
    }

    /** The leaf as it answered elsewhere: its result, or its failure rethrown. */
    private record Replay(Target leaf, Scored scored) implements Target {
        @Override
        public io.omegalock.space.ParamSpace space() {
            return leaf.space();
        }

        @Override
        public EvalResult evaluate(Params params) throws ReportedFailure {
            if (scored.failure() != null) {
                throw new ReportedFailure(scored.failure());
            }
            return scored.result();
        }
    }

    private List<Evaluation> evaluateParallel(Target target, List<Params> batch) {
        int n = batch.size();
        Evaluation[] results = new Evaluation[n];
        Committer committer = new Committer(n);
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(threads, n);
        // Candidates are claimed in small chunks: one atomic operation per chunk instead of per
        // candidate, while chunks stay small enough to balance uneven evaluation times.
        int chunk = Math.max(1, Math.min(64, n / (workers * 16)));
        List<Future<?>> futures = new ArrayList<>(workers);
        ExecutorService exec = pool();
        for (int w = 0; w < workers; w++) {
            futures.add(exec.submit(() -> {
                Slot slot = new Slot(committer);
                OrderedCommit.bind(slot);
                try {
                    for (int start = next.getAndAdd(chunk); start < n; start = next.getAndAdd(chunk)) {
                        int end = Math.min(n, start + chunk);
                        for (int i = start; i < end; i++) {
                            slot.index = i;
                            try {
                                results[i] = evaluateOne(target, batch.get(i));
                            } finally {
                                committer.done(i);
                            }
                        }
                    }
                } finally {
                    OrderedCommit.unbind();
                }
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while evaluating a batch", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("evaluation worker failed", e.getCause());
            }
        }
        return Arrays.asList(results);
    }

    /** A worker's binding: holds actions for whichever candidate the worker is evaluating. */
    private static final class Slot implements java.util.function.Consumer<Runnable> {
        private final Committer committer;
        private int index;

        Slot(Committer committer) {
            this.committer = committer;
        }

        @Override
        public void accept(Runnable action) {
            committer.hold(index, action);
        }
    }

    private Evaluation evaluateOne(Target target, Params params) {
        Evaluation e = score(target, params);
        listener.evaluated(e);
        return e;
    }

    private static Evaluation score(Target target, Params params) {
        long t0 = System.nanoTime();
        try {
            EvalResult r = target.evaluate(params);
            double wall = (System.nanoTime() - t0) / 1e9;
            if (r == null) {
                return new Evaluation(params, null, "target returned no result", wall);
            }
            return Evaluation.of(params, r, wall);
        } catch (Exception | StackOverflowError e) {
            return Evaluation.failed(params, e, (System.nanoTime() - t0) / 1e9);
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger count = new AtomicInteger();
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "omega-lock-eval-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @Override
    public synchronized void close() {
        if (remote != null) {
            remote.close();
        }
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    /** Runs held actions strictly in slot order as the prefix of finished slots grows. */
    private static final class Committer {
        private final Runnable[][] held;
        private final boolean[] finished;
        private int cursor;

        Committer(int n) {
            held = new Runnable[n][];
            finished = new boolean[n];
        }

        synchronized void hold(int slot, Runnable action) {
            Runnable[] prev = held[slot];
            if (prev == null) {
                held[slot] = new Runnable[] {action};
            } else {
                Runnable[] grown = Arrays.copyOf(prev, prev.length + 1);
                grown[prev.length] = action;
                held[slot] = grown;
            }
        }

        synchronized void done(int slot) {
            finished[slot] = true;
            while (cursor < finished.length && finished[cursor]) {
                Runnable[] actions = held[cursor];
                held[cursor] = null;
                if (actions != null) {
                    for (Runnable a : actions) {
                        a.run();
                    }
                }
                cursor++;
            }
        }
    }
}
