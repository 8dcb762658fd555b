package io.omegalock.cli.spec;

import io.omegalock.BadInputException;
import io.omegalock.demo.Quad12;
import io.omegalock.demo.SramBitcell;
import io.omegalock.demo.WalkForwardSystem;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.NumericParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.List;

/**
 * The demo targets a spec can name with {@code builtin:}, and the adapter that lets a spec
 * declare its own view of a built-in's space (narrower bounds, other neutrals, OFI flags).
 */
final class Builtins {
    static final List<String> NAMES = List.of("sram", "quad12", "walkforward");
    static final List<String> SLICES = List.of("train", "test", "holdout");

    private Builtins() {
    }

    /** @return true when the built-in has data slices */
    static boolean hasSlices(String name) {
        return !"sram".equals(name);
    }

    /**
     * @param name  a built-in name
     * @param slice its slice (null for sram)
     * @return the target on its own space
     * @throws BadInputException when the name or slice is unknown
     */
    static Target create(String name, String slice) {
        if (name == null || !NAMES.contains(name)) {
            throw new BadInputException("unknown builtin \"" + name + "\" (expected one of " + String.join(", ", NAMES) + ")");
        }
        if (!hasSlices(name)) {
            if (slice != null) {
                throw new BadInputException("builtin sram has no slices");
            }
            return SramBitcell.of();
        }
        if (slice == null || !SLICES.contains(slice)) {
            throw new BadInputException("builtin " + name + " needs a slice, one of " + String.join(", ", SLICES)
                    + "; got " + (slice == null ? "none" : "\"" + slice + "\""));
        }
        return "quad12".equals(name) ? Quad12.slice(slice) : WalkForwardSystem.slice(slice);
    }

    /**
     * @param builtin the built-in target
     * @param name    its name, for messages
     * @param space   the spec's space
     * @return the built-in itself when the spaces are equal, else an adapter evaluating the
     *     spec's params on the built-in's space
     * @throws BadInputException when the spec's space has other names or types than the
     *     built-in's, or values the built-in does not accept
     */
    static Target onSpace(Target builtin, String name, ParamSpace space) {
        ParamSpace own = builtin.space();
        if (own.equals(space)) {
            return builtin;
        }
        if (!new java.util.HashSet<>(own.names()).equals(new java.util.HashSet<>(space.names()))) {
            throw new BadInputException("builtin " + name + " takes the parameters " + String.join(", ", own.names())
                    + "; the space declares " + String.join(", ", space.names()));
        }
        for (ParamSpec mine : space.specs()) {
            ParamSpec theirs = own.spec(mine.name());
            if (!mine.type().equals(theirs.type())) {
                throw new BadInputException("builtin " + name + ": parameter '" + mine.name() + "' is " + theirs.type()
                        + ", the space declares it " + mine.type());
            }
            if (mine instanceof NumericParam a && theirs instanceof NumericParam b
                    && (a.lowAsDouble() < b.lowAsDouble() || a.highAsDouble() > b.highAsDouble())) {
                throw new BadInputException("builtin " + name + ": parameter '" + mine.name() + "' must stay within ["
                        + b.lowAsDouble() + ", " + b.highAsDouble() + "], the space declares [" + a.lowAsDouble() + ", "
                        + a.highAsDouble() + "]");
            }
            if (mine instanceof ChoiceParam a && !((ChoiceParam) theirs).choices().containsAll(a.choices())) {
                throw new BadInputException("builtin " + name + ": parameter '" + mine.name() + "' takes the choices "
                        + ((ChoiceParam) theirs).choices() + ", the space declares " + a.choices());
            }
        }
        return new Target() {
            @Override
            public ParamSpace space() {
                return space;
            }

            @Override
            public EvalResult evaluate(Params params) throws Exception {
                return builtin.evaluate(own.params(params.asMap()));
            }

            @Override
            public String toString() {
                return "builtin " + name + " on the spec's space";
            }
        };
    }
}
