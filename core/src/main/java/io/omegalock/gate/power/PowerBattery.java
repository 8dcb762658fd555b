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
    /** Column: a random sample of the pool, its own rank transfer, the winner above its median. */
    public static final String RANDOM_SAMPLE = "random_sample+winner";
    /** Column: top N and a stratified sample of the upper half, the winner above the sample median. */
    public static final String UPPER_HALF = "upper_half+winner";
    /** Column: top N and a stratified sample of the upper quarter, the winner above the sample median. */
    public static final String UPPER_QUARTILE = "upper_quartile+winner";
    /** The column docs/GATES.md recommends; the library's {@code transfer_test: sample}. */
    public static final String RECOMMENDED = UPPER_QUARTILE;
    /** Candidates in the large selection pool. */
    public static final int LARGE_POOL = 10_000;

    /** The selection-aware designs, in column order. */
    static final List<SampleDesign> DESIGNS = List.of(
            new SampleDesign(RANDOM_SAMPLE, "N more candidates drawn at random from the pool outside the top N; "
                    + "Spearman permutation test over the sample alone, and the train winner beats more than half "
                    + "of the sample on test", 1.0, false, false),
            new SampleDesign(UPPER_HALF, "N more candidates stratified by train rank over the upper half of the pool; "
                    + "Spearman permutation test over top N and sample, and the winner beats more than half of the "
                    + "sample on test", 0.5, true, true),
            new SampleDesign(UPPER_QUARTILE, "as upper_half over the upper quarter of the pool "
                    + "(transfer_test: sample)", io.omegalock.gate.TransferSample.DEFAULT_BAND, true, true));

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
        for (SampleDesign d : DESIGNS) {
            columns.put(d.column(), d.description() + " (2N test evaluations; needs a pool larger than N)");
        }

        Tables tables = new Tables(alpha, RandomSource.XO_RO_SHI_RO_128_PP.create(derive(seed, 0)));
        List<PowerTable.Row> rows = new ArrayList<>();
        List<Scenario> scenarios = scenarios();
        for (int s = 0; s < scenarios.size(); s++) {
            rows.add(runScenario(scenarios.get(s), reps, derive(seed, s + 1), alpha, tables));
        }
        return new PowerTable(reps, seed, alpha, columns, rows, RECOMMENDED);
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
        for (double rho : new double[] {0.0, 0.3, 0.5, 0.7}) {
            for (int n : new int[] {10, 20}) {
                out.add(selection(POOL, rho, n));
            }
        }
        for (double rho : new double[] {0.0, 0.7}) {
            for (int n : new int[] {10, 20}) {
                out.add(selection(LARGE_POOL, rho, n));
            }
        }
        return out;
    }

    private static Scenario selection(int pool, double rho, int n) {
        return new Scenario.Selection("select" + pool + "_r" + rho, rho == 0.0 ? Scenario.Truth.NO_TRANSFER
                : Scenario.Truth.TRANSFER, n, rho, pool);
    }

    /** The rank-test pass tables, built once per (statistic, n) from one seeded generator, in first-use order. */
    private static final class Tables {
        private final Map<String, RankPassTable> built = new LinkedHashMap<>();
        private final double alpha;
        private final UniformRandomProvider rng;

        Tables(double alpha, UniformRandomProvider rng) {
            this.alpha = alpha;
            this.rng = rng;
        }

        /** @return the gate's pass probability for this data: the table for untied data, else the gate itself */
        double passes(Statistic statistic, double[] x, double[] y, long gateSeed) {
            if (tied(x) || tied(y)) {
                TransferTest t = statistic == Statistic.SPEARMAN ? TransferTest.SPEARMAN : TransferTest.KENDALL;
                return TransferGates.evaluate(t, x, y, alpha, gateSeed).status() == GateStatus.PASS ? 1 : 0;
            }
            RankPassTable table = built.computeIfAbsent(statistic.key() + x.length,
                    k -> RankPassTable.build(statistic, x.length, alpha, rng));
            return table.passProbability(PermutationTest.score(statistic, x, y));
        }
    }

    private static PowerTable.Row runScenario(Scenario sc, int reps, long seed, double alpha, Tables tables) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        boolean pooled = sc.poolSize() > sc.n;
        int rankTop = sc.n;
        if (pooled) {
            for (SampleDesign d : DESIGNS) {
                rankTop = Math.max(rankTop, d.stratified() ? d.bandEnd(sc.poolSize(), sc.n) : sc.n);
            }
        }
        Pool pool = new Pool(sc.poolSize());
        double[] train = new double[sc.n];
        double[] test = new double[sc.n];
        Map<String, Double> sums = new LinkedHashMap<>();
        double sumPearson = 0;
        long lucky = 0;
        for (int rep = 0; rep < reps; rep++) {
            lucky += sc.draw(rng, gauss, pool, rankTop);
            System.arraycopy(pool.train, 0, train, 0, sc.n);
            System.arraycopy(pool.test, 0, test, 0, sc.n);
            long gateSeed = derive(seed, rep + 1);
            Pearson p = Pearson.of(train, test);
            sumPearson += p.valueOrZero();
            double qs = tables.passes(Statistic.SPEARMAN, train, test, gateSeed);
            double qk = tables.passes(Statistic.KENDALL, train, test, gateSeed);
            double w = WinnerRank.omega(train, test) > 0.5 ? 1 : 0;
            add(sums, PEARSON, p.computable() && p.value() >= PEARSON_MIN ? 1 : 0);
            add(sums, SPEARMAN, qs);
            add(sums, KENDALL, qk);
            add(sums, WINNER, w);
            add(sums, SPEARMAN_AND_WINNER, qs * w);
            add(sums, KENDALL_AND_WINNER, qk * w);
            if (pooled) {
                for (SampleDesign d : DESIGNS) {
                    add(sums, d.column(), sampleDesignPasses(d, pool, sc.n, rng, tables, gateSeed));
                }
            }
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        sums.forEach((k, v) -> rates.put(k, v / reps));
        return new PowerTable.Row(sc.name, sc.truth.label, sc.n, sc.description, rates, sumPearson / reps,
                (double) lucky / reps);
    }

    /** @return the probability that the design passes on this pool: rank-test pass probability times the winner check */
    private static double sampleDesignPasses(SampleDesign d, Pool pool, int n, UniformRandomProvider rng, Tables tables,
                                             long gateSeed) {
        int[] sample = d.sample(pool, n, rng);
        int m = d.withTop() ? n + sample.length : sample.length;
        double[] x = new double[m];
        double[] y = new double[m];
        int at = 0;
        if (d.withTop()) {
            System.arraycopy(pool.train, 0, x, 0, n);
            System.arraycopy(pool.test, 0, y, 0, n);
            at = n;
        }
        int beaten2 = 0;
        double winnerTest = pool.test[0];
        for (int pos : sample) {
            x[at] = pool.train[pos];
            y[at++] = pool.test[pos];
            beaten2 += pool.test[pos] < winnerTest ? 2 : pool.test[pos] == winnerTest ? 1 : 0;
        }
        if (beaten2 <= sample.length) {
            return 0;
        }
        return tables.passes(Statistic.SPEARMAN, x, y, gateSeed);
    }

    private static void add(Map<String, Double> sums, String column, double v) {
        sums.merge(column, v, Double::sum);
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
