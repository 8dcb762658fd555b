package io.omegalock.optuna;

import io.omegalock.BadInputException;
import io.omegalock.OmegaLockException;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateStatus;
import io.omegalock.gate.GateScores;
import io.omegalock.gate.Pearson;
import io.omegalock.gate.SampledTransfer;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferGates;
import io.omegalock.gate.TransferSample;
import io.omegalock.gate.TransferTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Audits an existing Optuna study (SPEC §12): ranks its completed trials, re-evaluates the top N
 * once each on a holdout, runs the KC-4 correlation gate over (train, holdout), and reports
 * {@code best_any}, {@code best_feasible} and the {@code gated_best} the gate lets through.
 * With a {@link TransferSample}, a train-stratified sample of the other completed trials is scored
 * on the holdout too, for the selection-aware gate ({@link SampledTransfer}): deciding KC-4 under
 * {@link TransferTest#SAMPLE}, advising under another rule.
 *
 * <p>Immutable: start from {@link #withDefaults()} and derive variants with the {@code withX}
 * methods.
 *
 * <pre>{@code
 * try (StudyReader reader = StudyReaders.open("sqlite:///study.db")) {
 *     StudyAuditReport report = StudyAudit.withDefaults()
 *             .withHoldout(ScoresFileScorer.load(Path.of("holdout.json")))
 *             .run(reader.read("my-study"));
 * }
 * }</pre>
 */
public final class StudyAudit {
    /** The system attribute Optuna's samplers write when a {@code constraints_func} is given. */
    static final String CONSTRAINTS_KEY = "constraints";
    /** The user attribute the reference reads feasibility from. */
    static final String FEASIBLE_KEY = "feasible";
    /** Each re-evaluation is one "action", so the KC-4 trade ratio is 1 (vacuous) when checked. */
    private static final double TRADE_RATIO = 1.0;

    private final int topN;
    private final Thresholds thresholds;
    private final HoldoutScorer scorer;
    private final Integer objective;
    private final TransferTest test;
    private final double alpha;
    private final TransferSample sample;

    private StudyAudit(int topN, Thresholds thresholds, HoldoutScorer scorer, Integer objective, TransferTest test,
                       double alpha, TransferSample sample) {
        this.topN = topN;
        this.thresholds = thresholds;
        this.scorer = scorer;
        this.objective = objective;
        this.test = test;
        this.alpha = alpha;
        this.sample = sample;
    }

    /**
     * @return top N 10, {@link Thresholds#pureObjective()}, no holdout scorer, the only objective,
     *         the reference's Pearson rule, no sample
     */
    public static StudyAudit withDefaults() {
        return new StudyAudit(10, Thresholds.pureObjective(), null, null, TransferTest.PEARSON_THRESHOLD,
                TransferGates.DEFAULT_ALPHA, null);
    }

    /**
     * @param t     KC-4's rule; {@link TransferTest#SAMPLE} brings the default sample when none is set
     * @param a     the permutation tests' level, in (0, 1)
     * @return a copy deciding KC-4 with that rule
     * @throws BadInputException when alpha is not in (0, 1)
     */
    public StudyAudit withTransferTest(TransferTest t, double a) {
        Objects.requireNonNull(t, "transfer test");
        if (!(a > 0 && a < 1)) {
            throw new BadInputException("alpha must be in (0, 1), got " + a);
        }
        TransferSample s = t == TransferTest.SAMPLE && sample == null ? TransferSample.of() : sample;
        return new StudyAudit(topN, thresholds, scorer, objective, t, a, s);
    }

    /**
     * @param s which other completed trials to score on the holdout, or null for none (not allowed
     *          under {@link TransferTest#SAMPLE})
     * @return a copy with that sample
     * @throws BadInputException when s is null and the sample decides KC-4
     */
    public StudyAudit withSample(TransferSample s) {
        if (s == null && test == TransferTest.SAMPLE) {
            throw new BadInputException("transfer test 'sample' needs a sample");
        }
        return new StudyAudit(topN, thresholds, scorer, objective, test, alpha, s);
    }

    /**
     * @param n how many train-best trials the gate re-evaluates
     * @return a copy with that N
     * @throws BadInputException when {@code n < 2} (a correlation needs two points)
     */
    public StudyAudit withTopN(int n) {
        if (n < 2) {
            throw new BadInputException("top_n must be >= 2 (Pearson needs at least two points), got " + n);
        }
        return new StudyAudit(n, thresholds, scorer, objective, test, alpha, sample);
    }

    /**
     * @param t the gate thresholds (only KC-4's are used)
     * @return a copy with those thresholds
     * @throws NullPointerException when t is null
     */
    public StudyAudit withThresholds(Thresholds t) {
        return new StudyAudit(topN, Objects.requireNonNull(t, "thresholds"), scorer, objective, test, alpha, sample);
    }

    /**
     * @param s the holdout scorer, or null for a train-only audit (the gate then reports SKIP)
     * @return a copy with that scorer
     */
    public StudyAudit withHoldout(HoldoutScorer s) {
        return new StudyAudit(topN, thresholds, s, objective, test, alpha, sample);
    }

    /**
     * @param index the objective to audit, for a multi-objective study (0-based)
     * @return a copy auditing that objective
     * @throws BadInputException when the index is negative
     */
    public StudyAudit withObjective(int index) {
        if (index < 0) {
            throw new BadInputException("objective index must be >= 0, got " + index);
        }
        return new StudyAudit(topN, thresholds, scorer, index, test, alpha, sample);
    }

    /** @return the configured N */
    public int topN() {
        return topN;
    }

    /** @return the configured thresholds */
    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * @param study a study from a {@link StudyReader}
     * @return the audit report
     * @throws BadInputException when the study has several objectives and none was chosen, the
     *                           chosen objective does not exist, its direction is NOT_SET, no trial
     *                           completed with a value, or the scorer reports bad input
     */
    public StudyAuditReport run(Study study) {
        StudyInfo info = study.info();
        int obj = objectiveFor(info);
        StudyDirection direction = info.directions().get(obj);
        if (direction == StudyDirection.NOT_SET) {
            throw new BadInputException("study '" + info.name() + "' has no direction (NOT_SET) for objective "
                    + obj + "; cannot tell better from worse");
        }
        List<Trial> completed = new ArrayList<>();
        for (Trial t : study.trials()) {
            if (t.state() == TrialState.COMPLETE && t.values().size() > obj && !Double.isNaN(t.values().get(obj))) {
                completed.add(t);
            }
        }
        if (completed.isEmpty()) {
            throw new BadInputException("study '" + info.name() + "' has no completed trial with a value ("
                    + study.trials().size() + " trials in all); there is nothing to audit");
        }
        // Gate arithmetic is maximize-oriented; reports keep the study's own orientation.
        double sign = direction == StudyDirection.MINIMIZE ? -1.0 : 1.0;
        FeasibilitySource source = feasibilitySource(completed);
        int[] order = rank(completed, obj, sign);
        int k = Math.min(topN, order.length);
        List<AuditCandidate> top = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            top.add(candidate(completed.get(order[i]), obj, source));
        }
        GateReport kc;
        StudyAuditReport.SampleAudit sampled = null;
        Double pearson = null;
        String pearsonStatus = "NOT_RUN";
        if (scorer == null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("reason", "holdout_scorer_absent");
            d.put("n_completed", completed.size());
            d.put("top_n", topN);
            kc = new GateReport("KC-4", GateStatus.SKIP, "SKIP: no holdout scorer was given, so transfer was NOT "
                    + "measured: this audit ranks train values only and carries no out-of-sample evidence", d);
        } else {
            double[] train = new double[k];
            double[] holdout = new double[k];
            List<Map<String, Object>> failures = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                AuditCandidate c = score(top.get(i), completed.get(order[i]));
                top.set(i, c);
                train[i] = sign * c.trainValue();
                holdout[i] = c.holdoutValue() == null ? Double.NaN : sign * c.holdoutValue();
                if (c.holdoutError() != null) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("number", c.number());
                    f.put("error", c.holdoutError());
                    failures.add(f);
                }
            }
            Scored s = sample == null ? null : sample(completed, order, k, obj, source, sign, train, holdout);
            kc = test == TransferTest.SAMPLE ? s.gate()
                    : TransferGates.evaluate(test, train, holdout, TRADE_RATIO, thresholds, alpha, GateScores.SEED);
            if (s != null) {
                sampled = new StudyAuditReport.SampleAudit(sample, s.ranks(), s.candidates(),
                        test == TransferTest.SAMPLE ? null : SampledTransfer.advise(kc, s.gate(), thresholds.pearsonMin()));
            }
            if (!failures.isEmpty()) {
                Map<String, Object> d = new LinkedHashMap<>(kc.detail());
                d.put("holdout_failures", failures);
                List<String> numbers = new ArrayList<>();
                for (Map<String, Object> f : failures) {
                    numbers.add(String.valueOf(f.get("number")));
                }
                kc = new GateReport(kc.name(), kc.status(), kc.message() + "; holdout evaluation failed for trial(s) "
                        + String.join(", ", numbers), d);
            }
            Pearson p = Pearson.of(train, holdout);
            pearson = p.computable() ? p.value() : null;
            pearsonStatus = p.status().name();
        }

        AuditCandidate bestAny = top.get(0);
        AuditCandidate bestFeasible = null;
        if (source != FeasibilitySource.ABSENT) {
            for (int i = 0; i < order.length; i++) {
                Trial t = completed.get(order[i]);
                if (Boolean.TRUE.equals(feasible(t, source))) {
                    // Inside the top N it was already scored; outside, score it once so the
                    // best_any / best_feasible table compares like with like.
                    bestFeasible = i < k ? top.get(i)
                            : scorer == null ? candidate(t, obj, source) : score(candidate(t, obj, source), t);
                    break;
                }
            }
        }
        AuditCandidate gatedBest;
        if (kc.status() == GateStatus.FAIL) {
            gatedBest = null;
        } else if (source != FeasibilitySource.ABSENT) {
            gatedBest = bestFeasible; // null when nothing is feasible: refuse rather than ship an infeasible pick
        } else {
            gatedBest = bestAny;
        }
        return new StudyAuditReport(info.name(), direction, kc.status() != GateStatus.FAIL, kc, bestAny, bestFeasible,
                gatedBest, top, pearson, pearsonStatus, source, scorer != null, study.trials().size(),
                completed.size(), topN, thresholds, obj, study.source(), sampled);
    }

    /** The sampled trials, scored, and the sample gate's report over them and the top N. */
    private record Scored(int[] ranks, List<AuditCandidate> candidates, GateReport gate) {
    }

    /** Scores the sample on the holdout and runs the sample gate over it and the top N. */
    private Scored sample(List<Trial> completed, int[] order, int k, int obj,
                                                FeasibilitySource source, double sign, double[] train, double[] holdout) {
        int[] ranks = sample.ranks(order.length, k);
        List<AuditCandidate> scored = new ArrayList<>(ranks.length);
        double[] sTrain = new double[ranks.length];
        double[] sHoldout = new double[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            Trial t = completed.get(order[ranks[i]]);
            AuditCandidate c = score(candidate(t, obj, source), t);
            scored.add(c);
            sTrain[i] = sign * c.trainValue();
            sHoldout[i] = c.holdoutValue() == null ? Double.NaN : sign * c.holdoutValue();
        }
        GateReport gate = SampledTransfer.evaluate(train, holdout, sTrain, sHoldout, TRADE_RATIO, thresholds, alpha,
                GateScores.SEED);
        return new Scored(ranks, scored, gate);
    }

    private int objectiveFor(StudyInfo info) {
        int n = info.objectives();
        if (objective == null) {
            if (n > 1) {
                throw new BadInputException("study '" + info.name() + "' has " + n + " objectives "
                        + info.directions() + "; the audit ranks one: choose it with an objective index 0 to "
                        + (n - 1));
            }
            return 0;
        }
        if (objective >= n) {
            throw new BadInputException("objective index " + objective + " does not exist: study '" + info.name()
                    + "' has " + n + " objective" + (n == 1 ? " (index 0)" : "s (indices 0 to " + (n - 1) + ")"));
        }
        return objective;
    }

    /**
     * Stable rank by value in the study's direction; ties keep trial order (as Python's sorted
     * does).
     *
     * @return indices into {@code completed}, best first
     */
    private static int[] rank(List<Trial> completed, int obj, double sign) {
        int n = completed.size();
        Integer[] order = new Integer[n];
        double[] folded = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            folded[i] = sign * completed.get(i).values().get(obj);
        }
        // Primitive comparisons, so -0.0 and 0.0 tie as they do in Python.
        java.util.Arrays.sort(order, (a, b) -> folded[a] > folded[b] ? -1 : folded[a] < folded[b] ? 1 : 0);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    private static AuditCandidate candidate(Trial t, int obj, FeasibilitySource source) {
        return new AuditCandidate(t.number(), t.params(), t.values().get(obj), null, feasible(t, source), null);
    }

    private AuditCandidate score(AuditCandidate c, Trial trial) {
        try {
            return c.withHoldout(scorer.score(trial), null);
        } catch (BadInputException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OmegaLockException("interrupted while scoring trial " + c.number() + " on the holdout", e);
        } catch (Exception e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return c.withHoldout(null, why);
        }
    }

    /**
     * One source per study: Optuna's {@code constraints} system attr if any completed trial has it,
     * else the boolean {@code feasible} user attr if any has it, else absent.
     */
    static FeasibilitySource feasibilitySource(List<Trial> completed) {
        boolean userAttr = false;
        for (Trial t : completed) {
            if (t.systemAttrs().containsKey(CONSTRAINTS_KEY)) {
                return FeasibilitySource.CONSTRAINTS;
            }
            userAttr |= t.userAttrs().get(FEASIBLE_KEY) instanceof Boolean;
        }
        return userAttr ? FeasibilitySource.USER_ATTRS : FeasibilitySource.ABSENT;
    }

    /**
     * @return true / false, or null when this trial carries no usable evidence from the study's
     *         source (a missing attribute, a NaN or non-numeric constraint value)
     */
    static Boolean feasible(Trial t, FeasibilitySource source) {
        switch (source) {
            case CONSTRAINTS: {
                if (!(t.systemAttrs().get(CONSTRAINTS_KEY) instanceof List<?> values)) {
                    return null;
                }
                boolean unknown = false;
                for (Object v : values) {
                    if (!(v instanceof Number n) || Double.isNaN(n.doubleValue())) {
                        unknown = true;
                    } else if (n.doubleValue() > 0) {
                        return false; // one violated constraint settles it
                    }
                }
                return unknown ? null : Boolean.TRUE;
            }
            case USER_ATTRS:
                return t.userAttrs().get(FEASIBLE_KEY) instanceof Boolean b ? b : null;
            default:
                return null;
        }
    }
}
