package io.omegalock.cli.spec;

import io.omegalock.BadInputException;
import io.omegalock.audit.Constraint;
import io.omegalock.gate.Thresholds;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.HoldoutMode;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.space.ParamSpace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Loads run spec files (SPEC §11; the format is documented in {@code docs/SPEC-FILE.md}).
 * Every key is checked: unknown keys, wrong types and invalid values are rejected with a
 * {@link BadInputException} naming the file and the key path, e.g.
 * {@code spec.yaml: space[2].high: expected a number, got "x"}.
 */
public final class SpecFile {
    /** The top-level keys, in the order the documentation lists them. */
    static final List<String> TOP_KEYS = List.of("space", "targets", "search", "unlock_k", "walk_forward_top_n",
            "trade_ratio_scale", "exclude_ofi_in_unlock", "thresholds", "constraints", "constraint_policy", "holdout",
            "sc2", "iterative", "transfer_test", "transfer_alpha", "transfer_sample", "winner_rank", "pbo", "dsr");
    static final List<String> THRESHOLD_KEYS = List.of("preset", "time_box_seconds", "gini_min", "top_bot_ratio_min",
            "min_nonzero_stress_count", "trade_count_min", "pearson_min", "trade_ratio_min");
    static final List<String> CONSTRAINT_KEYS = List.of("name", "expr", "description");
    static final List<String> HOLDOUT_KEYS = List.of("mode", "min_fitness", "min_trade_ratio");
    static final List<String> SC2_KEYS = List.of("enabled", "seed");
    static final List<String> ITERATIVE_KEYS = List.of("rounds", "per_round_unlock_k", "min_improvement",
            "stop_on_kc_fail");

    private SpecFile() {
    }

    /**
     * Reads and validates a spec file (YAML, or JSON for a {@code .json} file) and compiles its
     * constraint expressions. Starts nothing: targets are opened by {@link RunSpec#openTargets}.
     *
     * @param file the spec file; relative worker programs and the workers' working directory
     *             resolve against its directory
     * @return the validated spec
     * @throws BadInputException naming the file and key path (or line and column for a syntax
     *     error) of the first problem found
     */
    public static RunSpec load(Path file) {
        RunSpec spec = loadConcurrently(file);
        spec.constraints();
        return spec;
    }

    /**
     * Like {@link #load}, except that the constraint expressions compile on a background thread
     * while the caller goes on: {@code run} starts its worker processes meanwhile, so an
     * interpreter loading overlaps with the CEL environment being built (each takes about a
     * tenth of a second). Everything else is validated before this returns;
     * {@link RunSpec#constraints()} waits for the compilation and throws its
     * {@link BadInputException}, if any.
     *
     * @param file the spec file
     * @return the spec, its constraints compiling
     * @throws BadInputException naming the file and key path of the first problem found outside
     *     the constraint expressions
     */
    public static RunSpec loadConcurrently(Path file) {
        String display = file.toString();
        SpecNode root = SpecNode.root(display, SpecReader.read(file, display));
        if (!(root.raw() instanceof Map)) {
            throw root.error("expected a mapping of spec keys (space, targets, search, ...) at the top level, got "
                    + SpecNode.describe(root.raw()));
        }
        SpecMap top = root.asMap();
        top.allowOnly(TOP_KEYS);
        Path directory = file.toAbsolutePath().normalize().getParent();

        SpecTargets targets = TargetSection.parse(top.require("targets"), directory);
        SpaceSection.Parsed parsed = space(top, targets);
        ParamSpace space = parsed.space();
        SpecMap targetMap = top.require("targets").asMap();
        for (TargetSpec t : targets.declared()) {
            if (t instanceof TargetSpec.Builtin b) {
                targetMap.require(t.role()).validate(() -> b.create(space, 1, null));
            }
        }

        PipelineConfig.Builder b = PipelineConfig.builder().epsilons(parsed.epsilons());
        b.search(SearchSection.parse(top.opt("search")));
        SpecNode n;
        if ((n = top.opt("unlock_k")) != null) {
            int v = n.asInt();
            n.validate(() -> PipelineConfig.builder().unlockK(v).build());
            b.unlockK(v);
        }
        if ((n = top.opt("walk_forward_top_n")) != null) {
            int v = n.asInt();
            n.validate(() -> PipelineConfig.builder().walkForwardTopN(v).build());
            b.walkForwardTopN(v);
        }
        if ((n = top.opt("trade_ratio_scale")) != null) {
            double v = n.asDouble();
            n.validate(() -> PipelineConfig.builder().tradeRatioScale(v).build());
            b.tradeRatioScale(v);
        }
        b.excludeOfiInUnlock(top.bool("exclude_ofi_in_unlock", false));
        b.thresholds(thresholds(top.opt("thresholds")));
        if ((n = top.opt("constraint_policy")) != null) {
            String v = n.asString();
            ConstraintPolicy[] policy = new ConstraintPolicy[1];
            n.validate(() -> policy[0] = ConstraintPolicy.fromWireName(v));
            b.constraintPolicy(policy[0]);
        }
        holdout(top, targets, b);
        if ((n = top.opt("sc2")) != null) {
            SpecMap sc2 = n.asMap();
            sc2.allowOnly(SC2_KEYS);
            b.sc2(sc2.bool("enabled", false), sc2.longInteger("seed", 42));
        }
        b.evidence(EvidenceSection.parse(top));
        PipelineConfig[] config = new PipelineConfig[1];
        root.validate(() -> config[0] = b.build());

        List<SpecNode> exprNodes = new ArrayList<>();
        List<ConstraintSpec> constraintSpecs = constraints(top.opt("constraints"), exprNodes);
        // CEL is loaded only from here, so a spec without constraints (or with plain comparisons only) never pays for it.
        CompletableFuture<List<Constraint>> constraints = constraintSpecs.isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> List.copyOf(SpecConstraints.compile(constraintSpecs, exprNodes)),
                        SpecFile::startDaemon);

        IterativeConfig iterative = iterative(top, config[0]);
        return new RunSpec(file, space, targets, constraintSpecs, constraints, config[0], iterative);
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "omega-lock-constraint-compiler");
        t.setDaemon(true);
        t.start();
    }

    private static SpaceSection.Parsed space(SpecMap top, SpecTargets targets) {
        if (top.has("space")) {
            return SpaceSection.parse(top.require("space"));
        }
        if (targets.train() instanceof TargetSpec.Builtin b) {
            return new SpaceSection.Parsed(b.target().space(), Map.of());
        }
        throw top.node().child("space", null).error("required key is missing (only a builtin train target brings "
                + "its own space)");
    }

    private static Thresholds thresholds(SpecNode node) {
        if (node == null) {
            return Thresholds.defaults();
        }
        SpecMap m = node.asMap();
        m.allowOnly(THRESHOLD_KEYS);
        String preset = m.has("preset") ? m.require("preset").asOneOf(List.of("default", "pure_objective")) : "default";
        Thresholds[] t = {"default".equals(preset) ? Thresholds.defaults() : Thresholds.pureObjective()};
        SpecNode n;
        if ((n = m.opt("time_box_seconds")) != null) {
            double v = n.asDouble();
            n.validate(() -> t[0] = t[0].withTimeBoxSeconds(v));
        }
        if ((n = m.opt("gini_min")) != null) {
            double v = n.asDouble();
            n.validate(() -> t[0] = t[0].withGiniMin(v));
        }
        if ((n = m.opt("top_bot_ratio_min")) != null) {
            double v = n.asDouble();
            n.validate(() -> t[0] = t[0].withTopBotRatioMin(v));
        }
        if ((n = m.opt("min_nonzero_stress_count")) != null) {
            int v = n.asInt();
            n.validate(() -> t[0] = t[0].withMinNonzeroStressCount(v));
        }
        if ((n = m.opt("trade_count_min")) != null) {
            long v = n.asLong();
            n.validate(() -> t[0] = t[0].withTradeCountMin(v));
        }
        if ((n = m.opt("pearson_min")) != null) {
            double v = n.asDouble();
            n.validate(() -> t[0] = t[0].withPearsonMin(v));
        }
        if ((n = m.opt("trade_ratio_min")) != null) {
            double v = n.asDouble();
            n.validate(() -> t[0] = t[0].withTradeRatioMin(v));
        }
        return t[0];
    }

    private static void holdout(SpecMap top, SpecTargets targets, PipelineConfig.Builder b) {
        SpecNode node = top.opt("holdout");
        if (node == null) {
            return;
        }
        SpecMap m = node.asMap();
        m.allowOnly(HOLDOUT_KEYS);
        if (targets.holdout() == null) {
            throw node.error("holdout settings given, but targets has no holdout target to apply them to");
        }
        HoldoutMode[] mode = {HoldoutMode.EVIDENCE_ONLY};
        SpecNode n = m.opt("mode");
        if (n != null) {
            String v = n.asString();
            n.validate(() -> mode[0] = HoldoutMode.fromWireName(v));
        }
        b.holdoutMode(mode[0]);
        for (String key : List.of("min_fitness", "min_trade_ratio")) {
            if ((n = m.opt(key)) == null) {
                continue;
            }
            double v = n.asDouble();
            if (mode[0] != HoldoutMode.GATE) {
                throw n.error("only applies with mode: gate (mode is " + mode[0].wireName()
                        + ", which never changes the status)");
            }
            if ("min_fitness".equals(key)) {
                b.holdoutMinFitness(v);
            } else {
                b.holdoutMinTradeRatio(v);
            }
        }
    }

    private static List<ConstraintSpec> constraints(SpecNode node, List<SpecNode> exprNodes) {
        List<ConstraintSpec> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        Map<String, String> seen = new HashMap<>();
        for (SpecNode entry : node.asList()) {
            SpecMap m = entry.asMap();
            m.allowOnly(CONSTRAINT_KEYS);
            SpecNode nameNode = m.require("name");
            String name = nameNode.asNonBlankString();
            String previous = seen.putIfAbsent(name, entry.path());
            if (previous != null) {
                throw nameNode.error("duplicate constraint name \"" + name + "\" (also " + previous + ")");
            }
            SpecNode expr = m.require("expr");
            out.add(new ConstraintSpec(name, expr.asNonBlankString(), m.string("description", "")));
            exprNodes.add(expr);
        }
        return out;
    }

    private static IterativeConfig iterative(SpecMap top, PipelineConfig config) {
        SpecNode node = top.opt("iterative");
        if (node == null) {
            return null;
        }
        SpecMap m = node.asMap();
        m.allowOnly(ITERATIVE_KEYS);
        // Rounds select under the record policy and run without holdout gating (SPEC §7); say so
        // rather than silently ignoring a stricter setting.
        if (config.constraintPolicy() != ConstraintPolicy.RECORD) {
            throw top.require("constraint_policy").error("iterative runs select under the record policy in every "
                    + "round; remove constraint_policy or the iterative block");
        }
        if (config.holdoutMode() != HoldoutMode.EVIDENCE_ONLY) {
            throw top.require("holdout").asMap().require("mode").error("an iterative run evaluates its holdout once, as "
                    + "evidence only; remove mode: gate or the iterative block");
        }
        PipelineConfig round = config;
        SpecNode n = m.opt("per_round_unlock_k");
        if (n != null) {
            int k = n.asInt();
            PipelineConfig[] r = new PipelineConfig[1];
            n.validate(() -> r[0] = config.toBuilder().unlockK(k).build());
            round = r[0];
        }
        int rounds = m.integer("rounds", 3);
        double minImprovement = m.number("min_improvement", 0.0);
        boolean stop = m.bool("stop_on_kc_fail", true);
        PipelineConfig roundConfig = round;
        if ((n = m.opt("rounds")) != null) {
            n.validate(() -> new IterativeConfig(roundConfig, rounds, 0.0, true));
        }
        IterativeConfig[] out = new IterativeConfig[1];
        node.validate(() -> out[0] = new IterativeConfig(roundConfig, rounds, minImprovement, stop));
        return out[0];
    }
}
