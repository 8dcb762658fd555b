package io.omegalock.bench;

/**
 * Prints how many {@link Scenarios#spin} steps this machine runs per millisecond, to re-derive
 * {@link Scenarios#BUSY_STEPS_PER_MS} on new hardware: {@code java -cp bench/target/benchmarks.jar
 * io.omegalock.bench.BusyCalibration}.
 */
public final class BusyCalibration {
    private BusyCalibration() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        long steps = 10_000_000;
        long sink = 0;
        // Warm up until the loop is compiled, then keep the fastest of several timed runs.
        for (int i = 0; i < 20; i++) {
            sink += Scenarios.spin(i, steps / 10);
        }
        double bestMs = Double.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            sink += Scenarios.spin(i, steps);
            bestMs = Math.min(bestMs, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf("%.0f steps/ms (best of 10 x %d steps: %.2f ms; sink %d)%n",
                steps / bestMs, steps, bestMs, sink & 1);
        System.out.printf("busy(1) with the current constant: %.3f ms%n",
                Scenarios.BUSY_STEPS_PER_MS * bestMs / steps);
    }
}
