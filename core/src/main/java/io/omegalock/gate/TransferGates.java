package io.omegalock.gate;

import io.omegalock.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The walk-forward gate (KC-4) with a choice of rule. {@link TransferTest#PEARSON_THRESHOLD} is
 * {@link Gates#kc4} unchanged, so default artifacts read like the reference's.
 * {@link TransferTest#SPEARMAN} and {@link TransferTest#KENDALL} replace the correlation
 * threshold with a one-sided permutation test ({@link PermutationTest}): the gate passes when
 * {@code p <= alpha}, i.e. when a train/test rank association at least this strong would
 * arise by chance in at most a share alpha of orderings. Pearson stays in the detail.
 *
 * <p>Why: a fixed threshold on Pearson passes independent scores (no transfer) 20% of the time
 * at N = 10 and 10% at N = 20, while the permutation test's false-pass rate is at most alpha
 * for every N by construction (see {@code docs/GATES.md} for the measured table).
 *
 * <p>Bad scores never throw: the report fails and says why, like {@link Gates#kc4}.
 */
public final class TransferGates {
    /** The default significance level of the permutation tests. */
    public static final double DEFAULT_ALPHA = 0.05;

    private TransferGates() {
    }

    /**
     * The gate for a pure objective (no action-count ratio).
     *
     * @param test  the rule
     * @param train train scores of the top N, best first
     * @param out   test scores of the same candidates
     * @param alpha significance level in (0, 1) (unused by the Pearson rule)
     * @param seed  seed of the Monte Carlo p-value for N &gt; 10 (unused otherwise)
     * @return the KC-4 report
     * @throws BadInputException when alpha is not in (0, 1)
     */
    public static GateReport evaluate(TransferTest test, double[] train, double[] out, double alpha, long seed) {
        return evaluate(test, train, out, 0.0, Thresholds.pureObjective(), alpha, seed);
    }

    /**
     * The gate with the action-count ratio of KC-4 applied as {@link Gates#kc4} does.
     *
     * @param test       the rule
     * @param train      train scores of the top N, best first
     * @param out        test scores of the same candidates
     * @param tradeRatio scaled test/train action ratio
     * @param t          thresholds ({@code pearson_min} for the Pearson rule; the trade-ratio floor)
     * @param alpha      significance level in (0, 1) (unused by the Pearson rule)
     * @param seed       seed of the Monte Carlo p-value for N &gt; 10 (unused otherwise)
     * @return the KC-4 report
     * @throws BadInputException when alpha is not in (0, 1)
     */
    public static GateReport evaluate(TransferTest test, double[] train, double[] out, double tradeRatio,
                                      Thresholds t, double alpha, long seed) {
        if (test == null) {
            throw new BadInputException("transfer_test must be set");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new BadInputException("transfer_alpha must be in (0, 1), got " + alpha);
        }
        if (test == TransferTest.PEARSON_THRESHOLD) {
            return Gates.kc4(train, out, tradeRatio, t);
        }
        if (test == TransferTest.SAMPLE) {
            throw new BadInputException("transfer_test 'sample' needs the sample's scores as well "
                    + "(SampledTransfer.evaluate)");
        }
        PermutationTest.Statistic statistic = test == TransferTest.SPEARMAN ? PermutationTest.Statistic.SPEARMAN
                : PermutationTest.Statistic.KENDALL;
        Pearson p = Pearson.of(train, out);
        boolean ratioSkipped = t.actionGates() == ActionGates.SKIPPED;
        boolean ratioOk = ratioSkipped || tradeRatio >= t.tradeRatioMin();

        Map<String, Object> d = new LinkedHashMap<>();
        d.put("transfer_test", test.key());
        d.put("n_points", train.length);
        d.put("alpha", alpha);
        PermutationTest.Result r = null;
        String problem = null;
        if (!p.computable()) {
            problem = "uncomputable: " + p.status().name();
        } else if (train.length < 3) {
            problem = "needs at least 3 points, got " + train.length;
        } else {
            r = PermutationTest.test(statistic, train, out, seed);
        }
        boolean testOk = r != null && r.pValue() <= alpha;
        if (r != null) {
            d.put("statistic", statistic.key());
            d.put("spearman", RankCorrelation.spearman(train, out));
            d.put("kendall_tau_b", RankCorrelation.kendallTauB(train, out));
            putTest(d, r, alpha, seed);
        } else {
            d.put("statistic", statistic.key());
            d.put("p_value", null);
            d.put("p_value_ok", false);
        }
        putPearsonAndRatio(d, p, tradeRatio, ratioOk, ratioSkipped);
        boolean passed = testOk && ratioOk;
        String name = statistic.key();
        String msg;
        if (passed) {
            msg = "PASS: " + name + "=" + Numbers.fixed(r.value(), 3) + ", " + pValue(r.pValue()) + " <= alpha="
                    + Numbers.str(alpha) + " (" + PValues.basis(r) + ")"
                    + (ratioSkipped ? "" : ", trade_ratio=" + Numbers.fixed(tradeRatio, 3));
        } else {
            List<String> fails = new ArrayList<>();
            if (problem != null) {
                fails.add(name + " " + problem);
            } else if (!testOk) {
                fails.add(name + "=" + Numbers.fixed(r.value(), 3) + ", " + pValue(r.pValue()) + " > alpha="
                        + Numbers.str(alpha) + " (" + PValues.basis(r) + ")");
            }
            if (!ratioOk) {
                fails.add("trade_ratio=" + Numbers.fixed(tradeRatio, 3) + "<" + Numbers.str(t.tradeRatioMin()));
            }
            msg = "FAIL: " + String.join(", ", fails);
        }
        return new GateReport("KC-4", passed ? GateStatus.PASS : GateStatus.FAIL, msg, d);
    }

    /**
     * The recommended walk-forward evidence ({@code docs/GATES.md}): the Spearman permutation
     * test (KC-4) and the train winner's rank ({@link WinnerRank}) on the same scores; a run is
     * certified only when both pass. Measured: at most 5% of no-transfer and lucky-winner runs
     * pass, 0.92 of runs with correlation 0.7 over N = 20 do.
     *
     * @param train train scores of the top N, best first
     * @param out   test (or holdout) scores of the same candidates
     * @param alpha significance level in (0, 1)
     * @param seed  seed of the Monte Carlo p-value for N &gt; 10
     * @return the KC-4 report, then the WINNER-RANK report
     * @throws BadInputException when alpha is not in (0, 1)
     */
    public static List<GateReport> recommended(double[] train, double[] out, double alpha, long seed) {
        return List.of(evaluate(TransferTest.SPEARMAN, train, out, alpha, seed), WinnerRank.evaluate(train, out));
    }

    /** The permutation test's detail keys, shared by the rank gates and the sample gate. */
    static void putTest(Map<String, Object> d, PermutationTest.Result r, double alpha, long seed) {
        d.put("p_value", r.pValue());
        d.put("p_value_ok", r.pValue() <= alpha);
        d.put("p_value_method", r.method().key());
        d.put("permutations", r.permutations());
        d.put("at_least_as_extreme", r.atLeastAsExtreme());
        d.put("ties", r.ties());
        if (r.method() == PermutationTest.Method.MONTE_CARLO) {
            d.put("seed", seed);
        }
    }

    /** Pearson of the top N (as the reference reports it) and KC-4's trade-ratio keys. */
    static void putPearsonAndRatio(Map<String, Object> d, Pearson p, double tradeRatio, boolean ratioOk,
                                   boolean ratioSkipped) {
        d.put("pearson", p.valueOrZero());
        d.put("pearson_status", p.status().name());
        d.put("pearson_computable", p.computable());
        d.put("trade_ratio", tradeRatio);
        d.put("trade_ratio_ok", ratioOk);
        if (ratioSkipped) {
            d.put("trade_ratio_skipped", true);
        }
    }

    /** {@code p=0.0123}, {@code p=2.8e-07}: {@link PValues#format}. */
    static String pValue(double p) {
        return "p=" + PValues.format(p);
    }
}
