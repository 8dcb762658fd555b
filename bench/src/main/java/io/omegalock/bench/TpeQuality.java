package io.omegalock.bench;

import io.omegalock.search.TpeSearch;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Quality and cost of {@link TpeSearch} on the benchmark (maximize minus Rosenbrock on
 * {@code [-2, 2]^d}, multivariate TPE): the median best fitness over 20 seeds in 2-D with 125
 * trials and in 4-D with 200 trials, and the median wall time of a 1000-trial 2-D search over
 * 5 runs after warm-up. Optuna 3.1.0's figures from the issue: -0.095 (2-D, 10 seeds),
 * -3.67 (4-D, 5 seeds), 6.0 s (1000 trials). With batch sizes, the quality lines are repeated
 * for each (constant-liar batches, {@code docs/DISTRIBUTED.md}).
 *
 * <p>Run: {@code ./mvnw -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar
 * io.omegalock.bench.TpeQuality [seeds] [mode] [batch sizes, e.g. 1,4,8]}.
 */
public final class TpeQuality {
    private TpeQuality() {
    }

    /**
     * @param args optional number of seeds (default 20), then optional mode
     *             ({@code MULTIVARIATE} or {@code UNIVARIATE}), then optional comma-separated
     *             batch sizes (default 1)
     */
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        TpeSearch.Mode mode = args.length > 1 ? TpeSearch.Mode.valueOf(args[1]) : TpeSearch.Mode.MULTIVARIATE;
        int[] batches = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1};
        for (int batch : batches) {
            report("2-D, 125 trials", new Rosenbrock(2), 125, seeds, mode, batch, -0.095);
            report("4-D, 200 trials", new Rosenbrock(4), 200, seeds, mode, batch, -3.67);
        }
        Rosenbrock twoD = new Rosenbrock(2);
        for (int i = 0; i < 3; i++) {
            twoD.best(new TpeSearch(1000, 1000 + i, mode));
        }
        // CPU time of this thread next to wall time: on a shared machine the wall clock also
        // counts the time other processes held the core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[5];
        double[] cpu = new double[5];
        for (int i = 0; i < seconds.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            twoD.best(new TpeSearch(1000, i, mode));
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        System.out.printf(Locale.ROOT, "1000 trials, 2-D: median %.3f s wall %s, %.3f s CPU %s over 5 runs "
                + "(Optuna 3.1.0: 6.0 s)%n", median(seconds), Arrays.toString(round(seconds)), median(cpu),
                Arrays.toString(round(cpu)));
    }

    private static void report(String label, Rosenbrock problem, int trials, int seeds, TpeSearch.Mode mode,
                               int batch, double optuna) {
        double[] best = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            best[s] = problem.best(new TpeSearch(trials, s, mode, batch));
        }
        System.out.printf(Locale.ROOT, "%s (%s, batch %d): median best %.4f over %d seeds (Optuna 3.1.0: %.3f); "
                + "sorted %s%n", label, mode, batch, median(best), seeds, optuna, Arrays.toString(round(sorted(best))));
    }

    /** @return the median, the mean of the middle two for an even count (as numpy.median) */
    static double median(double[] values) {
        double[] v = sorted(values);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    private static double[] sorted(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v;
    }

    private static double[] round(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.round(values[i] * 1e4) / 1e4;
        }
        return out;
    }
}
