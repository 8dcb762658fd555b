package io.omegalock.search;

import io.omegalock.BadInputException;
import io.omegalock.space.GridAxes;
import io.omegalock.space.IntParam;
import io.omegalock.space.NumericParam;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeated grids that narrow around each round's winner: round 0 spans the full ranges, each
 * later round keeps {@code zoomFactor} of the previous span centred on the winner, clipped to
 * the bounds. Bool and choice axes never zoom.
 *
 * @param pointsPerAxis points per numeric axis, {@code >= 2}
 * @param rounds        grid scans, {@code >= 1} (1 behaves like {@link GridSearch})
 * @param zoomFactor    share of the span kept per round, in (0, 1)
 */
public record ZoomingGridSearch(int pointsPerAxis, int rounds, double zoomFactor) implements SearchStrategy {

    /** @throws BadInputException when a setting is out of range */
    public ZoomingGridSearch {
        new GridSearch(pointsPerAxis);
        if (rounds < 1) {
            throw new BadInputException("zoom_rounds must be >= 1, got " + rounds);
        }
        if (!(zoomFactor > 0 && zoomFactor < 1)) {
            throw new BadInputException("zoom_factor must be in (0, 1), got " + zoomFactor);
        }
    }

    @Override
    public String method() {
        return "zooming_grid";
    }

    @Override
    public List<Candidate> search(SearchContext ctx) {
        Ranges ranges = new Ranges(ctx.base(), ctx.unlocked());
        List<Candidate> all = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<Params> points = Grids.product(ctx.base(), ranges.indexes, ranges.axes());
            List<Candidate> round = Grids.candidates(all.size(), ctx.evaluator().evaluate(ctx.target(), points),
                    ctx.unlocked());
            all.addAll(round);
            if (r < rounds - 1) {
                ranges.zoomAround(Selection.bestOf(round));
            }
        }
        return all;
    }

    /**
     * One round of the search.
     *
     * @param index      0 for the full ranges
     * @param axes       the values each unlocked parameter took in this round, by name
     * @param candidates the round's candidates, in evaluation order
     */
    public record Round(int index, Map<String, List<Object>> axes, List<Candidate> candidates) {
        /** Copies the axes and candidates. */
        public Round {
            axes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(axes));
            candidates = List.copyOf(candidates);
        }

        /** @return the round's best candidate (the first on ties), around which the next round zooms, or null */
        public Candidate winner() {
            return Selection.bestOf(candidates);
        }
    }

    /**
     * Splits this strategy's candidates into its rounds, replaying the range narrowing on the
     * recorded fitnesses without evaluating anything, so a report can show how the ranges
     * closed in on the winner.
     *
     * @param base     the base params the search ran from
     * @param unlocked the unlocked parameters, in search order
     * @param all      the candidates {@link #search} returned for them
     * @return the rounds, in order
     * @throws BadInputException when the candidates are not such a search's output
     */
    public List<Round> rounds(Params base, List<String> unlocked, List<Candidate> all) {
        Ranges ranges = new Ranges(base, unlocked);
        List<Round> out = new ArrayList<>();
        int start = 0;
        for (int r = 0; r < rounds; r++) {
            List<List<Object>> axes = ranges.axes();
            int size = 1;
            for (List<Object> axis : axes) {
                size *= axis.size();
            }
            if (start + size > all.size()) {
                throw new BadInputException("round " + r + " needs candidates " + start + ".." + (start + size - 1)
                        + " but the search returned " + all.size());
            }
            Map<String, List<Object>> byName = new LinkedHashMap<>();
            for (int a = 0; a < unlocked.size(); a++) {
                byName.put(unlocked.get(a), axes.get(a));
            }
            Round round = new Round(r, byName, all.subList(start, start + size));
            out.add(round);
            start += size;
            if (r < rounds - 1) {
                ranges.zoomAround(round.winner());
            }
        }
        return out;
    }

    /** The current range of every unlocked axis, narrowed round by round around the winner. */
    private final class Ranges {
        private final ParamSpec[] specs;
        private final int[] indexes;
        private final double[] lo;
        private final double[] hi;

        Ranges(Params base, List<String> names) {
            int k = names.size();
            specs = new ParamSpec[k];
            lo = new double[k];
            hi = new double[k];
            for (int a = 0; a < k; a++) {
                specs[a] = base.space().spec(names.get(a));
                if (specs[a] instanceof NumericParam num) {
                    lo[a] = num.lowAsDouble();
                    hi[a] = num.highAsDouble();
                }
            }
            indexes = Grids.indexes(base, names);
        }

        List<List<Object>> axes() {
            List<List<Object>> axes = new ArrayList<>(specs.length);
            for (int a = 0; a < specs.length; a++) {
                axes.add(specs[a] instanceof NumericParam
                        ? GridAxes.pointsIn(specs[a], lo[a], hi[a], pointsPerAxis)
                        : GridAxes.categorical(specs[a]));
            }
            return axes;
        }

        void zoomAround(Candidate winner) {
            if (winner == null) {
                return;
            }
            for (int a = 0; a < specs.length; a++) {
                if (specs[a] instanceof NumericParam num) {
                    zoom(num, a, ((Number) winner.params().get(indexes[a])).doubleValue());
                }
            }
        }

        private void zoom(NumericParam spec, int a, double center) {
            double prevLo = lo[a];
            double prevHi = hi[a];
            double half = (prevHi - prevLo) * zoomFactor / 2.0;
            double newLo = Math.max(spec.lowAsDouble(), center - half);
            double newHi = Math.min(spec.highAsDouble(), center + half);
            if (spec instanceof IntParam ip) {
                long l = (long) Math.rint(newLo);
                long h = (long) Math.rint(newHi);
                // Do not collapse an int axis to one point until the range itself has converged.
                if (h == l && prevHi > prevLo) {
                    if (h < ip.high()) {
                        h++;
                    } else if (l > ip.low()) {
                        l--;
                    }
                }
                newLo = l;
                newHi = h;
            }
            lo[a] = newLo;
            hi[a] = newHi;
        }
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method());
        m.put("grid_points_per_axis", pointsPerAxis);
        m.put("zoom_rounds", rounds);
        m.put("zoom_factor", zoomFactor);
        return m;
    }
}
