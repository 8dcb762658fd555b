package io.omegalock.demo;

/**
 * The three data slices of a keyhole. Each slice of a seed draws its own event stream: the
 * train slice from the seed itself, test and holdout from seeds derived from it, so the
 * slices share the hidden structure and differ only in noise.
 */
public enum KeyholeSlice {
    /** Searched and stressed: its stream seed is the seed itself. */
    TRAIN,
    /** Re-scores the train top-N (walk-forward). */
    TEST,
    /** Consulted once, after every selection step. */
    HOLDOUT;

    /** @return the lower-case role name used in metadata and artifacts */
    public String role() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The seed of this slice's event stream. Train uses the seed unchanged; the other slices
     * hash the seed with their ordinal (the SplitMix64 finalizer), so neighbouring seeds such
     * as 42 and 43 never share a stream across slices.
     *
     * @param seed the keyhole seed
     * @return the stream seed handed to the generator
     */
    public long streamSeed(long seed) {
        if (this == TRAIN) {
            return seed;
        }
        long z = seed + ordinal() * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
