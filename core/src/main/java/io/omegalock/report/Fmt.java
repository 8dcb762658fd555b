package io.omegalock.report;

import io.omegalock.json.PyFloat;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Number and value formatting shared by the text and HTML scorecards. Everything goes through
 * {@link PyFloat}, so the output is locale-independent and matches what the reference prints.
 */
final class Fmt {
    /** Shown when a value is absent or unknown. */
    static final String NONE = "—";

    private Fmt() {
    }

    /**
     * A readable rendering of a double: Python's {@code repr} when it is short (10 characters or
     * fewer), very small or very large; otherwise six decimals with trailing zeros dropped, so
     * {@code -6.127999999999999} reads {@code -6.128}. {@link #exact(double)} gives the full value.
     */
    static String num(double x) {
        String r = PyFloat.repr(x);
        double a = Math.abs(x);
        if (r.length() <= 10 || !Double.isFinite(x) || a < 1e-4 || a >= 1e15) {
            return r;
        }
        String s = PyFloat.format(x, 6);
        int end = s.length();
        while (s.charAt(end - 1) == '0' && s.charAt(end - 2) != '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** @return {@link #num(double)}, or {@link #NONE} for null */
    static String num(Double x) {
        return x == null ? NONE : num(x.doubleValue());
    }

    /** @return Python's {@code repr}: the shortest digits that read back as the same double */
    static String exact(double x) {
        return PyFloat.repr(x);
    }

    /** @return an integer count or a readable number, {@link #NONE} for null */
    static String count(Object v) {
        if (v == null) {
            return NONE;
        }
        if (v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Short) {
            return v.toString();
        }
        if (v instanceof Number n) {
            return num(n.doubleValue());
        }
        return value(v);
    }

    /**
     * The exact text of a JSON value: strings as they are, integers in decimal, doubles in
     * {@code repr} form, booleans {@code true}/{@code false}, lists and objects in brackets.
     */
    static String value(Object v) {
        StringBuilder sb = new StringBuilder();
        append(v, sb);
        return sb.toString();
    }

    private static void append(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Double || v instanceof Float) {
            sb.append(PyFloat.repr(((Number) v).doubleValue()));
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : Fields.ordered(m)) {
                sb.append(sep).append(e.getKey()).append(": ");
                append(e.getValue(), sb);
                sep = ", ";
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(l.get(i), sb);
            }
            sb.append(']');
        } else {
            sb.append(v);
        }
    }

    /** @return {@code name=value, ...} in the map's stable order, {@link #NONE} for null or empty */
    static String params(Map<String, Object> params) {
        if (params == null || params.isEmpty()) {
            return NONE;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<?, ?> e : Fields.ordered(params)) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=');
            append(e.getValue(), sb);
        }
        return sb.toString();
    }
}
