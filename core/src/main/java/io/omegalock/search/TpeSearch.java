package io.omegalock.search;

import io.omegalock.BadInputException;
import io.omegalock.eval.Evaluation;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded Tree-structured Parzen Estimator over the unlocked subspace (the search of P2),
 * following Optuna's TPE sampler. Trials run one at a time because each proposal learns from
 * every earlier result:
 *
 * <ol>
 *   <li>Until {@value #STARTUP_TRIALS} trials have completed, a point is drawn uniformly from
 *       each parameter's own space, exactly as {@link RandomSearch} with the same seed does.</li>
 *   <li>Then the completed trials are split: the best {@code min(ceil(0.1 n), 25)} are good, the
 *       rest bad. Feasible trials rank above infeasible ones, which rank by how many constraints
 *       they failed (the auditing wrapper records which constraints failed, not by how much).</li>
 *   <li>A Parzen estimator is fitted to each side, 24 candidates are drawn from the good one and
 *       the candidate maximizing {@code log l(x) - log g(x)} is evaluated.</li>
 * </ol>
 *
 * <p>Failed evaluations (the target threw or returned a non-finite fitness) stay in the
 * candidate list but are left out of the model, as Optuna leaves out failed trials: they carry
 * no fitness to rank. They do not count towards the startup trials either.
 *
 * <p><b>Batches.</b> With {@code batchSize > 1} the search proposes that many trials before
 * evaluating them together (on the engine's threads or a cluster), with Optuna's constant-liar
 * strategy ({@code TPESampler(constant_liar=True)}): each proposal after the first in a batch
 * sees the batch's earlier proposals as trials with the worst possible outcome, so they land
 * in the bad density and the batch spreads out instead of proposing one point b times. Startup
 * trials are drawn uniformly as before. Results enter the model in candidate order once the
 * batch is back. Batch size 1 is the sequential search exactly.
 *
 * <p>Same seed, same space, same batch size and same target give the same candidates on every
 * JVM and every engine: the only randomness is a {@code XO_RO_SHI_RO_128_PP} stream seeded
 * from {@code seed}, drawn in proposal order, and proposals depend on no completion order.
 *
 * @param trials    number of evaluations, {@code >= 1}
 * @param seed      the seed
 * @param mode      joint densities over all unlocked parameters, or one per parameter
 * @param batchSize trials proposed (and evaluated in parallel) at once, {@code >= 1}
 */
public record TpeSearch(int trials, long seed, Mode mode, int batchSize) implements SearchStrategy {
    /** Completed trials sampled uniformly before the model takes over (Optuna's default). */
    public static final int STARTUP_TRIALS = 10;
    /** The reference's default number of TPE trials. */
    public static final int DEFAULT_TRIALS = 125;

    /** How the densities cover the unlocked parameters. */
    public enum Mode {
        /**
         * One density over all parameters; a sample takes every value from the same component,
         * with bandwidth {@code 0.2 * m^(-1/(d+4)) * range}. The default: it sees interactions.
         */
        MULTIVARIATE,
        /**
         * One density per parameter, bandwidth the larger gap to a neighbouring observation;
         * parameters are proposed independently.
         */
        UNIVARIATE
    }

    /** @throws BadInputException when trials < 1, batchSize < 1 or mode is null */
    public TpeSearch {
        if (trials < 1) {
            throw new BadInputException("TPE trials (n_trials) must be >= 1, got " + trials);
        }
        if (mode == null) {
            throw new BadInputException("TPE mode must be MULTIVARIATE or UNIVARIATE, got null");
        }
        if (batchSize < 1) {
            throw new BadInputException("TPE batch size must be >= 1, got " + batchSize);
        }
    }

    /**
     * @param trials number of evaluations, {@code >= 1}
     * @param seed   the seed
     * @param mode   the density mode
     * @throws BadInputException when trials < 1 or mode is null
     */
    public TpeSearch(int trials, long seed, Mode mode) {
        this(trials, seed, mode, 1);
    }

    /**
     * @param trials number of evaluations, {@code >= 1}
     * @param seed   the seed
     * @throws BadInputException when trials < 1
     */
    public TpeSearch(int trials, long seed) {
        this(trials, seed, Mode.MULTIVARIATE, 1);
    }

    /** @return {@value #DEFAULT_TRIALS} multivariate trials with seed 0 */
    public static TpeSearch withDefaults() {
        return new TpeSearch(DEFAULT_TRIALS, 0, Mode.MULTIVARIATE, 1);
    }

    /**
     * @param trials number of evaluations, {@code >= 1}
     * @return a copy with that many trials
     * @throws BadInputException when trials < 1
     */
    public TpeSearch withTrials(int trials) {
        return new TpeSearch(trials, seed, mode, batchSize);
    }

    /**
     * @param seed the seed
     * @return a copy with that seed
     */
    public TpeSearch withSeed(long seed) {
        return new TpeSearch(trials, seed, mode, batchSize);
    }

    /**
     * @param mode the density mode
     * @return a copy with that mode
     * @throws BadInputException when mode is null
     */
    public TpeSearch withMode(Mode mode) {
        return new TpeSearch(trials, seed, mode, batchSize);
    }

    /**
     * @param batchSize trials proposed and evaluated at once
     * @return a copy with that batch size
     * @throws BadInputException when batchSize < 1
     */
    public TpeSearch withBatchSize(int batchSize) {
        return new TpeSearch(trials, seed, mode, batchSize);
    }

    @Override
    public String method() {
        return "tpe";
    }

    @Override
    public List<Candidate> search(SearchContext ctx) {
        List<String> names = ctx.unlocked();
        int[] indexes = Grids.indexes(ctx.base(), names);
        ParamSpec[] specs = new ParamSpec[names.size()];
        TpeDimension[] axes = new TpeDimension[specs.length];
        List<TpeDimension> modelled = new ArrayList<>();
        for (int a = 0; a < specs.length; a++) {
            specs[a] = ctx.base().space().specs().get(indexes[a]);
            axes[a] = TpeDimension.of(specs[a]);
            if (!axes[a].single()) {
                modelled.add(axes[a]);
            }
        }
        TpeSampler sampler = new TpeSampler(modelled, mode);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        TrialHistory history = new TrialHistory();
        List<Candidate> out = new ArrayList<>(trials);
        for (int start = 0; start < trials; start += batchSize) {
            int size = Math.min(batchSize, trials - start);
            List<double[]> rows = new ArrayList<>(size);
            List<Params> batch = new ArrayList<>(size);
            // The batch's earlier proposals, as liars: only built when a batch has a second proposal.
            TrialHistory lying = size > 1 ? history.copy() : history;
            for (int k = 0; k < size; k++) {
                Object[] values = new Object[specs.length];
                double[] row;
                if (history.size() < STARTUP_TRIALS || modelled.isEmpty()) {
                    for (int a = 0; a < specs.length; a++) {
                        values[a] = RandomSearch.draw(specs[a], rng);
                    }
                    row = encode(axes, values, modelled.size());
                } else {
                    row = sampler.next(lying, rng);
                    decode(axes, row, values);
                }
                if (lying != history) {
                    lying.addLiar(row);
                }
                rows.add(row);
                batch.add(ctx.base().withTrusted(indexes, values));
            }
            List<Evaluation> evals = size == 1 ? List.of(ctx.evaluator().evaluate(ctx.target(), batch.get(0)))
                    : ctx.evaluator().evaluate(ctx.target(), batch);
            for (int k = 0; k < size; k++) {
                Evaluation e = evals.get(k);
                out.add(new Candidate(start + k, e, names));
                if (e.ok()) {
                    history.add(rows.get(k), e.fitness(), violations(e));
                }
            }
        }
        return out;
    }

    private static double[] encode(TpeDimension[] axes, Object[] values, int modelled) {
        double[] row = new double[modelled];
        int k = 0;
        for (int a = 0; a < axes.length; a++) {
            if (!axes[a].single()) {
                row[k++] = axes[a].encode(values[a]);
            }
        }
        return row;
    }

    private static void decode(TpeDimension[] axes, double[] row, Object[] values) {
        int k = 0;
        for (int a = 0; a < axes.length; a++) {
            values[a] = axes[a].single() ? axes[a].spec().neutralValue() : axes[a].decode(row[k++]);
        }
    }

    /**
     * @param e a successful evaluation
     * @return how many declared constraints it failed: the size of the {@code _constraints_failed}
     *         list the auditing wrapper writes (the key {@code io.omegalock.pipeline.Feasibility}
     *         reads), 0 for a bare target
     */
    static int violations(Evaluation e) {
        Object failed = e.result().metadata().get("_constraints_failed");
        return failed instanceof Collection<?> c ? c.size() : 0;
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method());
        m.put("n_trials", trials);
        m.put("seed", seed);
        m.put("mode", mode.name().toLowerCase(Locale.ROOT));
        m.put("n_startup_trials", STARTUP_TRIALS);
        m.put("n_ei_candidates", TpeSampler.CANDIDATES);
        if (batchSize > 1) {
            // Only when batching, so sequential runs keep their artifacts unchanged.
            m.put("batch_size", batchSize);
            m.put("constant_liar", true);
        }
        return m;
    }
}
