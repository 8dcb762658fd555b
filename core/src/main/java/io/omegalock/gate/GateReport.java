package io.omegalock.gate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a gate decided and on which numbers. Artifact fields: {@code name, status, message,
 * detail}.
 *
 * @param name    the gate id, e.g. {@code KC-4}
 * @param status  the outcome
 * @param message one line for humans, e.g. {@code PASS: pearson=0.970, trade_ratio=1.000}
 * @param detail  the numbers behind it, with the reference's keys, in insertion order
 */
public record GateReport(String name, GateStatus status, String message, Map<String, Object> detail) {

    /** @throws NullPointerException when name, status or message is null */
    public GateReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        // Detail values may be null (e.g. min_nonzero_stress_count), so no Map.copyOf.
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail == null ? Map.of() : detail));
    }

    /** @return the artifact form {@code {name, status, message, detail}}, in that order */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("status", status.name());
        m.put("message", message);
        m.put("detail", detail);
        return m;
    }

    /** @return true when the gate failed */
    public boolean failed() {
        return status == GateStatus.FAIL;
    }
}
