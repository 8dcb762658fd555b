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
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The Phantom keyhole: twelve parameters of which three matter. Hidden inside is one signal
 * channel over {@value #EVENTS} events: an AR(1) latent series (rho {@value #RHO}, unit
 * variance), observations that add N(0, {@value #NOISE}^2) noise, and labels +1 where the
 * latent value exceeds {@value #LABEL_Z}, else -1. The strategy fires at an event when the
 * mean of the last {@code window} observations is above {@code alpha} ({@code long_mode}) or
 * below {@code -alpha} (otherwise); fitness is the sum of the labels at the fires plus a
 * sub-percent decoy coupling, and {@code n_trials} is the number of fires.
 *
 * <p>The neutral values are deliberately poor (short mode on an up-labelled series, a long
 * lookback), so the baseline is strongly negative and calibration has room to show. Nine
 * decoys ({@code decoy_ofi} flagged OFI-biased) each move fitness by a few thousandths at most.
 *
 * <p>Streams come from {@code RandomSource.XO_RO_SHI_RO_128_PP.create(streamSeed)} through a
 * ziggurat Gaussian sampler: latent values first, then the observation noise.
 */
public final class Phantom implements Keyhole {

    /** Events per slice. */
    public static final int EVENTS = 300;
    /** AR(1) persistence of the latent series. */
    public static final double RHO = 0.7;
    /** Standard deviation of the observation noise. */
    public static final double NOISE = 0.1;
    /** Latent value above which an event's label is +1. */
    public static final double LABEL_Z = 0.3;

    private static final Phantom INSTANCE = new Phantom();

    private static final FloatParam ALPHA = FloatParam.of("alpha", 0.0, 1.0, 0.2);
    private static final IntParam WINDOW = IntParam.of("window", 3, 30, 16);
    private static final BoolParam LONG_MODE = BoolParam.of("long_mode", false);

    private static final Decoys DECOYS = Decoys.builder()
            .add(FloatParam.of("decoy_gain", 0.0, 2.0, 1.0), 0.004)
            .add(FloatParam.of("decoy_offset", -5.0, 5.0, 0.0), -0.003)
            .add(FloatParam.of("decoy_scale", 0.0, 1.0, 0.5), 0.002)
            .add(FloatParam.of("decoy_rate", 0.0, 100.0, 50.0), 0.001)
            .add(new FloatParam("decoy_ofi", 0.1, 0.9, 0.5, true), 0.005)
            .add(IntParam.of("decoy_lag", 0, 20, 10), -0.002)
            .add(IntParam.of("decoy_count", 1, 100, 50), 0.003)
            .add(IntParam.of("decoy_level", 0, 4, 2), 0.001)
            .add(BoolParam.of("decoy_flag", true), 0.002)
            .build();

    private static final ParamSpace SPACE;

    static {
        List<ParamSpec> specs = new ArrayList<>(List.of(ALPHA, WINDOW, LONG_MODE));
        specs.addAll(DECOYS.specs());
        SPACE = ParamSpace.of(specs);
    }

    private static final ChannelRule RULE = new ChannelRule(ALPHA, 1.0, WINDOW, LONG_MODE, true);
    private static final List<String> EFFECTIVE = List.of("alpha", "window", "long_mode");
    private static final List<String> IMPORTANCE = List.of("alpha", "long_mode", "window");
    private static final Map<String, Object> OPTIMUM = RULE.expectedBest(RHO, NOISE, LABEL_Z);

    private Phantom() {
    }

    /** @return the keyhole */
    public static Phantom keyhole() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "phantom";
    }

    @Override
    public ParamSpace space() {
        return SPACE;
    }

    @Override
    public Slice slice(KeyholeSlice slice, long seed) {
        if (slice == null) {
            throw new BadInputException("phantom: slice must not be null");
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(slice.streamSeed(seed));
        SignalChannel channel = SignalChannel.draw(ZigguratSampler.NormalizedGaussian.of(rng), EVENTS, RHO, NOISE,
                LABEL_Z, Double.NaN);
        return new Slice(slice, seed, channel);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Phantom's expected optimum is the shortest window (3) in long mode at the break-even
     * alpha, {@code 0.3 var / cov} of the 3-event mean: about 0.444.
     */
    @Override
    public GroundTruth groundTruth(long seed) {
        Slice train = slice(KeyholeSlice.TRAIN, seed);
        Params best = SPACE.neutral().withAll(RULE.bestOn(train.channel)).withAll(DECOYS.best());
        return new GroundTruth(EFFECTIVE, OPTIMUM, train.evaluate(best).fitness(), IMPORTANCE);
    }

    /** One data slice of Phantom: a deterministic target over its event stream. */
    public static final class Slice implements Target {
        private final KeyholeSlice slice;
        private final long seed;
        private final SignalChannel channel;

        private Slice(KeyholeSlice slice, long seed, SignalChannel channel) {
            this.slice = slice;
            this.seed = seed;
            this.channel = channel;
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
         * @param params a full param map of {@link Phantom#space()}
         * @return fitness = net label count at the fires + decoy coupling, {@code n_trials} =
         *     fires, metadata {@code reward, decoy_coupling, slice, seed}
         * @throws BadInputException when params belong to another space
         */
        @Override
        public EvalResult evaluate(Params params) {
            OwnSpace.require("phantom", SPACE, params);
            SignalChannel.Fires fires = RULE.fire(channel, params);
            double reward = fires.net();
            double coupling = DECOYS.coupling(params);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("reward", reward);
            metadata.put("decoy_coupling", coupling);
            metadata.put("slice", slice.role());
            metadata.put("seed", seed);
            return EvalResult.of(reward + coupling, fires.count(), metadata);
        }

        @Override
        public String toString() {
            return "phantom[" + slice.role() + ", seed " + seed + "]";
        }
    }
}
