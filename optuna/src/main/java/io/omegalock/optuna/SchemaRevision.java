package io.omegalock.optuna;

import io.omegalock.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The alembic revisions of Optuna's RDB schema this reader accepts, and the columns each has.
 * Optuna 3.0 (pre-releases) wrote {@code v3.0.0.a} to {@code v3.0.0.c}; 3.0 and 3.1 write
 * {@code v3.0.0.d}; 3.2 onwards (4.x and 5.x included) write {@code v3.2.0.a}, which only adds an
 * index. Anything else is refused by name.
 */
enum SchemaRevision {
    V3_0_0_A("v3.0.0.a", false, false),
    V3_0_0_B("v3.0.0.b", false, false),
    V3_0_0_C("v3.0.0.c", false, true),
    V3_0_0_D("v3.0.0.d", true, true),
    V3_2_0_A("v3.2.0.a", true, true);

    /** Revisions written by Optuna before 3.0, named so the refusal can say what to do. */
    private static final Set<String> OLDER = Set.of("v0.9.0.a", "v0.10.0.a", "v0.16.0.a", "v1.1.0.a", "v1.2.0.a",
            "v1.2.0.b", "v1.3.0.a", "v2.0.0.a", "v2.3.0.a", "v2.4.0.a", "v2.6.0.a");

    private final String id;
    private final boolean valueType;
    private final boolean intermediateValueType;

    SchemaRevision(String id, boolean valueType, boolean intermediateValueType) {
        this.id = id;
        this.valueType = valueType;
        this.intermediateValueType = intermediateValueType;
    }

    /** @return the alembic revision id, e.g. {@code v3.0.0.d} */
    String id() {
        return id;
    }

    /** @return true when {@code trial_values} has {@code value_type} (FINITE / INF_POS / INF_NEG) */
    boolean hasValueType() {
        return valueType;
    }

    /** @return true when {@code trial_intermediate_values} has {@code intermediate_value_type} */
    boolean hasIntermediateValueType() {
        return intermediateValueType;
    }

    /** @return the accepted ids, oldest first */
    static List<String> acceptedIds() {
        List<String> ids = new ArrayList<>();
        for (SchemaRevision r : values()) {
            ids.add(r.id);
        }
        return ids;
    }

    /**
     * @param id      the {@code alembic_version.version_num} found
     * @param storage the storage, for the message
     * @param written the library version from {@code version_info}, or null
     * @return the revision
     * @throws BadInputException naming the revision found when it is not accepted
     */
    static SchemaRevision of(String id, String storage, String written) {
        for (SchemaRevision r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        String by = written == null ? "" : " (written by Optuna " + written + ")";
        String accepted = "; this reader accepts " + String.join(", ", acceptedIds())
                + " (the schemas Optuna 3.0 through 5.x write)";
        if (OLDER.contains(id)) {
            throw new BadInputException(storage + " has Optuna storage schema revision " + id + by
                    + ", from before Optuna 3.0" + accepted + ". Upgrade a copy with Optuna 3 or later: "
                    + "optuna storage upgrade --storage <url>");
        }
        throw new BadInputException(storage + " has Optuna storage schema revision " + id + by
                + ", which this reader does not know" + accepted);
    }
}
