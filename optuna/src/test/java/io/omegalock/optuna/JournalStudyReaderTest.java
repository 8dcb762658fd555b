package io.omegalock.optuna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalStudyReaderTest {

    /** Oracle: expected/journal_study.trials.json, as Optuna reports the journal. */
    @Test
    void replaysTheJournalToExactlyWhatOptunaReports() {
        try (JournalStudyReader reader = JournalStudyReader.open(OptunaFixtures.file("journal_study.log"))) {
            assertThat(reader.studyNames()).containsExactly("journal_study");
            Study study = reader.read("journal_study");
            assertThat(study.info().directions()).containsExactly(StudyDirection.MAXIMIZE);
            assertThat(study.trials()).isEqualTo(OptunaFixtures.expectedTrials("journal_study"));
            assertThat(reader.warnings()).isEmpty();
        }
    }

    @Test
    void studyReadersRecogniseAJournalFile() {
        try (StudyReader reader = StudyReaders.open(OptunaFixtures.file("journal_study.log").toString())) {
            assertThat(reader).isInstanceOf(JournalStudyReader.class);
            assertThat(reader.readSingleStudy().trials()).hasSize(30);
        }
    }

    @Test
    void toleratesATornLastLineWithAWarning(@TempDir Path tmp) throws IOException {
        String log = Files.readString(OptunaFixtures.file("journal_study.log"));
        Path torn = tmp.resolve("torn.log");
        // A writer killed mid-line: a trial is created, then half of its first param op is on disk.
        Files.writeString(torn, log + "{\"op_code\": 4, \"worker_id\": \"w\", \"study_id\": 0, "
                + "\"datetime_start\": \"2026-11-28T01:57:54.000000\"}\n{\"op_code\": 5, \"worker_id\": \"w\", \"tri");
        try (JournalStudyReader reader = JournalStudyReader.open(torn)) {
            List<Trial> trials = reader.read("journal_study").trials();
            assertThat(trials).hasSize(31);
            assertThat(trials.subList(0, 30)).isEqualTo(OptunaFixtures.expectedTrials("journal_study"));
            assertThat(trials.get(30).state()).isEqualTo(TrialState.RUNNING);
            assertThat(trials.get(30).params()).isEmpty();
            assertThat(reader.warnings()).singleElement().asString()
                    .contains("ignored the last line (265)", "torn.log", "does not end with a newline");
        }
    }

    @Test
    void toleratesACutLastLineEndingInANewline(@TempDir Path tmp) throws IOException {
        Path torn = tmp.resolve("cut.log");
        Files.writeString(torn, Files.readString(OptunaFixtures.file("journal_study.log")) + "{\"op_code\": 6, \"tr\n");
        try (JournalStudyReader reader = JournalStudyReader.open(torn)) {
            assertThat(reader.read("journal_study").trials()).isEqualTo(OptunaFixtures.expectedTrials("journal_study"));
            assertThat(reader.warnings()).singleElement().asString().contains("not valid JSON");
        }
    }

    @Test
    void refusesABadLineThatIsNotTheLast(@TempDir Path tmp) throws IOException {
        List<String> lines = Files.readAllLines(OptunaFixtures.file("journal_study.log"));
        lines.set(10, lines.get(10).substring(0, 40));
        Path bad = tmp.resolve("bad.log");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> JournalStudyReader.open(bad))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("bad.log line 11 is not valid JSON")
                .hasMessageContaining("only the last line");
    }

    @Test
    void refusesAFileThatIsNotAJournal(@TempDir Path tmp) throws IOException {
        Path notJournal = tmp.resolve("scores.json");
        Files.writeString(notJournal, "{\"0\": 1.5}\n");
        assertThatThrownBy(() -> JournalStudyReader.open(notJournal))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("scores.json is not an Optuna journal file");
    }

    @Test
    void unknownStudyNameListsTheStudiesFound() {
        try (JournalStudyReader reader = JournalStudyReader.open(OptunaFixtures.file("journal_study.log"))) {
            assertThatThrownBy(() -> reader.read("journal"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("no study named 'journal'")
                    .hasMessageContaining("studies found: journal_study");
        }
    }

    /** Optuna's replay rules, on a hand-written journal with two studies. */
    @Test
    void followsOptunasReplayRules(@TempDir Path tmp) throws IOException {
        String f = "{\\\"name\\\": \\\"FloatDistribution\\\", \\\"attributes\\\": {\\\"step\\\": null, "
                + "\\\"low\\\": 0.0, \\\"high\\\": 1.0, \\\"log\\\": false}}";
        String legacyInt = "{\\\"name\\\": \\\"IntUniformDistribution\\\", \\\"attributes\\\": {\\\"low\\\": 0, "
                + "\\\"high\\\": 9, \\\"step\\\": 1}}";
        String cat = "{\\\"name\\\": \\\"CategoricalDistribution\\\", \\\"attributes\\\": {\\\"choices\\\": "
                + "[null, true, 2, 2.5, \\\"s\\\"]}}";
        Path log = tmp.resolve("rules.log");
        Files.writeString(log, String.join("\n",
                "{\"op_code\": 0, \"worker_id\": \"w\", \"study_name\": \"a\", \"directions\": [1]}",
                "{\"op_code\": 0, \"worker_id\": \"w\", \"study_name\": \"b\", \"directions\": [2, 1]}",
                "{\"op_code\": 0, \"worker_id\": \"w\", \"study_name\": \"a\", \"directions\": [2]}",
                "{\"op_code\": 2, \"worker_id\": \"w\", \"study_id\": 0, \"user_attr\": {\"k\": 1}}",
                // trial 0 of a (id 0); trial 0 of b (id 1); trial 1 of a (id 2)
                "{\"op_code\": 4, \"worker_id\": \"w\", \"study_id\": 0, \"datetime_start\": null}",
                "{\"op_code\": 4, \"worker_id\": \"w\", \"study_id\": 1, \"datetime_start\": null}",
                "{\"op_code\": 4, \"worker_id\": \"w\", \"study_id\": 0, \"datetime_start\": null}",
                "{\"op_code\": 5, \"worker_id\": \"w\", \"trial_id\": 0, \"param_name\": \"x\", "
                        + "\"param_value_internal\": 0.25, \"distribution\": \"" + f + "\"}",
                "{\"op_code\": 5, \"worker_id\": \"w\", \"trial_id\": 0, \"param_name\": \"k\", "
                        + "\"param_value_internal\": 3.0, \"distribution\": \"" + legacyInt + "\"}",
                "{\"op_code\": 5, \"worker_id\": \"w\", \"trial_id\": 0, \"param_name\": \"c\", "
                        + "\"param_value_internal\": 0, \"distribution\": \"" + cat + "\"}",
                // x as an int in a later trial of the same study: incompatible, dropped as Optuna does
                "{\"op_code\": 5, \"worker_id\": \"w\", \"trial_id\": 2, \"param_name\": \"x\", "
                        + "\"param_value_internal\": 4, \"distribution\": \"" + legacyInt + "\"}",
                "{\"op_code\": 5, \"worker_id\": \"w\", \"trial_id\": 2, \"param_name\": \"c\", "
                        + "\"param_value_internal\": 4, \"distribution\": \"" + cat + "\"}",
                "{\"op_code\": 7, \"worker_id\": \"w\", \"trial_id\": 0, \"step\": 3, \"intermediate_value\": NaN}",
                "{\"op_code\": 9, \"worker_id\": \"w\", \"trial_id\": 0, \"system_attr\": {\"constraints\": [-1.0]}}",
                "{\"op_code\": 6, \"worker_id\": \"w\", \"trial_id\": 0, \"state\": 1, \"values\": [Infinity]}",
                // updates to a finished trial are ignored
                "{\"op_code\": 8, \"worker_id\": \"w\", \"trial_id\": 0, \"user_attr\": {\"late\": true}}",
                "{\"op_code\": 6, \"worker_id\": \"w\", \"trial_id\": 0, \"state\": 3, \"values\": null}",
                "{\"op_code\": 6, \"worker_id\": \"w\", \"trial_id\": 1, \"state\": 1, \"values\": [1.5, -2.0]}",
                "{\"op_code\": 6, \"worker_id\": \"w\", \"trial_id\": 2, \"state\": 3, \"values\": null}",
                // a template trial (enqueue / add_trial) carries its data inline
                "{\"op_code\": 4, \"worker_id\": \"w\", \"study_id\": 0, \"datetime_start\": null, \"state\": 1, "
                        + "\"value\": 0.5, \"values\": null, \"distributions\": {\"x\": \"" + f + "\"}, "
                        + "\"params\": {\"x\": 0.75}, \"user_attrs\": {\"feasible\": false}, \"system_attrs\": {}, "
                        + "\"intermediate_values\": {\"0\": 0.1}}",
                "{\"op_code\": 1, \"worker_id\": \"w\", \"study_id\": 1}",
                ""));
        try (JournalStudyReader reader = JournalStudyReader.open(log)) {
            assertThat(reader.studyNames()).containsExactly("a"); // b was deleted
            Study a = reader.read("a");
            assertThat(a.info().directions()).containsExactly(StudyDirection.MINIMIZE);
            assertThat(a.trials()).hasSize(3);
            Trial t0 = a.trials().get(0);
            assertThat(t0.state()).isEqualTo(TrialState.COMPLETE);
            assertThat(t0.values()).containsExactly(Double.POSITIVE_INFINITY);
            assertThat(t0.params()).containsExactly(Map.entry("x", 0.25), Map.entry("k", 3L),
                    new java.util.AbstractMap.SimpleEntry<>("c", null));
            assertThat(t0.userAttrs()).isEmpty();
            assertThat(t0.systemAttrs()).containsEntry("constraints", List.of(-1.0));
            assertThat(t0.intermediateValues()).containsEntry(3L, Double.NaN);
            Trial t1 = a.trials().get(1);
            assertThat(t1.number()).isEqualTo(1);
            assertThat(t1.state()).isEqualTo(TrialState.FAIL);
            assertThat(t1.params()).containsExactly(Map.entry("c", "s"));
            Trial t2 = a.trials().get(2);
            assertThat(t2).isEqualTo(new Trial(2, TrialState.COMPLETE, Map.of("x", 0.75), List.of(0.5),
                    Map.of("feasible", false), Map.of(), Map.of(0L, 0.1)));
        }
    }
}
