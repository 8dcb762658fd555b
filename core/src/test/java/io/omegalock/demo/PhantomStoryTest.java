package io.omegalock.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateReport;
import io.omegalock.json.PyFloat;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.search.Candidate;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.GridAxes;
import io.omegalock.stress.StressResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Phantom walkthrough tells what its runs computed: every number it prints is checked here
 * against the outcome (and the outcome against the keyhole's ground truth), not against text.
 */
class PhantomStoryTest {
    static Evaluator evaluator;
    static PhantomStory.Outcome outcome;
    static String printed;

    @BeforeAll
    static void run() {
        evaluator = Evaluator.sequential();
        outcome = PhantomStory.run(evaluator);
        printed = print(outcome);
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    static String print(PhantomStory.Outcome o) {
        StringWriter w = new StringWriter();
        PhantomStory.print(o, new PrintWriter(w));
        return w.toString();
    }

    static String f3(double v) {
        return PyFloat.format(v, 3);
    }

    @Test
    void stressPutsTheEffectiveParametersOnTopAndTheyAreUnlocked() {
        PipelineResult g = outcome.grid();
        assertThat(g.stress()).hasSize(Phantom.keyhole().space().size()).hasSize(12);
        List<String> ranked = g.stress().stream().sorted(Comparator.comparingDouble(StressResult::rawStress).reversed())
                .map(StressResult::name).toList();
        Set<String> effective = Set.copyOf(outcome.truth().effectiveParams());
        assertThat(Set.copyOf(ranked.subList(0, effective.size()))).isEqualTo(effective);
        assertThat(Set.copyOf(g.topK())).isEqualTo(effective);
        // The printed table lists the parameters in that order, the effective ones marked.
        int at = -1;
        for (int i = 0; i < ranked.size(); i++) {
            String name = ranked.get(i);
            int next = printed.indexOf(String.format(java.util.Locale.ROOT, "%2d  %-13s", i + 1, name));
            assertThat(next).as(name).isGreaterThan(at);
            String line = printed.substring(next, printed.indexOf('\n', next));
            assertThat(line.endsWith("<- effective")).as(line).isEqualTo(effective.contains(name));
            at = next;
        }
        assertThat(printed).contains("= the effective parameters")
                .contains("KC-2 " + g.report("KC-2").status() + ": " + g.report("KC-2").message());
    }

    @Test
    void gridSearchPrintsItsBestAgainstTheExactMaximum() {
        PipelineResult g = outcome.grid();
        int expected = 1;
        for (String name : g.topK()) {
            expected *= GridAxes.points(Phantom.keyhole().space().spec(name), PhantomStory.GRID_POINTS).size();
        }
        assertThat(g.candidates()).hasSize(expected);
        double max = g.candidates().stream().mapToDouble(Candidate::fitness).max().orElseThrow();
        assertThat(g.selected().fitness()).isEqualTo(max);
        assertThat(max).isLessThanOrEqualTo(outcome.truth().optimumFitness());
        assertThat(g.selected().fitness()).isGreaterThan(g.baseline().fitness());
        assertThat(printed).contains(g.candidates().size() + " candidates")
                .contains("fitness : " + f3(g.baseline().fitness()) + " (" + g.baseline().nTrials() + " fires)")
                .contains("best on train : " + f3(max) + " at ")
                .contains("train maximum : " + f3(outcome.truth().optimumFitness()));
    }

    @Test
    void walkForwardPrintsTheTopNTheVerdictAndEveryReport() {
        PipelineResult g = outcome.grid();
        var wf = g.walkForward();
        for (int i = 0; i < wf.topN(); i++) {
            assertThat(printed).containsPattern("\\s" + (i + 1) + "\\s+" + java.util.regex.Pattern.quote(
                    f3(wf.trainFitnesses()[i])) + "\\s+" + java.util.regex.Pattern.quote(f3(wf.testFitnesses()[i])));
        }
        assertThat(printed).contains("Pearson(train, test) = " + f3(wf.pearson().valueOrZero()));
        for (GateReport r : g.reports()) {
            assertThat(printed).containsPattern(java.util.regex.Pattern.quote(r.name()) + "\\s+" + r.status() + "\\s+"
                    + java.util.regex.Pattern.quote(r.message()));
        }
        assertThat(printed).contains("status  : " + g.status())
                .contains("holdout : " + f3(g.holdout().fitness()));
    }

    @Test
    void zoomRoundsConvergeOnTheTrainMaximum() {
        List<ZoomingGridSearch.Round> rounds = outcome.rounds();
        assertThat(rounds).hasSize(PhantomStory.ZOOM_ROUNDS);
        double previousSpan = Double.POSITIVE_INFINITY;
        double previousBest = Double.NEGATIVE_INFINITY;
        for (ZoomingGridSearch.Round r : rounds) {
            List<Object> alpha = r.axes().get("alpha");
            double span = alpha.stream().mapToDouble(v -> (Double) v).max().orElseThrow()
                    - alpha.stream().mapToDouble(v -> (Double) v).min().orElseThrow();
            assertThat(span).isLessThan(previousSpan);
            // Each round's grid contains the previous winner, so the best never gets worse.
            assertThat(r.winner().fitness()).isGreaterThanOrEqualTo(previousBest);
            assertThat(printed).containsPattern("\\s" + (r.index() + 1) + "\\s.*\\s" + r.candidates().size() + "\\s+"
                    + java.util.regex.Pattern.quote(f3(r.winner().fitness())) + "\\s+alpha=");
            previousSpan = span;
            previousBest = r.winner().fitness();
        }
        Candidate refined = outcome.zoom().selected();
        Candidate grid = outcome.grid().selected();
        double optimum = outcome.truth().optimumFitness();
        assertThat(optimum - refined.fitness()).isLessThan(optimum - grid.fitness()).isGreaterThanOrEqualTo(0.0);
        // The refinement stays on the structure: the same side and the shortest lookback as expected.
        assertThat(refined.unlocked()).containsEntry("long_mode", outcome.truth().optimumParams().get("long_mode"))
                .containsEntry("window", outcome.truth().optimumParams().get("window"));
        assertThat(printed).contains("selected : " + "alpha=" + PyFloat.repr((Double) refined.unlocked().get("alpha")))
                .contains(f3(optimum - refined.fitness()) + " below the exact train maximum " + f3(optimum))
                .contains("train " + f3(outcome.expected().train()) + ", holdout " + f3(outcome.expected().holdout()))
                .contains("status  : " + outcome.zoom().status() + "; holdout " + f3(outcome.zoom().holdout().fitness()));
    }

    @Test
    void sameNumbersOnOneThreadOrTwo() {
        try (Evaluator two = Evaluator.parallel(2)) {
            assertThat(withoutElapsed(print(PhantomStory.run(two)))).isEqualTo(withoutElapsed(printed));
        }
    }

    static String withoutElapsed(String s) {
        return s.replaceAll("elapsed=\\d+s", "elapsed=");
    }
}
