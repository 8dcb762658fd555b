package io.omegalock.search;

import io.omegalock.BadInputException;
import io.omegalock.space.GridAxes;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full Cartesian grid over the unlocked parameters (the reference's P1 search).
 *
 * @param pointsPerAxis points per numeric axis, {@code >= 2}
 */
public record GridSearch(int pointsPerAxis) implements SearchStrategy {

    /** @throws BadInputException when pointsPerAxis < 2 */
    public GridSearch {
        if (pointsPerAxis < 2) {
            throw new BadInputException("grid_points_per_axis must be >= 2 (anything less collapses the lattice to "
                    + "a single point), got " + pointsPerAxis);
        }
    }

    @Override
    public String method() {
        return "grid";
    }

    @Override
    public List<Candidate> search(SearchContext ctx) {
        List<List<Object>> axes = new ArrayList<>();
        for (String name : ctx.unlocked()) {
            axes.add(GridAxes.points(ctx.base().space().spec(name), pointsPerAxis));
        }
        List<Params> points = Grids.product(ctx.base(), Grids.indexes(ctx.base(), ctx.unlocked()), axes);
        return Grids.candidates(0, ctx.evaluator().evaluate(ctx.target(), points), ctx.unlocked());
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method());
        m.put("grid_points_per_axis", pointsPerAxis);
        return m;
    }
}
