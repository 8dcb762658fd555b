package io.omegalock.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fixtures are the reference's and Optuna's own bytes: {@code fixtures/SHA256SUMS} lists the
 * hash of every data file, and a file that was edited, converted (line endings) or added without
 * an entry fails here, before any differential test can silently compare against it.
 */
class FixtureManifestTest {
    /** Files under fixtures/ that are this project's own, not recorded outputs. */
    private static boolean ownFile(String relative) {
        return relative.equals("README.md") || relative.equals("SHA256SUMS") || relative.endsWith(".py");
    }

    @Test
    void everyDataFileMatchesItsRecordedHash() throws IOException {
        Path root = Fixtures.root();
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(root.resolve("SHA256SUMS"))) {
            String[] parts = line.split(" {2}", 2);
            assertThat(parts).as("SHA256SUMS line '%s'", line).hasSize(2);
            listed.put(parts[1], parts[0]);
        }
        List<String> present;
        try (Stream<Path> files = Files.walk(root)) {
            present = files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !ownFile(p)).sorted().collect(Collectors.toList());
        }
        assertThat(present).as("data files under %s", root).containsExactlyElementsOf(listed.keySet());
        for (Map.Entry<String, String> e : listed.entrySet()) {
            assertThat(sha256(root.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void theDifferentialFixturesAreAllThere() {
        // What the differential tests read; a manifest that lost them would pass vacuously.
        assertThat(Fixtures.root().resolve("SHA256SUMS")).content().contains("reference/unit_cases.json",
                "reference/quad_basic/result.json", "reference/quad_iterative/audit.json",
                "reference/sram_demo/audit.json", "reference/hash_chain/awkward_report.json",
                "optuna/maximize_user_attrs.db", "optuna/journal_study.log",
                "optuna/expected/minimize_constraints.shift1.5.expected.json");
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
