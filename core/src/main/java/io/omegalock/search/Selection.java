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
        return best(candidates, filter).passing();
    }

    /**
     * The best candidate and the best one passing a filter.
     *
     * @param any     the highest-fitness successful candidate (first on ties), or null
     * @param passing the highest-fitness successful candidate passing the filter (first on ties), or null
     */
    public record Best(Candidate any, Candidate passing) {
    }

    /**
     * {@link #bestOf(List)} and {@link #bestOf(List, Predicate)} in one pass. The filter (which
     * must not have side effects) is asked only of a candidate that would beat the best passing
     * one so far: on a 64,000-point grid, looking feasibility up in every candidate's metadata
     * cost more than the rest of the selection.
     *
     * @param candidates evaluated candidates
     * @param filter     which candidates may be the passing winner
     * @return both winners
     */
    public static Best best(List<Candidate> candidates, Predicate<Candidate> filter) {
        Candidate any = null;
        Candidate passing = null;
        double anyFitness = 0;
        double passingFitness = 0;
        for (Candidate c : candidates) {
            if (!c.ok()) {
                continue;
            }
            double f = c.fitness();
            if (any == null || f > anyFitness) {
                any = c;
                anyFitness = f;
            }
            if ((passing == null || f > passingFitness) && filter.test(c)) {
                passing = c;
                passingFitness = f;
            }
        }
        return new Best(any, passing);
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
