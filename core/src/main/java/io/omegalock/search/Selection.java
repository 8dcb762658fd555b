package io.omegalock.search;

import java.util.ArrayList;
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
