package io.omegalock.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.demo.Quad12;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.ReportedFailure;
import io.omegalock.target.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The remote seam: a scorer that runs the innermost target on other threads, finishing in
 * reverse candidate order (as a cluster might), gives the trail, result and listener events a
 * one-thread run gives; with a fixed clock the two audit reports are equal, hash chain included.
 */
class RemoteEvaluatorTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    /** Scores every candidate on its own task and collects them newest first: completion order reversed. */
    static class ReversingScorer implements RemoteScorer {
        final ExecutorService pool = Executors.newFixedThreadPool(3);
        final AtomicInteger batches = new AtomicInteger();
        final List<Target> leaves = Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<Scored> score(Target leaf, List<Params> batch) {
            batches.incrementAndGet();
            leaves.add(leaf);
            List<Future<Scored>> fs = new ArrayList<>();
            for (Params p : batch) {
                fs.add(pool.submit(() -> {
                    try {
                        return new Scored(leaf.evaluate(p), null, 0.001);
                    } catch (Exception e) {
                        return new Scored(null, ReportedFailure.describe(e), 0.001);
                    }
                }));
            }
            Scored[] out = new Scored[batch.size()];
            for (int i = batch.size() - 1; i >= 0; i--) {
                try {
                    out[i] = fs.get(i).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return List.of(out);
        }

        @Override
        public int parallelism() {
            return 3;
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    private static AuditTrail trail() {
        return AuditTrail.builder().clock(FIXED)
                .constraint(Constraint.of("risk_lt_2", "risk proxy below 2",
                        (p, r) -> ((Number) r.metadata().get("risk")).doubleValue() < 2.0))
                .constraint(Constraint.of("p0_le_1", "p0 capped at 1", (p, r) -> p.getDouble("p0") <= 1.0))
                .build();
    }

    private static PipelineResult quadBasic(AuditTrail trail, Evaluator ev) {
        PipelineConfig config = PipelineConfig.builder().unlockK(3).search(new GridSearch(5)).walkForwardTopN(10)
                .constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE).build();
        PipelineTargets targets = new PipelineTargets(trail.wrap(Quad12.train(), "train"),
                trail.wrap(Quad12.test(), "test"), null, trail.wrap(Quad12.holdout(), "holdout"));
        return new Pipeline(config, ev).run(targets);
    }

    @Test
    void remotePipelineEqualsSequentialHashChainIncluded() {
        AuditTrail seqTrail = trail();
        PipelineResult seq = quadBasic(seqTrail, Evaluator.sequential());
        AuditTrail remoteTrail = trail();
        ReversingScorer scorer = new ReversingScorer();
        PipelineResult remote;
        try (Evaluator ev = Evaluator.remote(scorer, null)) {
            remote = quadBasic(remoteTrail, ev);
        }
        assertThat(scorer.batches.get()).isGreaterThan(3);
        // Only the innermost targets travel: never the auditing wrapper.
        assertThat(scorer.leaves).allSatisfy(t -> assertThat(t).isInstanceOf(Quad12.Slice.class));
        assertThat(remoteTrail.size()).isEqualTo(seqTrail.size()).isGreaterThan(100);
        assertThat(remoteTrail.report("run_p1", null, null).toMap(true))
                .isEqualTo(seqTrail.report("run_p1", null, null).toMap(true));
        assertThat(withoutWallTimes(remote.toMap())).isEqualTo(withoutWallTimes(seq.toMap()));
        assertThat(scorer.pool.isShutdown()).as("closing the engine closes the scorer").isTrue();
    }

    @Test
    void failuresReadTheSameInResultAndTrailAndListenerHearsCandidateOrder() {
        Target flaky = new Target() {
            @Override
            public io.omegalock.space.ParamSpace space() {
                return Quad12.train().space();
            }

            @Override
            public EvalResult evaluate(Params p) throws Exception {
                double p0 = p.getDouble("p0");
                if (p0 > 0.5) {
                    throw new IllegalStateException("p0 too large: " + p0);
                }
                return p0 < -0.5 ? null : Quad12.train().evaluate(p);
            }
        };
        List<Params> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(flaky.space().neutral().with("p0", -1.5 + 0.25 * i));
        }
        AuditTrail seqTrail = trail();
        List<Evaluation> seq = Evaluator.sequential().evaluate(seqTrail.wrap(flaky, "train"), batch);
        AuditTrail remoteTrail = trail();
        List<Params> heard = Collections.synchronizedList(new ArrayList<>());
        List<Evaluation> remote;
        try (Evaluator ev = Evaluator.remote(new ReversingScorer(), e -> heard.add(e.params()))) {
            remote = ev.evaluate(remoteTrail.wrap(flaky, "train"), batch);
        }
        assertThat(heard).containsExactlyElementsOf(batch);
        assertThat(remote).extracting(Evaluation::failure).containsExactlyElementsOf(
                seq.stream().map(Evaluation::failure).toList());
        assertThat(remote).extracting(Evaluation::failure)
                .contains("IllegalStateException: p0 too large: 0.75", "TargetFailureException: target 'train' returned no result");
        assertThat(remoteTrail.report("run_p1", null, null).toMap(true))
                .isEqualTo(seqTrail.report("run_p1", null, null).toMap(true));
    }

    /**
     * A resumed run sends only what its trail lacks: the records of an interrupted run are
     * replayed on the driver, the rest scored remotely, and the trail is the uninterrupted one.
     */
    @Test
    void aResumedRunSendsOnlyWhatItsTrailLacks() {
        AuditTrail full = trail();
        quadBasic(full, Evaluator.sequential());
        int kept = 100;
        AuditTrail resumed = AuditTrail.builder().clock(FIXED).constraints(full.constraints())
                .resumeFrom(io.omegalock.audit.ResumeIndex.of(full.records().subList(0, kept))).build();
        AtomicInteger sent = new AtomicInteger();
        ReversingScorer counting = new ReversingScorer() {
            @Override
            public List<Scored> score(Target leaf, List<Params> batch) {
                sent.addAndGet(batch.size());
                return super.score(leaf, batch);
            }
        };
        try (Evaluator ev = Evaluator.remote(counting, null)) {
            quadBasic(resumed, ev);
        }
        assertThat(sent.get()).isEqualTo(full.size() - kept);
        assertThat(resumed.report("run_p1", null, null).toMap(true)).isEqualTo(full.report("run_p1", null, null).toMap(true));
    }

    @Test
    void aScorerThatLosesCandidatesIsAnError() {
        RemoteScorer lossy = new ReversingScorer() {
            @Override
            public List<Scored> score(Target leaf, List<Params> batch) {
                return super.score(leaf, batch.subList(1, batch.size()));
            }
        };
        Target t = Quad12.train();
        try (Evaluator ev = Evaluator.remote(lossy, null)) {
            List<Params> two = List.of(t.space().neutral(), t.space().neutral().with("p0", 0.5));
            assertThatThrownBy(() -> ev.evaluate(t, two)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("remote scorer returned 1 outcomes for 2 candidates");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode withoutWallTimes(Map<String, Object> m) {
        com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(m);
        io.omegalock.testing.JsonAssert.stripWallTimes(n);
        ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("elapsed_seconds");
        return n;
    }
}
