package io.omegalock.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.omegalock.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad spec files are rejected with a {@link BadInputException} whose message starts with the
 * file and the key path (or line and column for syntax errors) and says what was expected.
 */
class SpecFileBadInputTest {
    static final String SPACE = """
            space:
              - {name: x, type: float, low: 0.0, high: 1.0, neutral: 0.5}
              - {name: n, type: int, low: 1, high: 10, neutral: 5}
              - {name: flag, type: bool, neutral: false}
              - {name: mode, type: choice, choices: [fast, safe], neutral: safe}
            """;
    static final String TARGETS = """
            targets:
              train: {command: [python3, w.py]}
            """;
    static final String OK = SPACE + TARGETS;

    @TempDir
    Path dir;

    static Stream<Arguments> rejected() {
        return Stream.of(
                // File-level problems.
                yaml("empty file", "", "the file is empty; expected a mapping of spec keys"),
                yaml("only a comment", "# nothing here\n", "the file is empty"),
                yaml("invalid YAML", "space: [1, 2\ntargets: 3\n",
                        "invalid YAML at line 2, column 8: expected ',' or ']', but got :"),
                yaml("bad indentation", "space:\n  - {name: x}\n   targets: 1\n", "invalid YAML at line 3"),
                json("invalid JSON", "{\"space\": [}", "invalid JSON at line 1, column 12: Unexpected close marker '}': expected ']'"),
                json("trailing JSON", "{\"space\": []} []", "extra content after the JSON value at line 1"),
                json("JSON without a closing brace", "{\"space\": []", "invalid JSON at line 1, column 13: Unexpected end-of-input: expected close marker for Object"),
                yaml("two documents", OK + "---\nsearch: {}\n", "more than one YAML document"),
                yaml("alias", OK + "unlock_k: &k 3\nwalk_forward_top_n: *k\n",
                        "walk_forward_top_n: YAML aliases (*k) are not supported"),
                yaml("duplicate key", OK + "unlock_k: 3\nunlock_k: 4\n", "unlock_k: duplicate key (line"),
                json("duplicate JSON key", "{\"unlock_k\": 1, \"unlock_k\": 2}", "unlock_k: duplicate key"),
                yaml("top level list", "- 1\n- 2\n", "expected a mapping of spec keys (space, targets, search, ...) "
                        + "at the top level, got a list"),
                // Unknown keys at several depths.
                yaml("unknown top-level key", OK + "serach: {method: grid}\n", "serach: unknown key (expected one of "
                        + "space, targets, search, unlock_k, walk_forward_top_n, trade_ratio_scale, exclude_ofi_in_unlock, "
                        + "thresholds, constraints, constraint_policy, holdout, sc2, iterative, transfer_test, transfer_alpha, transfer_sample, winner_rank, pbo, dsr)"),
                yaml("unknown search key", OK + "search: {methd: grid}\n", "search.methd: unknown key (expected one of "
                        + "method, points_per_axis, zoom_rounds, zoom_factor, samples, trials, seed, mode, batch_size)"),
                yaml("unknown param key", OK.replace("low: 1,", "lo: 1,"), "space[1].lo: unknown key (expected one of "
                        + "name, type, low, high, neutral, choices, ofi_biased, epsilon)"),
                yaml("unknown target key", SPACE + "targets:\n  train: {comand: [python3, w.py]}\n",
                        "targets.train.comand: unknown key (expected one of command, timeout_s, builtin, slice)"),
                yaml("unknown role", OK + "  dev: {builtin: sram}\n",
                        "targets.dev: unknown key (expected one of train, test, validation, holdout)"),
                yaml("unknown threshold", OK + "thresholds: {gini: 0.3}\n", "thresholds.gini: unknown key"),
                yaml("unknown iterative key", OK + "iterative: {round: 3}\n", "iterative.round: unknown key"),
                yaml("unknown constraint key", OK + "constraints:\n  - {name: c, expr: 'true', desc: d}\n",
                        "constraints[0].desc: unknown key (expected one of name, expr, description)"),
                yaml("unknown holdout key", OK + "  holdout: {command: [python3, w.py]}\nholdout: {mode: gate, min: 1}\n",
                        "holdout.min: unknown key"),
                yaml("unknown sc2 key", OK + "sc2: {enable: true}\n", "sc2.enable: unknown key (expected one of enabled, seed)"),
                yaml("unknown transfer_sample key", OK + "transfer_sample: {bands: 0.5}\n",
                        "transfer_sample.bands: unknown key (expected one of size, band, seed)"),
                yaml("transfer_sample band out of range", OK + "transfer_sample: {band: 1.5}\n",
                        "transfer_sample: transfer_sample.band must be in (0, 1], got 1.5"),
                yaml("transfer_sample size zero", OK + "transfer_sample: {size: 0}\n",
                        "transfer_sample: transfer_sample.size must be >= 1, got 0"),
                yaml("transfer_sample size not an integer", OK + "transfer_sample: {size: 2.5}\n",
                        "transfer_sample.size: expected an integer"),
                yaml("transfer_sample a string", OK + "transfer_sample: yes please\n",
                        "transfer_sample: expected a mapping"),
                yaml("unknown transfer_test", OK + "transfer_test: samples\n", "transfer_test: "),
                // Wrong types.
                yaml("string bound", SPACE.replace("type: bool, neutral: false", "type: float, low: 0, high: x, neutral: 0")
                        + TARGETS, "space[2].high: expected a number, got \"x\""),
                yaml("fractional int bound", OK.replace("low: 1,", "low: 1.5,"), "space[1].low: expected an integer, got 1.5"),
                yaml("string bool", OK.replace("neutral: false", "neutral: 'no'"),
                        "space[2].neutral: expected true or false, got \"no\""),
                yaml("yes as a choice", OK.replace("[fast, safe], neutral: safe", "[yes, no], neutral: 'yes'"),
                        "space[3].choices[0]: expected a string, got true (YAML reads unquoted yes/no"),
                yaml("unlock_k as a word", OK + "unlock_k: three\n", "unlock_k: expected an integer, got \"three\""),
                yaml("space as a mapping", "space: {x: 1}\n" + TARGETS, "space: expected a list, got a mapping"),
                yaml("param as a list", "space: [[x, float]]\n" + TARGETS, "space[0]: expected a mapping (key: value), got a list"),
                yaml("constraints as a mapping", OK + "constraints: {name: c}\n", "constraints: expected a list, got a mapping"),
                yaml("command as a string", SPACE + "targets:\n  train: {command: python3 w.py --fast}\n",
                        "targets.train.command: expected a list of strings (the argv; no shell is used), got "
                                + "\"python3 w.py --fast\"; write it as [python3, w.py, --fast]"),
                yaml("command with a number", SPACE + "targets:\n  train: {command: [python3, 3]}\n",
                        "targets.train.command[1]: expected a string, got 3"),
                yaml("sc2 enabled as a string", OK + "sc2: {enabled: 'true'}\n",
                        "sc2.enabled: expected true or false, got \"true\""),
                yaml("huge integer", OK + "unlock_k: 123456789012345678901234\n",
                        "unlock_k: expected an integer within 64 bits"),
                // Invalid values, including those core validation finds.
                json("NaN bound in JSON", "{\"space\": [{\"name\": \"x\", \"type\": \"float\", \"low\": NaN, \"high\": 1, "
                        + "\"neutral\": 0}], \"targets\": {\"train\": {\"builtin\": \"sram\"}}}",
                        "space[0].low: expected a finite number, got NaN"),
                yaml("NaN bound in YAML", OK.replace("high: 1.0", "high: .nan"), "space[0].high: expected a finite number, got NaN"),
                yaml("infinite bound", OK.replace("low: 0.0", "low: -.inf"), "space[0].low: expected a finite number, got -Infinity"),
                yaml("low above high", OK.replace("low: 0.0", "low: 2.0"), "space[0]: parameter 'x': low 2.0 > high 1.0"),
                yaml("neutral outside", OK.replace("neutral: 0.5", "neutral: 5"), "space[0]: parameter 'x': neutral 5.0 outside [0.0, 1.0]"),
                yaml("neutral not a choice", OK.replace("neutral: safe", "neutral: slow"),
                        "space[3]: parameter 'mode': neutral 'slow' is not one of [fast, safe]"),
                yaml("empty choices", OK.replace("choices: [fast, safe]", "choices: []"),
                        "space[3]: parameter 'mode': choice list is empty"),
                yaml("repeated choices", OK.replace("choices: [fast, safe]", "choices: [safe, safe]"),
                        "space[3]: parameter 'mode': choices must be distinct"),
                yaml("unknown type", OK.replace("type: float", "type: double"),
                        "space[0].type: expected one of float, int, bool, choice, got \"double\""),
                yaml("bound on a bool", OK.replace("type: bool,", "type: bool, low: 0,"),
                        "space[2].low: not used by type bool (bool reads name, type, neutral, ofi_biased)"),
                yaml("epsilon on a choice", OK.replace("neutral: safe", "neutral: safe, epsilon: 1"),
                        "space[3].epsilon: not used by type choice"),
                yaml("negative epsilon", OK.replace("neutral: 0.5", "neutral: 0.5, epsilon: -0.1"),
                        "space[0].epsilon: stress epsilon for 'x' must be finite and > 0, got -0.1"),
                yaml("duplicate parameter", OK.replace("name: n,", "name: x,"),
                        "space[1].name: duplicate parameter name \"x\" (also space[0])"),
                yaml("blank name", OK.replace("name: n,", "name: ' ',"), "space[1].name: expected a non-empty string"),
                yaml("missing neutral", OK.replace(", neutral: 5", ""), "space[1].neutral: required key is missing"),
                yaml("empty space", "space: []\n" + TARGETS,
                        "space: parameter space is empty: declare at least one parameter"),
                yaml("missing space", TARGETS, "space: required key is missing (only a builtin train target brings its own space)"),
                yaml("missing targets", SPACE, "targets: required key is missing"),
                yaml("missing train", SPACE + "targets:\n  test: {command: [python3, w.py]}\n", "targets.train: required key is missing"),
                yaml("train without a value", SPACE + "targets:\n  train:\n", "targets.train: must have a value"),
                yaml("neither command nor builtin", SPACE + "targets:\n  train: {timeout_s: 3}\n",
                        "targets.train: expected {command: [program, args...]} or {builtin: sram|quad12|walkforward}"),
                yaml("command and builtin", SPACE + "targets:\n  train: {command: [a], builtin: sram}\n",
                        "targets.train: give either command or builtin, not both"),
                yaml("empty command", SPACE + "targets:\n  train: {command: []}\n",
                        "targets.train.command: expected at least the program to run, got an empty list"),
                yaml("zero timeout", SPACE + "targets:\n  train: {command: [w], timeout_s: 0}\n",
                        "targets.train.timeout_s: expected a number of seconds > 0, got 0.0"),
                yaml("slice on a command", SPACE + "targets:\n  train: {command: [w], slice: train}\n",
                        "targets.train.slice: only used with builtin"),
                yaml("timeout on a builtin", "targets:\n  train: {builtin: sram, timeout_s: 3}\n",
                        "targets.train.timeout_s: only used with command"),
                yaml("unknown builtin", "targets:\n  train: {builtin: foo}\n",
                        "targets.train.builtin: expected one of sram, quad12, walkforward, got \"foo\""),
                yaml("unknown slice", "targets:\n  train: {builtin: quad12, slice: dev}\n",
                        "targets.train.slice: expected one of train, test, holdout, got \"dev\""),
                yaml("slice on sram", "targets:\n  train: {builtin: sram, slice: train}\n",
                        "targets.train.slice: builtin sram has no slices"),
                yaml("validation without a slice", "targets:\n  train: {builtin: quad12}\n  validation: {builtin: quad12}\n",
                        "targets.validation.slice: required for builtin quad12 in the validation role"),
                yaml("space the builtin does not know", OK.replace("command: [python3, w.py]", "builtin: quad12"),
                        "targets.train: builtin quad12 takes the parameters p0, p1, n0, b0, p2, p3, n1, b1, p4, p5; "
                                + "the space declares x, n, flag, mode"),
                yaml("builtin bounds exceeded", "space:\n  - {name: gain, type: float, low: 0, high: 20, neutral: 2}\n"
                        + "  - {name: bias, type: float, low: -3, high: 3, neutral: 1.5}\n"
                        + "  - {name: offset, type: float, low: -1, high: 1, neutral: 0}\n"
                        + "targets:\n  train: {builtin: walkforward}\n",
                        "targets.train: builtin walkforward: parameter 'gain' must stay within [0.0, 10.0], the space "
                                + "declares [0.0, 20.0]"),
                yaml("unknown search method", OK + "search: {method: annealing}\n",
                        "search.method: expected one of grid, zooming_grid, random, tpe, got \"annealing\""),
                yaml("tpe without trials", OK + "search: {method: tpe, trials: 0}\n",
                        "search.trials: TPE trials must be >= 1, got 0"),
                yaml("tpe with a zero batch", OK + "search: {method: tpe, batch_size: 0}\n",
                        "search.batch_size: TPE batch_size must be >= 1, got 0"),
                yaml("batch_size on a grid", OK + "search: {method: grid, batch_size: 4}\n",
                        "search.batch_size: not used by method grid (grid reads method, points_per_axis, zoom_rounds, zoom_factor)"),
                yaml("tpe with a bad mode", OK + "search: {method: tpe, mode: joint}\n",
                        "search.mode: expected one of univariate, multivariate, got \"joint\""),
                yaml("samples on a grid", OK + "search: {method: grid, samples: 10}\n",
                        "search.samples: not used by method grid (grid reads method, points_per_axis, zoom_rounds, zoom_factor)"),
                yaml("points on random", OK + "search: {method: random, points_per_axis: 3}\n",
                        "search.points_per_axis: not used by method random"),
                yaml("one point per axis", OK + "search: {points_per_axis: 1}\n",
                        "search.points_per_axis: grid_points_per_axis must be >= 2"),
                yaml("zoom factor above one", OK + "search: {method: zooming_grid, zoom_factor: 1.5}\n",
                        "search.zoom_factor: zoom_factor must be in (0, 1), got 1.5"),
                yaml("zero zoom rounds", OK + "search: {method: zooming_grid, zoom_rounds: 0}\n",
                        "search.zoom_rounds: zoom_rounds must be >= 1, got 0"),
                yaml("zero samples", OK + "search: {method: random, samples: 0}\n",
                        "search.samples: random search samples must be >= 1, got 0"),
                yaml("zero unlock_k", OK + "unlock_k: 0\n", "unlock_k: unlock_k must be >= 1, got 0"),
                yaml("one walk-forward point", OK + "walk_forward_top_n: 1\n", "walk_forward_top_n: walk_forward_top_n must be >= 2"),
                yaml("zero trade ratio scale", OK + "trade_ratio_scale: 0\n", "trade_ratio_scale: trade_ratio_scale must be finite and > 0"),
                yaml("unknown preset", OK + "thresholds: {preset: strict}\n",
                        "thresholds.preset: expected one of default, pure_objective, got \"strict\""),
                yaml("negative time box", OK + "thresholds: {time_box_seconds: -1}\n",
                        "thresholds.time_box_seconds: kc_thresholds.time_box_seconds must be > 0, got -1.0"),
                yaml("negative nonzero count", OK + "thresholds: {min_nonzero_stress_count: -2}\n",
                        "thresholds.min_nonzero_stress_count: kc_thresholds.min_nonzero_stress_count must be >= 0, got -2"),
                yaml("unknown policy", OK + "constraint_policy: strict\n",
                        "constraint_policy: constraint_policy must be one of record, prefer_feasible, hard_fail; got 'strict'"),
                yaml("holdout settings without a holdout target", OK + "holdout: {mode: gate}\n",
                        "holdout: holdout settings given, but targets has no holdout target to apply them to"),
                yaml("unknown holdout mode", OK + "  holdout: {command: [w]}\nholdout: {mode: strict}\n",
                        "holdout.mode: holdout mode must be evidence_only or gate; got 'strict'"),
                yaml("holdout floor without the gate", OK + "  holdout: {command: [w]}\nholdout: {min_fitness: 0.0}\n",
                        "holdout.min_fitness: only applies with mode: gate (mode is evidence_only, which never changes the status)"),
                yaml("iterative with prefer_feasible", OK + "constraint_policy: prefer_feasible\niterative: {rounds: 2}\n",
                        "constraint_policy: iterative runs select under the record policy in every round"),
                yaml("iterative with a holdout gate", OK + "  holdout: {command: [w]}\nholdout: {mode: gate}\niterative: {}\n",
                        "holdout.mode: an iterative run evaluates its holdout once, as evidence only"),
                yaml("zero rounds", OK + "iterative: {rounds: 0}\n", "iterative.rounds: iterative.rounds must be >= 1, got 0"),
                yaml("zero per-round K", OK + "iterative: {per_round_unlock_k: 0}\n",
                        "iterative.per_round_unlock_k: unlock_k must be >= 1, got 0"),
                yaml("infinite min improvement", OK + "iterative: {min_improvement: .inf}\n",
                        "iterative.min_improvement: expected a finite number, got Infinity"),
                // Constraints.
                yaml("duplicate constraint", OK + "constraints:\n  - {name: c, expr: 'true'}\n  - {name: c, expr: 'false'}\n",
                        "constraints[1].name: duplicate constraint name \"c\" (also constraints[0])"),
                yaml("constraint without expr", OK + "constraints:\n  - {name: c}\n", "constraints[0].expr: required key is missing"),
                yaml("constraint without name", OK + "constraints:\n  - {expr: 'true'}\n", "constraints[0].name: required key is missing"),
                yaml("CEL syntax error", OK + "constraints:\n  - {name: c, expr: 'metadata.risk <'}\n",
                        "constraints[0].expr: constraint 'c' does not compile:\nERROR: <input>:1:16: "),
                yaml("CEL undeclared variable", OK + "constraints:\n  - {name: risky, expr: 'risk < 2.0'}\n",
                        "constraints[0].expr: constraint 'risky' does not compile:\nERROR: <input>:1:1: undeclared reference to 'risk'"),
                yaml("CEL non-boolean", OK + "constraints:\n  - {name: c, expr: 'fitness * 2.0'}\n",
                        "constraints[0].expr: constraint 'c' is an expression of type double; a constraint must be a boolean"),
                yaml("CEL int plus double", OK + "constraints:\n  - {name: c, expr: 'fitness + 1 > 0.0'}\n",
                        "constraints[0].expr: constraint 'c' does not compile:\nERROR: <input>:1:9: found no matching overload for '_+_' applied to '(double, int)'"));
    }

    static Arguments yaml(String what, String content, String message) {
        return Arguments.of(what, "spec.yaml", content, message);
    }

    static Arguments json(String what, String content, String message) {
        return Arguments.of(what, "spec.json", content, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejected(String what, String fileName, String content, String message) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, content);
        BadInputException e = catchThrowableOfType(BadInputException.class, () -> SpecFile.load(file));
        assertThat(e).as(what + ": should be rejected").isNotNull();
        assertThat(e.getMessage()).startsWith(file + ": " + message);
    }

    @Test
    void theValidBaseLoads() throws IOException {
        Path file = dir.resolve("spec.yaml");
        Files.writeString(file, OK);
        assertThat(SpecFile.load(file).space().names()).containsExactly("x", "n", "flag", "mode");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nope.yaml");
        assertThat(catchThrowableOfType(BadInputException.class, () -> SpecFile.load(file)))
                .hasMessage(file + ": spec file not found");
    }

    @Test
    void messagesUseThePathAsGiven() throws IOException {
        Path file = dir.resolve("spec.yaml");
        Files.writeString(file, OK + "unlock_k: 0\n");
        Path relative = Path.of("").toAbsolutePath().relativize(file);
        assertThat(catchThrowableOfType(BadInputException.class, () -> SpecFile.load(relative)))
                .hasMessage(relative + ": unlock_k: unlock_k must be >= 1, got 0");
    }
}
