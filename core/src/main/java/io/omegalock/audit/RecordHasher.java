package io.omegalock.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes chain hashes with reusable buffers: one builder for the canonical payload, one
 * byte array for its (ASCII-only) encoding, one digest. Not thread-safe; one per chain.
 */
final class RecordHasher {
    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final StringBuilder payload = new StringBuilder(1024);
    private final MessageDigest sha256;
    private byte[] bytes = new byte[1024];

    RecordHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM must provide SHA-256", e);
        }
    }

    /**
     * @param previousHash the previous run hash, null for the first record
     * @param record       the record
     * @return the record's run hash
     */
    String hash(String previousHash, AuditRecord record) {
        payload.setLength(0);
        record.appendCanonical(payload);
        return hashPayload(previousHash, payload);
    }

    /** @return the canonical payload of the last {@link #hash} call (valid until the next call) */
    CharSequence lastPayload() {
        return payload;
    }

    /**
     * @param previousHash the previous run hash or null
     * @param canonical    canonical JSON of a record (ASCII by construction)
     * @return sha256_hex((previousHash or "") + "\n" + canonical)
     */
    String hashPayload(String previousHash, CharSequence canonical) {
        int n = canonical.length();
        int prev = previousHash == null ? 0 : previousHash.length();
        int total = prev + 1 + n;
        if (bytes.length < total) {
            bytes = new byte[Math.max(total, bytes.length * 2)];
        }
        int k = 0;
        for (int i = 0; i < prev; i++) {
            bytes[k++] = (byte) previousHash.charAt(i);
        }
        bytes[k++] = '\n';
        for (int i = 0; i < n; i++) {
            // Canonical JSON escapes everything outside 0x20-0x7E, so each char is one UTF-8 byte.
            bytes[k++] = (byte) canonical.charAt(i);
        }
        sha256.update(bytes, 0, total);
        byte[] d = sha256.digest();
        byte[] hex = new byte[64];
        for (int i = 0; i < 32; i++) {
            hex[2 * i] = HEX[(d[i] >> 4) & 15];
            hex[2 * i + 1] = HEX[d[i] & 15];
        }
        return new String(hex, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
