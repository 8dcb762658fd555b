package io.omegalock.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.cli.worker.WorkerLog;
import io.omegalock.cli.worker.WorkerTarget;
import io.omegalock.demo.Quad12;
import io.omegalock.demo.WalkForwardSystem;
import io.omegalock.gate.ActionGates;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferSample;
import io.omegalock.gate.TransferTest;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.EvidenceGates;
import io.omegalock.pipeline.HoldoutMode;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.search.GridSearch;
import io.omegalock.search.RandomSearch;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every key of a spec file, its default, and the objects the run command builds from it. */
class SpecFileTest {
    static final String SPACE = """
            space:
              - {name: vdd, type: float, low: 0.6, high: 1.2, neutral: 0.9, epsilon: 0.05}
              - {name: window, type: int, low: 3, high: 30, neutral: 16, epsilon: 2, ofi_biased: true}
              - {name: smooth, type: bool, neutral: false}
              - {name: mode, type: choice, choices: [fast, safe], neutral: safe}
            """;

    @TempDir
    Path dir;

    RunSpec load(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return SpecFile.load(f);
    }

    @Test
    void theSpecExampleOfSection11LoadsWithEveryKey() throws IOException {
        RunSpec spec = load("spec.yaml", SPACE + """
                targets:                       # train is required; the others are optional
                  train:   {command: [python3, target.py, --slice, train]}
                  test:    {command: [python3, target.py, --slice, test], timeout_s: 2.5}
                  holdout: {command: [./bin/target, --slice, holdout]}
                search: {method: grid, points_per_axis: 7, zoom_rounds: 1, zoom_factor: 0.5}
                unlock_k: 2
                walk_forward_top_n: 12
                trade_ratio_scale: 0.25
                exclude_ofi_in_unlock: true
                thresholds: {preset: pure_objective, pearson_min: 0.4, gini_min: 0.1, time_box_seconds: 3600,
                             top_bot_ratio_min: 1.5, min_nonzero_stress_count: 2, trade_count_min: 10,
                             trade_ratio_min: 0.25}
                constraints:
                  - {name: snm_ok, expr: "metadata.read_snm_mv_worst > 150.0", description: "read margin"}
                  - {name: vdd_cap, expr: "params.vdd <= 1.1"}
                constraint_policy: hard_fail
                holdout: {mode: gate, min_fitness: 0.0, min_trade_ratio: 0.5}
                sc2: {enabled: true, seed: 7}
                """);

        assertThat(spec.space().specs()).containsExactly(FloatParam.of("vdd", 0.6, 1.2, 0.9),
                new io.omegalock.space.IntParam("window", 3, 30, 16, true), io.omegalock.space.BoolParam.of("smooth", false),
                ChoiceParam.of("mode", List.of("fast", "safe"), "safe"));
        PipelineConfig want = PipelineConfig.builder().unlockK(2).search(new GridSearch(7)).walkForwardTopN(12)
                .tradeRatioScale(0.25).excludeOfiInUnlock(true)
                .thresholds(new Thresholds(3600, 0.1, 1.5, 2, 10, 0.4, 0.25, ActionGates.SKIPPED))
                .constraintPolicy(ConstraintPolicy.HARD_FAIL).holdoutMode(HoldoutMode.GATE).holdoutMinFitness(0.0)
                .holdoutMinTradeRatio(0.5).sc2(true, 7).epsilons(Map.of("vdd", 0.05, "window", 2.0)).build();
        assertThat(spec.config()).isEqualTo(want);
        assertThat(spec.constraintSpecs()).containsExactly(
                new ConstraintSpec("snm_ok", "metadata.read_snm_mv_worst > 150.0", "read margin"),
                new ConstraintSpec("vdd_cap", "params.vdd <= 1.1", ""));

        Path home = dir.toAbsolutePath().normalize();
        TargetSpec.Command test = (TargetSpec.Command) spec.targets().test();
        assertThat(test.command().argv()).containsExactly("python3", "target.py", "--slice", "test");
        assertThat(test.command().directory()).isEqualTo(home);
        assertThat(test.command().timeout()).isEqualTo(Duration.ofMillis(2500));
        TargetSpec.Command holdout = (TargetSpec.Command) spec.targets().holdout();
        assertThat(holdout.command().argv()).containsExactly(home.resolve("bin/target").toString(), "--slice", "holdout");
        assertThat(spec.directory()).isEqualTo(home);
    }

    @Test
    void defaults() throws IOException {
        RunSpec spec = load("spec.yml", SPACE + "targets: {train: {command: [w]}}\n");

        assertThat(spec.config()).isEqualTo(PipelineConfig.builder().epsilons(Map.of("vdd", 0.05, "window", 2.0)).build());
        assertThat(spec.config().search()).isEqualTo(new GridSearch(5));
        assertThat(spec.config().thresholds()).isEqualTo(Thresholds.defaults());
        assertThat(spec.config().constraintPolicy()).isEqualTo(ConstraintPolicy.RECORD);
        assertThat(spec.config().holdoutMode()).isEqualTo(HoldoutMode.EVIDENCE_ONLY);
        assertThat(spec.config().sc2Enabled()).isFalse();
        assertThat(spec.config().sc2Seed()).isEqualTo(42);
        assertThat(spec.constraints()).isEmpty();
        assertThat(spec.iterative()).isEmpty();
        assertThat(((TargetSpec.Command) spec.targets().train()).command().timeout()).hasSeconds(30);
        assertThat(spec.targets().declared()).hasSize(1);
    }

    @Test
    void transferSampleKeys() throws IOException {
        String base = SPACE + "targets: {train: {command: [w]}}\n";
        assertThat(load("a.yml", base).config().evidence().sample()).isNull();
        assertThat(load("b.yml", base + "transfer_sample: true\n").config().evidence())
                .isEqualTo(EvidenceGates.reference().withSample(TransferSample.of()));
        assertThat(load("c.yml", base + "transfer_sample: false\n").config().evidence()).isEqualTo(EvidenceGates.reference());
        assertThat(load("d.yml", base + "transfer_sample: {size: 15, band: 0.5, seed: 7}\n").config().evidence().sample())
                .isEqualTo(new TransferSample(15, 0.5, 7));
        // transfer_test: sample decides KC-4 and brings the default sample when none is given.
        EvidenceGates e = load("e.yml", base + "transfer_test: sample\n").config().evidence();
        assertThat(e.transferTest()).isEqualTo(TransferTest.SAMPLE);
        assertThat(e.sample()).isEqualTo(TransferSample.of());
    }

    @Test
    void searchMethods() throws IOException {
        String base = SPACE + "targets: {train: {command: [w]}}\n";
        assertThat(load("a.yaml", base + "search: {method: zooming_grid, points_per_axis: 4, zoom_rounds: 3, zoom_factor: 0.4}\n")
                .config().search()).isEqualTo(new ZoomingGridSearch(4, 3, 0.4));
        assertThat(load("b.yaml", base + "search: {method: zooming_grid}\n").config().search())
                .isEqualTo(new ZoomingGridSearch(5, 1, 0.5));
        assertThat(load("c.yaml", base + "search: {method: grid, zoom_rounds: 2}\n").config().search())
                .as("the reference's grid zooms when asked to").isEqualTo(new ZoomingGridSearch(5, 2, 0.5));
        assertThat(load("d.yaml", base + "search: {method: random, samples: 64, seed: 9}\n").config().search())
                .isEqualTo(new RandomSearch(64, 9));
        assertThat(load("e.yaml", base + "search: {method: random}\n").config().search())
                .isEqualTo(new RandomSearch(125, 42));
        assertThat(load("f.yaml", base + "search: {}\n").config().search()).isEqualTo(new GridSearch(5));
    }

    @Test
    void thresholdPresets() throws IOException {
        String base = SPACE + "targets: {train: {command: [w]}}\n";
        assertThat(load("a.yaml", base + "thresholds: {preset: pure_objective}\n").config().thresholds())
                .isEqualTo(Thresholds.pureObjective());
        assertThat(load("b.yaml", base + "thresholds: {trade_count_min: 5, min_nonzero_stress_count: null}\n")
                .config().thresholds()).isEqualTo(Thresholds.defaults().withTradeCountMin(5));
    }

    @Test
    void iterativeRoundsTakeTheirOwnUnlockK() throws IOException {
        String base = SPACE + "targets: {train: {command: [w]}}\nunlock_k: 3\nsearch: {points_per_axis: 3}\n";
        RunSpec spec = load("a.yaml", base + "iterative: {rounds: 4, per_round_unlock_k: 1, min_improvement: 0.01, "
                + "stop_on_kc_fail: false}\n");
        PipelineConfig top = spec.config();
        assertThat(top.unlockK()).isEqualTo(3);
        assertThat(spec.iterative()).contains(new IterativeConfig(top.toBuilder().unlockK(1).build(), 4, 0.01, false));

        assertThat(load("b.yaml", base + "iterative: {}\n").iterative())
                .contains(new IterativeConfig(top, 3, 0.0, true));
    }

    @Test
    void aBuiltinTrainTargetBringsItsOwnSpaceAndSlicesDefaultToTheRole() throws Exception {
        RunSpec spec = load("wf.yaml", """
                targets:
                  train: {builtin: walkforward}
                  test: {builtin: walkforward}
                  validation: {builtin: walkforward, slice: holdout}
                  holdout: {builtin: walkforward}
                thresholds: {preset: pure_objective}
                """);
        assertThat(spec.space()).isEqualTo(WalkForwardSystem.space());
        assertThat(spec.targets()).isEqualTo(new SpecTargets(new TargetSpec.Builtin("train", "walkforward", "train"),
                new TargetSpec.Builtin("test", "walkforward", "test"),
                new TargetSpec.Builtin("validation", "walkforward", "holdout"),
                new TargetSpec.Builtin("holdout", "walkforward", "holdout")));
        try (TargetSet targets = spec.openTargets(2)) {
            assertThat(targets.train()).isSameAs(WalkForwardSystem.slice("train"));
            assertThat(targets.validation()).isSameAs(WalkForwardSystem.slice("holdout"));
            assertThat(targets.pipelineTargets().holdout()).isSameAs(WalkForwardSystem.slice("holdout"));
        }
    }

    @Test
    void aSpecMayNarrowABuiltinsSpace() throws Exception {
        String quad = """
                space:
                  - {name: p0, type: float, low: -1.0, high: 1.0, neutral: 0.5}
                  - {name: p1, type: float, low: -5.0, high: 5.0, neutral: 0.0}
                  - {name: n0, type: int, low: 5, high: 9, neutral: 7}
                  - {name: b0, type: bool, neutral: true}
                  - {name: p2, type: float, low: -5.0, high: 5.0, neutral: 0.0}
                  - {name: p3, type: float, low: -5.0, high: 5.0, neutral: 0.0}
                  - {name: n1, type: int, low: 0, high: 3, neutral: 1}
                  - {name: b1, type: bool, neutral: true}
                  - {name: p5, type: float, low: 0.0, high: 1.0, neutral: 0.5}
                  - {name: p4, type: float, low: 0.0, high: 1.0, neutral: 0.5}
                targets:
                  train: {builtin: quad12}
                """;
        RunSpec spec = load("quad.yaml", quad);
        try (TargetSet targets = spec.openTargets(1)) {
            Target train = targets.train();
            assertThat(train.space()).isEqualTo(spec.space());
            Params p = spec.space().neutral();
            EvalResult got = train.evaluate(p);
            EvalResult want = Quad12.train().evaluate(Quad12.space().params(p.asMap()));
            assertThat(got).isEqualTo(want);
        }
    }

    @Test
    void commandTargetsOpenAsWorkerPoolsOfTheGivenSize() throws IOException {
        RunSpec spec = load("w.yaml", SPACE + "targets:\n  train: {command: [python3, w.py]}\n  test: {command: [w]}\n");
        try (TargetSet targets = spec.openTargets(3, WorkerLog.discard())) {
            WorkerTarget train = (WorkerTarget) targets.train();
            assertThat(train.processes()).isEqualTo(3);
            assertThat(train.role()).isEqualTo("train");
            assertThat(train.space()).isSameAs(spec.space());
            assertThat(((WorkerTarget) targets.test()).role()).isEqualTo("test");
            assertThat(targets.holdout()).isNull();
            assertThat(targets.pipelineTargets(io.omegalock.audit.AuditTrail.of()).train().space()).isSameAs(spec.space());
        }
    }

    @Test
    void jsonSpecsAcceptPythonsNumbersAndKeepIntegersApart() throws IOException {
        RunSpec spec = load("spec.json", """
                {"space": [{"name": "n", "type": "int", "low": 1, "high": 9, "neutral": 2},
                           {"name": "x", "type": "float", "low": 0, "high": 1e1, "neutral": 1}],
                 "targets": {"train": {"command": ["w"], "timeout_s": 1}}}
                """);
        assertThat(spec.space().neutral().get("n")).isEqualTo(2L);
        assertThat(spec.space().neutral().get("x")).isEqualTo(1.0);
        assertThat(((TargetSpec.Command) spec.targets().train()).command().timeout()).hasSeconds(1);
    }
}
