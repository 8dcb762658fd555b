package io.omegalock.search;

import io.omegalock.eval.Evaluation;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.List;

/** Cartesian products of axes, first axis varying slowest (like {@code itertools.product}). */
final class Grids {
    private Grids() {
    }

    static List<Params> product(Params base, int[] indexes, List<List<Object>> axes) {
        int k = axes.size();
        long total = 1;
        for (List<Object> axis : axes) {
            total *= axis.size();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new io.omegalock.BadInputException("grid too large: " + total + " candidates");
        }
        List<Params> out = new ArrayList<>((int) total);
        int[] pos = new int[k];
        Object[] values = new Object[k];
        for (long c = 0; c < total; c++) {
            for (int a = 0; a < k; a++) {
                values[a] = axes.get(a).get(pos[a]);
            }
            out.add(base.withTrusted(indexes, values));
            for (int a = k - 1; a >= 0; a--) {
                if (++pos[a] < axes.get(a).size()) {
                    break;
                }
                pos[a] = 0;
            }
        }
        return out;
    }

    static int[] indexes(Params base, List<String> names) {
        int[] idx = new int[names.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = base.space().indexOf(names.get(i));
        }
        return idx;
    }

    static List<Candidate> candidates(int firstIdx, List<Evaluation> evals, List<String> unlocked) {
        List<Candidate> out = new ArrayList<>(evals.size());
        for (int i = 0; i < evals.size(); i++) {
            out.add(new Candidate(firstIdx + i, evals.get(i), unlocked));
        }
        return out;
    }
}
