package io.omegalock.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.omegalock.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the calibration quality of the default battery against silent drift: every
 * deterministic metric of every run (wall times excluded) must equal the checked-in
 * {@code benchmark/regression.json}, floats to 1e-12 relative. The numbers are our own (the
 * reference's numpy streams differ).
 *
 * <p>When a change moves them on purpose, regenerate with
 * {@code ./mvnw -B -q -pl core test -Dtest=BenchmarkRegressionTest -Domegalock.regenerate=true},
 * review the diff, and say in the commit message why the numbers moved.
 */
class BenchmarkRegressionTest {
    static final String RESOURCE = "/benchmark/regression.json";
    /** Where regeneration writes: the module's source tree (the test runs in the module directory). */
    static final Path SOURCE = Path.of("src", "test", "resources", "benchmark", "regression.json");
    static final double REL = 1e-12;
    static final List<String> PINNED = List.of("effective_recall", "effective_precision", "param_L2_error",
            "fitness_gap_pct", "generalization_gap", "generalization_gap_status", "sample_efficiency",
            "stress_rank_spearman", "status_pass", "status_raw", "n_evaluations", "found_fitness", "test_fitness",
            "optimum_fitness", "found_params", "unlocked");
    static final String ABOUT = "Deterministic metrics of Benchmark.defaultBattery(DEFAULT_SEEDS), pinned by "
            + "BenchmarkRegressionTest (wall times excluded; floats compared to 1e-12 relative). Regenerate only on "
            + "purpose: ./mvnw -B -q -pl core test -Dtest=BenchmarkRegressionTest -Domegalock.regenerate=true "
            + "-- then review the diff, and the commit that changes this file must explain why the numbers moved.";

    static final JsonMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    static BenchmarkReport report;

    @BeforeAll
    static void runTheDefaultBattery() {
        report = Benchmark.defaultBattery(Benchmark.DEFAULT_SEEDS).run();
    }

    @Test
    void defaultBatteryMatchesTheRegressionFixture() throws IOException {
        Map<String, Object> current = pinned(report);
        if (Boolean.getBoolean("omegalock.regenerate")) {
            Files.createDirectories(SOURCE.getParent());
            Files.writeString(SOURCE, JsonWriter.toString(current, true) + "\n", StandardCharsets.UTF_8);
            System.out.println("regenerated " + SOURCE.toAbsolutePath() + "; explain the change in the commit");
            return;
        }
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " missing; generate it with -Domegalock.regenerate=true").isNotNull();
            expected = MAPPER.readTree(in);
        }
        JsonNode actual = MAPPER.readTree(JsonWriter.toString(current, false));
        assertThat(actual.get("seeds")).isEqualTo(expected.get("seeds"));
        assertThat(actual.get("methods")).isEqualTo(expected.get("methods"));
        assertThat(actual.get("keyholes")).isEqualTo(expected.get("keyholes"));
        JsonNode want = expected.get("rows");
        JsonNode got = actual.get("rows");
        assertThat(names(got)).as("row set").isEqualTo(names(want));
        List<String> diffs = new ArrayList<>();
        for (String key : names(want)) {
            assertThat(names(got.get(key))).as(key + " metrics").isEqualTo(names(want.get(key)));
            for (String metric : names(want.get(key))) {
                compare(key + " / " + metric, want.get(key).get(metric), got.get(key).get(metric), diffs);
            }
        }
        if (!diffs.isEmpty()) {
            fail("benchmark regression: " + diffs.size() + " drifted metrics (regenerate on purpose with "
                    + "-Domegalock.regenerate=true and explain why in the commit)\n  "
                    + String.join("\n  ", diffs.subList(0, Math.min(25, diffs.size()))));
        }
    }

    /** The scorecard quoted in docs/BENCHMARK.md is the program's, wall times aside. */
    @Test
    void scorecardInTheDocsIsTheMeasuredOne() throws IOException {
        Path doc = Path.of("..", "docs", "BENCHMARK.md");
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        int start = lines.indexOf("OMEGA-LOCK BENCHMARK");
        assertThat(start).as("scorecard block in " + doc).isPositive();
        int end = start;
        while (!lines.get(end).equals("```")) {
            end++;
        }
        List<String> quoted = lines.subList(start, end).stream().map(BenchmarkRegressionTest::withoutWallTime).toList();
        List<String> measured = report.scorecard().lines().map(BenchmarkRegressionTest::withoutWallTime).toList();
        assertThat(quoted).isEqualTo(measured);
    }

    /** Drops the wall-time column of a summary line (the token before Spearman and the pass rate). */
    static String withoutWallTime(String line) {
        List<String> tokens = new ArrayList<>(List.of(line.trim().split("\\s+")));
        if (tokens.size() >= 12 && tokens.get(11).endsWith("%")) {
            tokens.remove(9);
        }
        return String.join(" ", tokens);
    }

    static Map<String, Object> pinned(BenchmarkReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("about", ABOUT);
        m.put("seeds", report.benchmark().seeds());
        m.put("keyholes", report.benchmark().keyholes().stream().map(k -> k.name()).toList());
        m.put("methods", report.benchmark().methods().stream().map(BenchmarkMethod::name).toList());
        Map<String, Object> rows = new LinkedHashMap<>();
        for (BenchmarkRow row : report.rows()) {
            Map<String, Object> all = row.toMap();
            Map<String, Object> kept = new LinkedHashMap<>();
            for (String k : PINNED) {
                kept.put(k, all.get(k));
            }
            rows.put(row.key(), kept);
        }
        m.put("rows", rows);
        return m;
    }

    static void compare(String where, JsonNode want, JsonNode got, List<String> diffs) {
        if (want.isNumber() && got.isNumber() && !(want.isIntegralNumber() && got.isIntegralNumber())) {
            double w = want.asDouble();
            double g = got.asDouble();
            boolean same = w == g || (Double.isNaN(w) && Double.isNaN(g))
                    || Math.abs(w - g) <= REL * Math.max(Math.abs(w), Math.abs(g));
            if (!same) {
                diffs.add(where + ": fixture " + w + ", now " + g);
            }
        } else if (want.isObject() && got.isObject() && names(want).equals(names(got))) {
            for (String k : names(want)) {
                compare(where + "." + k, want.get(k), got.get(k), diffs);
            }
        } else if (!want.equals(got)) {
            diffs.add(where + ": fixture " + want + ", now " + got);
        }
    }

    static TreeSet<String> names(JsonNode object) {
        TreeSet<String> out = new TreeSet<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(out::add);
        return out;
    }
}
