package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.demo.PhantomStory;
import io.omegalock.eval.Evaluator;
import io.omegalock.json.PyFloat;
import io.omegalock.pipeline.PipelineResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code omega-lock demo} prints the reference's case-study numbers (fixtures README, last
 * section), and the README states the same numbers and commands the program prints and runs.
 */
class DemoCommandTest {

    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void demoPrintsTheReferenceNumbers() {
        Cli.Run r = run("demo");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("stress unlocked: bias, gain")
                .contains("params        : {gain=8.0, bias=2.7, offset=0.0}")
                .contains("train fitness : 5.967")
                .contains("holdout       : 1.527  (-74.4% vs train)")
                .contains("Pearson(train, test) = 0.179  (threshold 0.3)")
                .contains("pipeline status      = FAIL:KC-4")
                .contains("params        : {gain=3.0, bias=0.0, offset=0.0}")
                .contains("train fitness : 5.233")
                .contains("holdout       : 5.276")
                .contains("KC-4 verdict         = PASS");
    }

    @Test
    void demoIsDeterministic() {
        assertThat(run("demo").out().replaceAll("elapsed=\\d+s", ""))
                .isEqualTo(run("demo").out().replaceAll("elapsed=\\d+s", ""));
    }

    @Test
    void sramDemoReportsBestAnyApartFromBestFeasible() {
        Cli.Run r = run("demo", "sram");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("best_any\\s+227\\.226").containsPattern("best_feasible\\s+215\\.276")
                .contains("best_any fails  : [write_margin_gt_100mv]");
    }

    /**
     * The README's phantom paragraph quotes the walkthrough's numbers: each is computed here from
     * the library's run of the story and must appear both in the README and in what the command
     * prints.
     */
    @Test
    void readmeStatesWhatThePhantomDemoPrints() throws IOException {
        PhantomStory.Outcome o;
        try (Evaluator evaluator = Evaluator.sequential()) {
            o = PhantomStory.run(evaluator);
        }
        Cli.Run r = run("demo", "phantom");
        assertThat(r.code()).isZero();
        String text = Files.readString(Path.of("..", "README.md"));
        assertThat(text).contains("./omega-lock demo phantom");
        PipelineResult grid = o.grid();
        PipelineResult zoom = o.zoom();
        List<Object> lastAlpha = o.rounds().get(o.rounds().size() - 1).axes().get("alpha");
        List<String> numbers = List.of(f3(grid.baseline().fitness()), f3(grid.selected().fitness()),
                f3(grid.walkForward().pearson().valueOrZero()), f3(grid.holdout().fitness()),
                f3(zoom.selected().fitness()), f3(o.truth().optimumFitness()), f3(zoom.holdout().fitness()),
                f3((Double) lastAlpha.get(0)), f3((Double) lastAlpha.get(lastAlpha.size() - 1)));
        for (String number : numbers) {
            assertThat(text).as("README states " + number).contains(number);
            assertThat(r.out()).as("demo prints " + number).contains(number);
        }
        assertThat(text).contains(grid.candidates().size() + " candidates").contains(o.rounds().size() == 4
                ? "Four zoom rounds" : o.rounds().size() + " zoom rounds");
        assertThat(grid.status()).isEqualTo("PASS");
        assertThat(text).contains("every KC report passes");
        for (String name : grid.topK()) {
            assertThat(text).contains("`" + name + "`");
        }
    }

    private static String f3(double v) {
        return PyFloat.format(v, 3);
    }

    @Test
    void unknownDemoIsBadInputWithoutStackTrace() {
        Cli.Run r = run("demo", "nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown demo 'nope'").doesNotContain("at io.omegalock");
    }

    @Test
    void readmeStatesWhatTheDemoPrints() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme);
        assertThat(text).contains("./omega-lock demo").contains("./mvnw -B verify");
        String out = run("demo").out();
        for (String number : List.of("5.967", "1.527", "-74.4%", "0.179", "0.3", "5.233", "5.276")) {
            assertThat(text).as("README states " + number).contains(number);
            assertThat(out).as("demo prints " + number).contains(number);
        }
        assertThat(text).contains("FAIL:KC-4").contains("gain 8.0, bias 2.7").contains("gain 3.0, bias 0.0");
        // Every command the README names exists and answers --help.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\./omega-lock ([a-z-]+)").matcher(text);
        java.util.Set<String> commands = new java.util.TreeSet<>();
        while (m.find()) {
            commands.add(m.group(1));
        }
        assertThat(commands).contains("demo", "run", "gate", "report", "verify");
        for (String c : commands) {
            assertThat(run(c, "--help").code()).as("omega-lock " + c + " --help").isZero();
        }
        // Every document the README points to exists.
        java.util.regex.Matcher d = java.util.regex.Pattern.compile("`(docs/[A-Z-]+\\.md)`").matcher(text);
        while (d.find()) {
            assertThat(Path.of("..", d.group(1))).as(d.group(1)).exists();
        }
        assertThat(out).contains("FAIL:KC-4").contains("gain=8.0, bias=2.7").contains("gain=3.0, bias=0.0");
    }
}
