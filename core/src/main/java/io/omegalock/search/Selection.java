package io.omegalock.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Picking winners among candidates: failed evaluations never win; ties go to the earliest. */
public final class Selection {
    private Selection() {
    }

    /**
     * @param candidates evaluated candidates
     * @return the highest-fitness successful candidate (first on ties), or null when none succeeded
     */
    public static Candidate bestOf(List<Candidate> candidates) {
        return bestOf(candidates, c -> true);
    }

    /**
     * @param candidates evaluated candidates
     * @param filter     which candidates may win
     * @return the highest-fitness successful candidate passing the filter (first on ties), or null
     */
    public static Candidate bestOf(List<Candidate> candidates, Predicate<Candidate> filter) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.ok() && filter.test(c) && (best == null || c.fitness() > best.fitness())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The best {@code n} successful candidates, best first, ties in evaluation order: the same as
     * the first {@code n} of {@link #rankedByFitness} without sorting every candidate (a 64,000
     * point grid needs only its top 10 for walk-forward).
     *
     * @param candidates evaluated candidates
     * @param n          how many, {@code >= 0}
     * @return up to n candidates
     */
    public static List<Candidate> topN(List<Candidate> candidates, int n) {
        Candidate[] top = new Candidate[n];
        double[] fit = new double[n];
        int size = 0;
        for (Candidate c : candidates) {
            if (!c.ok() || n == 0) {
                continue;
            }
            double f = c.fitness();
            if (size == n && f <= fit[n - 1]) {
                continue;
            }
            // Insert after every kept candidate with fitness >= f, so earlier ones win ties.
            int pos = size == n ? n - 1 : size;
            while (pos > 0 && fit[pos - 1] < f) {
                if (pos < n) {
                    top[pos] = top[pos - 1];
                    fit[pos] = fit[pos - 1];
                }
                pos--;
            }
            top[pos] = c;
            fit[pos] = f;
            if (size < n) {
                size++;
            }
        }
        return List.of(Arrays.copyOf(top, size));
    }

    /**
     * @param candidates evaluated candidates
     * @return the successful candidates sorted by fitness, best first; ties keep evaluation order
     */
    public static List<Candidate> rankedByFitness(List<Candidate> candidates) {
        List<Candidate> ok = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.ok()) {
                ok.add(c);
            }
        }
        ok.sort(Comparator.comparingDouble(Candidate::fitness).reversed());
        return ok;
    }
}
