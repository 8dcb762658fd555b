package io.omegalock.demo;

import io.omegalock.BadInputException;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The walk-forward case study behind {@code omega-lock demo}: a synthetic system whose true
 * optimum (fitness about 5 at gain 3, bias 0) transfers across data slices, and whose fragile
 * region beyond the rated envelope (gain above 6) carries large slice-dependent noise, so the
 * highest train score is a lucky draw that collapses on the holdout slice.
 *
 * <p>The noise is a hash of the params' {@code %.6f} text and the slice seed, so it is
 * reproducible without any RNG state; {@link #pythonFixed6} reproduces Python's formatting,
 * including its negative zero, because one different character re-draws the noise.
 */
public final class WalkForwardSystem {

    /** Role name of the search slice (seed {@value #TRAIN_SEED}). */
    public static final String TRAIN = "train";
    /** Role name of the walk-forward slice (seed {@value #TEST_SEED}). */
    public static final String TEST = "test";
    /** Role name of the slice no selection step consults (seed {@value #HOLDOUT_SEED}). */
    public static final String HOLDOUT = "holdout";

    /** Seed of the train slice. */
    public static final int TRAIN_SEED = 2026;
    /** Seed of the test slice. */
    public static final int TEST_SEED = 2027;
    /** Seed of the holdout slice. */
    public static final int HOLDOUT_SEED = 2028;

    /** Height of the transferable signal peak. */
    public static final double SIGNAL_PEAK = 5.0;
    /** Largest gain of the rated operating envelope; the system is fragile beyond it. */
    public static final double RATED_GAIN_MAX = 6.0;
    /** Noise amplitude inside the rated envelope. */
    public static final double STABLE_NOISE_AMPLITUDE = 0.3;
    /** Noise amplitude beyond the rated envelope. */
    public static final double FRAGILE_NOISE_AMPLITUDE = 6.0;

    /** Name of the declared envelope constraint. */
    public static final String RATED_ENVELOPE_NAME = "gain_within_rated_envelope";
    /** Description of the declared envelope constraint (the reference's exact text). */
    public static final String RATED_ENVELOPE_DESCRIPTION = "gain must stay <= 6.0 (system is fragile beyond it)";

    private static final ParamSpace SPACE = ParamSpace.of(
            FloatParam.of("gain", 0.0, 10.0, 2.0),
            FloatParam.of("bias", -3.0, 3.0, 1.5),
            // A decoy: its effect is tiny, so stress should leave it locked.
            FloatParam.of("offset", -1.0, 1.0, 0.0));

    private static final SliceSet<Slice> SLICES = new SliceSet<>("walk-forward", new Slice(TRAIN, TRAIN_SEED),
            new Slice(TEST, TEST_SEED), new Slice(HOLDOUT, HOLDOUT_SEED));

    private static final double TWO_TO_MINUS_64 = 0x1.0p-64;

    private WalkForwardSystem() {
    }

    /** @return the space gain [0, 10], bias [-3, 3], offset [-1, 1] */
    public static ParamSpace space() {
        return SPACE;
    }

    /** @return the train slice (seed 2026) */
    public static Slice train() {
        return SLICES.train();
    }

    /** @return the test slice (seed 2027) */
    public static Slice test() {
        return SLICES.test();
    }

    /** @return the holdout slice (seed 2028) */
    public static Slice holdout() {
        return SLICES.holdout();
    }

    /**
     * @param role {@code train}, {@code test} or {@code holdout}
     * @return the slice of that role
     * @throws BadInputException when the role is none of those
     */
    public static Slice slice(String role) {
        return SLICES.byRole(role);
    }

    /**
     * The declared constraint {@value #RATED_ENVELOPE_NAME}.
     *
     * @param params params of {@link #space()}
     * @return true when gain is at most {@value #RATED_GAIN_MAX}
     * @throws BadInputException when params have no numeric {@code gain}
     */
    public static boolean withinRatedEnvelope(Params params) {
        return params.getDouble("gain") <= RATED_GAIN_MAX;
    }

    /**
     * The smooth, transferable part of the fitness.
     *
     * @param gain   the gain
     * @param bias   the bias
     * @param offset the decoy offset
     * @return {@code 5 exp(-(gain - 3)^2 / 4 - bias^2 / 2) + 0.01 offset}
     */
    public static double signal(double gain, double bias, double offset) {
        double g = gain - 3.0;
        return SIGNAL_PEAK * CorrectlyRounded.exp(-(g * g) / 4.0 - (bias * bias) / 2.0) + 0.01 * offset;
    }

    /**
     * @param gain the gain
     * @return 0.3 inside the rated envelope, 6.0 beyond it
     */
    public static double noiseAmplitude(double gain) {
        return gain <= RATED_GAIN_MAX ? STABLE_NOISE_AMPLITUDE : FRAGILE_NOISE_AMPLITUDE;
    }

    /**
     * Deterministic pseudo-noise in [0, 1]: the first 8 bytes of the MD5 of
     * {@code "%.6f|%.6f|%d"} (gain, bias, seed) as an unsigned big-endian integer over 2^64.
     *
     * @param gain the gain
     * @param bias the bias
     * @param seed the slice seed
     * @return the noise draw of this point on this slice
     */
    public static double unitNoise(double gain, double bias, long seed) {
        String key = noiseKey(gain, bias, seed);
        byte[] digest = md5(key.getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        return unsignedToDouble(bits) * TWO_TO_MINUS_64;
    }

    /**
     * @param gain the gain
     * @param bias the bias
     * @param seed the slice seed
     * @return the text hashed by {@link #unitNoise}, e.g. {@code "3.000000|-0.000000|2026"}
     */
    public static String noiseKey(double gain, double bias, long seed) {
        return pythonFixed6(gain) + "|" + pythonFixed6(bias) + "|" + seed;
    }

    /**
     * Python's {@code f"{x:.6f}"}: the exact binary value rounded half-even to six decimals,
     * with a minus sign whenever the sign bit is set (so {@code -0.0} and {@code -1e-9} give
     * {@code -0.000000}), and {@code nan} / {@code inf} / {@code -inf} for non-finite values.
     *
     * @param x any double
     * @return the text Python prints
     */
    public static String pythonFixed6(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        // new BigDecimal(double) is the exact binary value, so HALF_EVEN rounds like CPython.
        String s = new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
        // BigDecimal has no negative zero; Python keeps the sign of the input.
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        return negative && !s.startsWith("-") ? "-" + s : s;
    }

    /** Correctly rounded unsigned 64-bit to double, like Python's int-to-float conversion. */
    private static double unsignedToDouble(long bits) {
        if (bits >= 0) {
            return bits;
        }
        // Halve keeping the lost bit as a sticky bit, so the single rounding stays correct.
        return ((double) ((bits >>> 1) | (bits & 1L))) * 2.0;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide MD5.
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    /**
     * One data slice of the system: same signal, its own noise draws.
     *
     * @param role the slice name
     * @param seed the slice seed mixed into the noise
     */
    public record Slice(String role, long seed) implements Target {

        /** @throws BadInputException when role is null */
        public Slice {
            if (role == null) {
                throw new BadInputException("walk-forward slice role must not be null");
            }
        }

        @Override
        public ParamSpace space() {
            return SPACE;
        }

        /**
         * @param params a full param map of {@link WalkForwardSystem#space()}
         * @return fitness {@code signal + amplitude * u}, one action, and metadata
         *         {@code {signal, noise_amplitude}}
         * @throws BadInputException when params belong to another space
         */
        @Override
        public EvalResult evaluate(Params params) {
            OwnSpace.require("walk-forward system", SPACE, params);
            double gain = params.getDouble("gain");
            double bias = params.getDouble("bias");
            double offset = params.getDouble("offset");
            double signal = signal(gain, bias, offset);
            double amplitude = noiseAmplitude(gain);
            double fitness = signal + amplitude * unitNoise(gain, bias, seed);
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("signal", signal);
            metadata.put("noise_amplitude", amplitude);
            return EvalResult.of(fitness, 1, metadata);
        }
    }
}
