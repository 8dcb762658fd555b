package io.omegalock.stress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Picks the parameters the search may move: the K most sensitive ones. */
public final class Unlock {
    private Unlock() {
    }

    /**
     * Ranks by raw stress, descending; ties keep measurement order (the sort is stable).
     *
     * @param stress     measured parameters
     * @param k          how many to unlock, {@code >= 1}
     * @param excludeOfi drop OFI-biased parameters before ranking
     * @return up to K names
     */
    public static List<String> topK(List<StressResult> stress, int k, boolean excludeOfi) {
        List<StressResult> ranked = new ArrayList<>();
        for (StressResult s : stress) {
            if (!excludeOfi || !s.ofiBiased()) {
                ranked.add(s);
            }
        }
        ranked.sort(Comparator.comparingDouble(StressResult::rawStress).reversed());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            out.add(ranked.get(i).name());
        }
        return out;
    }
}
