package io.omegalock.demo;

import io.omegalock.space.BoolParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.Params;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Binds three parameters to a {@link SignalChannel}: a threshold (declared in units of
 * {@code 1 / thresholdScale} of the signal), a lookback, and a switch that either picks the
 * firing direction (up when true) or turns EMA smoothing on (firing upwards).
 *
 * @param threshold      the threshold parameter
 * @param thresholdScale how many parameter units make one signal unit (100 for percent)
 * @param lookback       the lookback parameter
 * @param flag           the switch
 * @param flagIsDirection true: the switch picks the direction; false: it turns smoothing on
 */
record ChannelRule(FloatParam threshold, double thresholdScale, IntParam lookback, BoolParam flag,
                   boolean flagIsDirection) {

    /** Runs the strategy of these params over the channel. */
    SignalChannel.Fires fire(SignalChannel channel, Params params) {
        boolean on = params.getBoolean(flag.name());
        return channel.fire((int) params.getLong(lookback.name()), !flagIsDirection && on, !flagIsDirection || on,
                params.getDouble(threshold.name()) / thresholdScale);
    }

    /**
     * The exact optimum over one channel's event stream: every lookback and both values of
     * the switch, each with its best threshold step (the middle of the step); the first
     * strictly better combination wins ties (switch true first, shorter lookbacks first).
     */
    Map<String, Object> bestOn(SignalChannel channel) {
        int bestNet = Integer.MIN_VALUE;
        Map<String, Object> best = null;
        for (boolean on : new boolean[] {true, false}) {
            for (long w = lookback.low(); w <= lookback.high(); w++) {
                SignalChannel.Step step = channel.best((int) w, !flagIsDirection && on, !flagIsDirection || on,
                        threshold.low() / thresholdScale, threshold.high() / thresholdScale);
                if (step.net() > bestNet) {
                    bestNet = step.net();
                    best = values(step.threshold() * thresholdScale, w, on);
                }
            }
        }
        return best;
    }

    /**
     * The optimum of the expected fitness: the shortest lookback, firing upwards on the raw
     * observations (true direction, or smoothing off), at the break-even threshold.
     */
    Map<String, Object> expectedBest(double rho, double noiseSd, double labelZ) {
        int w = (int) lookback.low();
        double t = SignalChannel.breakEven(rho, noiseSd, labelZ, w) * thresholdScale;
        return values(t, w, flagIsDirection);
    }

    private Map<String, Object> values(double t, long w, boolean on) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(threshold.name(), threshold.clip(t));
        m.put(lookback.name(), w);
        m.put(flag.name(), on);
        return m;
    }
}
