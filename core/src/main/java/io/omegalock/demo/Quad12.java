package io.omegalock.demo;

import io.omegalock.BadInputException;
import io.omegalock.json.FrozenMap;
import io.omegalock.space.BoolParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.List;

/**
 * The quad12 analytic target: a concave quadratic over ten mixed parameters whose optimum
 * moves with the data slice (shift 0 on train, 0.15 on test, 0.3 on holdout). It is the
 * target of the {@code quad_basic} and {@code quad_iterative} reference fixtures, produced
 * by a Python worker; {@link Slice#evaluate} groups its floating-point operations exactly
 * like that worker (and like {@code fixtures/reference/specs/worker.py}) so fitness and risk
 * agree bit for bit.
 */
public final class Quad12 {

    /** Role name of the search slice (shift 0). */
    public static final String TRAIN = "train";
    /** Role name of the walk-forward slice (shift 0.15). */
    public static final String TEST = "test";
    /** Role name of the untouched slice (shift 0.3). */
    public static final String HOLDOUT = "holdout";

    private static final ParamSpace SPACE = ParamSpace.of(
            FloatParam.of("p0", -5, 5, 0),
            FloatParam.of("p1", -5, 5, 0),
            IntParam.of("n0", 1, 20, 10),
            BoolParam.of("b0", false),
            FloatParam.of("p2", -5, 5, 0),
            FloatParam.of("p3", -5, 5, 0),
            IntParam.of("n1", 0, 3, 1),
            BoolParam.of("b1", true),
            // p4 carries a real but tiny effect the environment hides: the OFI-biased case.
            new FloatParam("p4", 0, 1, 0.5, true),
            FloatParam.of("p5", 0, 1, 0.5));

    /** The metadata keys, in the order the reference's worker writes them; shared by every result. */
    private static final FrozenMap.Keys METADATA = FrozenMap.Keys.of(List.of("risk", "tag", "slice"));
    private static final SliceSet<Slice> SLICES = new SliceSet<>("quad12", new Slice(TRAIN, 0.0),
            new Slice(TEST, 0.15), new Slice(HOLDOUT, 0.3));

    private Quad12() {
    }

    /** @return the ten-parameter space shared by every slice (p4 is OFI-biased) */
    public static ParamSpace space() {
        return SPACE;
    }

    /** @return the train slice (shift 0) */
    public static Slice train() {
        return SLICES.train();
    }

    /** @return the test slice (shift 0.15) */
    public static Slice test() {
        return SLICES.test();
    }

    /** @return the holdout slice (shift 0.3) */
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
     * One data slice of quad12.
     *
     * @param role  the slice name reported in metadata ({@code slice})
     * @param shift how far the optimum of p0 and p1 moves on this slice
     */
    public record Slice(String role, double shift) implements Target {

        /** @throws BadInputException when role is null or shift is not finite */
        public Slice {
            if (role == null) {
                throw new BadInputException("quad12 slice role must not be null");
            }
            if (!Double.isFinite(shift)) {
                throw new BadInputException("quad12 slice '" + role + "': shift must be finite, got " + shift);
            }
        }

        @Override
        public ParamSpace space() {
            return SPACE;
        }

        /**
         * Scores one candidate.
         *
         * @param params a full param map of {@link Quad12#space()}
         * @return fitness, {@code n_trials = 40 + 3 n0 (+10 when b0)} and metadata
         *         {@code {risk, tag: "quad", slice}} in that order
         * @throws BadInputException when params belong to another space
         */
        @Override
        public EvalResult evaluate(Params params) {
            OwnSpace.require("quad12", SPACE, params);
            double p0 = params.getDouble("p0");
            double p1 = params.getDouble("p1");
            double p2 = params.getDouble("p2");
            double p3 = params.getDouble("p3");
            double p4 = params.getDouble("p4");
            double p5 = params.getDouble("p5");
            long n0 = params.getLong("n0");
            long n1 = params.getLong("n1");
            boolean b0 = params.getBoolean("b0");
            boolean b1 = params.getBoolean("b1");

            // Same grouping as the Python worker, term by term; x*x equals Python's x ** 2 here.
            double a = p0 - 1.0 - shift;
            double b = p1 + 0.5 + shift;
            double c = p2 - 2.0;
            double f = -(3.0 * (a * a) + 2.0 * (b * b) + 1.5 * (c * c) + 0.2 * (p3 * p3));
            f -= 0.3 * Math.abs(n0 - 7) + 0.05 * n1;
            f += (b0 ? 1.0 : 0.0) + (b1 ? 0.01 : 0.0);
            f += 0.001 * p4 - 0.002 * p5;

            long nTrials = 40 + 3 * n0 + (b0 ? 10 : 0);
            return EvalResult.of(f, nTrials, FrozenMap.of(METADATA, new Object[] {Math.abs(p1) + 0.1 * n0, "quad", role}));
        }
    }
}
