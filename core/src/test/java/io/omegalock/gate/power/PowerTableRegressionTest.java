package io.omegalock.gate.power;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.omegalock.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the battery's table for a fixed seed: every cell, mean and column of
 * {@code PowerBattery.run(REPS, SEED)} must equal the checked-in {@code power/table.json} (floats
 * to 1e-12 relative), so a change to a scenario, a design or the seeding cannot move the measured
 * numbers silently. Few reps keep it cheap; the figures in docs/GATES.md come from 20,000.
 *
 * <p>When a change moves the table on purpose, regenerate with
 * {@code ./mvnw -B -q -pl core test -Dtest=PowerTableRegressionTest -Domegalock.regenerate=true},
 * review the diff, and say in the commit message why the numbers moved.
 */
class PowerTableRegressionTest {
    static final String RESOURCE = "/power/table.json";
    static final Path SOURCE = Path.of("src", "test", "resources", "power", "table.json");
    static final int REPS = 200;
    static final long SEED = 20260501L;

    @Test
    void theTableForAFixedSeedMatchesTheFixture() throws IOException {
        String current = JsonWriter.toString(PowerBattery.run(REPS, SEED).toMap(), true) + "\n";
        if (Boolean.getBoolean("omegalock.regenerate")) {
            Files.createDirectories(SOURCE.getParent());
            Files.writeString(SOURCE, current, StandardCharsets.UTF_8);
            System.out.println("regenerated " + SOURCE.toAbsolutePath() + "; explain the change in the commit");
            return;
        }
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " missing; generate it with -Domegalock.regenerate=true").isNotNull();
            expected = mapper.readTree(in);
        }
        JsonNode actual = mapper.readTree(current);
        assertThat(actual.get("recommended")).isEqualTo(expected.get("recommended"));
        assertThat(actual.get("columns")).isEqualTo(expected.get("columns"));
        assertThat(actual.get("rows").size()).isEqualTo(expected.get("rows").size());
        for (int i = 0; i < expected.get("rows").size(); i++) {
            JsonNode want = expected.get("rows").get(i);
            JsonNode got = actual.get("rows").get(i);
            String where = want.get("scenario").asText() + " N=" + want.get("n").asInt();
            assertThat(got.get("scenario")).as(where).isEqualTo(want.get("scenario"));
            assertThat(got.get("n")).as(where).isEqualTo(want.get("n"));
            want.get("pass_rates").fields().forEachRemaining(e -> close(where + " " + e.getKey(), e.getValue(),
                    got.get("pass_rates").get(e.getKey())));
            close(where + " mean_pearson", want.get("mean_pearson"), got.get("mean_pearson"));
            close(where + " mean_lucky_in_top_n", want.get("mean_lucky_in_top_n"), got.get("mean_lucky_in_top_n"));
        }
    }

    private static void close(String where, JsonNode want, JsonNode got) {
        if (want.isNull()) {
            assertThat(got.isNull()).as(where).isTrue();
            return;
        }
        double w = want.asDouble();
        assertThat(got.asDouble()).as(where).isCloseTo(w, org.assertj.core.api.Assertions.within(1e-12 * Math.max(1,
                Math.abs(w))));
    }
}
