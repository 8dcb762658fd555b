package io.omegalock.cli.spec;

import io.omegalock.BadInputException;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.StreamingTrail;
import io.omegalock.audit.StressScore;
import io.omegalock.eval.EvaluationListener;
import io.omegalock.eval.Evaluator;
import io.omegalock.junitxml.GateSuites;
import io.omegalock.junitxml.JUnitSuite;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.IterativePipeline;
import io.omegalock.pipeline.IterativeResult;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.stress.StressResult;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a loaded spec: the pipeline, or the iterative loop, over its targets with every evaluation
 * recorded in an audit trail. The one run behind {@code omega-lock run} and the Maven plugin's
 * {@code run} goal, so both judge a spec identically.
 */
public final class SpecRun {
    private SpecRun() {
    }

    /** Attaches a streamed trail, if any, to the audit trail being built; the run closes it at the end. */
    @FunctionalInterface
    public interface TrailOpener {
        /** Opens no streamed trail. */
        TrailOpener NONE = builder -> null;

        /**
         * @param builder the audit trail's builder, constraints already set
         * @return the streamed trail now attached to it, or null for none
         */
        StreamingTrail open(AuditTrail.Builder builder);
    }

    /**
     * Starts the spec's workers, compiles its constraints, opens the trail and runs. Workers start
     * while the constraints compile; a constraint that does not compile closes them (end of input)
     * before any request is sent, and leaves the trail alone.
     *
     * @param spec     the loaded spec
     * @param threads  evaluation threads (and worker processes per worker target)
     * @param listener hears every evaluation (progress), or null
     * @param trail    opens the streamed trail, if any
     * @return what the run decided
     * @throws io.omegalock.BadInputException when the spec's targets or constraints cannot be set up
     */
    public static Outcome run(RunSpec spec, int threads, EvaluationListener listener, TrailOpener trail) {
        try (TargetSet targets = spec.openTargets(threads);
             Evaluator evaluator = Evaluator.parallel(threads, listener)) {
            return run(spec, targets, evaluator, trail);
        }
    }

    /**
     * Runs on targets and an evaluator the caller opened and closes: another engine's (the
     * command line's {@code --engine}), whose evaluator may score elsewhere.
     *
     * @param spec      the loaded spec
     * @param targets   the spec's targets, opened
     * @param evaluator the evaluator
     * @param trail     opens the streamed trail, if any
     * @return what the run decided
     * @throws io.omegalock.BadInputException when the spec's constraints cannot be set up
     */
    public static Outcome run(RunSpec spec, TargetSet targets, Evaluator evaluator, TrailOpener trail) {
        StreamingTrail sink = null;
        try {
            targets.startWorkers();
            AuditTrail.Builder builder = AuditTrail.builder().constraints(spec.constraints());
            sink = trail.open(builder);
            AuditTrail auditTrail = builder.build();
            Optional<IterativeConfig> iterative = spec.iterative();
            if (iterative.isPresent()) {
                IterativeResult r = new IterativePipeline(iterative.get(), evaluator)
                        .run(targets.pipelineTargets(auditTrail));
                return new Outcome.Iterative(spec, r, auditTrail);
            }
            PipelineResult r = new Pipeline(spec.config(), evaluator).run(targets.pipelineTargets(auditTrail));
            return new Outcome.Single(spec, r, auditTrail);
        } finally {
            if (sink != null) {
                sink.close();
            }
        }
    }

    /** What a spec run decided: one pipeline run, or the iterative loop. */
    public sealed interface Outcome {
        /** @return the spec that ran */
        RunSpec spec();

        /** @return the audit trail of every evaluation */
        AuditTrail trail();

        /** @return the result artifact */
        Map<String, Object> artifact();

        /** @return {@code PASS} or the failed gates ({@code FAIL:KC-4}, {@code FAIL:round2}, ...) */
        String status();

        /** @return the audit method name, {@code run_p1} or {@code run_p1_iterative} */
        String method();

        /** @return the parameter ranking by stress (the first round's for the loop), or null */
        List<StressScore> ranking();

        /**
         * @param name the suite name
         * @return the gates as JUnit test suites
         */
        List<JUnitSuite> junitSuites(String name);

        /** @return true when the status is PASS */
        default boolean passed() {
            return "PASS".equals(status());
        }

        /**
         * Writes the trail's audit report, with the run's seed and ranking and its hash chain,
         * from the bytes the trail laid out during the run when it was built to
         * ({@link AuditTrail.Builder#encodeReportAhead}).
         *
         * @param file destination, replaced
         * @throws io.omegalock.BadInputException naming the file when it cannot be written
         */
        default void writeAuditReport(Path file) {
            try {
                trail().writeReport(file, method(), seed(spec()), ranking());
            } catch (UncheckedIOException e) {
                throw new BadInputException(file + ": cannot write: " + e.getCause().getMessage(), e);
            }
        }

        /**
         * One pipeline run.
         *
         * @param spec   the spec
         * @param result the result
         * @param trail  the audit trail
         */
        record Single(RunSpec spec, PipelineResult result, AuditTrail trail) implements Outcome {
            @Override
            public Map<String, Object> artifact() {
                return result.toMap();
            }

            @Override
            public String status() {
                return result.status();
            }

            @Override
            public String method() {
                return "run_p1";
            }

            @Override
            public List<StressScore> ranking() {
                return SpecRun.ranking(result);
            }

            @Override
            public List<JUnitSuite> junitSuites(String name) {
                return List.of(GateSuites.pipeline(name, result));
            }
        }

        /**
         * The iterative loop.
         *
         * @param spec   the spec
         * @param result the result
         * @param trail  the audit trail
         */
        record Iterative(RunSpec spec, IterativeResult result, AuditTrail trail) implements Outcome {
            @Override
            public Map<String, Object> artifact() {
                return result.toMap();
            }

            @Override
            public String status() {
                return result.finalStatus();
            }

            @Override
            public String method() {
                return "run_p1_iterative";
            }

            @Override
            public List<StressScore> ranking() {
                return result.rounds().isEmpty() ? null : SpecRun.ranking(result.rounds().get(0));
            }

            @Override
            public List<JUnitSuite> junitSuites(String name) {
                return GateSuites.iterative(name, result);
            }
        }
    }

    private static List<StressScore> ranking(PipelineResult r) {
        return r.stress().stream().sorted(Comparator.comparingDouble(StressResult::rawStress).reversed())
                .map(s -> new StressScore(s.name(), s.rawStress())).toList();
    }

    private static Long seed(RunSpec run) {
        Object s = run.config().search().settings().get("seed");
        return s instanceof Number n ? n.longValue() : run.config().sc2Enabled() ? run.config().sc2Seed() : null;
    }
}
