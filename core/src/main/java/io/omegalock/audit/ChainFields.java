package io.omegalock.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.omegalock.json.Json;
import java.io.IOException;

/** The slots of a chain entry: call_index, previous_hash, run_hash. */
final class ChainFields extends Slots<ChainEntry> {
    private String lastRunHash;

    ChainFields() {
        super(3);
    }

    /** @return the entry when every field has the expected type, else null (see RecordFields) */
    @Override
    ChainEntry build() {
        if (present != 7 || !(values[0] instanceof Long callIndex) || !(values[2] instanceof String runHash)
                || values[1] != null && !(values[1] instanceof String)) {
            return null;
        }
        String prev = (String) values[1];
        if (prev != null && prev.equals(lastRunHash)) {
            prev = lastRunHash; // one string for the link and the hash it repeats
        }
        lastRunHash = runHash;
        return new ChainEntry(callIndex, prev, runHash);
    }

    @Override
    int slot(String key) {
        switch (key) {
            case "call_index": return 0;
            case "previous_hash": return 1;
            case "run_hash": return 2;
            default: return -1;
        }
    }

    @Override
    void readFrom(JsonParser p) throws IOException {
        present = 0;
        for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            int s = slot(k);
            if (s < 0) {
                p.skipChildren();
                continue;
            }
            values[s] = Json.readValue(p, t);
            present |= 1 << s;
        }
    }
}
