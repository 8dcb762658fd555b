package io.omegalock.pipeline;

import io.omegalock.BadInputException;
import io.omegalock.gate.Thresholds;
import io.omegalock.search.GridSearch;
import io.omegalock.search.SearchStrategy;
import io.omegalock.search.ZoomingGridSearch;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a pipeline run is told before it starts. Built with {@link #builder()}; every
 * value is validated at {@link Builder#build()}, so a bad config fails before any evaluation.
 *
 * @param unlockK              how many of the most sensitive parameters the search moves, {@code >= 1}
 * @param search               the search strategy over the unlocked subspace
 * @param walkForwardTopN      train candidates re-evaluated on test, {@code >= 2}
 * @param tradeRatioScale      corrects the action ratio for slice lengths, {@code > 0}
 * @param excludeOfiInUnlock   drop OFI-biased parameters before choosing what to unlock
 * @param thresholds           the kill-criteria thresholds
 * @param constraintPolicy     how constraints steer selection
 * @param holdoutMode          whether the holdout can fail the run
 * @param holdoutMinFitness    holdout fitness floor in gate mode (null: none)
 * @param holdoutMinTradeRatio holdout/train action ratio floor in gate mode (null: none)
 * @param sc2Enabled           run the SC-2 random-search advisory
 * @param sc2Seed              seed of the SC-2 random baseline
 * @param epsilons             per-parameter stress ε overrides
 * @param evidence             the opt-in statistical gates (default: the reference's rules only)
 */
public record PipelineConfig(int unlockK, SearchStrategy search, int walkForwardTopN, double tradeRatioScale,
                             boolean excludeOfiInUnlock, Thresholds thresholds, ConstraintPolicy constraintPolicy,
                             HoldoutMode holdoutMode, Double holdoutMinFitness, Double holdoutMinTradeRatio,
                             boolean sc2Enabled, long sc2Seed, Map<String, Double> epsilons,
                             EvidenceGates evidence) {

    /** @throws BadInputException naming the first invalid value */
    public PipelineConfig {
        if (unlockK < 1) {
            throw new BadInputException("unlock_k must be >= 1, got " + unlockK);
        }
        if (walkForwardTopN < 2) {
            throw new BadInputException("walk_forward_top_n must be >= 2 (a correlation needs two points), got "
                    + walkForwardTopN);
        }
        if (!(tradeRatioScale > 0) || Double.isInfinite(tradeRatioScale)) {
            throw new BadInputException("trade_ratio_scale must be finite and > 0, got " + tradeRatioScale);
        }
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(constraintPolicy, "constraintPolicy");
        Objects.requireNonNull(holdoutMode, "holdoutMode");
        Objects.requireNonNull(evidence, "evidence");
        requireFinite("holdout.min_fitness", holdoutMinFitness);
        requireFinite("holdout.min_trade_ratio", holdoutMinTradeRatio);
        epsilons = Map.copyOf(epsilons == null ? Map.of() : epsilons);
        epsilons.forEach((name, eps) -> {
            if (!(eps > 0) || Double.isInfinite(eps)) {
                throw new BadInputException("stress epsilon for '" + name + "' must be finite and > 0, got " + eps);
            }
        });
    }

    /** @return a builder with the reference defaults (K 3, grid 5, top-N 10, record, evidence-only) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this config's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.unlockK = unlockK;
        b.search = search;
        b.walkForwardTopN = walkForwardTopN;
        b.tradeRatioScale = tradeRatioScale;
        b.excludeOfiInUnlock = excludeOfiInUnlock;
        b.thresholds = thresholds;
        b.constraintPolicy = constraintPolicy;
        b.holdoutMode = holdoutMode;
        b.holdoutMinFitness = holdoutMinFitness;
        b.holdoutMinTradeRatio = holdoutMinTradeRatio;
        b.sc2Enabled = sc2Enabled;
        b.sc2Seed = sc2Seed;
        b.epsilons = epsilons;
        b.evidence = evidence;
        return b;
    }

    /** @return the reference's {@code config} artifact block, plus search settings and policies */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unlock_k", unlockK);
        m.put("grid_points_per_axis", gridPointsPerAxis());
        m.put("walk_forward_top_n", walkForwardTopN);
        m.put("trade_ratio_scale", tradeRatioScale);
        m.put("exclude_ofi_in_unlock", excludeOfiInUnlock);
        m.put("kc_thresholds", thresholds.toMap());
        m.put("search", search.settings());
        m.put("constraint_policy", constraintPolicy.wireName());
        m.put("holdout_mode", holdoutMode.wireName());
        m.put("holdout_min_fitness", holdoutMinFitness);
        m.put("holdout_min_trade_ratio", holdoutMinTradeRatio);
        m.put("sc2_enabled", sc2Enabled);
        m.put("sc2_seed", sc2Seed);
        m.put("evidence_gates", evidence.toMap());
        return m;
    }

    private Object gridPointsPerAxis() {
        if (search instanceof GridSearch g) {
            return g.pointsPerAxis();
        }
        if (search instanceof ZoomingGridSearch z) {
            return z.pointsPerAxis();
        }
        return null;
    }

    private static void requireFinite(String key, Double v) {
        if (v != null && !Double.isFinite(v)) {
            throw new BadInputException(key + " must be finite, got " + v);
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private int unlockK = 3;
        private SearchStrategy search = new GridSearch(5);
        private int walkForwardTopN = 10;
        private double tradeRatioScale = 1.0;
        private boolean excludeOfiInUnlock;
        private Thresholds thresholds = Thresholds.defaults();
        private ConstraintPolicy constraintPolicy = ConstraintPolicy.RECORD;
        private HoldoutMode holdoutMode = HoldoutMode.EVIDENCE_ONLY;
        private Double holdoutMinFitness;
        private Double holdoutMinTradeRatio;
        private boolean sc2Enabled;
        private long sc2Seed = 42;
        private Map<String, Double> epsilons = Map.of();
        private EvidenceGates evidence = EvidenceGates.reference();

        private Builder() {
        }

        /** @param v unlock K @return this */
        public Builder unlockK(int v) {
            unlockK = v;
            return this;
        }

        /** @param v the search strategy @return this */
        public Builder search(SearchStrategy v) {
            search = v;
            return this;
        }

        /** @param v walk-forward top N @return this */
        public Builder walkForwardTopN(int v) {
            walkForwardTopN = v;
            return this;
        }

        /** @param v trade-ratio scale @return this */
        public Builder tradeRatioScale(double v) {
            tradeRatioScale = v;
            return this;
        }

        /** @param v exclude OFI-biased params from unlock @return this */
        public Builder excludeOfiInUnlock(boolean v) {
            excludeOfiInUnlock = v;
            return this;
        }

        /** @param v thresholds @return this */
        public Builder thresholds(Thresholds v) {
            thresholds = v;
            return this;
        }

        /** @param v constraint policy @return this */
        public Builder constraintPolicy(ConstraintPolicy v) {
            constraintPolicy = v;
            return this;
        }

        /** @param v holdout mode @return this */
        public Builder holdoutMode(HoldoutMode v) {
            holdoutMode = v;
            return this;
        }

        /** @param v holdout fitness floor (gate mode), or null @return this */
        public Builder holdoutMinFitness(Double v) {
            holdoutMinFitness = v;
            return this;
        }

        /** @param v holdout trade-ratio floor (gate mode), or null @return this */
        public Builder holdoutMinTradeRatio(Double v) {
            holdoutMinTradeRatio = v;
            return this;
        }

        /** @param enabled run SC-2 @param seed its seed @return this */
        public Builder sc2(boolean enabled, long seed) {
            sc2Enabled = enabled;
            sc2Seed = seed;
            return this;
        }

        /** @param v per-parameter stress ε overrides @return this */
        public Builder epsilons(Map<String, Double> v) {
            epsilons = v;
            return this;
        }

        /** @param v the opt-in statistical gates @return this */
        public Builder evidence(EvidenceGates v) {
            evidence = v;
            return this;
        }

        /**
         * @return the validated config
         * @throws BadInputException naming the first invalid value
         */
        public PipelineConfig build() {
            return new PipelineConfig(unlockK, search, walkForwardTopN, tradeRatioScale, excludeOfiInUnlock,
                    thresholds, constraintPolicy, holdoutMode, holdoutMinFitness, holdoutMinTradeRatio, sc2Enabled,
                    sc2Seed, epsilons, evidence);
        }
    }
}
