package io.omegalock.gate.power;

import io.omegalock.json.PyFloat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the battery measured: per scenario, the share of runs each gate passed.
 *
 * @param reps    runs per scenario
 * @param seed    the battery seed
 * @param alpha   the permutation tests' level
 * @param columns     gate columns, in table order, with a one-line description each
 * @param rows        one row per scenario
 * @param recommended the column docs/GATES.md recommends
 */
public record PowerTable(int reps, long seed, double alpha, Map<String, String> columns, List<Row> rows,
                         String recommended) {

    /** The artifact kind marker. */
    public static final String SCHEMA_VERSION = "omega-lock.power.v1";

    /** Copies; the recommended column must be one of the columns. */
    public PowerTable {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        rows = List.copyOf(rows);
        if (!columns.containsKey(recommended)) {
            throw new IllegalArgumentException("recommended column " + recommended + " is not a column");
        }
    }

    /**
     * One scenario.
     *
     * @param scenario    scenario id
     * @param truth       {@code no transfer}, {@code transfer} or {@code lucky winner}
     * @param n           candidates the gate sees
     * @param description how the scores are generated
     * @param passRates   per column, the share of runs that passed; a column is absent when it does
     *                    not apply (the sample designs need a pool larger than N)
     * @param meanPearson mean Pearson(train, test) over the gated candidates
     * @param meanLucky   mean number of lucky (fragile) candidates among the gated ones; 0 when none exist
     */
    public record Row(String scenario, String truth, int n, String description, Map<String, Double> passRates,
                      double meanPearson, double meanLucky) {
        /** Copies. */
        public Row {
            passRates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(passRates));
        }
    }

    /**
     * @param scenario scenario id
     * @param n        candidates
     * @param column   gate column
     * @return the pass rate
     * @throws IllegalArgumentException when there is no such cell
     */
    public double passRate(String scenario, int n, String column) {
        for (Row r : rows) {
            if (r.scenario().equals(scenario) && r.n() == n && r.passRates().containsKey(column)) {
                return r.passRates().get(column);
            }
        }
        throw new IllegalArgumentException("no cell " + scenario + "/N=" + n + "/" + column);
    }

    /**
     * @return the JSON form: {@code schema_version, reps, seed, alpha, recommended, columns, rows};
     *         every row's {@code pass_rates} names every column, null where it does not apply
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", SCHEMA_VERSION);
        m.put("reps", reps);
        m.put("seed", seed);
        m.put("alpha", alpha);
        m.put("recommended", recommended);
        m.put("columns", new LinkedHashMap<>(columns));
        List<Object> out = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", r.scenario());
            row.put("truth", r.truth());
            row.put("n", r.n());
            row.put("description", r.description());
            Map<String, Object> rates = new LinkedHashMap<>();
            for (String c : columns.keySet()) {
                rates.put(c, r.passRates().get(c));
            }
            row.put("pass_rates", rates);
            row.put("mean_pearson", r.meanPearson());
            row.put("mean_lucky_in_top_n", r.meanLucky());
            out.add(row);
        }
        m.put("rows", out);
        return m;
    }

    /** @return a fixed-width table with a header naming reps, seed and alpha */
    public String text() {
        StringBuilder sb = new StringBuilder();
        double se = 0.5 / Math.sqrt(reps);
        sb.append("Gate power battery: ").append(reps).append(" reps per scenario, seed ").append(seed)
                .append(", alpha ").append(PyFloat.repr(alpha)).append('\n');
        sb.append("Share of runs each gate passed (binomial standard error at most ")
                .append(PyFloat.format(se, 4)).append(").\n\n");
        List<String> cols = new ArrayList<>(columns.keySet());
        int scenarioWidth = "scenario".length();
        int truthWidth = "truth".length();
        for (Row r : rows) {
            scenarioWidth = Math.max(scenarioWidth, r.scenario().length());
            truthWidth = Math.max(truthWidth, r.truth().length());
        }
        sb.append(pad("scenario", scenarioWidth)).append("  ").append(pad("truth", truthWidth)).append("   N");
        for (String c : cols) {
            sb.append("  ").append(padLeft(c, Math.max(6, c.length())));
        }
        sb.append('\n');
        for (Row r : rows) {
            sb.append(pad(r.scenario(), scenarioWidth)).append("  ").append(pad(r.truth(), truthWidth))
                    .append(padLeft(Integer.toString(r.n()), 4));
            for (String c : cols) {
                Double v = r.passRates().get(c);
                sb.append("  ").append(padLeft(v == null ? "-" : PyFloat.format(v, 3), Math.max(6, c.length())));
            }
            sb.append('\n');
        }
        sb.append('\n');
        for (Map.Entry<String, String> e : columns.entrySet()) {
            sb.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        sb.append("recommended: ").append(recommended).append('\n');
        return sb.toString();
    }

    private static String pad(String s, int w) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < w) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static String padLeft(String s, int w) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() + s.length() < w) {
            sb.append(' ');
        }
        return sb.append(s).toString();
    }
}
