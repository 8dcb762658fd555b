package io.omegalock.demo;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * One hidden channel of a keyhole: an AR(1) latent series with unit variance, observations
 * that add Gaussian noise to it, and a label per event that says whether the latent value
 * was above a hidden threshold. A strategy fires at event {@code t} when the mean of the
 * {@code w} observations before {@code t} crosses a threshold, and collects the label of
 * {@code t}: a lookback, a threshold and a direction are therefore what matters.
 */
final class SignalChannel {
    private final int n;
    private final double[] prefix;
    private final double[] smoothedPrefix;
    private final boolean[] positive;

    private SignalChannel(int n, double[] prefix, double[] smoothedPrefix, boolean[] positive) {
        this.n = n;
        this.prefix = prefix;
        this.smoothedPrefix = smoothedPrefix;
        this.positive = positive;
    }

    /**
     * Draws the channel: first the {@code n} latent values (the first from N(0, 1), then
     * {@code x[t] = rho x[t-1] + N(0, 1 - rho^2)}), then the {@code n} observation noises.
     *
     * @param gauss    the seeded standard normal source
     * @param n        events
     * @param rho      AR(1) persistence, in (-1, 1)
     * @param noiseSd  standard deviation of the observation noise
     * @param labelZ   latent threshold above which an event's label is positive
     * @param emaAlpha smoothing weight of the optional EMA view of the observations, or NaN for none
     * @return the channel
     */
    static SignalChannel draw(NormalizedGaussianSampler gauss, int n, double rho, double noiseSd, double labelZ,
                              double emaAlpha) {
        double innovation = Math.sqrt(1.0 - rho * rho);
        double[] latent = new double[n];
        latent[0] = gauss.sample();
        for (int t = 1; t < n; t++) {
            latent[t] = rho * latent[t - 1] + innovation * gauss.sample();
        }
        double[] obs = new double[n];
        boolean[] positive = new boolean[n];
        for (int t = 0; t < n; t++) {
            obs[t] = latent[t] + noiseSd * gauss.sample();
            positive[t] = latent[t] > labelZ;
        }
        double[] smoothedPrefix = null;
        if (!Double.isNaN(emaAlpha)) {
            double[] ema = new double[n];
            ema[0] = obs[0];
            for (int t = 1; t < n; t++) {
                ema[t] = emaAlpha * obs[t] + (1.0 - emaAlpha) * ema[t - 1];
            }
            smoothedPrefix = prefixSums(ema);
        }
        return new SignalChannel(n, prefixSums(obs), smoothedPrefix, positive);
    }

    private static double[] prefixSums(double[] xs) {
        double[] p = new double[xs.length + 1];
        for (int i = 0; i < xs.length; i++) {
            p[i + 1] = p[i] + xs[i];
        }
        return p;
    }

    /** @return the number of events */
    int events() {
        return n;
    }

    /**
     * The strategy's signal for every event it can see: the mean of the {@code window}
     * observations (or smoothed observations) before event {@code t}, for {@code t} in
     * {@code [window, n)}, negated when the strategy fires downwards.
     */
    double[] signal(int window, boolean smoothed, boolean upwards) {
        double[] p = smoothed ? smoothedPrefix : prefix;
        double[] out = new double[n - window];
        for (int t = window; t < n; t++) {
            double mean = (p[t] - p[t - window]) / window;
            out[t - window] = upwards ? mean : -mean;
        }
        return out;
    }

    /**
     * Runs the strategy: fire at every event whose signal is above the threshold.
     *
     * @return fires and net label count (positive minus negative labels at the fires)
     */
    Fires fire(int window, boolean smoothed, boolean upwards, double threshold) {
        double[] s = signal(window, smoothed, upwards);
        int fires = 0;
        int net = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] > threshold) {
                fires++;
                net += positive[i + window] ? 1 : -1;
            }
        }
        return new Fires(fires, net);
    }

    /**
     * The best threshold in {@code [lo, hi]} for one lookback and direction, exactly: the net
     * label count only changes where the threshold crosses a signal value, so every distinct
     * fire set reachable inside the bounds is tried.
     *
     * @return the best net count, and the threshold at the middle of the best step (the first
     *     best step from the top wins ties)
     */
    Step best(int window, boolean smoothed, boolean upwards, double lo, double hi) {
        double[] s = signal(window, smoothed, upwards);
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
        // Step k fires the signals at or above the k-th distinct value: thresholds in [next, top).
        double top = Double.POSITIVE_INFINITY;
        int net = 0;
        int bestNet = Integer.MIN_VALUE;
        double bestThreshold = Double.NaN;
        int i = 0;
        while (true) {
            double next = i < order.length ? s[order[i]] : Double.NEGATIVE_INFINITY;
            double a = Math.max(lo, next);
            double b = Math.min(hi, top);
            boolean reachable = top > hi ? a <= b : a < b;
            if (reachable && net > bestNet) {
                bestNet = net;
                double mid = a + (b - a) / 2.0;
                bestThreshold = top > hi || mid < b ? mid : a;
            }
            if (i >= order.length) {
                break;
            }
            while (i < order.length && s[order[i]] == next) {
                net += positive[order[i] + window] ? 1 : -1;
                i++;
            }
            top = next;
        }
        return new Step(bestNet, bestThreshold);
    }

    /**
     * Where an upward-firing strategy on the raw observations breaks even in expectation: the
     * signal value at which an event is as likely to be labelled positive as negative. The
     * signal (a mean of observations) and the latent value are jointly Gaussian, so the latent
     * value given the signal {@code s} is normal with mean {@code s * cov / var}, and the break
     * even is {@code labelZ * var / cov}. Firing above it adds positive expected labels and
     * below it negative ones, so it is the threshold that maximizes the expected fitness.
     *
     * @param rho     AR(1) persistence
     * @param noiseSd observation noise
     * @param labelZ  latent label threshold
     * @param window  lookback
     * @return the break-even signal value of the stationary series
     */
    static double breakEven(double rho, double noiseSd, double labelZ, int window) {
        double var = noiseSd * noiseSd / window;
        double cov = 0.0;
        for (int i = 1; i <= window; i++) {
            cov += Math.pow(rho, i) / window;
            for (int k = 1; k <= window; k++) {
                var += Math.pow(rho, Math.abs(i - k)) / ((double) window * window);
            }
        }
        return labelZ * var / cov;
    }

    /** What the strategy did: how many times it fired and the net label count. */
    record Fires(int count, int net) {
    }

    /** The best threshold of one lookback and direction and the net count it reaches. */
    record Step(int net, double threshold) {
    }
}
