package io.omegalock.audit;

import io.omegalock.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One link of the hash chain: {@code run_hash = sha256_hex((previous_hash or "") + "\n" +
 * canonical_json(record))}.
 *
 * @param callIndex    the record's call index
 * @param previousHash the previous entry's run hash, null for the first
 * @param runHash      lowercase hex SHA-256
 */
public record ChainEntry(long callIndex, String previousHash, String runHash) {

    /** @throws BadInputException when the run hash is missing */
    public ChainEntry {
        if (runHash == null) {
            throw new BadInputException("hash chain entry for call_index " + callIndex + " has no run_hash");
        }
    }

    /** @return the entry as reports write it */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("call_index", callIndex);
        m.put("previous_hash", previousHash);
        m.put("run_hash", runHash);
        return m;
    }
}
