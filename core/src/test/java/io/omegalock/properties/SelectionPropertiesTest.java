package io.omegalock.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluation;
import io.omegalock.search.Candidate;
import io.omegalock.search.Selection;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.EvalResult;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The partial top-N selection used by walk-forward equals the prefix of a full stable sort, and
 * the one-pass best and best-passing selection equals the first of that ranking, unfiltered and
 * filtered.
 */
class SelectionPropertiesTest {
    private static final ParamSpace SPACE = ParamSpace.of(FloatParam.of("x", 0, 1, 0));

    @Property
    void topNIsThePrefixOfTheStableRanking(@ForAll @Size(max = 60) List<@IntRange(min = -5, max = 5) Integer> fits,
                                           @ForAll @IntRange(min = 0, max = 25) int n) {
        List<Candidate> cs = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            int f = fits.get(i);
            // Small integer fitnesses force many ties; -5 stands for a failed evaluation.
            EvalResult r = EvalResult.of(f == -5 ? Double.NaN : f);
            cs.add(new Candidate(i, Evaluation.of(SPACE.neutral(), r, 0), List.of("x")));
        }
        List<Candidate> ranked = Selection.rankedByFitness(cs);
        assertThat(Selection.topN(cs, n)).containsExactlyElementsOf(ranked.subList(0, Math.min(n, ranked.size())));
    }

    @Property
    void theOnePassWinnersAreTheFirstOfTheRankingUnfilteredAndFiltered(
            @ForAll @Size(max = 60) List<@IntRange(min = -5, max = 5) Integer> fits,
            @ForAll @Size(max = 60) List<Boolean> passes) {
        List<Candidate> cs = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            int f = fits.get(i);
            EvalResult r = EvalResult.of(f == -5 ? Double.NaN : f);
            cs.add(new Candidate(i, Evaluation.of(SPACE.neutral(), r, 0), List.of("x")));
        }
        java.util.function.Predicate<Candidate> passing = c -> c.idx() < passes.size() && passes.get(c.idx());
        List<Candidate> ranked = Selection.rankedByFitness(cs);
        Selection.Best best = Selection.best(cs, passing);
        assertThat(best.any()).isEqualTo(ranked.isEmpty() ? null : ranked.get(0));
        assertThat(best.passing()).isEqualTo(ranked.stream().filter(passing).findFirst().orElse(null));
        assertThat(Selection.bestOf(cs)).isEqualTo(best.any());
        assertThat(Selection.bestOf(cs, passing)).isEqualTo(best.passing());
    }
}
