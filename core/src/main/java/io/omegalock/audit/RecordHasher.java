package io.omegalock.audit;

import io.omegalock.json.JsonBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Computes chain hashes with reusable buffers: the canonical payload is written as ASCII bytes
 * into one {@link JsonBuffer} and digested as it is, with the previous hash's hex kept as
 * bytes from the last call. Not thread-safe; one per chain.
 */
final class RecordHasher {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /**
     * {@code -Domegalock.sha256=portable} hashes with {@link PortableSha256}, faster when the JVM
     * runs its quick compiler only (as the command line's launcher does); the JDK's otherwise.
     */
    static final boolean PORTABLE = "portable".equals(System.getProperty("omegalock.sha256"));

    private final JsonBuffer payload = new JsonBuffer(1024);
    private final MessageDigest sha256;
    private final PortableSha256 portable;
    /** The hex of the last hash returned, as bytes and as the string handed out. */
    private final byte[] lastHex = new byte[64];
    private final byte[] digest = new byte[32];
    private boolean hexValid;
    private String lastHash;

    RecordHasher() {
        this(PORTABLE);
    }

    /** @param portable hash with {@link PortableSha256} instead of the JDK's SHA-256 */
    RecordHasher(boolean portable) {
        this.portable = portable ? new PortableSha256() : null;
        try {
            sha256 = portable ? null : MessageDigest.getInstance("SHA-256");
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
        digest(previousHash, record);
        return lastHash();
    }

    /**
     * Hashes a record without building the hex string; see {@link #lastMatches} and
     * {@link #lastHash}.
     *
     * @param previousHash the previous run hash, null for the first record
     * @param record       the record
     */
    void digest(String previousHash, AuditRecord record) {
        payload.reset();
        record.writeCanonical(payload);
        digestPayload(previousHash, payload.array(), payload.length());
    }

    /**
     * Hashes the next record of a chain this hasher has been building: its previous hash is
     * the last one computed here, none for the first call.
     *
     * @param record the record
     */
    void digestNext(AuditRecord record) {
        payload.reset();
        record.writeCanonical(payload);
        digestNext(payload.array(), payload.length());
    }

    /**
     * As {@link #digestNext(AuditRecord)}, from the record's canonical bytes made elsewhere.
     *
     * @param canonical the record's canonical JSON
     * @param length    bytes of it to use
     */
    void digestNext(byte[] canonical, int length) {
        digestPayload(hexValid ? lastHex : null, canonical, length);
    }

    /** @return the canonical payload of the last hash (valid until the next call) */
    JsonBuffer lastPayload() {
        return payload;
    }

    /** @return the hex of the last hash as ASCII bytes (valid until the next call) */
    byte[] lastHex() {
        return lastHex;
    }

    /** @return the last hash as a string (built once per hash) */
    String lastHash() {
        if (lastHash == null) {
            lastHash = new String(lastHex, StandardCharsets.ISO_8859_1);
        }
        return lastHash;
    }

    /** @return whether {@code hex} spells the last hash */
    boolean lastMatches(String hex) {
        if (!hexValid || hex.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            if (hex.charAt(i) != lastHex[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param previousHash the previous run hash or null
     * @param canonical    canonical JSON of a record (ASCII by construction)
     * @param length       bytes of {@code canonical} to use
     * @return sha256_hex((previousHash or "") + "\n" + canonical)
     */
    String hashPayload(String previousHash, byte[] canonical, int length) {
        digestPayload(previousHash, canonical, length);
        return lastHash();
    }

    private void digestPayload(String previousHash, byte[] canonical, int length) {
        byte[] previous = null;
        if (previousHash != null) {
            // A chain that did not come from this hasher: hex digits are one byte each.
            previous = previousHash == lastHash || lastMatches(previousHash) ? lastHex
                    : previousHash.getBytes(StandardCharsets.UTF_8);
        }
        digestPayload(previous, canonical, length);
    }

    private void digestPayload(byte[] previousHex, byte[] canonical, int length) {
        byte[] d = digest;
        if (portable != null) {
            if (previousHex != null) {
                portable.update(previousHex, 0, previousHex.length);
            }
            portable.update((byte) '\n');
            portable.update(canonical, 0, length);
            portable.digest(d);
        } else {
            if (previousHex != null) {
                sha256.update(previousHex);
            }
            sha256.update((byte) '\n');
            sha256.update(canonical, 0, length);
            try {
                sha256.digest(d, 0, 32);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("SHA-256 digests are 32 bytes", e);
            }
        }
        for (int i = 0; i < 32; i++) {
            lastHex[2 * i] = HEX[(d[i] >> 4) & 15];
            lastHex[2 * i + 1] = HEX[d[i] & 15];
        }
        hexValid = true;
        lastHash = null;
    }
}
