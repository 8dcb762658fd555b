package io.omegalock.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tamper-evident chain over a trail, byte-compatible with the reference (SPEC §9): each
 * record's hash covers its canonical JSON and the previous hash, so editing, inserting,
 * deleting or reordering any record breaks verification at that record.
 */
public final class HashChain {
    private HashChain() {
    }

    /**
     * @param records a trail, in order
     * @return one entry per record
     */
    public static List<ChainEntry> of(List<AuditRecord> records) {
        RecordHasher hasher = new RecordHasher();
        List<ChainEntry> out = new ArrayList<>(records.size());
        String previous = null;
        for (AuditRecord r : records) {
            String h = hasher.hash(previous, r);
            out.add(new ChainEntry(r.callIndex(), previous, h));
            previous = h;
        }
        return out;
    }

    /**
     * Recomputes the chain from the records and compares it with a stored one, entry by entry.
     *
     * @param records the trail, in order
     * @param chain   the stored chain
     * @return {@link ChainVerdict.Intact}, or {@link ChainVerdict.Broken} naming the first entry
     *     whose call index, link (previous hash) or run hash differs, or where the lengths part
     */
    public static ChainVerdict verify(List<AuditRecord> records, List<ChainEntry> chain) {
        RecordHasher hasher = new RecordHasher();
        int n = Math.min(records.size(), chain.size());
        String previous = null;
        for (int i = 0; i < n; i++) {
            AuditRecord r = records.get(i);
            ChainEntry e = chain.get(i);
            hasher.digest(previous, r);
            String problem = check(i, r, e, previous, hasher);
            if (problem != null) {
                return new ChainVerdict.Broken(i, problem);
            }
            previous = e.runHash();
        }
        if (records.size() != chain.size()) {
            return new ChainVerdict.Broken(n, "length mismatch: " + records.size() + " records but "
                    + chain.size() + " chain entries");
        }
        return new ChainVerdict.Intact(n, previous);
    }

    /** @return why entry {@code i} does not verify (the hasher holds its recomputed hash), or null when it does */
    static String check(int i, AuditRecord r, ChainEntry e, String expectedPrevious, RecordHasher recomputed) {
        if (e.callIndex() != r.callIndex()) {
            return "call_index mismatch: record has " + r.callIndex() + ", chain entry has " + e.callIndex();
        }
        if (!Objects.equals(e.previousHash(), expectedPrevious)) {
            return "link mismatch: previous_hash " + e.previousHash() + " should be " + expectedPrevious;
        }
        if (!recomputed.lastMatches(e.runHash())) {
            return "hash mismatch: stored run_hash " + e.runHash() + " but the record hashes to " + recomputed.lastHash()
                    + " (record " + i + " was changed)";
        }
        return null;
    }
}
