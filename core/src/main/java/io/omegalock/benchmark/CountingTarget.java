package io.omegalock.benchmark;

import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the evaluate calls that reach a target (safe under a parallel evaluator). */
public final class CountingTarget implements Target {
    private final Target inner;
    private final AtomicLong calls = new AtomicLong();

    /** @param inner the target whose calls are counted */
    public CountingTarget(Target inner) {
        this.inner = inner;
    }

    /** @return the evaluate calls so far */
    public long calls() {
        return calls.get();
    }

    @Override
    public ParamSpace space() {
        return inner.space();
    }

    @Override
    public EvalResult evaluate(Params params) throws Exception {
        calls.incrementAndGet();
        return inner.evaluate(params);
    }
}
