package io.omegalock.target;

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
