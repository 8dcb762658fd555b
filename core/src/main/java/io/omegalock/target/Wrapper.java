package io.omegalock.target;

import io.omegalock.space.Params;
import java.util.List;

/**
 * A target that adds something around another one (the audit trail's recording wrapper). An
 * engine that scores targets elsewhere ({@link io.omegalock.eval.RemoteScorer}) ships only the
 * innermost target, the {@link #leaf}, and runs the wrappers where the run lives, around the
 * result that came back, so their side effects happen exactly as in a local run.
 */
public interface Wrapper extends Target {

    /** @return the wrapped target */
    Target inner();

    /**
     * @param inner another target on the same space
     * @return a wrapper in this one's current state (phase, round, trail...) around {@code inner}
     */
    Target around(Target inner);

    /**
     * Which candidates of a batch, evaluated through this wrapper in order, it will answer
     * without calling its inner target (a resumed run's recorded ones), so an engine that scores
     * elsewhere need not send them. A wrong guess costs only time: the engine then scores such
     * a candidate where the run lives.
     *
     * @param batch candidates, in order
     * @return one flag per candidate; none set by default
     */
    default boolean[] answersAlone(List<Params> batch) {
        return new boolean[batch.size()];
    }

    /**
     * @param target a target, wrapped or not
     * @return the innermost target: the one that does the scoring
     */
    static Target leaf(Target target) {
        Target t = target;
        while (t instanceof Wrapper w) {
            t = w.inner();
        }
        return t;
    }

    /**
     * @param target a target, wrapped or not
     * @param leaf   the target to put in place of its {@link #leaf}
     * @return the same chain of wrappers around {@code leaf}
     */
    static Target replaceLeaf(Target target, Target leaf) {
        return target instanceof Wrapper w ? w.around(replaceLeaf(w.inner(), leaf)) : leaf;
    }
}
