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
        List<String> names = ctx.unlocked();
        int k = names.size();
        ParamSpec[] specs = new ParamSpec[k];
        double[] lo = new double[k];
        double[] hi = new double[k];
        for (int a = 0; a < k; a++) {
            specs[a] = ctx.base().space().spec(names.get(a));
            if (specs[a] instanceof NumericParam num) {
                lo[a] = num.lowAsDouble();
                hi[a] = num.highAsDouble();
            }
        }
        int[] indexes = Grids.indexes(ctx.base(), names);
        List<Candidate> all = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            List<List<Object>> axes = new ArrayList<>(k);
            for (int a = 0; a < k; a++) {
                axes.add(specs[a] instanceof NumericParam
                        ? GridAxes.pointsIn(specs[a], lo[a], hi[a], pointsPerAxis)
                        : GridAxes.categorical(specs[a]));
            }
            List<Params> points = Grids.product(ctx.base(), indexes, axes);
            List<Candidate> round = Grids.candidates(all.size(), ctx.evaluator().evaluate(ctx.target(), points), names);
            all.addAll(round);
            Candidate winner = Selection.bestOf(round);
            if (r < rounds - 1 && winner != null) {
                for (int a = 0; a < k; a++) {
                    if (specs[a] instanceof NumericParam num) {
                        zoom(num, a, ((Number) winner.params().get(indexes[a])).doubleValue(), lo, hi);
                    }
                }
            }
        }
        return all;
    }

    private void zoom(NumericParam spec, int a, double center, double[] lo, double[] hi) {
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
