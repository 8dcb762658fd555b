package io.omegalock.audit;

import io.omegalock.BrokenTrailException;

/**
 * The outcome of verifying a hash chain or a streamed trail file. A verdict names the first
 * entry that breaks, so a reader knows which record to distrust and everything before it
 * still verifies.
 */
public sealed interface ChainVerdict {

    /** @return true when every entry verified */
    boolean ok();

    /**
     * @return this verdict when intact
     * @throws BrokenTrailException with the verdict's description otherwise
     */
    default ChainVerdict orThrow() {
        if (!ok()) {
            throw new BrokenTrailException(toString());
        }
        return this;
    }

    /**
     * Every entry verified.
     *
     * @param count    how many records
     * @param lastHash the last run hash, null when empty (anchor it elsewhere to detect truncation)
     */
    record Intact(int count, String lastHash) implements ChainVerdict {
        @Override
        public boolean ok() {
            return true;
        }

        @Override
        public String toString() {
            return "intact: " + count + " records, last hash " + lastHash;
        }
    }

    /**
     * The first entry that does not verify.
     *
     * @param index  position of the failing entry, from 0 (a line number is in the reason)
     * @param reason what did not match
     */
    record Broken(int index, String reason) implements ChainVerdict {
        @Override
        public boolean ok() {
            return false;
        }

        @Override
        public String toString() {
            return "broken at entry " + index + ": " + reason;
        }
    }

    /**
     * A streamed trail whose complete lines verify but whose last line was cut off (the
     * process died mid-write). The complete prefix is trustworthy.
     *
     * @param count    complete, verified records before the cut
     * @param lastHash run hash of the last complete record, null when none
     * @param line     1-based line number of the partial line
     */
    record Truncated(int count, String lastHash, long line) implements ChainVerdict {
        @Override
        public boolean ok() {
            return false;
        }

        @Override
        public String toString() {
            return "truncated: line " + line + " is incomplete; the " + count + " records before it verify";
        }
    }
}
