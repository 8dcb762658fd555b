package io.omegalock.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.omegalock.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of one record object as the parser meets them: known fields in slots (the
 * last of a repeated key wins, as in a parsed map), {@code params} and {@code metadata}
 * as frozen maps the record keeps without copying, anything else skipped. Reused.
 */
final class RecordFields extends Slots<AuditRecord> {
    /** params, fitness, n_trials, timestamp_iso, phase, call_index, target_role. */
    private static final int REQUIRED = 1 | 1 << 1 | 1 << 2 | 1 << 4 | 1 << 7 | 1 << 8 | 1 << 9;
    private static final SerializedString[] NAMES = {new SerializedString("params"),
        new SerializedString("fitness"), new SerializedString("n_trials"), new SerializedString("metadata"),
        new SerializedString("timestamp_iso"), new SerializedString("constraints_passed"),
        new SerializedString("constraints_failed"), new SerializedString("phase"),
        new SerializedString("call_index"), new SerializedString("target_role"),
        new SerializedString("round_index")};
    /** The slots of the previous record's fields in order (-1 for an unknown field). */
    private final int[] expected = new int[16];
    private int expectedLength;
    /** Phases, roles and short metadata strings repeat across records: one instance each. */
    private final Map<Object, Object> shared = new java.util.HashMap<>();
    /** Constraint-name lists likewise (the 16 most recent distinct ones). */
    private final List<?>[] lists = new List<?>[16];
    private int nextList;

    RecordFields() {
        super(11);
    }

    /** @return an immutable copy of a list of strings, one instance per distinct content (recent 16) */
    private List<?> shareList(List<?> l) {
        int n = l.size();
        search:
        for (List<?> c : lists) {
            if (c == null || c.size() != n) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (!c.get(i).equals(l.get(i))) {
                    continue search;
                }
            }
            return c;
        }
        List<?> frozen = List.copyOf(l);
        lists[nextList] = frozen;
        nextList = (nextList + 1) % lists.length;
        return frozen;
    }

    /** Params and metadata of successive records usually have the same keys, and share them. */
    private final Json.ObjectReader params = new Json.ObjectReader(null);
    private final Json.ObjectReader metadata = new Json.ObjectReader(this::shareSmall);

    /**
     * @return a short string or a short list of short strings (metadata such as
     *     {@code _constraints_passed}, a tag, a role) as one shared instance; anything else as it is
     */
    Object shareSmall(Object v) {
        if (v instanceof String s) {
            return s.length() <= 24 ? share(s) : s;
        }
        if (v instanceof java.util.ArrayList<?> l && l.size() <= 8) {
            for (Object o : l) {
                if (!(o instanceof String s) || s.length() > 24) {
                    return v;
                }
            }
            return share(l);
        }
        return v;
    }

    /**
     * @return the record when every field has the expected type, else null: the checked
     *     path ({@link AuditReportCodec#record}) then builds it or names the problem
     */
    @Override
    AuditRecord build() {
        if ((present & REQUIRED) != REQUIRED) {
            return null;
        }
        Object[] v = values;
        double fitness;
        if (v[1] instanceof Double d) {
            fitness = d;
        } else if (v[1] instanceof Long l) {
            fitness = l;
        } else {
            return null;
        }
        boolean integral = v[1] instanceof Long;
        Object meta = (present & 1 << 3) != 0 ? v[3] : Map.of();
        List<String> passed = (present & 1 << 5) != 0 ? names(v[5]) : List.of();
        List<String> failed = (present & 1 << 6) != 0 ? names(v[6]) : List.of();
        Object round = (present & 1 << 10) != 0 ? v[10] : (Object) 0L;
        if (!(v[0] instanceof Map<?, ?> params) || !(v[2] instanceof Long nTrials) || !(meta instanceof Map<?, ?> m)
                || !(v[4] instanceof String ts) || passed == null || failed == null
                || !(v[7] instanceof String phase) || !(v[8] instanceof Long callIndex)
                || !(v[9] instanceof String role) || !(round instanceof Long roundIndex)) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) params;
        @SuppressWarnings("unchecked")
        Map<String, Object> md = (Map<String, Object>) m;
        return new AuditRecord(p, fitness, nTrials, md, ts, passed, failed, share(phase), callIndex, share(role),
                roundIndex, integral);
    }

    /** @return the shared immutable list of these names, or null when it is not a list of strings */
    @SuppressWarnings("unchecked")
    private List<String> names(Object v) {
        if (!(v instanceof List<?> l)) {
            return null;
        }
        for (Object o : l) {
            if (!(o instanceof String)) {
                return null;
            }
        }
        return (List<String>) share(l);
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T v) {
        if (v instanceof List<?> l) {
            return (T) shareList(l);
        }
        Object s = shared.get(v);
        if (s != null) {
            return (T) s;
        }
        Object frozen = v instanceof List<?> l ? List.copyOf(l) : v;
        if (shared.size() < 1024) {
            shared.put(frozen, frozen);
        }
        return (T) frozen;
    }

    @Override
    int slot(String key) {
        switch (key) {
            case "params": return 0;
            case "fitness": return 1;
            case "n_trials": return 2;
            case "metadata": return 3;
            case "timestamp_iso": return 4;
            case "constraints_passed": return 5;
            case "constraints_failed": return 6;
            case "phase": return 7;
            case "call_index": return 8;
            case "target_role": return 9;
            case "round_index": return 10;
            default: return -1;
        }
    }

    /**
     * Reads the object whose START_OBJECT is the current token, up to its END_OBJECT. The
     * field order of the previous record is expected again (a report's pretty order, a
     * trail line's sorted order) and matched as raw bytes; anything else is looked up.
     */
    @Override
    void readFrom(JsonParser p) throws IOException {
        present = 0;
        int pos = 0;
        while (true) {
            int predicted = pos < expectedLength ? expected[pos] : -1;
            int s;
            if (predicted >= 0 && p.nextFieldName(NAMES[predicted])) {
                s = predicted;
            } else {
                JsonToken t = predicted >= 0 ? p.currentToken() : p.nextToken();
                if (t != JsonToken.FIELD_NAME) {
                    break;
                }
                s = slot(p.currentName());
            }
            if (pos < expected.length) {
                expected[pos] = s;
            }
            pos++;
            JsonToken t = p.nextToken();
            if (s < 0) {
                p.skipChildren();
                continue;
            }
            if (s == 0 && t == JsonToken.START_OBJECT) {
                values[s] = params.read(p);
            } else if (s == 3 && t == JsonToken.START_OBJECT) {
                values[s] = metadata.read(p);
            } else {
                values[s] = Json.readValue(p, t);
            }
            present |= 1 << s;
        }
        expectedLength = Math.min(pos, expected.length);
    }
}
