package io.omegalock.gate;

import io.omegalock.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rule the walk-forward gate (KC-4) applies to the train and test scores of the top N.
 * Config key {@code transfer_test}.
 */
public enum TransferTest {
    /** The reference's rule: Pearson(train, test) at least {@code pearson_min} (0.3). The default. */
    PEARSON_THRESHOLD("pearson_threshold"),
    /** One-sided permutation test of Spearman's rho: PASS when p &lt;= alpha. */
    SPEARMAN("spearman"),
    /** One-sided permutation test of Kendall's tau-b: PASS when p &lt;= alpha. */
    KENDALL("kendall"),
    /**
     * The selection-aware gate ({@link SampledTransfer}): a Spearman permutation test over the top
     * N and a train-stratified sample of the pool's upper quarter, and the train winner above the
     * sample's test median. Needs the sample scored out of sample ({@link TransferSample}).
     */
    SAMPLE("sample");

    private final String key;

    TransferTest(String key) {
        this.key = key;
    }

    /** @return the config and artifact spelling */
    public String key() {
        return key;
    }

    /**
     * @param key {@code pearson_threshold}, {@code spearman}, {@code kendall} or {@code sample}; {@code pearson}
     *            is accepted for {@code pearson_threshold} (the command line's spelling)
     * @return the test
     * @throws BadInputException naming the allowed values otherwise
     */
    public static TransferTest parse(String key) {
        if ("pearson".equals(key)) {
            return PEARSON_THRESHOLD;
        }
        List<String> known = new ArrayList<>();
        for (TransferTest t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
            known.add(t.key);
        }
        throw new BadInputException("transfer_test must be one of " + known + ", got '" + key + "'");
    }
}
