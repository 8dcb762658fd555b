package io.omegalock.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mean and sample standard deviation of one metric over runs.
 *
 * @param n    how many values
 * @param mean their mean in input order (NaN when none)
 * @param std  sample standard deviation, divisor {@code n - 1} (0 for one value, NaN for none)
 */
public record MeanStd(int n, double mean, double std) {

    /**
     * @param values the values, summed in this order
     * @return their statistics
     */
    public static MeanStd of(List<Double> values) {
        int n = values.size();
        if (n == 0) {
            return new MeanStd(0, Double.NaN, Double.NaN);
        }
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new MeanStd(1, mean, 0.0);
        }
        double ss = 0.0;
        for (double v : values) {
            double d = v - mean;
            ss += d * d;
        }
        return new MeanStd(n, mean, Math.sqrt(ss / (n - 1)));
    }

    /** @return {@code {n, mean, std}}, null numbers when there are no values */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("mean", n == 0 ? null : mean);
        m.put("std", n == 0 ? null : std);
        return m;
    }
}
