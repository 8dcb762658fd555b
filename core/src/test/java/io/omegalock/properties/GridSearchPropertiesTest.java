package io.omegalock.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluator;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import io.omegalock.search.SearchContext;
import io.omegalock.space.GridAxes;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.Target;
import io.omegalock.target.Targets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SPEC §4 grid: Cartesian product in {@code itertools.product} order over the unlocked list. */
class GridSearchPropertiesTest {

    /** A space, a base inside it, and an ordered subset of names to unlock. */
    record Setup(ParamSpace space, Params base, List<String> unlocked) {
    }

    @Provide
    Arbitrary<Setup> setups() {
        return Generators.smallSpaces(5).flatMap(space -> {
            Arbitrary<List<String>> unlocked = Arbitraries.shuffle(space.names())
                    .flatMap(names -> Arbitraries.integers().between(1, Math.min(3, names.size()))
                            .map(k -> names.subList(0, k)));
            // A base away from the neutral defaults, so "locked keeps base" is not "keeps neutral".
            Arbitrary<Params> base = Arbitraries.randoms().map(rnd -> {
                Params p = space.neutral();
                for (var spec : space.specs()) {
                    List<Object> axis = GridAxes.points(spec, 3);
                    p = p.with(spec.name(), axis.get(rnd.nextInt(axis.size())));
                }
                return p;
            });
            return Combinators.combine(unlocked, base).as((u, b) -> new Setup(space, b, u));
        });
    }

    @Property(tries = 300)
    void gridIsTheProductOfItsAxesInItertoolsOrder(@ForAll("setups") Setup s,
                                                   @ForAll @IntRange(min = 2, max = 4) int g) {
        Target target = Targets.of(s.space(), p -> p.hashCode() % 1000);
        List<Candidate> cands = new GridSearch(g)
                .search(new SearchContext(target, Evaluator.sequential(), s.base(), s.unlocked()));

        List<List<Object>> axes = new ArrayList<>();
        long expectedCount = 1;
        for (String name : s.unlocked()) {
            List<Object> axis = GridAxes.points(s.space().spec(name), g);
            axes.add(axis);
            expectedCount *= axis.size();
        }
        assertThat(cands).hasSize((int) expectedCount);

        List<List<Object>> expected = product(axes);
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            assertThat(c.idx()).isEqualTo(i);
            assertThat(new ArrayList<>(c.unlocked().values())).as("candidate %d", i).isEqualTo(expected.get(i));
            assertThat(c.unlocked().keySet()).containsExactlyElementsOf(s.unlocked());
            for (String name : s.space().names()) {
                if (!s.unlocked().contains(name)) {
                    assertThat(c.params().get(name)).as("locked %s", name).isEqualTo(s.base().get(name));
                }
            }
            for (Map.Entry<String, Object> e : c.unlocked().entrySet()) {
                assertThat(c.params().get(e.getKey())).isEqualTo(e.getValue());
            }
        }
    }

    /** An independent {@code itertools.product}: recursion, first axis outermost. */
    private static List<List<Object>> product(List<List<Object>> axes) {
        if (axes.isEmpty()) {
            return List.of(Collections.emptyList());
        }
        List<List<Object>> rest = product(axes.subList(1, axes.size()));
        List<List<Object>> out = new ArrayList<>();
        for (Object head : axes.get(0)) {
            for (List<Object> tail : rest) {
                List<Object> row = new ArrayList<>();
                row.add(head);
                row.addAll(tail);
                out.add(row);
            }
        }
        return out;
    }
}
