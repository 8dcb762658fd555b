package io.omegalock.gate.power;

import io.omegalock.gate.GateStatus;
import io.omegalock.gate.Pearson;
import io.omegalock.gate.PermutationTest;
import io.omegalock.gate.PermutationTest.Statistic;
import io.omegalock.gate.TransferGates;
import io.omegalock.gate.TransferTest;
import io.omegalock.gate.WinnerRank;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The gate power battery: for each scenario of {@link #scenarios}, {@code reps} seeded runs, and
 * for each walk-forward gate the share of runs it passed. Deterministic for a seed: every
 * scenario has its own generator ({@code XO_RO_SHI_RO_128_PP}) seeded from the battery seed and
 * the scenario's position.
 *
 * <p>The rank gates are evaluated as the library runs them, through precomputed tables (see
 * {@link RankPassTable}): exact decisions for N &lt;= 10, and for N &gt; 10 the Monte Carlo
 * gate's pass probability given the data. Runs with tied scores (which continuous scenarios
 * essentially never produce) go through {@link TransferGates#evaluate} itself.
 */
public final class PowerBattery {
    /** The default level of the permutation tests. */
    public static final double DEFAULT_ALPHA = TransferGates.DEFAULT_ALPHA;
    /** The reference's Pearson floor. */
    public static final double PEARSON_MIN = 0.3;
    /** Candidates in the selection and landscape pools (the demo's 21 x 21 grid). */
    public static final int POOL = 441;

    /** Column: the reference's rule. */
    public static final String PEARSON = "pearson_0.3";
    /** Column: Spearman permutation test. */
    public static final String SPEARMAN = "spearman_perm";
    /** Column: Kendall permutation test. */
    public static final String KENDALL = "kendall_perm";
    /** Column: winner rank on test. */
    public static final String WINNER = "winner_rank";
    /** Column: Spearman permutation test and winner rank. */
    public static final String SPEARMAN_AND_WINNER = "spearman+winner";
    /** Column: Kendall permutation test and winner rank. */
    public static final String KENDALL_AND_WINNER = "kendall+winner";

    private PowerBattery() {
    }

    /**
     * @param reps runs per scenario, {@code >= 1}
     * @param seed the seed
     * @return the table at alpha = 0.05
     */
    public static PowerTable run(int reps, long seed) {
        return run(reps, seed, DEFAULT_ALPHA);
    }

    /**
     * @param reps  runs per scenario, {@code >= 1}
     * @param seed  the seed
     * @param alpha the permutation tests' level, in (0, 1)
     * @return the table
     * @throws IllegalArgumentException when reps or alpha is out of range
     */
    public static PowerTable run(int reps, long seed, double alpha) {
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be >= 1, got " + reps);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(PEARSON, "the reference's rule: Pearson(train, test) >= 0.3");
        columns.put(SPEARMAN, "Spearman permutation test, one-sided p <= alpha (exact for N <= 10, "
                + "Monte Carlo B = 10,000 above)");
        columns.put(KENDALL, "Kendall tau-b permutation test, one-sided p <= alpha (same p-value rules)");
        columns.put(WINNER, "the train winner's relative test rank omega = r / (N + 1) > 0.5");
        columns.put(SPEARMAN_AND_WINNER, "Spearman permutation test and winner rank both pass");
        columns.put(KENDALL_AND_WINNER, "Kendall permutation test and winner rank both pass");

        Map<String, RankPassTable> tables = new LinkedHashMap<>();
        UniformRandomProvider tableRng = RandomSource.XO_RO_SHI_RO_128_PP.create(derive(seed, 0));
        List<PowerTable.Row> rows = new ArrayList<>();
        List<Scenario> scenarios = scenarios();
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario sc = scenarios.get(s);
            RankPassTable sp = tables.computeIfAbsent("s" + sc.n,
                    k -> RankPassTable.build(Statistic.SPEARMAN, sc.n, alpha, tableRng));
            RankPassTable kd = tables.computeIfAbsent("k" + sc.n,
                    k -> RankPassTable.build(Statistic.KENDALL, sc.n, alpha, tableRng));
            rows.add(runScenario(sc, reps, derive(seed, s + 1), alpha, sp, kd));
        }
        return new PowerTable(reps, seed, alpha, columns, rows);
    }

    /** @return the scenarios, in table order */
    static List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (int n : new int[] {10, 20}) {
            out.add(new Scenario.Bivariate("null", Scenario.Truth.NO_TRANSFER, n, 0.0));
        }
        for (double rho : new double[] {0.3, 0.5, 0.7}) {
            for (int n : new int[] {10, 20}) {
                out.add(new Scenario.Bivariate("transfer_r" + rho, Scenario.Truth.TRANSFER, n, rho));
            }
        }
        for (int n : new int[] {10, 20}) {
            out.add(new Scenario.Landscape("lucky_demo", n, Scenario.Landscape.Fragile.DEMO));
        }
        for (int n : new int[] {10, 20}) {
            out.add(new Scenario.Landscape("lucky_spike", n, Scenario.Landscape.Fragile.SPIKE));
        }
        for (double rho : new double[] {0.0, 0.7}) {
            for (int n : new int[] {10, 20}) {
                out.add(new Scenario.Selection("select441_r" + rho, rho == 0.0 ? Scenario.Truth.NO_TRANSFER
                        : Scenario.Truth.TRANSFER, n, rho, POOL));
            }
        }
        return out;
    }

    private static PowerTable.Row runScenario(Scenario sc, int reps, long seed, double alpha, RankPassTable sp,
                                              RankPassTable kd) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] train = new double[sc.n];
        double[] test = new double[sc.n];
        double pearson = 0;
        double spearman = 0;
        double kendall = 0;
        double winner = 0;
        double spearmanAndWinner = 0;
        double kendallAndWinner = 0;
        double sumPearson = 0;
        long lucky = 0;
        for (int rep = 0; rep < reps; rep++) {
            lucky += sc.draw(rng, gauss, train, test);
            Pearson p = Pearson.of(train, test);
            sumPearson += p.valueOrZero();
            if (p.computable() && p.value() >= PEARSON_MIN) {
                pearson++;
            }
            double qs;
            double qk;
            if (tied(train) || tied(test)) {
                long gateSeed = derive(seed, rep + 1);
                qs = passes(TransferTest.SPEARMAN, train, test, alpha, gateSeed);
                qk = passes(TransferTest.KENDALL, train, test, alpha, gateSeed);
            } else {
                qs = sp.passProbability(PermutationTest.score(Statistic.SPEARMAN, train, test));
                qk = kd.passProbability(PermutationTest.score(Statistic.KENDALL, train, test));
            }
            double w = WinnerRank.omega(train, test) > 0.5 ? 1 : 0;
            spearman += qs;
            kendall += qk;
            winner += w;
            spearmanAndWinner += qs * w;
            kendallAndWinner += qk * w;
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        rates.put(PEARSON, pearson / reps);
        rates.put(SPEARMAN, spearman / reps);
        rates.put(KENDALL, kendall / reps);
        rates.put(WINNER, winner / reps);
        rates.put(SPEARMAN_AND_WINNER, spearmanAndWinner / reps);
        rates.put(KENDALL_AND_WINNER, kendallAndWinner / reps);
        return new PowerTable.Row(sc.name, sc.truth.label, sc.n, sc.description, rates, sumPearson / reps,
                (double) lucky / reps);
    }

    private static double passes(TransferTest t, double[] train, double[] test, double alpha, long seed) {
        return TransferGates.evaluate(t, train, test, alpha, seed).status() == GateStatus.PASS ? 1 : 0;
    }

    private static boolean tied(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /** SplitMix64 of the seed advanced by {@code k} golden-ratio steps: independent-looking sub-seeds. */
    static long derive(long seed, long k) {
        long z = seed + (k + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
