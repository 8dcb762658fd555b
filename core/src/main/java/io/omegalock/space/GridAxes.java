package io.omegalock.space;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The points a grid tries along one parameter. Floats use {@code low + ((high - low) * i) / (g - 1)}
 * in exactly that order of operations so the doubles agree with the reference bit for bit,
 * capped at {@code high} where rounding would carry a point past it.
 */
public final class GridAxes {
    private GridAxes() {
    }

    /**
     * @param spec the parameter
     * @param g    points per axis, {@code >= 2}
     * @return the axis over the full range (bool: both values; choice: every choice)
     */
    public static List<Object> points(ParamSpec spec, int g) {
        if (spec instanceof FloatParam f) {
            return floatLinspace(f.low(), f.high(), g);
        }
        if (spec instanceof IntParam i) {
            return intPoints(i.low(), i.high(), g);
        }
        return categorical(spec);
    }

    /**
     * The axis over a sub-range, used by the zooming grid: lo and hi are clipped into the
     * bounds (ints rounded half to even) and swapped when reversed.
     *
     * @param spec the parameter
     * @param lo   one end of the range
     * @param hi   the other end
     * @param g    points per axis
     * @return the axis points
     */
    public static List<Object> pointsIn(ParamSpec spec, double lo, double hi, int g) {
        if (spec instanceof FloatParam f) {
            double a = (double) f.clip(lo);
            double b = (double) f.clip(hi);
            if (a > b) {
                double t = a;
                a = b;
                b = t;
            }
            return a == b ? List.of(a) : floatLinspace(a, b, g);
        }
        if (spec instanceof IntParam i) {
            long a = i.clipLong(lo);
            long b = i.clipLong(hi);
            return intPoints(Math.min(a, b), Math.max(a, b), g);
        }
        return categorical(spec);
    }

    /** @return every value of a bool ({@code false, true}) or choice parameter */
    public static List<Object> categorical(ParamSpec spec) {
        if (spec instanceof ChoiceParam c) {
            return List.copyOf(c.choices());
        }
        if (spec instanceof BoolParam) {
            return List.of(false, true);
        }
        throw new IllegalArgumentException("not categorical: " + spec);
    }

    private static List<Object> floatLinspace(double low, double high, int g) {
        List<Object> out = new ArrayList<>(g);
        for (int i = 0; i < g; i++) {
            // Rounding can carry the reference formula one ulp past high (-0.1 + 0.30000000000000004
            // = 0.20000000000000004 for [-0.1, 0.2]); cap it so no grid point leaves the domain.
            // Every point the reference keeps in bounds is unchanged, bit for bit.
            out.add(Math.min(high, low + ((high - low) * i) / (g - 1)));
        }
        return out;
    }

    private static List<Object> intPoints(long low, long high, int g) {
        if (high - low + 1 <= g) {
            List<Object> out = new ArrayList<>();
            for (long v = low; v <= high; v++) {
                out.add(v);
            }
            return out;
        }
        double step = (double) (high - low) / (g - 1);
        TreeSet<Long> unique = new TreeSet<>();
        for (int i = 0; i < g; i++) {
            unique.add((long) Math.rint(low + step * i));
        }
        return new ArrayList<>(unique);
    }
}
