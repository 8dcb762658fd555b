package io.omegalock.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.demo.Keyhole;
import io.omegalock.demo.Phantom;
import io.omegalock.demo.PhantomDeep;
import io.omegalock.eval.Evaluator;
import io.omegalock.json.Json;
import io.omegalock.json.JsonWriter;
import io.omegalock.search.GridSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkTest {
    static final List<Long> SEEDS = List.of(42L, 7L);

    /** A method that always throws, to check the battery goes on. */
    record Exploding(String name) implements BenchmarkMethod {
        @Override
        public MethodOutcome run(Keyhole keyhole, long seed, Evaluator evaluator) {
            throw new IllegalStateException("boom on seed " + seed);
        }
    }

    @Test
    void aMethodThatThrowsGivesACrashRowAndTheRestRuns() {
        BenchmarkReport r = Benchmark.of(List.of(Phantom.keyhole()), SEEDS,
                List.of(new Exploding("exploding"), BenchmarkMethods.pipeline("grid", s -> new GridSearch(3)))).run();
        assertThat(r.rows()).hasSize(4);
        List<BenchmarkRow> crashed = r.select(null, "exploding");
        assertThat(crashed).hasSize(2).allSatisfy(row -> {
            assertThat(row.crashed()).isTrue();
            assertThat(row.status()).isEqualTo("CRASH:IllegalStateException");
            assertThat(row.error()).startsWith("boom on seed");
            assertThat(row.passed()).isFalse();
            assertThat(row.paramL2Error()).isInfinite();
            assertThat(row.stressRankSpearman()).isNull();
            assertThat(row.generalization().status()).isEqualTo(GapStatus.NO_TEST);
        });
        assertThat(r.select(null, "grid")).noneMatch(BenchmarkRow::crashed);
        MethodSummary s = r.summary().get(0);
        assertThat(s.nRuns()).isEqualTo(2);
        assertThat(s.nCrashed()).isEqualTo(2);
        assertThat(s.passRate()).isZero();
        assertThat(s.recall().n()).isZero();
        assertThat(r.scorecard()).contains("CRASH:IllegalStateException").contains("(2 crashed)");
        // The artifact stays writable JSON-compatible with crash rows in it.
        assertThat(JsonWriter.toString(r.toMap(), false)).contains("\"status_raw\": \"CRASH:IllegalStateException\"");
    }

    @Test
    void rowsAreScoredAgainstTheGroundTruth() {
        BenchmarkReport r = Benchmark.of(List.of(Phantom.keyhole()), List.of(42L),
                List.of(BenchmarkMethods.pipeline("plain_grid", s -> new GridSearch(5)))).run();
        BenchmarkRow row = r.rows().get(0);
        var truth = Phantom.keyhole().groundTruth(42);
        assertThat(row.unlocked()).containsExactlyInAnyOrder("alpha", "window", "long_mode");
        assertThat(row.effectiveRecall()).isEqualTo(1.0);
        assertThat(row.effectivePrecision()).isEqualTo(1.0);
        assertThat(row.optimumFitness()).isEqualTo(truth.optimumFitness());
        assertThat(row.foundFitness()).isLessThanOrEqualTo(truth.optimumFitness());
        assertThat(row.fitnessGapPct()).isEqualTo(Metrics.fitnessGapPct(row.foundFitness(), truth.optimumFitness()));
        assertThat(row.paramL2Error())
                .isEqualTo(Metrics.paramL2Error(row.foundParams(), truth.optimumParams(), Phantom.keyhole().space()));
        assertThat(row.stressRanking()).hasSize(12).startsWith("alpha");
        assertThat(row.stressRankSpearman()).isEqualTo(1.0);
        // Baseline 1, stress 2 per numeric and 1 per bool param (10 and 2), grid 5 x 5 x 2.
        assertThat(row.nEvaluations()).isEqualTo(1 + 22 + 50);
        assertThat(row.sampleEfficiency()).isEqualTo(row.foundFitness() / 73);
        assertThat(row.testFitness()).isNotNull();
        assertThat(row.generalization().status()).isEqualTo(GapStatus.OK);
    }

    @Test
    void sameBatteryGivesTheSameRowsExceptWallTime() {
        Benchmark b = Benchmark.of(List.of(PhantomDeep.keyhole()), List.of(7L), BenchmarkMethods.defaults());
        BenchmarkReport one = b.run();
        BenchmarkReport two;
        try (Evaluator parallel = Evaluator.parallel(2)) {
            two = b.run(parallel);
        }
        assertThat(withoutWallTime(two)).isEqualTo(withoutWallTime(one));
    }

    @Test
    void defaultBatteryIsBothKeyholesAndTheFiveMethods() {
        Benchmark b = Benchmark.defaultBattery(Benchmark.DEFAULT_SEEDS);
        assertThat(b.keyholes()).extracting(Keyhole::name).containsExactly("phantom", "phantom_deep");
        assertThat(b.methods()).extracting(BenchmarkMethod::name)
                .containsExactly("plain_grid", "zooming_grid", "iterative", "random", "tpe");
        assertThat(b.seeds()).containsExactly(42L, 7L, 100L, 314L, 55L);
    }

    @Test
    void batteryRefusesEmptyListsAndDuplicateNames() {
        BenchmarkMethod grid = BenchmarkMethods.pipeline("grid", s -> new GridSearch(5));
        assertThatThrownBy(() -> Benchmark.of(List.of(Phantom.keyhole()), List.of(), List.of(grid)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("seeds");
        assertThatThrownBy(() -> Benchmark.of(List.of(), List.of(1L), List.of(grid)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("keyholes");
        assertThatThrownBy(() -> Benchmark.of(List.of(Phantom.keyhole()), List.of(1L), List.of(grid, grid)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("'grid'");
        assertThatThrownBy(() -> Benchmark.of(List.of(Phantom.keyhole(), Phantom.keyhole()), List.of(1L),
                List.of(grid))).isInstanceOf(BadInputException.class).hasMessageContaining("'phantom'");
        assertThatThrownBy(() -> BenchmarkMethods.pipeline(" ", s -> new GridSearch(5)))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void artifactAndScorecardCarryEveryRowAndSummary() {
        BenchmarkReport r = Benchmark.of(List.of(Phantom.keyhole()), SEEDS, BenchmarkMethods.defaults()).run();
        Map<String, Object> m = r.toMap();
        assertThat(m).containsKeys("schema_version", "omega_lock_version", "java_version", "seeds", "keyholes",
                "methods", "rows", "scorecard", "scorecard_by_keyhole");
        assertThat((List<?>) m.get("rows")).hasSize(10);
        assertThat((List<?>) m.get("scorecard")).hasSize(5);
        @SuppressWarnings("unchecked")
        Map<String, Object> row = (Map<String, Object>) ((List<?>) m.get("rows")).get(0);
        assertThat(row).containsKeys("keyhole", "method", "seed", "effective_recall", "effective_precision",
                "param_L2_error", "fitness_gap_pct", "generalization_gap", "generalization_gap_status",
                "sample_efficiency", "walltime_s", "stress_rank_spearman", "status_pass", "status_raw",
                "n_evaluations", "found_fitness", "found_params");
        // The artifact survives a JSON round trip.
        Object back = Json.parse(JsonWriter.toString(m, true));
        assertThat(back).isInstanceOf(Map.class);
        String text = r.scorecard();
        assertThat(text).contains("ALL KEYHOLES", "PHANTOM", "RUNS", "plain_grid", "zooming_grid", "iterative",
                "random", "tpe");
        assertThat(text.lines().filter(l -> l.startsWith("  phantom ")).count()).isEqualTo(10);
    }

    @Test
    void summaryMeansAreOverRowsInOrderWithSampleStd() {
        BenchmarkReport r = Benchmark.of(List.of(Phantom.keyhole()), SEEDS,
                List.of(BenchmarkMethods.pipeline("grid", s -> new GridSearch(5)))).run();
        List<Double> gaps = new ArrayList<>();
        r.rows().forEach(row -> gaps.add(row.fitnessGapPct()));
        MethodSummary s = r.summary().get(0);
        assertThat(s.fitnessGapPct()).isEqualTo(MeanStd.of(gaps));
        assertThat(s.keyhole()).isNull();
        assertThat(r.summary("phantom").get(0).keyhole()).isEqualTo("phantom");
        assertThat(s.passRate()).isEqualTo(r.rows().stream().filter(BenchmarkRow::passed).count() / 2.0);
    }

    static List<Map<String, Object>> withoutWallTime(BenchmarkReport r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (BenchmarkRow row : r.rows()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>(row.toMap());
            m.remove("walltime_s");
            out.add(m);
        }
        return out;
    }
}
