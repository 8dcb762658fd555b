package io.omegalock.gate;

import io.omegalock.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The selection-aware walk-forward gate ({@code transfer_test: sample}, docs/GATES.md). Besides
 * the train top N, a sample of the pool ({@link TransferSample}: stratified by train rank over
 * the upper quarter) is scored out of sample. The gate passes when both hold:
 *
 * <ul>
 *   <li><b>rank transfer</b>: the one-sided Spearman permutation test over the top N and the
 *       sample together gives {@code p <= alpha} ({@link PermutationTest}). The sample restores
 *       the train range that selection took away, so the test has power after selection from a
 *       large pool; it is chosen by train rank alone, so without transfer the test scores stay
 *       exchangeable and the level holds;</li>
 *   <li><b>the winner holds up</b>: the train winner's test score beats more than half of the
 *       sample's test scores (ties count half). Not a significance test: it refuses the lucky
 *       winner whose test score collapses while the rest transfers.</li>
 * </ul>
 *
 * <p>Cost: the top N plus the sample (2N test evaluations at the default size). Bad scores never
 * throw: the report fails and says why.
 */
public final class SampledTransfer {
    /** Name of the report when another rule decides KC-4 and this gate only advises. */
    public static final String ADVISORY_NAME = "KC-4-SAMPLE";

    private SampledTransfer() {
    }

    /**
     * @param train       train scores of the top N, best first
     * @param out         test scores of the same candidates
     * @param sampleTrain train scores of the sampled candidates
     * @param sampleOut   test scores of the sampled candidates, same order
     * @param tradeRatio  scaled test/train action ratio (KC-4's second condition)
     * @param t           thresholds (the trade-ratio floor; action gates skipped for a pure objective)
     * @param alpha       significance level in (0, 1)
     * @param seed        seed of the Monte Carlo p-value (more than 10 points)
     * @return the KC-4 report
     * @throws BadInputException when alpha is not in (0, 1)
     */
    public static GateReport evaluate(double[] train, double[] out, double[] sampleTrain, double[] sampleOut,
                                      double tradeRatio, Thresholds t, double alpha, long seed) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new BadInputException("transfer_alpha must be in (0, 1), got " + alpha);
        }
        double[] ux = concat(train, sampleTrain);
        double[] uy = concat(out, sampleOut);
        Pearson top = Pearson.of(train, out);
        Pearson union = Pearson.of(ux, uy);
        boolean ratioSkipped = t.actionGates() == ActionGates.SKIPPED;
        boolean ratioOk = ratioSkipped || tradeRatio >= t.tradeRatioMin();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("transfer_test", TransferTest.SAMPLE.key());
        d.put("n_points", train.length);
        d.put("n_sample", sampleTrain.length);
        d.put("alpha", alpha);
        String problem = problem(train, out, sampleTrain, sampleOut, union);
        PermutationTest.Result r = null;
        int beaten2 = 0;
        boolean winnerOk = false;
        if (problem == null) {
            r = PermutationTest.test(PermutationTest.Statistic.SPEARMAN, ux, uy, seed);
            int w = WinnerRank.winner(train);
            for (double s : sampleOut) {
                beaten2 += s < out[w] ? 2 : s == out[w] ? 1 : 0;
            }
            winnerOk = beaten2 > sampleOut.length;
            d.put("statistic", r.statistic().key());
            d.put("spearman", r.value());
            TransferGates.putTest(d, r, alpha, seed);
            d.put("winner_index", w);
            d.put("winner_test", out[w]);
            d.put("winner_beats_sample", beaten2 / 2.0);
            d.put("winner_ok", winnerOk);
        } else {
            d.put("p_value", null);
            d.put("p_value_ok", false);
            d.put("winner_ok", false);
        }
        TransferGates.putPearsonAndRatio(d, top, tradeRatio, ratioOk, ratioSkipped);
        boolean testOk = r != null && r.pValue() <= alpha;
        boolean passed = testOk && winnerOk && ratioOk;
        List<String> parts = new ArrayList<>();
        if (problem != null) {
            parts.add("sample gate " + problem);
        } else {
            parts.add("spearman=" + Numbers.fixed(r.value(), 3) + " over the top " + train.length + " and "
                    + sampleTrain.length + " sampled, " + TransferGates.pValue(r.pValue()) + (testOk ? " <= " : " > ")
                    + "alpha=" + Numbers.str(alpha) + " (" + PValues.basis(r) + ")");
            parts.add("train winner beats " + Numbers.integralAsLong(beaten2 / 2.0) + " of " + sampleOut.length
                    + " sampled on test" + (winnerOk ? "" : " (needs more than half)"));
        }
        if (!ratioSkipped) {
            parts.add("trade_ratio=" + Numbers.fixed(tradeRatio, 3) + (ratioOk ? "" : "<" + Numbers.str(t.tradeRatioMin())));
        }
        String msg = (passed ? "PASS: " : "FAIL: ") + String.join(", ", parts);
        return new GateReport("KC-4", passed ? GateStatus.PASS : GateStatus.FAIL, msg, d);
    }

    /**
     * The sample gate's report when another rule decides KC-4: status ADVISORY (it never changes
     * a run's status). When KC-4 passed under the reference's Pearson rule and the sample gate
     * failed, the message says so with both numbers and the detail carries {@code advisory: true}.
     *
     * @param kc4        the deciding KC-4 report
     * @param sampled    the sample gate's report ({@link #evaluate})
     * @param pearsonMin the reference rule's threshold, quoted in the advisory
     * @return the advisory report, named {@value #ADVISORY_NAME}
     */
    public static GateReport advise(GateReport kc4, GateReport sampled, double pearsonMin) {
        Map<String, Object> d = new LinkedHashMap<>(sampled.detail());
        boolean warn = kc4.status() == GateStatus.PASS && sampled.failed()
                && TransferTest.PEARSON_THRESHOLD.key().equals(transferTest(kc4));
        d.put("advisory", warn);
        d.put("would_pass", sampled.status() == GateStatus.PASS);
        String verdict = sampled.message().substring(sampled.message().indexOf(':') + 2);
        String msg;
        if (warn) {
            Object pearson = kc4.detail().get("pearson");
            msg = "KC-4 passed under the reference rule (pearson=" + Numbers.fixed(((Number) pearson).doubleValue(), 3)
                    + " >= " + Numbers.str(pearsonMin)
                    + ") but the recommended sample gate fails: " + verdict;
        } else {
            msg = (sampled.status() == GateStatus.PASS ? "would PASS" : "would FAIL") + " (advisory; KC-4 decides with "
                    + transferTest(kc4) + "): " + verdict;
        }
        return new GateReport(ADVISORY_NAME, GateStatus.ADVISORY, msg, d);
    }

    /**
     * @param r any gate report
     * @return true when r is this gate's advisory and warns: KC-4 passed under the reference's rule
     *         while the sample gate failed
     */
    public static boolean warns(GateReport r) {
        return ADVISORY_NAME.equals(r.name()) && Boolean.TRUE.equals(r.detail().get("advisory"));
    }

    /** @return the rule behind a KC-4 report; the reference's report has no {@code transfer_test} key */
    private static String transferTest(GateReport kc4) {
        return String.valueOf(kc4.detail().getOrDefault("transfer_test", TransferTest.PEARSON_THRESHOLD.key()));
    }

    private static String problem(double[] train, double[] out, double[] sampleTrain, double[] sampleOut,
                                  Pearson union) {
        if (train.length != out.length || sampleTrain.length != sampleOut.length) {
            return "needs as many test as train scores (top " + train.length + "/" + out.length + ", sample "
                    + sampleTrain.length + "/" + sampleOut.length + ")";
        }
        if (train.length == 0) {
            return "needs the top N";
        }
        if (sampleTrain.length == 0) {
            return "needs a sample of the pool outside the top N, got none";
        }
        if (!union.computable()) {
            return "uncomputable: " + union.status().name();
        }
        if (train.length + sampleTrain.length < 3) {
            return "needs at least 3 points, got " + (train.length + sampleTrain.length);
        }
        return null;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = new double[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
