package io.omegalock.eval;

import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.util.List;

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

    /** @return how many evaluations can run at once (for strategies that size their batches) */
    int parallelism();

    @Override
    void close();
}
