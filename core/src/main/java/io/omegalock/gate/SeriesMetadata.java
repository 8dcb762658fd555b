package io.omegalock.gate;

import io.omegalock.BadInputException;
import java.util.List;
import java.util.Map;

/**
 * Reads the per-candidate series that the PBO and DSR gates consume from a target's metadata:
 * {@value #SLICE_SCORES} (T numbers, one score per data slice in time order) and
 * {@value #RETURNS} (per-period returns).
 */
public final class SeriesMetadata {
    /** Metadata key of the per-slice scores (PBO). */
    public static final String SLICE_SCORES = "slice_scores";
    /** Metadata key of the per-period returns (DSR). */
    public static final String RETURNS = "returns";

    private SeriesMetadata() {
    }

    /**
     * @param metadata an evaluation's metadata
     * @param key      {@value #SLICE_SCORES} or {@value #RETURNS}
     * @return the numbers, or null when the key is absent
     * @throws BadInputException when the value is not a list of numbers
     */
    public static double[] read(Map<String, Object> metadata, String key) {
        Object v = metadata.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> list)) {
            throw new BadInputException("metadata '" + key + "' must be a list of numbers, got "
                    + v.getClass().getSimpleName());
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object o = list.get(i);
            if (!(o instanceof Number num)) {
                throw new BadInputException("metadata '" + key + "'[" + i + "] must be a number, got "
                        + (o == null ? "null" : o.getClass().getSimpleName()));
            }
            out[i] = num.doubleValue();
        }
        return out;
    }
}
