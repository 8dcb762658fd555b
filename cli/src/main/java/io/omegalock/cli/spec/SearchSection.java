package io.omegalock.cli.spec;

import io.omegalock.search.GridSearch;
import io.omegalock.search.RandomSearch;
import io.omegalock.search.SearchStrategy;
import io.omegalock.search.TpeSearch;
import io.omegalock.search.ZoomingGridSearch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the {@code search} mapping. Each method is one entry of a small registry: its name, the
 * keys it reads, and how it builds its strategy; a key another method reads is rejected by
 * name, so a setting is never silently ignored. Adding a strategy is adding one entry.
 */
final class SearchSection {
    static final List<String> KEYS = List.of("method", "points_per_axis", "zoom_rounds", "zoom_factor", "samples",
            "trials", "seed", "mode", "batch_size");
    static final int DEFAULT_POINTS = 5;
    static final int DEFAULT_SAMPLES = 125;
    static final int DEFAULT_TRIALS = 125;
    static final long DEFAULT_SEED = 42;

    /** One search method: the keys it reads and how to build it from them. */
    private record Method(String name, List<String> keys, Function<SpecMap, SearchStrategy> build) {
    }

    private static final Map<String, Method> METHODS = new LinkedHashMap<>();

    static {
        List<String> gridKeys = List.of("method", "points_per_axis", "zoom_rounds", "zoom_factor");
        register(new Method("grid", gridKeys, SearchSection::grid));
        register(new Method("zooming_grid", gridKeys, SearchSection::zoomingGrid));
        register(new Method("random", List.of("method", "samples", "seed"), SearchSection::random));
        register(new Method("tpe", List.of("method", "trials", "seed", "mode", "batch_size"), SearchSection::tpe));
    }

    private SearchSection() {
    }

    private static void register(Method m) {
        METHODS.put(m.name(), m);
    }

    /**
     * @param node the {@code search} node, or null when the key is absent (grid, 5 points)
     * @return the strategy
     */
    static SearchStrategy parse(SpecNode node) {
        if (node == null) {
            return new GridSearch(DEFAULT_POINTS);
        }
        SpecMap m = node.asMap();
        m.allowOnly(KEYS);
        String name = m.has("method") ? m.require("method").asOneOf(List.copyOf(METHODS.keySet())) : "grid";
        Method method = METHODS.get(name);
        for (String key : m.keys()) {
            if (!method.keys().contains(key)) {
                throw m.require(key).error("not used by method " + name + " (" + name + " reads "
                        + String.join(", ", method.keys()) + ")");
            }
        }
        return method.build().apply(m);
    }

    /** The grid; with {@code zoom_rounds > 1} it zooms, as the reference's grid option does. */
    private static SearchStrategy grid(SpecMap m) {
        int points = points(m);
        int rounds = zoomRounds(m);
        double factor = zoomFactor(m);
        return rounds == 1 ? new GridSearch(points) : new ZoomingGridSearch(points, rounds, factor);
    }

    private static SearchStrategy zoomingGrid(SpecMap m) {
        return new ZoomingGridSearch(points(m), zoomRounds(m), zoomFactor(m));
    }

    private static SearchStrategy random(SpecMap m) {
        int samples = m.integer("samples", DEFAULT_SAMPLES);
        long seed = m.longInteger("seed", DEFAULT_SEED);
        SpecNode at = m.has("samples") ? m.require("samples") : m.node();
        RandomSearch[] out = new RandomSearch[1];
        at.validate(() -> out[0] = new RandomSearch(samples, seed));
        return out[0];
    }

    private static SearchStrategy tpe(SpecMap m) {
        int trials = m.integer("trials", DEFAULT_TRIALS);
        if (trials < 1) {
            throw m.require("trials").error("TPE trials must be >= 1, got " + trials);
        }
        long seed = m.longInteger("seed", DEFAULT_SEED);
        String mode = m.has("mode") ? m.require("mode").asOneOf(List.of("univariate", "multivariate")) : "multivariate";
        int batch = m.integer("batch_size", 1);
        if (batch < 1) {
            throw m.require("batch_size").error("TPE batch_size must be >= 1, got " + batch);
        }
        return new TpeSearch(trials, seed, "univariate".equals(mode) ? TpeSearch.Mode.UNIVARIATE
                : TpeSearch.Mode.MULTIVARIATE, batch);
    }

    private static int points(SpecMap m) {
        int points = m.integer("points_per_axis", DEFAULT_POINTS);
        if (m.has("points_per_axis")) {
            m.require("points_per_axis").validate(() -> new GridSearch(points));
        }
        return points;
    }

    private static int zoomRounds(SpecMap m) {
        int rounds = m.integer("zoom_rounds", 1);
        if (m.has("zoom_rounds")) {
            m.require("zoom_rounds").validate(() -> new ZoomingGridSearch(DEFAULT_POINTS, rounds, 0.5));
        }
        return rounds;
    }

    private static double zoomFactor(SpecMap m) {
        double factor = m.number("zoom_factor", 0.5);
        if (m.has("zoom_factor")) {
            m.require("zoom_factor").validate(() -> new ZoomingGridSearch(DEFAULT_POINTS, 1, factor));
        }
        return factor;
    }
}
