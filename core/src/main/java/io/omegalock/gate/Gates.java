package io.omegalock.gate;

import io.omegalock.stress.Gini;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kill criteria KC-1 to KC-4. Each is a pure function of declared thresholds and measured
 * numbers, with the reference's messages and detail keys so artifacts read the same.
 */
public final class Gates {
    private Gates() {
    }

    /**
     * KC-1, the time box.
     *
     * @param elapsedSeconds wall time of the run
     * @param t              thresholds
     * @return PASS iff elapsed <= budget
     */
    public static GateReport kc1(double elapsedSeconds, Thresholds t) {
        boolean ok = elapsedSeconds <= t.timeBoxSeconds();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("elapsed_s", elapsedSeconds);
        detail.put("budget_s", Numbers.integralAsLong(t.timeBoxSeconds()));
        String msg = (ok ? "PASS" : "FAIL") + ": elapsed=" + Numbers.fixed(elapsedSeconds, 0) + "s (budget="
                + Numbers.fixed(t.timeBoxSeconds(), 0) + "s)";
        return new GateReport("KC-1", ok ? GateStatus.PASS : GateStatus.FAIL, msg, detail);
    }

    /**
     * KC-2, stress differentiation: the sensitivities must separate (Gini and top/bottom ratio).
     *
     * @param stresses raw stresses of the measured parameters
     * @param t        thresholds
     * @return the report; FAIL when there are no stresses
     */
    public static GateReport kc2(double[] stresses, Thresholds t) {
        if (stresses.length == 0) {
            return new GateReport("KC-2", GateStatus.FAIL, "FAIL: no stress values", Map.of());
        }
        int n = stresses.length;
        double[] desc = stresses.clone();
        Arrays.sort(desc);
        reverse(desc);
        double gini = Gini.of(desc);
        int k;
        double top;
        double bot;
        double ratio;
        boolean ratioOk;
        if (n >= 2) {
            k = Math.min(3, Math.max(1, n / 2));
            top = 0;
            bot = 0;
            for (int i = 0; i < k; i++) {
                top += desc[i];
            }
            for (int i = n - k; i < n; i++) {
                bot += desc[i];
            }
            top /= k;
            bot /= k;
            ratio = bot > 0 ? top / bot : Double.POSITIVE_INFINITY;
            ratioOk = ratio >= t.topBotRatioMin();
        } else {
            k = 1;
            top = desc[0];
            bot = desc[0];
            ratio = 1.0;
            ratioOk = true;
        }
        int nonzero = 0;
        for (double s : desc) {
            if (s > 0) {
                nonzero++;
            }
        }
        Integer minNonzero = t.minNonzeroStressCount();
        boolean nonzeroOk = minNonzero == null || nonzero >= minNonzero;
        boolean giniOk = gini >= t.giniMin();
        boolean passed = giniOk && ratioOk && nonzeroOk;

        Map<String, Object> d = new LinkedHashMap<>();
        d.put("gini", gini);
        d.put("gini_ok", giniOk);
        d.put("top_k_mean", top);
        d.put("bot_k_mean", bot);
        d.put("ratio", ratio);
        d.put("ratio_ok", ratioOk);
        d.put("k", k);
        d.put("nonzero_stress_count", nonzero);
        d.put("nonzero_ok", nonzeroOk);
        d.put("min_nonzero_stress_count", minNonzero);
        String msg;
        if (passed) {
            msg = "PASS: Gini=" + Numbers.fixed(gini, 3) + ", top" + k + "/bot" + k + "=" + Numbers.fixed(ratio, 2);
        } else {
            List<String> fails = new ArrayList<>();
            if (!giniOk) {
                fails.add("Gini=" + Numbers.fixed(gini, 3) + "<" + Numbers.str(t.giniMin()));
            }
            if (!ratioOk) {
                fails.add("ratio=" + Numbers.fixed(ratio, 2) + "<" + Numbers.str(t.topBotRatioMin()));
            }
            if (!nonzeroOk) {
                fails.add("nonzero_stress_count=" + nonzero + "<" + minNonzero);
            }
            msg = "FAIL: " + String.join(", ", fails);
        }
        return new GateReport("KC-2", passed ? GateStatus.PASS : GateStatus.FAIL, msg, d);
    }

    /**
     * KC-3, the action-count floor over labelled counts ({@code baseline}, {@code train_best},
     * {@code test_best}).
     *
     * @param counts labelled action counts, in report order
     * @param t      thresholds
     * @return the report; SKIP when action gates are switched off, FAIL when there are no counts
     */
    public static GateReport kc3(Map<String, Long> counts, Thresholds t) {
        if (t.actionGates() == ActionGates.SKIPPED) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("counts", new LinkedHashMap<>(counts));
            d.put("floor", null);
            d.put("failures", Map.of());
            return new GateReport("KC-3", GateStatus.SKIP,
                    "SKIP: action-count floor not applied (pure_objective thresholds)", d);
        }
        if (counts.isEmpty()) {
            return new GateReport("KC-3", GateStatus.FAIL, "FAIL: no trade counts", Map.of());
        }
        Map<String, Long> failures = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (v < t.tradeCountMin()) {
                failures.put(k, v);
            }
        });
        boolean passed = failures.isEmpty();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("counts", new LinkedHashMap<>(counts));
        d.put("floor", t.tradeCountMin());
        d.put("failures", failures);
        String msg;
        if (passed) {
            msg = "PASS: all counts >= " + t.tradeCountMin() + " (" + pythonDict(counts) + ")";
        } else {
            List<String> parts = new ArrayList<>();
            failures.forEach((k, v) -> parts.add(k + "=" + v));
            msg = "FAIL: below floor " + t.tradeCountMin() + ": " + String.join(", ", parts);
        }
        return new GateReport("KC-3", passed ? GateStatus.PASS : GateStatus.FAIL, msg, d);
    }

    /**
     * KC-4, the walk-forward gate: train fitness must predict test fitness over the top-N, and
     * the test action count must hold up.
     *
     * @param train      train fitnesses of the top-N, best first
     * @param test       test fitnesses of the same candidates
     * @param tradeRatio scaled test/train action ratio
     * @param t          thresholds
     * @return PASS iff the correlation is computable and high enough and the ratio holds
     */
    public static GateReport kc4(double[] train, double[] test, double tradeRatio, Thresholds t) {
        Pearson p = Pearson.of(train, test);
        boolean pearsonOk = p.computable() && p.value() >= t.pearsonMin();
        boolean ratioSkipped = t.actionGates() == ActionGates.SKIPPED;
        boolean ratioOk = ratioSkipped || tradeRatio >= t.tradeRatioMin();
        boolean passed = pearsonOk && ratioOk;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("pearson", p.valueOrZero());
        d.put("pearson_ok", pearsonOk);
        d.put("pearson_status", p.status().name());
        d.put("pearson_computable", p.computable());
        d.put("trade_ratio", tradeRatio);
        d.put("trade_ratio_ok", ratioOk);
        d.put("n_points", train.length);
        if (ratioSkipped) {
            d.put("trade_ratio_skipped", true);
        }
        String msg;
        if (passed) {
            msg = "PASS: pearson=" + Numbers.fixed(p.value(), 3)
                    + (ratioSkipped ? " (trade ratio not applied)" : ", trade_ratio=" + Numbers.fixed(tradeRatio, 3));
        } else {
            List<String> fails = new ArrayList<>();
            if (!p.computable()) {
                fails.add("pearson uncomputable: " + p.status().name());
            } else if (!pearsonOk) {
                fails.add("pearson=" + Numbers.fixed(p.value(), 3) + "<" + Numbers.str(t.pearsonMin()));
            }
            if (!ratioOk) {
                fails.add("trade_ratio=" + Numbers.fixed(tradeRatio, 3) + "<" + Numbers.str(t.tradeRatioMin()));
            }
            msg = "FAIL: " + String.join(", ", fails);
        }
        return new GateReport("KC-4", passed ? GateStatus.PASS : GateStatus.FAIL, msg, d);
    }

    /** Python's {@code str(dict)} for string keys and integer values: {@code {'a': 1, 'b': 2}}. */
    private static String pythonDict(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Long> e : m.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('\'').append(e.getKey()).append("': ").append(e.getValue());
        }
        return sb.append('}').toString();
    }

    private static void reverse(double[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
