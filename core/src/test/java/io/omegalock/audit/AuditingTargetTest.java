package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Phase;
import io.omegalock.target.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuditingTargetTest {
    static final ParamSpace SPACE = ParamSpace.of(FloatParam.of("x", -5, 5, 0), IntParam.of("n", 0, 10, 1));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T01:45:26.754760Z"), ZoneOffset.UTC);

    /** fitness = -x^2 + n, metadata {risk: |x|}; throws for x == 4 (a crashing backtest). */
    static final class Quad implements Target {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public ParamSpace space() {
            return SPACE;
        }

        @Override
        public EvalResult evaluate(Params p) {
            calls.incrementAndGet();
            double x = p.getDouble("x");
            if (x == 4.0) {
                throw new IllegalStateException("diverged at x=4");
            }
            return new EvalResult(-x * x + p.getLong("n"), 3, Map.of("risk", Math.abs(x)), Map.of("blob", "big"));
        }
    }

    static Params p(double x, long n) {
        return SPACE.params(Map.of("x", x, "n", n));
    }

    static AuditTrail.Builder builder() {
        return AuditTrail.builder().clock(CLOCK)
                .constraint(Constraint.of("risk_lt_2", "risk below 2", (p, r) -> (double) r.metadata().get("risk") < 2))
                .constraint(Constraint.of("n_even", "n is even", (p, r) -> {
                    if (p.getLong("n") == 7) {
                        throw new ArithmeticException("seven is unlucky");
                    }
                    return p.getLong("n") % 2 == 0;
                }));
    }

    @Test
    void recordsEveryCallWithConstraintOutcomesInDeclarationOrder() throws Exception {
        AuditTrail trail = builder().build();
        AuditingTarget train = trail.wrap(new Quad(), "train");
        AuditingTarget test = trail.wrap(new Quad(), "test");
        EvalResult r = train.evaluate(p(1.0, 2));
        train.enterPhase(Phase.GRID);
        train.enterRound(2);
        train.evaluate(p(3.0, 7));
        test.evaluate(p(0.5, 1));

        assertThat(r.metadata()).containsEntry("_constraints_passed", List.of("risk_lt_2", "n_even"))
                .containsEntry("_constraints_failed", List.of());
        List<AuditRecord> rs = trail.records();
        assertThat(rs).extracting(AuditRecord::callIndex).containsExactly(0L, 1L, 2L);
        assertThat(rs).extracting(AuditRecord::phase).containsExactly("search", "grid", "search");
        assertThat(rs).extracting(AuditRecord::roundIndex).containsExactly(0L, 2L, 0L);
        assertThat(rs).extracting(AuditRecord::targetRole).containsExactly("train", "train", "test");
        AuditRecord thrown = rs.get(1);
        assertThat(thrown.constraintsFailed()).containsExactly("risk_lt_2", "n_even");
        assertThat(thrown.metadata().get("_constraint_errors"))
                .isEqualTo(Map.of("n_even", "ArithmeticException: seven is unlucky"));
        assertThat(thrown.timestampIso()).isEqualTo("2026-11-28T01:45:26.754760+00:00");
        assertThat(thrown.metadata()).doesNotContainKey("_artifacts");
        assertThat(thrown.params()).containsExactly(Map.entry("x", 3.0), Map.entry("n", 7L));
    }

    @Test
    void duplicateConstraintNamesAreRejectedByName() {
        assertThatThrownBy(() -> builder().constraint(Constraint.of("n_even", "again", (p, r) -> true)).build())
                .isInstanceOf(BadInputException.class).hasMessageContaining("'n_even'");
    }

    @Test
    void artifactsAreKeptOnlyWhenAsked() throws Exception {
        AuditTrail trail = builder().retainArtifacts(true).build();
        trail.wrap(new Quad(), "train").evaluate(p(1.0, 2));
        assertThat(trail.records().get(0).metadata()).containsEntry("_artifacts", Map.of("blob", "big"));
    }

    @Test
    void aThrowingTargetIsRecordedAsAFailedEvaluationAndRethrown() {
        AuditTrail trail = builder().build();
        AuditingTarget t = trail.wrap(new Quad(), "train");
        assertThatThrownBy(() -> t.evaluate(p(4.0, 2))).isInstanceOf(IllegalStateException.class);
        AuditRecord r = trail.records().get(0);
        assertThat(r.failed()).isTrue();
        assertThat(r.fitness()).isNaN();
        assertThat(r.constraintsFailed()).containsExactly("risk_lt_2", "n_even");
        assertThat(r.metadata()).containsEntry("_error", "IllegalStateException: diverged at x=4");
        AuditReport report = trail.report("test", 1L, null);
        assertThat(report.bestAny()).isEmpty();
        assertThat(HashChain.verify(report.runs(), report.hashChain()).ok()).isTrue();
    }

    @Test
    void parallelEvaluationCommitsInCandidateOrder() {
        List<Params> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(p(-5 + (i % 100) * 0.1, i % 11));
        }
        List<AuditRecord> sequential = run(Evaluator.sequential(), batch);
        try (Evaluator parallel = Evaluator.parallel(4)) {
            List<AuditRecord> par = run(parallel, batch);
            assertThat(par).isEqualTo(sequential);
            assertThat(HashChain.of(par)).isEqualTo(HashChain.of(sequential));
        }
    }

    private static List<AuditRecord> run(Evaluator ev, List<Params> batch) {
        AuditTrail trail = builder().build();
        AuditingTarget t = trail.wrap(new Quad(), "train");
        List<Evaluation> out = ev.evaluate(t, batch);
        assertThat(out).extracting(Evaluation::params).isEqualTo(batch);
        assertThat(trail.records()).extracting(r -> r.params().get("x"))
                .isEqualTo(batch.stream().map(b -> b.get("x")).toList());
        return trail.records();
    }

    @Test
    void resumedRunReplaysRecordsWithoutCallingTheTargetAndStillVerifies() throws Exception {
        List<Params> batch = List.of(p(1, 2), p(4, 2), p(1, 2), p(2, 3));
        AuditTrail first = builder().build();
        AuditingTarget a = first.wrap(new Quad(), "train");
        a.enterPhase(Phase.GRID);
        Evaluator.sequential().evaluate(a, batch.subList(0, 3));

        Quad inner = new Quad();
        AuditTrail second = builder().resumeFrom(ResumeIndex.of(first.records())).build();
        AuditingTarget b = second.wrap(inner, "train");
        b.enterPhase(Phase.GRID);
        List<Evaluation> evs = Evaluator.sequential().evaluate(b, batch);

        assertThat(inner.calls.get()).as("only the candidate the first run never reached is evaluated").isEqualTo(1);
        assertThat(evs.get(1).ok()).as("a recorded failure replays as a failure").isFalse();
        assertThat(evs.get(0).result().metadata()).containsEntry("_constraints_passed", List.of("risk_lt_2", "n_even"));
        assertThat(second.records().subList(0, 3)).isEqualTo(first.records());
        AuditReport report = second.report("resumed", null, null);
        assertThat(HashChain.verify(report.runs(), report.hashChain()).ok()).isTrue();
    }

    @Test
    void resumeMatchesOnPhaseAndRoleToo() throws Exception {
        AuditTrail first = builder().build();
        first.wrap(new Quad(), "train").evaluate(p(1, 2));
        Quad inner = new Quad();
        AuditTrail second = builder().resumeFrom(ResumeIndex.of(first.records())).build();
        AuditingTarget test = second.wrap(inner, "test");
        test.evaluate(p(1, 2));
        AuditingTarget train = second.wrap(inner, "train");
        train.enterPhase(Phase.STRESS);
        train.evaluate(p(1, 2));
        assertThat(inner.calls.get()).isEqualTo(2);
    }
}
