package io.omegalock.eval;

import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Scores batches somewhere else, such as on a cluster: the seam through which an engine outside
 * core (the Spark module) plugs into {@link Evaluator#remote}. It receives only the innermost
 * target ({@link io.omegalock.target.Wrapper#leaf}) and returns what it gave for each candidate,
 * in candidate order; the evaluator then runs the wrappers (audit records, constraints) and the
 * listener on the calling thread, candidate by candidate, so the trail is the one a sequential
 * run writes.
 */
public interface RemoteScorer extends AutoCloseable {

    /**
     * @param leaf  the innermost target
     * @param batch candidates, in order
     * @return one outcome per candidate, in the same order
     */
    List<Scored> score(Target leaf, List<Params> batch);

    /**
     * Scores a batch and hands each outcome over as soon as it and every earlier one are in, so
     * the trail streams and progress moves during a long batch. The default hands them over
     * once the whole batch is back.
     *
     * @param leaf  the innermost target
     * @param batch candidates, in order
     * @param sink  takes each outcome with its candidate index, in candidate order, on the
     *              calling thread
     */
    default void score(Target leaf, List<Params> batch, ObjIntConsumer<Scored> sink) {
        List<Scored> all = score(leaf, batch);
        for (int i = 0; i < all.size(); i++) {
            sink.accept(all.get(i), i);
        }
    }

    /** @return how many evaluations can run at once (for strategies that size their batches) */
    int parallelism();

    @Override
    void close();
}
