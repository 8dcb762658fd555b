package io.omegalock.gate;

import io.omegalock.json.PyFloat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simplest surface (SPEC §8): given train and holdout scores of the same candidates in the
 * same order, does the train ranking transfer? Applies KC-4's correlation rule with
 * pure-objective thresholds by default (no action ratio). Bad input never throws: it gives a
 * failing verdict whose reasons say what was wrong.
 */
public final class GateScores {
    /** Seed of the Monte Carlo p-values above N = 10, fixed so verdicts are reproducible. */
    public static final long SEED = 42;

    private GateScores() {
    }

    /**
     * @param train   train scores
     * @param holdout holdout scores of the same candidates, same order
     * @return the verdict under {@link Thresholds#pureObjective()}
     */
    public static GateVerdict of(double[] train, double[] holdout) {
        return of(train, holdout, Thresholds.pureObjective());
    }

    /**
     * @param train      train scores
     * @param holdout    holdout scores of the same candidates, same order
     * @param thresholds thresholds; only the correlation part applies (the action ratio is skipped)
     * @return the verdict
     */
    public static GateVerdict of(double[] train, double[] holdout, Thresholds thresholds) {
        return of(train, holdout, thresholds, TransferTest.PEARSON_THRESHOLD, TransferGates.DEFAULT_ALPHA);
    }

    /**
     * @param train      train scores
     * @param holdout    holdout scores of the same candidates, same order
     * @param thresholds thresholds; only the correlation part applies (the action ratio is skipped)
     * @param test       the reference's Pearson threshold, or a Spearman / Kendall permutation test
     * @param alpha      significance level of the permutation tests, in (0, 1)
     * @return the verdict
     * @throws io.omegalock.BadInputException when alpha is not in (0, 1)
     */
    public static GateVerdict of(double[] train, double[] holdout, Thresholds thresholds, TransferTest test,
                                 double alpha) {
        return of(train, holdout, thresholds, test, alpha, null, null);
    }

    /**
     * With a pool sample ({@link SampledTransfer}): the train and holdout scores of candidates
     * drawn from the pool outside the scored top N (docs/GATES.md says how to draw them). Under
     * {@link TransferTest#SAMPLE} the sample gate decides; under another rule it advises.
     *
     * @param train         train scores of the top N
     * @param holdout       holdout scores of the same candidates, same order
     * @param thresholds    thresholds; only the correlation part applies (the action ratio is skipped)
     * @param test          KC-4's rule
     * @param alpha         significance level of the permutation tests, in (0, 1)
     * @param sampleTrain   train scores of the sampled candidates, or null for no sample
     * @param sampleHoldout their holdout scores, same order, or null
     * @return the verdict
     * @throws io.omegalock.BadInputException when alpha is not in (0, 1), or the sample decides and none was given
     */
    public static GateVerdict of(double[] train, double[] holdout, Thresholds thresholds, TransferTest test,
                                 double alpha, double[] sampleTrain, double[] sampleHoldout) {
        Thresholds t = thresholds.withActionGates(ActionGates.SKIPPED);
        if ((sampleTrain == null) != (sampleHoldout == null)) {
            throw new io.omegalock.BadInputException("give both the sample's train and holdout scores, or neither");
        }
        GateReport sampled = sampleTrain == null ? null
                : SampledTransfer.evaluate(train, holdout, sampleTrain, sampleHoldout, 0.0, t, alpha, SEED);
        if (test == TransferTest.SAMPLE && sampled == null) {
            throw new io.omegalock.BadInputException("the sample test needs the sample's train and holdout scores");
        }
        GateReport kc4 = test == TransferTest.SAMPLE ? sampled
                : TransferGates.evaluate(test, train, holdout, 0.0, t, alpha, SEED);
        GateReport advisory = sampled == null || test == TransferTest.SAMPLE ? null
                : SampledTransfer.advise(kc4, sampled, t.pearsonMin());
        Pearson p = Pearson.of(train, holdout);
        List<String> reasons = new ArrayList<>();
        switch (p.status()) {
            case EMPTY:
                reasons.add("no scores: the train and holdout lists are empty");
                break;
            case LENGTH_MISMATCH:
                reasons.add("train and holdout score lists have different lengths (" + train.length + " vs "
                        + holdout.length + "): they must score the same candidates in the same order");
                break;
            case NON_FINITE:
                reasons.add("the scores contain a non-finite value (NaN or infinity); nothing can be measured");
                break;
            case ZERO_VARIANCE_X:
                reasons.add("every train score is the same, so a correlation cannot be measured");
                break;
            case ZERO_VARIANCE_Y:
                reasons.add("every holdout score is the same, so a correlation cannot be measured");
                break;
            default:
                break;
        }
        if (p.computable() && train.length < 3) {
            // The reference's rule passes two points (Pearson is then always +-1); say so loudly.
            reasons.add("warning: only " + train.length + " candidates; a correlation over so few points is weak "
                    + "evidence");
        }
        boolean passed = !kc4.failed();
        Map<String, Object> d = kc4.detail();
        if (test == TransferTest.SAMPLE) {
            reasons.add("sample gate " + kc4.message().substring(kc4.message().indexOf(':') + 2)
                    + (kc4.failed() ? ": the selection does not transfer" : ": the selection transfers"));
        } else if (p.computable() && test != TransferTest.PEARSON_THRESHOLD && d.get("p_value") != null) {
            boolean significant = Boolean.TRUE.equals(d.get("p_value_ok"));
            reasons.add(test.key() + " one-sided permutation p-value " + PValues.format(
                    ((Number) d.get("p_value")).doubleValue()) + (significant ? " <= " : " > ") + "alpha "
                    + PyFloat.repr(alpha) + " (" + PValues.basis((String) d.get("p_value_method"),
                    ((Number) d.get("permutations")).longValue(), ((Number) d.get("at_least_as_extreme")).longValue())
                    + ")" + (significant ? ": the train ranking transfers" : ": the train ranking may be noise"));
        } else if (p.computable()) {
            String r = "Pearson(train, holdout) = " + PyFloat.format(p.value(), 3) + " over " + train.length
                    + " candidates, threshold " + PyFloat.repr(t.pearsonMin());
            reasons.add(p.value() >= t.pearsonMin() ? r + ": the train ranking transfers"
                    : r + ": the train ranking does not predict the holdout ranking");
        }
        if (advisory != null && SampledTransfer.warns(advisory)) {
            reasons.add("advisory: " + advisory.message());
        }
        return new GateVerdict(passed, p.computable() ? p.value() : null, reasons, kc4, boxed(train),
                boxed(holdout), advisory);
    }

    private static List<Double> boxed(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) {
            out.add(d);
        }
        return out;
    }
}
