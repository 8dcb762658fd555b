package io.omegalock.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Library use: a {@code Serializable} target scored on embedded Spark gives what one thread gives. */
class SparkScorerTest {
    private static Evaluator spark;

    /** Rosenbrock in 2-D with metadata, failing (throwing) where x > 1.5: serializable, so it ships. */
    record Rosenbrock(double a) implements Target, Serializable {
        @Override
        public ParamSpace space() {
            return ParamSpace.of(FloatParam.of("x", -2, 2, 0), FloatParam.of("y", -1, 3, 0));
        }

        @Override
        public EvalResult evaluate(Params p) {
            double x = p.getDouble("x");
            double y = p.getDouble("y");
            if (x > 1.5) {
                throw new IllegalArgumentException("x out of the trusted region: " + x);
            }
            double f = (a - x) * (a - x) + 100 * (y - x * x) * (y - x * x);
            return EvalResult.of(-f, 3, Map.of("x2", x * x, "tags", List.of("r", 2L)));
        }
    }

    @BeforeAll
    static void start() {
        spark = Evaluator.remote(SparkScorer.connect("local[2]", Map.of()), null);
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Test
    void serializableTargetMatchesOneThreadIncludingFailuresAndMetadata() {
        Target t = new Rosenbrock(1.0);
        List<Params> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(t.space().neutral().with("x", -2 + 4.0 * (i % 40) / 39).with("y", -1 + 4.0 * (i / 40) / 24));
        }
        List<Evaluation> want = Evaluator.sequential().evaluate(t, batch);
        List<Evaluation> got = spark.evaluate(t, batch);
        assertThat(got).hasSize(1000);
        for (int i = 0; i < want.size(); i++) {
            assertThat(got.get(i).params()).isEqualTo(batch.get(i));
            assertThat(got.get(i).failure()).isEqualTo(want.get(i).failure());
            assertThat(Double.doubleToRawLongBits(got.get(i).fitness()))
                    .isEqualTo(Double.doubleToRawLongBits(want.get(i).fitness()));
            assertThat(got.get(i).result() == null ? null : got.get(i).result().metadata())
                    .isEqualTo(want.get(i).result() == null ? null : want.get(i).result().metadata());
        }
        assertThat(got).filteredOn(e -> !e.ok()).first().extracting(Evaluation::failure).asString()
                .startsWith("IllegalArgumentException: x out of the trusted region: ");
    }

    /** More candidates than one wave of full slices: several jobs, collected in order. */
    @Test
    void aBatchLargerThanAWaveComesBackInCandidateOrder() {
        Target t = new Rosenbrock(1.0);
        int n = spark.threads() * SparkScorer.SLICES_PER_SLOT * SparkScorer.MAX_SLICE + 777;
        List<Params> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            batch.add(t.space().neutral().with("x", -2 + 3.4 * i / n).with("y", Math.sin(i)));
        }
        List<Evaluation> want = Evaluator.sequential().evaluate(t, batch);
        List<Evaluation> got = spark.evaluate(t, batch);
        assertThat(got).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(got.get(i).params()).isEqualTo(batch.get(i));
            assertThat(Double.doubleToRawLongBits(got.get(i).fitness()))
                    .isEqualTo(Double.doubleToRawLongBits(want.get(i).fitness()));
        }
    }

    @Test
    void targetThatCannotTravelIsNamed() {
        Target local = new Target() {
            @Override
            public ParamSpace space() {
                return new Rosenbrock(1).space();
            }

            @Override
            public EvalResult evaluate(Params p) {
                return EvalResult.of(0);
            }

            @Override
            public String toString() {
                return "in-memory backtest";
            }
        };
        assertThatThrownBy(() -> spark.evaluate(local, List.of(local.space().neutral())))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("target in-memory backtest")
                .hasMessageContaining("cannot run on Spark executors: make it java.io.Serializable");
    }
}
