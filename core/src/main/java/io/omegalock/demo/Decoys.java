package io.omegalock.demo;

import io.omegalock.space.BoolParam;
import io.omegalock.space.NumericParam;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameters that look tunable but barely matter: each adds a linear coupling of at most a
 * few thousandths to the fitness. Small enough that every effective parameter out-stresses
 * them by orders of magnitude, large enough that their stress is not zero (so KC-2's
 * top/bottom ratio stays finite, as it would with a real system's weak knobs).
 */
final class Decoys {
    private final List<ParamSpec> specs;
    private final double[] weights;

    private Decoys(List<ParamSpec> specs, double[] weights) {
        this.specs = List.copyOf(specs);
        this.weights = weights;
    }

    static Builder builder() {
        return new Builder();
    }

    List<ParamSpec> specs() {
        return specs;
    }

    /**
     * The coupling: a numeric decoy adds {@code weight * (v - neutral) / (high - low)}, a bool
     * decoy adds {@code weight} when true; summed in declared order.
     */
    double coupling(Params params) {
        double sum = 0.0;
        for (int i = 0; i < specs.size(); i++) {
            ParamSpec spec = specs.get(i);
            if (spec instanceof NumericParam num) {
                double v = params.getDouble(spec.name());
                sum += weights[i] * (v - num.neutralAsDouble()) / (num.highAsDouble() - num.lowAsDouble());
            } else if (params.getBoolean(spec.name())) {
                sum += weights[i];
            }
        }
        return sum;
    }

    /** @return the value of every decoy that maximizes the coupling */
    Map<String, Object> best() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            ParamSpec spec = specs.get(i);
            if (spec instanceof NumericParam num) {
                m.put(spec.name(), num.clip(weights[i] > 0 ? num.highAsDouble() : num.lowAsDouble()));
            } else {
                m.put(spec.name(), weights[i] > 0);
            }
        }
        return m;
    }

    static final class Builder {
        private final List<ParamSpec> specs = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder add(ParamSpec spec, double weight) {
            if (!(spec instanceof NumericParam) && !(spec instanceof BoolParam)) {
                throw new IllegalArgumentException("decoys are numeric or bool: " + spec);
            }
            specs.add(spec);
            weights.add(weight);
            return this;
        }

        Decoys build() {
            double[] w = new double[weights.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = weights.get(i);
            }
            return new Decoys(specs, w);
        }
    }
}
