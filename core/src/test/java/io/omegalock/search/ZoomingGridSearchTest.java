package io.omegalock.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.demo.Phantom;
import io.omegalock.eval.Evaluator;
import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The zooming grid's rounds, as {@link ZoomingGridSearch#rounds} replays them from the candidates. */
class ZoomingGridSearchTest {
    static final List<String> UNLOCKED = List.of("alpha", "window", "long_mode");

    @Test
    void roundsPartitionTheCandidatesAndCloseInOnEachWinner() {
        Target train = Phantom.keyhole().train(42);
        Params base = train.space().neutral();
        ZoomingGridSearch zoom = new ZoomingGridSearch(5, 4, 0.5);
        List<Candidate> all;
        try (Evaluator evaluator = Evaluator.sequential()) {
            all = zoom.search(new SearchContext(train, evaluator, base, UNLOCKED));
        }
        List<ZoomingGridSearch.Round> rounds = zoom.rounds(base, UNLOCKED, all);

        assertThat(rounds).hasSize(4);
        List<Candidate> joined = new ArrayList<>();
        rounds.forEach(r -> joined.addAll(r.candidates()));
        assertThat(joined).isEqualTo(all);
        for (ZoomingGridSearch.Round r : rounds) {
            int size = r.axes().values().stream().mapToInt(List::size).reduce(1, (x, y) -> x * y);
            assertThat(r.candidates()).hasSize(size);
            for (Candidate c : r.candidates()) {
                for (String name : UNLOCKED) {
                    assertThat(r.axes().get(name)).contains(c.unlocked().get(name));
                }
            }
        }
        for (int i = 1; i < rounds.size(); i++) {
            Candidate winner = rounds.get(i - 1).winner();
            double prevSpan = span(rounds.get(i - 1).axes().get("alpha"));
            List<Object> alpha = rounds.get(i).axes().get("alpha");
            // The float axis halves around the previous round's winner (clipped to [0, 1]).
            assertThat(span(alpha)).isLessThanOrEqualTo(prevSpan * 0.5 + 1e-12);
            double w = ((Number) winner.unlocked().get("alpha")).doubleValue();
            assertThat(w).isBetween(min(alpha), max(alpha));
            List<Object> window = rounds.get(i).axes().get("window");
            assertThat(((Number) winner.unlocked().get("window")).doubleValue()).isBetween(min(window), max(window));
            assertThat(rounds.get(i).axes().get("long_mode")).containsExactly(false, true);
        }
    }

    @Test
    void candidatesOfAnotherSearchAreRefused() {
        Target train = Phantom.keyhole().train(42);
        List<Candidate> oneRound;
        try (Evaluator evaluator = Evaluator.sequential()) {
            oneRound = new GridSearch(5).search(new SearchContext(train, evaluator, train.space().neutral(), UNLOCKED));
        }
        assertThatThrownBy(() -> new ZoomingGridSearch(5, 2, 0.5).rounds(train.space().neutral(), UNLOCKED, oneRound))
                .isInstanceOf(BadInputException.class).hasMessageContaining("round 1 needs candidates 50..");
    }

    private static double span(List<Object> axis) {
        return max(axis) - min(axis);
    }

    private static double min(List<Object> axis) {
        return axis.stream().mapToDouble(v -> ((Number) v).doubleValue()).min().orElseThrow();
    }

    private static double max(List<Object> axis) {
        return axis.stream().mapToDouble(v -> ((Number) v).doubleValue()).max().orElseThrow();
    }
}
