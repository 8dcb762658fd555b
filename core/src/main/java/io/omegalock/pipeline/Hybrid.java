package io.omegalock.pipeline;

import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.search.Candidate;
import io.omegalock.search.Selection;
import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hybrid A/B evaluation: a cheap search target explores, an expensive validation target
 * re-scores only the top candidates.
 */
public final class Hybrid {
    private Hybrid() {
    }

    /**
     * The pipeline's hybrid step (SPEC §7.7): take the top 2N by search fitness, re-evaluate the
     * top N on validation, and sort all 2N by final fitness (validation where re-evaluated, else
     * search), descending, ties in search order.
     *
     * @param candidates search candidates
     * @param validation the validation target
     * @param evaluator  the engine
     * @param n          how many to re-evaluate
     * @return up to 2N entries
     */
    public static List<HybridEntry> rerank(List<Candidate> candidates, Target validation, Evaluator evaluator, int n) {
        List<HybridEntry> entries = validateTop(candidates, validation, evaluator, n, 2 * n);
        entries.sort(Comparator.comparingDouble(HybridEntry::finalFitness).reversed());
        return entries;
    }

    /**
     * The library's A/B ordering (SPEC §2): the top K by search fitness re-sorted by validation
     * fitness, followed by every other candidate sorted by search fitness. A candidate demoted
     * by validation never drops below candidates validation never saw.
     *
     * @param candidates search candidates
     * @param validation the validation target
     * @param evaluator  the engine
     * @param k          how many to validate
     * @return every successful candidate, in that order
     */
    public static List<HybridEntry> abOrder(List<Candidate> candidates, Target validation, Evaluator evaluator,
                                            int k) {
        List<HybridEntry> all = validateTop(candidates, validation, evaluator, k, Integer.MAX_VALUE);
        List<HybridEntry> head = new ArrayList<>(all.subList(0, Math.min(k, all.size())));
        head.sort(Comparator.comparingDouble(HybridEntry::finalFitness).reversed());
        List<HybridEntry> out = new ArrayList<>(head);
        out.addAll(all.subList(head.size(), all.size()));
        return out;
    }

    private static List<HybridEntry> validateTop(List<Candidate> candidates, Target validation, Evaluator evaluator,
                                                 int validated, int kept) {
        List<Candidate> top = kept == Integer.MAX_VALUE ? Selection.rankedByFitness(candidates)
                : Selection.topN(candidates, kept);
        int m = Math.min(validated, top.size());
        List<Params> params = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            params.add(top.get(i).params());
        }
        List<Evaluation> evals = evaluator.evaluate(validation, params);
        List<HybridEntry> entries = new ArrayList<>(top.size());
        for (int i = 0; i < top.size(); i++) {
            entries.add(new HybridEntry(top.get(i), i < m ? evals.get(i) : null));
        }
        return entries;
    }
}
