package io.omegalock.gate.power;

/**
 * One drawn pool of candidates: train and test scores and an identity per candidate. After
 * {@link #rankTop(int)}, positions {@code [0, k)} hold the k best train scores in descending
 * order (rank = position) and positions {@code [k, size)} the rest, in no particular order, so a
 * uniformly random set of positions beyond the top N is a uniformly random set of candidates.
 * Ranking the top k costs a selection pass and a sort of k entries, not a sort of the pool.
 */
final class Pool {
    final double[] train;
    final double[] test;
    final int[] id;
    final int size;

    Pool(int size) {
        this.size = size;
        this.train = new double[size];
        this.test = new double[size];
        this.id = new int[size];
    }

    /** Numbers the candidates 0..size-1 in their current positions (call after filling a draw). */
    void resetIds() {
        for (int i = 0; i < size; i++) {
            id[i] = i;
        }
    }

    /**
     * Moves the k best train scores to the front, best first; train ties keep no particular order
     * (continuous scores have none).
     *
     * @param k how many to rank, 1..size
     */
    void rankTop(int k) {
        int lo = 0;
        int hi = size - 1;
        // Quickselect: afterwards every score at a position < k is >= every score at a position >= k.
        while (lo < hi) {
            long ij = partition(lo, hi);
            int i = (int) (ij >>> 32);
            int j = (int) ij;
            if (k - 1 <= j) {
                hi = j;
            } else if (k - 1 >= i) {
                lo = i;
            } else {
                break;
            }
        }
        sortDescending(0, k - 1);
    }

    private void sortDescending(int lo, int hi) {
        while (hi - lo > 16) {
            long ij = partition(lo, hi);
            int i = (int) (ij >>> 32);
            int j = (int) ij;
            if (j - lo < hi - i) {
                sortDescending(lo, j);
                lo = i;
            } else {
                sortDescending(i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && train[j] > train[j - 1]; j--) {
                swap(j, j - 1);
            }
        }
    }

    /**
     * Hoare partition of {@code [lo, hi]} around the middle score, larger scores first.
     *
     * @return {@code i << 32 | j}: every position {@code <= j} holds a score {@code >=} every
     *         position {@code >= i}, and the positions strictly between hold the pivot
     */
    private long partition(int lo, int hi) {
        double pivot = train[(lo + hi) >>> 1];
        int i = lo;
        int j = hi;
        while (i <= j) {
            while (train[i] > pivot) {
                i++;
            }
            while (train[j] < pivot) {
                j--;
            }
            if (i <= j) {
                swap(i++, j--);
            }
        }
        return (long) i << 32 | (j & 0xFFFFFFFFL);
    }

    private void swap(int a, int b) {
        double t = train[a];
        train[a] = train[b];
        train[b] = t;
        t = test[a];
        test[a] = test[b];
        test[b] = t;
        int x = id[a];
        id[a] = id[b];
        id[b] = x;
    }
}
