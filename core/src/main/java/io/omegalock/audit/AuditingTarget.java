package io.omegalock.audit;

import io.omegalock.TargetFailureException;
import io.omegalock.eval.OrderedCommit;
import io.omegalock.json.FrozenMap;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Phase;
import io.omegalock.target.PhaseAware;
import io.omegalock.target.ReportedFailure;
import io.omegalock.target.Target;
import io.omegalock.target.Wrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A target that records every evaluate call of the target it wraps into an
 * {@link AuditTrail}. It is itself a target, so every search works through it unchanged.
 *
 * <p>Each call checks the trail's constraints in declaration order and returns the inner
 * result with {@code _constraints_passed} and {@code _constraints_failed} added to its
 * metadata, so selection can see feasibility. The record's metadata is the same, plus
 * {@code _constraint_errors} (name to message) when a predicate threw and {@code _artifacts}
 * when the trail retains artifacts.
 *
 * <p>When the inner target throws, the call is recorded as a failed evaluation (fitness NaN,
 * n_trials 0, every constraint failed since none can be checked, the exception as
 * {@code metadata._error}) and the exception is rethrown, so the evaluation engine counts it
 * as failed and the trail still shows every call. The record keeps the reference's field list.
 *
 * <p>Phase defaults to {@link Phase#SEARCH}, round to 0; the pipeline moves them through
 * {@link PhaseAware}. They are per wrapper and meant to be set between batches, not during one.
 */
public final class AuditingTarget implements Wrapper, PhaseAware {
    static final String ERROR_KEY = "_error";

    private final AuditTrail trail;
    private final Target inner;
    private final String role;
    private volatile String phase = Phase.SEARCH.wireName();
    private volatile int round;

    AuditingTarget(AuditTrail trail, Target inner, String role) {
        this.trail = trail;
        this.inner = inner;
        this.role = role;
    }

    @Override
    public ParamSpace space() {
        return inner.space();
    }

    @Override
    public Target inner() {
        return inner;
    }

    @Override
    public AuditingTarget around(Target other) {
        AuditingTarget w = new AuditingTarget(trail, other, role);
        w.phase = phase;
        w.round = round;
        return w;
    }

    /** A resumed run's recorded candidates, counted per call as {@link ResumeIndex#take} would hand them out. */
    @Override
    public boolean[] answersAlone(List<Params> batch) {
        boolean[] out = new boolean[batch.size()];
        ResumeIndex resume = trail.resume();
        if (resume == null) {
            return out;
        }
        Map<Params, Integer> asked = new java.util.HashMap<>();
        for (int i = 0; i < out.length; i++) {
            Params p = batch.get(i);
            out[i] = asked.merge(p, 1, Integer::sum) <= resume.count(role, phase, round, p);
        }
        return out;
    }

    /** @return the role this wrapper writes into the trail */
    public String role() {
        return role;
    }

    /** @return the wire name of the current phase */
    public String phase() {
        return phase;
    }

    /** @return the current round index */
    public int round() {
        return round;
    }

    /** @return the trail this wrapper writes to */
    public AuditTrail trail() {
        return trail;
    }

    @Override
    public void enterPhase(Phase p) {
        this.phase = p.wireName();
    }

    @Override
    public void enterRound(int r) {
        if (r < 0) {
            throw new IllegalArgumentException("round index must be >= 0, got " + r);
        }
        this.round = r;
    }

    /**
     * Evaluates through the inner target (or replays a record of a resumed run), checks the
     * constraints and commits one record in candidate order.
     *
     * @param params a full param map of {@link #space()}
     * @return the inner result with the constraint lists merged into its metadata
     * @throws Exception whatever the inner target threw (after recording the failure), or a
     *     {@link TargetFailureException} when it returned null or a replayed record had failed
     */
    @Override
    public EvalResult evaluate(Params params) throws Exception {
        String ph = phase;
        int rd = round;
        ResumeIndex resume = trail.resume();
        if (resume != null) {
            Optional<AuditRecord> old = resume.take(role, ph, rd, params);
            if (old.isPresent()) {
                return replay(old.get());
            }
        }
        EvalResult r;
        try {
            r = inner.evaluate(params);
            if (r == null) {
                throw new TargetFailureException("target '" + role + "' returned no result");
            }
        } catch (Exception | StackOverflowError e) {
            commit(failure(params, e, ph, rd));
            throw e;
        }
        List<Constraint> cs = trail.constraints();
        int n = cs.size();
        boolean[] failedAt = n > AuditTrail.CACHED_OUTCOMES_UP_TO ? new boolean[n] : null;
        int failedMask = 0;
        Map<String, Object> errors = null;
        for (int i = 0; i < n; i++) {
            Constraint c = cs.get(i);
            boolean ok;
            try {
                ok = c.predicate().test(params, r);
            } catch (Exception e) {
                ok = false;
                if (errors == null) {
                    errors = new LinkedHashMap<>();
                }
                errors.put(c.name(), ReportedFailure.describe(e));
            }
            if (!ok) {
                if (failedAt == null) {
                    failedMask |= 1 << i;
                } else {
                    failedAt[i] = true;
                }
            }
        }
        AuditTrail.Outcome o = failedAt == null ? trail.outcome(failedMask) : trail.outcome(failedAt);
        FrozenMap.Builder<Object> mb = FrozenMap.builder(r.metadata().size() + 2);
        mb.putAll(r.metadata());
        mb.put("_constraints_passed", o.passed());
        mb.put("_constraints_failed", o.failed());
        Map<String, Object> meta = mb.build();
        EvalResult out = new EvalResult(r.fitness(), r.nTrials(), meta, r.artifacts());
        boolean keepArtifacts = trail.retainArtifacts() && !r.artifacts().isEmpty();
        if (errors != null || keepArtifacts) {
            FrozenMap.Builder<Object> rb = FrozenMap.builder(meta.size() + 2).putAll(meta);
            if (errors != null) {
                rb.put("_constraint_errors", FrozenMap.copyOf(errors));
            }
            if (keepArtifacts) {
                rb.put("_artifacts", FrozenMap.copyOf(r.artifacts()));
            }
            meta = rb.build();
        }
        commit(new AuditRecord(params.asMap(), r.fitness(), r.nTrials(), meta, now(), o.passed(), o.failed(), ph, -1,
                role, rd));
        return out;
    }

    private EvalResult replay(AuditRecord old) {
        commit(old);
        if (old.metadata().get(ERROR_KEY) instanceof String err) {
            throw new TargetFailureException("replayed failed evaluation of '" + role + "': " + err);
        }
        Map<String, Object> meta = new LinkedHashMap<>(old.metadata());
        meta.remove("_constraint_errors");
        meta.remove("_artifacts");
        return new EvalResult(old.fitness(), old.nTrials(), meta, Map.of());
    }

    private AuditRecord failure(Params params, Throwable e, String ph, int rd) {
        List<String> all = trail.allFailed().failed();
        FrozenMap.Builder<Object> meta = FrozenMap.builder(3);
        meta.put(ERROR_KEY, ReportedFailure.describe(e));
        meta.put("_constraints_passed", List.of());
        meta.put("_constraints_failed", all);
        return new AuditRecord(params.asMap(), Double.NaN, 0, meta.build(), now(), List.of(), all, ph, -1, role, rd);
    }

    private void commit(AuditRecord pending) {
        OrderedCommit.submit(() -> trail.commit(pending));
    }

    private String now() {
        return Timestamps.iso(trail.clock().instant());
    }
}
