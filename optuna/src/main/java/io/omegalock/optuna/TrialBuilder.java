package io.omegalock.optuna;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A trial being assembled from storage rows or journal operations; frozen by {@link #build()}. */
final class TrialBuilder {
    final int number;
    TrialState state;
    final Map<String, Object> params = new LinkedHashMap<>();
    final Map<String, Distribution> distributions = new HashMap<>();
    /** Values by objective index; a journal sets the whole list at once. */
    final TreeMap<Integer, Double> values = new TreeMap<>();
    final Map<String, Object> userAttrs = new LinkedHashMap<>();
    final Map<String, Object> systemAttrs = new LinkedHashMap<>();
    final Map<Long, Double> intermediateValues = new LinkedHashMap<>();

    TrialBuilder(int number, TrialState state) {
        this.number = number;
        this.state = state;
    }

    void setValues(List<Double> vs) {
        values.clear();
        for (int i = 0; i < vs.size(); i++) {
            values.put(i, vs.get(i));
        }
    }

    Trial build() {
        List<Double> vs = new ArrayList<>(values.values());
        return new Trial(number, state, params, vs, userAttrs, systemAttrs, intermediateValues);
    }

    /**
     * Parses an attribute's {@code value_json} the way Python's {@code json.loads} does
     * ({@code NaN}, {@code Infinity} accepted).
     *
     * @param json the stored text
     * @return the plain value
     * @throws BadInputException when the text is not JSON (the caller adds which trial and key)
     */
    static Object attr(String json) {
        if (json == null) {
            return null;
        }
        // The common shapes (flags, plain strings, numbers) skip the parser: a study has thousands.
        switch (json) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                break;
        }
        int n = json.length();
        if (n >= 2 && json.charAt(0) == '"' && json.charAt(n - 1) == '"' && plain(json, 1, n - 1)) {
            return json.substring(1, n - 1);
        }
        if (n > 0 && n <= 18 && integer(json)) {
            return Long.parseLong(json);
        }
        return Json.parse(json);
    }

    /** @return true when the range holds no quote, backslash or control character (nothing to unescape) */
    private static boolean plain(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return false;
            }
        }
        return true;
    }

    /** @return true for a JSON integer that fits a long: an optional minus, then digits without a leading zero */
    private static boolean integer(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        if (i == s.length() || (s.charAt(i) == '0' && s.length() > i + 1)) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
