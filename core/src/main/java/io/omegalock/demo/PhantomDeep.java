package io.omegalock.demo;

import io.omegalock.BadInputException;
import io.omegalock.space.BoolParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The Phantom-deep keyhole: twenty parameters, six of which matter, in two independent
 * channels. Channel A is {@link Phantom}'s ({@code alpha}, {@code window}, {@code long_mode};
 * labels ±1). Channel B runs on its own AR(1) series (rho {@value #RHO_B}, noise
 * {@value #NOISE_B}, labels ±{@value #LABEL_B} at latent threshold {@value #LABEL_Z_B}): it
 * fires when the mean of the last {@code horizon} observations, EMA-smoothed first when
 * {@code use_ema} (weight {@value #EMA_ALPHA} on the newest), is above {@code beta} percent.
 * Fitness is the sum of both channels' labels at their fires plus a sub-percent coupling of
 * fourteen decoys; {@code n_trials} counts the fires of both channels. Each slice draws
 * channel A's latent values and noise, then channel B's, from one stream.
 *
 * <p>Channel A's labels weigh more and its threshold is declared in signal units while
 * {@code beta} is declared in percent (raw stress is per unit of a parameter, as it would be
 * for a real system whose knobs come in mixed units). Channel A's neutral window is 6, where
 * a step of the window still moves fitness. So at the neutral point channel A's three
 * parameters out-stress channel B's: one round of unlock (K = 3) calibrates channel A, and
 * a second round of the iterative loop, stressing what is left, finds channel B. Every
 * neutral is poor: short mode on channel A, a long smoothed lookback on channel B.
 */
public final class PhantomDeep implements Keyhole {

    /** Events per slice and channel. */
    public static final int EVENTS = 1000;
    /** AR(1) persistence of channel B's latent series. */
    public static final double RHO_B = 0.6;
    /** Observation noise of channel B. */
    public static final double NOISE_B = 0.12;
    /** Latent value above which a channel-B label is positive. */
    public static final double LABEL_Z_B = 0.25;
    /** Magnitude of channel B's labels. */
    public static final double LABEL_B = 0.6;
    /** Weight of the newest observation in channel B's EMA. */
    public static final double EMA_ALPHA = 0.7;

    private static final PhantomDeep INSTANCE = new PhantomDeep();

    private static final FloatParam ALPHA = FloatParam.of("alpha", 0.0, 1.0, 0.2);
    private static final IntParam WINDOW = IntParam.of("window", 3, 30, 6);
    private static final BoolParam LONG_MODE = BoolParam.of("long_mode", false);
    private static final FloatParam BETA = FloatParam.of("beta", 0.0, 60.0, 15.0);
    private static final IntParam HORIZON = IntParam.of("horizon", 3, 30, 24);
    private static final BoolParam USE_EMA = BoolParam.of("use_ema", true);

    private static final Decoys DECOYS = Decoys.builder()
            .add(FloatParam.of("decoy_gain", 0.0, 2.0, 1.0), 0.004)
            .add(FloatParam.of("decoy_offset", -5.0, 5.0, 0.0), -0.003)
            .add(FloatParam.of("decoy_scale", 0.0, 1.0, 0.5), 0.002)
            .add(FloatParam.of("decoy_rate", 0.0, 100.0, 50.0), 0.001)
            .add(FloatParam.of("decoy_decay", 0.0, 1.0, 0.3), -0.002)
            .add(FloatParam.of("decoy_drift", -1.0, 1.0, 0.0), 0.003)
            .add(FloatParam.of("decoy_temp", 0.0, 10.0, 5.0), 0.001)
            .add(FloatParam.of("decoy_ratio", 0.0, 1.0, 0.5), -0.001)
            .add(new FloatParam("decoy_ofi", 0.1, 0.9, 0.5, true), 0.005)
            .add(FloatParam.of("decoy_spread", 0.0, 5.0, 2.5), 0.002)
            .add(IntParam.of("decoy_lag", 0, 20, 10), -0.002)
            .add(IntParam.of("decoy_count", 1, 100, 50), 0.003)
            .add(IntParam.of("decoy_level", 0, 4, 2), 0.001)
            .add(BoolParam.of("decoy_flag", true), 0.002)
            .build();

    private static final ParamSpace SPACE;

    static {
        List<ParamSpec> specs = new ArrayList<>(List.of(ALPHA, WINDOW, LONG_MODE, BETA, HORIZON, USE_EMA));
        specs.addAll(DECOYS.specs());
        SPACE = ParamSpace.of(specs);
    }

    private static final ChannelRule RULE_A = new ChannelRule(ALPHA, 1.0, WINDOW, LONG_MODE, true);
    private static final ChannelRule RULE_B = new ChannelRule(BETA, 100.0, HORIZON, USE_EMA, false);
    private static final List<String> EFFECTIVE = List.of("alpha", "window", "long_mode", "beta", "horizon", "use_ema");
    private static final List<String> IMPORTANCE =
            List.of("long_mode", "alpha", "window", "horizon", "use_ema", "beta");
    private static final Map<String, Object> OPTIMUM;

    static {
        Map<String, Object> m = new LinkedHashMap<>(RULE_A.expectedBest(Phantom.RHO, Phantom.NOISE, Phantom.LABEL_Z));
        m.putAll(RULE_B.expectedBest(RHO_B, NOISE_B, LABEL_Z_B));
        OPTIMUM = m;
    }

    private PhantomDeep() {
    }

    /** @return the keyhole */
    public static PhantomDeep keyhole() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "phantom_deep";
    }

    @Override
    public ParamSpace space() {
        return SPACE;
    }

    @Override
    public Slice slice(KeyholeSlice slice, long seed) {
        if (slice == null) {
            throw new BadInputException("phantom_deep: slice must not be null");
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(slice.streamSeed(seed));
        NormalizedGaussianSampler gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        SignalChannel a = SignalChannel.draw(gauss, EVENTS, Phantom.RHO, Phantom.NOISE, Phantom.LABEL_Z, Double.NaN);
        SignalChannel b = SignalChannel.draw(gauss, EVENTS, RHO_B, NOISE_B, LABEL_Z_B, EMA_ALPHA);
        return new Slice(slice, seed, a, b);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The channels are independent, so the exact train optimum is each channel's own. The
     * expected optimum is each channel's shortest lookback, firing upwards on raw observations
     * (long mode, no smoothing), at its break-even threshold: alpha about 0.444, beta about
     * 43.7 (percent).
     */
    @Override
    public GroundTruth groundTruth(long seed) {
        Slice train = slice(KeyholeSlice.TRAIN, seed);
        Params best = SPACE.neutral().withAll(RULE_A.bestOn(train.a)).withAll(RULE_B.bestOn(train.b))
                .withAll(DECOYS.best());
        return new GroundTruth(EFFECTIVE, OPTIMUM, train.evaluate(best).fitness(), IMPORTANCE);
    }

    /** One data slice of Phantom-deep: a deterministic target over its two event streams. */
    public static final class Slice implements Target {
        private final KeyholeSlice slice;
        private final long seed;
        private final SignalChannel a;
        private final SignalChannel b;

        private Slice(KeyholeSlice slice, long seed, SignalChannel a, SignalChannel b) {
            this.slice = slice;
            this.seed = seed;
            this.a = a;
            this.b = b;
        }

        /** @return which slice this is */
        public KeyholeSlice slice() {
            return slice;
        }

        /** @return the keyhole seed */
        public long seed() {
            return seed;
        }

        @Override
        public ParamSpace space() {
            return SPACE;
        }

        /**
         * @param params a full param map of {@link PhantomDeep#space()}
         * @return fitness = channel A's net label count + {@value #LABEL_B} x channel B's + decoy
         *     coupling, {@code n_trials} = fires of both channels, metadata {@code reward_a,
         *     reward_b, n_trials_a, n_trials_b, decoy_coupling, slice, seed}
         * @throws BadInputException when params belong to another space
         */
        @Override
        public EvalResult evaluate(Params params) {
            OwnSpace.require("phantom_deep", SPACE, params);
            SignalChannel.Fires fa = RULE_A.fire(a, params);
            SignalChannel.Fires fb = RULE_B.fire(b, params);
            double rewardA = fa.net();
            double rewardB = LABEL_B * fb.net();
            double coupling = DECOYS.coupling(params);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("reward_a", rewardA);
            metadata.put("reward_b", rewardB);
            metadata.put("n_trials_a", fa.count());
            metadata.put("n_trials_b", fb.count());
            metadata.put("decoy_coupling", coupling);
            metadata.put("slice", slice.role());
            metadata.put("seed", seed);
            return EvalResult.of(rewardA + rewardB + coupling, (long) fa.count() + fb.count(), metadata);
        }

        @Override
        public String toString() {
            return "phantom_deep[" + slice.role() + ", seed " + seed + "]";
        }
    }
}
