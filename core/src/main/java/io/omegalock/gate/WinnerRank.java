package io.omegalock.gate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where does the train winner land on the holdout? Among N candidates scored on both, the
 * candidate with the highest train score (the first one on ties) gets its holdout rank r (1 =
 * worst, N = best, average ranks for ties) and relative rank {@code omega = r / (N + 1)}, the
 * quantity whose logit CSCV uses (Bailey, Borwein, Lopez de Prado and Zhu 2017). The gate
 * passes when {@code omega > 0.5}: the winner beats the holdout median of its own peers.
 *
 * <p>It is a sanity check on one candidate, not a significance test: with no transfer at all
 * it passes about half the time. Its job is the case a rank-correlation test over the whole
 * top N misses: the bulk transfers but the winner itself was a lucky draw.
 */
public final class WinnerRank {
    /** Gate name. */
    public static final String NAME = "WINNER-RANK";

    private WinnerRank() {
    }

    /**
     * @param train   train scores of the candidates
     * @param holdout holdout scores, same candidates, same order
     * @return {@code omega = rank / (N + 1)} of the train winner on holdout
     * @throws IllegalArgumentException when the lists are empty, differ in length or hold a non-finite value
     */
    public static double omega(double[] train, double[] holdout) {
        check(train, holdout);
        int w = winner(train);
        return RankCorrelation.averageRanks(holdout)[w] / (train.length + 1);
    }

    /**
     * @param train   train scores of the candidates
     * @param holdout holdout scores of the same candidates; empty when there is no holdout
     * @return PASS when omega &gt; 0.5; SKIP without holdout scores; FAIL on bad scores, with the reason
     */
    public static GateReport evaluate(double[] train, double[] holdout) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n_candidates", train.length);
        if (holdout.length == 0) {
            return new GateReport(NAME, GateStatus.SKIP, "SKIP: no holdout scores for the candidates", d);
        }
        String problem = null;
        if (train.length != holdout.length) {
            problem = "train and holdout score lists differ in length (" + train.length + " vs " + holdout.length + ")";
        } else {
            for (int i = 0; i < train.length && problem == null; i++) {
                if (!Double.isFinite(train[i]) || !Double.isFinite(holdout[i])) {
                    problem = "non-finite score at index " + i;
                }
            }
        }
        if (problem != null) {
            return new GateReport(NAME, GateStatus.FAIL, "FAIL: " + problem, d);
        }
        int n = train.length;
        int w = winner(train);
        double rank = RankCorrelation.averageRanks(holdout)[w];
        double omega = rank / (n + 1);
        boolean passed = omega > 0.5;
        d.put("winner_index", w);
        d.put("winner_train", train[w]);
        d.put("winner_holdout", holdout[w]);
        d.put("holdout_rank", rank);
        d.put("omega", omega);
        d.put("logit", Math.log(omega / (1 - omega)));
        String msg = (passed ? "PASS" : "FAIL") + ": train winner ranks " + Numbers.str(rank) + " of " + n
                + " on holdout, omega=" + Numbers.fixed(omega, 3) + (passed ? " > 0.5" : " <= 0.5");
        return new GateReport(NAME, passed ? GateStatus.PASS : GateStatus.FAIL, msg, d);
    }

    /** @return the index of the highest train score, the first on ties */
    static int winner(double[] train) {
        int w = 0;
        for (int i = 1; i < train.length; i++) {
            if (train[i] > train[w]) {
                w = i;
            }
        }
        return w;
    }

    private static void check(double[] train, double[] holdout) {
        if (train.length == 0 || train.length != holdout.length) {
            throw new IllegalArgumentException("need equal, non-empty score lists, got " + train.length + " and "
                    + holdout.length);
        }
        for (int i = 0; i < train.length; i++) {
            if (!Double.isFinite(train[i]) || !Double.isFinite(holdout[i])) {
                throw new IllegalArgumentException("non-finite score at index " + i);
            }
        }
    }
}
