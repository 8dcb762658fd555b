package io.omegalock.report;

import static io.omegalock.report.HtmlScorecard.esc;

import io.omegalock.json.PyFloat;
import io.omegalock.report.Scorecard.Point;
import io.omegalock.report.Scorecard.Scatter;
import io.omegalock.report.Scorecard.Series;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Scatter} as inline SVG: nice-number ticks, grid, axis labels, one circle per
 * point with a {@code <title>} tooltip, and for train-vs-out-of-sample plots a dashed y = x
 * reference and the least-squares line. Coordinates are printed with two decimals by
 * {@link PyFloat#format}, so the same points give the same bytes on every JVM and locale.
 */
final class SvgScatter {
    /** Colour-blind-safe (Okabe-Ito) series colours. */
    static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00",
            "#000000");
    static final String FIT_COLOUR = "#444444";
    static final String IDENTITY_COLOUR = "#888888";

    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int LEFT = 84;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 58;

    private SvgScatter() {
    }

    /** A fitted line y = intercept + slope x, or null. */
    record Fit(double slope, double intercept) {
    }

    /** An axis range with its ticks (exact decimals) and their step. */
    private record Axis(double lo, double hi, List<BigDecimal> ticks, BigDecimal step) {
        double frac(double v) {
            return (v - lo) / (hi - lo);
        }
    }

    /** @return the least-squares line through every plotted point, or null when it is undefined */
    static Fit fit(Scatter s) {
        if (!s.transfer() || s.size() < 2) {
            return null;
        }
        double n = 0;
        double sx = 0;
        double sy = 0;
        for (Series series : s.series()) {
            for (Point p : series.points()) {
                n++;
                sx += p.x();
                sy += p.y();
            }
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (Series series : s.series()) {
            for (Point p : series.points()) {
                sxx += (p.x() - mx) * (p.x() - mx);
                sxy += (p.x() - mx) * (p.y() - my);
            }
        }
        if (!(sxx > 0) || !Double.isFinite(sxy / sxx)) {
            return null;
        }
        double slope = sxy / sxx;
        return new Fit(slope, my - slope * mx);
    }

    /**
     * @param s   a scatter with at least one point
     * @param out where the {@code <svg>} element goes
     */
    static void render(Scatter s, StringBuilder out) {
        List<Point> all = new ArrayList<>();
        s.series().forEach(series -> all.addAll(series.points()));
        Axis x = axis(all.stream().mapToDouble(Point::x).toArray());
        Axis y = axis(all.stream().mapToDouble(Point::y).toArray());
        int pw = WIDTH - LEFT - RIGHT;
        int ph = HEIGHT - TOP - BOTTOM;
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scatter\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(esc(s.title())).append("\">\n");
        out.append("<title>").append(esc(s.title())).append("</title>\n");
        out.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(pw)
                .append("\" height=\"").append(ph).append("\" fill=\"#fbfbfb\" stroke=\"#999999\"/>\n");
        for (BigDecimal t : x.ticks()) {
            String px = c(LEFT + x.frac(t.doubleValue()) * pw);
            out.append("<line x1=\"").append(px).append("\" y1=\"").append(TOP).append("\" x2=\"").append(px)
                    .append("\" y2=\"").append(TOP + ph).append("\" stroke=\"#e4e4e4\"/>")
                    .append("<text x=\"").append(px).append("\" y=\"").append(TOP + ph + 18)
                    .append("\" text-anchor=\"middle\" class=\"tick\">").append(label(t, x.step()))
                    .append("</text>\n");
        }
        for (BigDecimal t : y.ticks()) {
            String py = c(TOP + ph - y.frac(t.doubleValue()) * ph);
            out.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(py).append("\" x2=\"").append(LEFT + pw)
                    .append("\" y2=\"").append(py).append("\" stroke=\"#e4e4e4\"/>")
                    .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(py)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\" class=\"tick\">")
                    .append(label(t, y.step())).append("</text>\n");
        }
        out.append("<text x=\"").append(LEFT + pw / 2).append("\" y=\"").append(HEIGHT - 12)
                .append("\" text-anchor=\"middle\" class=\"axis-label\">").append(esc(s.xLabel())).append("</text>\n");
        out.append("<text transform=\"translate(18 ").append(TOP + ph / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" class=\"axis-label\">").append(esc(s.yLabel()))
                .append("</text>\n");
        if (s.transfer()) {
            identity(x, y, pw, ph, out);
            Fit f = fit(s);
            if (f != null) {
                line(f, x, y, pw, ph, out);
            }
        }
        double r = all.size() > 1000 ? 2.5 : 4.5;
        for (int i = 0; i < s.series().size(); i++) {
            String colour = COLOURS.get(i % COLOURS.size());
            for (Point p : s.series().get(i).points()) {
                out.append("<circle cx=\"").append(c(LEFT + x.frac(p.x()) * pw)).append("\" cy=\"")
                        .append(c(TOP + ph - y.frac(p.y()) * ph)).append("\" r=\"").append(r).append("\" fill=\"")
                        .append(colour).append("\" fill-opacity=\"0.8\" stroke=\"#ffffff\" stroke-width=\"0.8\">")
                        .append("<title>").append(esc(p.label())).append("</title></circle>\n");
            }
        }
        out.append("</svg>\n");
    }

    /** The dashed y = x segment inside both ranges, when they overlap. */
    private static void identity(Axis x, Axis y, int pw, int ph, StringBuilder out) {
        double a = Math.max(x.lo(), y.lo());
        double b = Math.min(x.hi(), y.hi());
        if (a < b) {
            segment(a, a, b, b, x, y, pw, ph, IDENTITY_COLOUR, " stroke-dasharray=\"6 4\"", "y-equals-x", out);
        }
    }

    /** @return true when the y = x reference falls inside the plotted ranges */
    static boolean identityVisible(Scatter s) {
        List<Point> all = new ArrayList<>();
        s.series().forEach(series -> all.addAll(series.points()));
        if (all.isEmpty()) {
            return false;
        }
        Axis x = axis(all.stream().mapToDouble(Point::x).toArray());
        Axis y = axis(all.stream().mapToDouble(Point::y).toArray());
        return Math.max(x.lo(), y.lo()) < Math.min(x.hi(), y.hi());
    }

    /** The fitted line, clipped to the plot area. */
    private static void line(Fit f, Axis x, Axis y, int pw, int ph, StringBuilder out) {
        double x1 = x.lo();
        double x2 = x.hi();
        if (f.slope() != 0) {
            double a = (y.lo() - f.intercept()) / f.slope();
            double b = (y.hi() - f.intercept()) / f.slope();
            x1 = Math.max(x1, Math.min(a, b));
            x2 = Math.min(x2, Math.max(a, b));
        }
        if (x1 < x2) {
            segment(x1, f.intercept() + f.slope() * x1, x2, f.intercept() + f.slope() * x2, x, y, pw, ph, FIT_COLOUR,
                    "", "fit", out);
        }
    }

    private static void segment(double x1, double y1, double x2, double y2, Axis x, Axis y, int pw, int ph,
                                String colour, String extra, String cls, StringBuilder out) {
        out.append("<line class=\"").append(cls).append("\" x1=\"").append(c(LEFT + x.frac(x1) * pw))
                .append("\" y1=\"").append(c(TOP + ph - y.frac(y1) * ph)).append("\" x2=\"")
                .append(c(LEFT + x.frac(x2) * pw)).append("\" y2=\"").append(c(TOP + ph - y.frac(y2) * ph))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"").append(extra).append("/>\n");
    }

    /** A padded range with ticks at 1, 2 or 5 times a power of ten. */
    private static Axis axis(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        double span = hi - lo;
        if (!(span > 0) || !Double.isFinite(span)) {
            double half = Math.max(Math.abs(lo) * 0.1, 1.0);
            lo -= half;
            hi += half;
        } else {
            lo -= span * 0.06;
            hi += span * 0.06;
        }
        double raw = (hi - lo) / 5;
        int exp = (int) Math.floor(Math.log10(raw));
        double m = raw / Math.pow(10, exp);
        int mantissa = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
        BigDecimal step = BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exp);
        double stepValue = step.doubleValue();
        List<BigDecimal> ticks = new ArrayList<>();
        long first = (long) Math.ceil(lo / stepValue);
        for (long k = first; ticks.size() < 12; k++) {
            // Exact decimal ticks: k * step never accumulates binary rounding error.
            BigDecimal t = step.multiply(BigDecimal.valueOf(k));
            if (t.doubleValue() > hi) {
                break;
            }
            ticks.add(t);
        }
        return new Axis(lo, hi, ticks, step);
    }

    /**
     * A tick label: plain decimals for everyday magnitudes, {@code 2.5e+16} style beyond them so
     * a label never outgrows the margin.
     */
    static String label(BigDecimal t, BigDecimal step) {
        if (t.signum() == 0) {
            return "0";
        }
        BigDecimal abs = t.abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000)) < 0 && step.compareTo(new BigDecimal("0.0001")) >= 0) {
            return t.setScale(Math.max(0, step.stripTrailingZeros().scale()), RoundingMode.HALF_EVEN).toPlainString();
        }
        BigDecimal s = t.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        int e = digits.length() - 1 - s.scale();
        String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (t.signum() < 0 ? "-" : "") + mant + (e < 0 ? "e-" : "e+") + (Math.abs(e) < 10 ? "0" : "")
                + Math.abs(e);
    }

    /** A coordinate with two decimals. */
    private static String c(double v) {
        return PyFloat.format(v, 2);
    }
}
