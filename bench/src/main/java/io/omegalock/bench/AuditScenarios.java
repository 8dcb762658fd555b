package io.omegalock.bench;

import io.omegalock.audit.AuditReport;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.AuditingTarget;
import io.omegalock.audit.Constraint;
import io.omegalock.audit.StressScore;
import io.omegalock.demo.Quad12;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.Phase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Audit-trail inputs for the benchmarks: the constraints of the audited 64k pipeline and a
 * deterministic report of quad12 records shaped like the reference's {@code audit.json}.
 */
public final class AuditScenarios {

    /** Records in the serialization and parse benchmarks' report. */
    public static final int REPORT_RECORDS = 100_000;

    private AuditScenarios() {
    }

    /**
     * Three constraints over {@link Scenarios#quad12d}: a finite fitness, the action floor, and
     * a cap on x0 that the grid's last points violate, so both lists get used.
     *
     * @return the constraints, in declaration order
     */
    public static Constraint[] quad12dConstraints() {
        return new Constraint[] {
            Constraint.of("fitness_finite", "fitness is a finite number", (p, r) -> Double.isFinite(r.fitness())),
            Constraint.of("trials_ge_50", "at least 50 actions", (p, r) -> r.nTrials() >= 50),
            Constraint.of("x0_le_4", "x0 capped at 4", (p, r) -> (Double) p.get(0) <= 4.0),
        };
    }

    /**
     * A clock that moves 37.123 microseconds per reading from a fixed instant: distinct,
     * realistic timestamps with a six-digit fraction, identical on every run.
     */
    public static final class SteppingClock extends Clock {
        private final Instant start;
        private long ticks;

        /** @param start the first instant returned */
        public SteppingClock(Instant start) {
            this.start = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a stepping clock is UTC only");
        }

        @Override
        public synchronized Instant instant() {
            return start.plusNanos(37_123L * ticks++);
        }
    }

    /**
     * A report of {@code n} quad12 evaluations through an auditing trail with the reference's
     * two {@code quad_basic} constraints: 80% train, 10% test, 10% holdout; p0..p3 on a 0.25
     * grid, p4 and p5 uniform (full 17-digit doubles), ints and bools random. Fitness and the
     * {@code risk} metadata have full-precision digits, as in the reference's fixtures.
     *
     * @param n    how many records
     * @param seed the random seed of the params
     * @return the report (no stored chain)
     */
    public static AuditReport quadReport(int n, long seed) {
        AuditTrail trail = quadTrail(n, seed, AuditTrail.builder());
        return trail.report("run_p1", seed, List.of(new StressScore("p0", 12.5), new StressScore("p1", 3.25),
                new StressScore("n0", 0.3)));
    }

    /**
     * Evaluates {@code n} quad12 records into a trail built from the given builder.
     *
     * @param n       how many records
     * @param seed    the random seed of the params
     * @param builder a builder to add the constraints and clock to (sinks may be set already)
     * @return the trail
     */
    public static AuditTrail quadTrail(int n, long seed, AuditTrail.Builder builder) {
        AuditTrail trail = builder
                .constraint(Constraint.of("risk_lt_2", "risk proxy below 2",
                        (p, r) -> ((Number) r.metadata().get("risk")).doubleValue() < 2.0))
                .constraint(Constraint.of("p0_le_1", "p0 capped at 1", (p, r) -> p.getDouble("p0") <= 1.0))
                .clock(new SteppingClock(Instant.parse("2026-11-28T01:53:39.334445Z")))
                .build();
        AuditingTarget train = trail.wrap(Quad12.train(), Quad12.TRAIN);
        AuditingTarget test = trail.wrap(Quad12.test(), Quad12.TEST);
        AuditingTarget holdout = trail.wrap(Quad12.holdout(), Quad12.HOLDOUT);
        train.enterPhase(Phase.GRID);
        test.enterPhase(Phase.WALK_FORWARD);
        holdout.enterPhase(Phase.HOLDOUT);
        SplittableRandom rnd = new SplittableRandom(seed);
        ParamSpace space = Quad12.space();
        try {
            for (int i = 0; i < n; i++) {
                Params p = space.params(quadValues(rnd));
                int slot = i % 10;
                (slot < 8 ? train : slot == 8 ? test : holdout).evaluate(p);
            }
        } catch (Exception e) {
            throw new IllegalStateException("quad12 failed while building the benchmark trail", e);
        }
        return trail;
    }

    private static Map<String, Object> quadValues(SplittableRandom rnd) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("p0", -5 + 0.25 * rnd.nextInt(41));
        v.put("p1", -5 + 0.25 * rnd.nextInt(41));
        v.put("n0", (long) rnd.nextInt(1, 21));
        v.put("b0", rnd.nextBoolean());
        v.put("p2", -5 + 0.25 * rnd.nextInt(41));
        v.put("p3", -5 + 0.25 * rnd.nextInt(41));
        v.put("n1", (long) rnd.nextInt(0, 4));
        v.put("b1", rnd.nextBoolean());
        v.put("p4", rnd.nextDouble());
        v.put("p5", rnd.nextDouble());
        return v;
    }
}
