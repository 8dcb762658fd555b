package io.omegalock.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares a reference JSON value with one of our artifact values: every key the reference has
 * must be present and equal (floats to 1e-12 relative); extra keys on our side are allowed.
 */
public final class JsonAssert {
    /** Relative tolerance for floats (SPEC §14). */
    public static final double REL = 1e-12;

    private JsonAssert() {
    }

    /**
     * Removes what differs from run to run, in place and at any depth: {@code wall_s},
     * {@code elapsed_s} and KC-1's message (which quotes the elapsed time).
     *
     * @param n a reference JSON value
     */
    public static void stripWallTimes(JsonNode n) {
        if (n.isObject()) {
            ObjectNode on = (ObjectNode) n;
            on.remove("wall_s");
            on.remove("elapsed_s");
            if (on.has("name") && "KC-1".equals(on.get("name").asText())) {
                on.remove("message");
            }
            Iterator<JsonNode> it = on.elements();
            while (it.hasNext()) {
                stripWallTimes(it.next());
            }
        } else if (n.isArray()) {
            n.forEach(JsonAssert::stripWallTimes);
        }
    }

    /**
     * @param expected the reference value
     * @param actual   ours (Map, List, Number, Boolean, String, null)
     * @param path     where we are, for the failure message
     */
    public static void equivalent(JsonNode expected, Object actual, String path) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(path).isNull();
        } else if (expected.isObject()) {
            assertThat(actual).as(path).isInstanceOf(Map.class);
            Map<?, ?> m = (Map<?, ?>) actual;
            Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!m.containsKey(e.getKey())) {
                    fail(path + "." + e.getKey() + " missing; ours has " + m.keySet());
                }
                equivalent(e.getValue(), m.get(e.getKey()), path + "." + e.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual).as(path).isInstanceOf(List.class);
            List<?> l = (List<?>) actual;
            assertThat(l).as(path + " size").hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                equivalent(expected.get(i), l.get(i), path + "[" + i + "]");
            }
        } else if (expected.isBoolean()) {
            assertThat(actual).as(path).isEqualTo(expected.asBoolean());
        } else if (expected.isIntegralNumber()) {
            assertThat(actual).as(path).isInstanceOf(Number.class);
            assertThat(((Number) actual).longValue()).as(path).isEqualTo(expected.asLong());
        } else if (expected.isNumber() || isNonFinite(expected)) {
            double want = Fixtures.number(expected);
            double got = actual instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) actual).doubleValue();
            close(want, got, path);
        } else {
            assertThat(actual).as(path).isEqualTo(expected.asText());
        }
    }

    /** Asserts two doubles agree to {@link #REL} relative (exactly for non-finite values). */
    public static void close(double want, double got, String path) {
        if (Double.isNaN(want) || Double.isInfinite(want)) {
            assertThat(got).as(path).isEqualTo(want);
            return;
        }
        double tol = REL * Math.max(Math.abs(want), Math.abs(got));
        assertThat(Math.abs(want - got)).as(path + ": expected " + want + " got " + got).isLessThanOrEqualTo(tol);
    }

    private static boolean isNonFinite(JsonNode n) {
        return n.isTextual() && (n.asText().equals("inf") || n.asText().equals("-inf") || n.asText().equals("nan"));
    }
}
