package io.omegalock.testing;

import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * A minimal test wrapper that records constraint outcomes in metadata the way the auditing
 * wrapper does ({@code _constraints_passed}, {@code _constraints_failed}), so pipeline tests can
 * exercise feasibility-aware selection without an audit trail.
 */
public final class ConstrainedTarget implements Target {
    private final Target inner;
    private final Map<String, BiPredicate<Params, EvalResult>> constraints;

    /**
     * @param inner       the target
     * @param constraints name -> predicate, in declaration order
     */
    public ConstrainedTarget(Target inner, Map<String, BiPredicate<Params, EvalResult>> constraints) {
        this.inner = inner;
        this.constraints = new LinkedHashMap<>(constraints);
    }

    @Override
    public ParamSpace space() {
        return inner.space();
    }

    @Override
    public EvalResult evaluate(Params params) throws Exception {
        EvalResult r = inner.evaluate(params);
        List<String> passed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        constraints.forEach((name, p) -> (p.test(params, r) ? passed : failed).add(name));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("_constraints_passed", passed);
        extra.put("_constraints_failed", failed);
        return r.withMetadata(extra);
    }
}
