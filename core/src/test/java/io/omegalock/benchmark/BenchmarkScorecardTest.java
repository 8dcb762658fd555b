package io.omegalock.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.demo.Keyhole;
import io.omegalock.demo.Phantom;
import io.omegalock.eval.Evaluator;
import io.omegalock.json.Json;
import io.omegalock.json.JsonWriter;
import io.omegalock.search.GridSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The benchmark scorecard's headline counts, pass rates and run statuses agree with the
 * artifact's rows: each expected figure is derived here from the saved rows ({@code status_raw},
 * {@code status_pass}), not from the summaries the scorecard prints.
 */
class BenchmarkScorecardTest {

    /** A method that always throws, so the battery holds CRASH rows beside PASS and FAIL ones. */
    record Exploding(String name) implements BenchmarkMethod {
        @Override
        public MethodOutcome run(Keyhole keyhole, long seed, Evaluator evaluator) {
            throw new IllegalStateException("boom on seed " + seed);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void scorecardCountsAgreeWithTheRows() {
        BenchmarkReport report = Benchmark.of(List.of(Phantom.keyhole()), List.of(42L, 7L, 100L),
                List.of(new Exploding("exploding"), BenchmarkMethods.pipeline("grid3", s -> new GridSearch(3)),
                        BenchmarkMethods.pipeline("grid5", s -> new GridSearch(5)))).run();
        Map<String, Object> artifact = (Map<String, Object>) Json.parse(JsonWriter.toString(report.toMap(), false));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) artifact.get("rows");
        String card = report.scorecard();

        long crashed = rows.stream().filter(r -> ((String) r.get("status_raw")).startsWith("CRASH")).count();
        assertThat(card).contains("  runs      " + rows.size() + " (" + crashed + " crashed)\n");

        Map<String, List<Map<String, Object>>> byMethod = new LinkedHashMap<>();
        rows.forEach(r -> byMethod.computeIfAbsent((String) r.get("method"), k -> new ArrayList<>()).add(r));
        String all = card.substring(card.indexOf("ALL KEYHOLES"), card.indexOf("\nPHANTOM"));
        byMethod.forEach((method, rs) -> {
            long passed = rs.stream().filter(r -> ((Number) r.get("status_pass")).intValue() == 1).count();
            long methodCrashed = rs.stream().filter(r -> ((String) r.get("status_raw")).startsWith("CRASH")).count();
            String line = all.lines().filter(l -> l.startsWith(String.format(Locale.ROOT, "  %-14s %3d ", method,
                    rs.size()))).findFirst().orElseThrow(() -> new AssertionError("no summary line for " + method));
            assertThat(line).contains(String.format(Locale.ROOT, "%5.1f%%", 100.0 * passed / rs.size()));
            assertThat(line.endsWith("(" + methodCrashed + " crashed)")).isEqualTo(methodCrashed > 0);
        });
        // One RUNS line per row, with the row's own status.
        List<String> runs = card.substring(card.indexOf("\nRUNS\n")).lines().skip(3)
                .takeWhile(l -> !l.isBlank()).toList();
        assertThat(runs).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> r = rows.get(i);
            assertThat(runs.get(i).trim().split("\\s+")).startsWith((String) r.get("keyhole"), (String) r.get("method"),
                    String.valueOf(r.get("seed")), (String) r.get("status_raw"));
        }
        // The battery really mixes outcomes, or the check above proves little.
        assertThat(rows.stream().map(r -> (String) r.get("status_raw")).distinct().count()).isGreaterThan(1);
    }
}
