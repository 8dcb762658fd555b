package io.omegalock.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.audit.AuditRecord;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Targets;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What constraint expressions see and how they compare (through {@link SpecConstraints}, so plain
 * comparisons go the direct way and the rest through CEL): int and float parameters, JSON ints and
 * doubles in metadata, fitness and n_trials, nulls, nesting, and expressions that throw or do
 * not give a boolean (the constraint fails, and the audit trail keeps the message).
 */
class CelConstraintsTest {
    static final ParamSpace SPACE = ParamSpace.of(FloatParam.of("p0", -5, 5, 0.5), IntParam.of("n0", 1, 20, 10),
            BoolParam.of("b0", true), ChoiceParam.of("mode", List.of("fast", "safe"), "fast"));
    static final Params PARAMS = SPACE.neutral();
    static final EvalResult RESULT = EvalResult.of(1.25, 120, metadata());

    static Map<String, Object> metadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("risk", 1.5);
        m.put("count", 3L);
        m.put("tag", "quad");
        m.put("none", null);
        m.put("big", new BigInteger("123456789012345678901234567890"));
        m.put("list", Arrays.asList(1L, 2.0, null));
        m.put("nested", Map.of("inner", 2L, "deeper", Map.of("x", 0.5)));
        return m;
    }

    static Constraint compile(String expr) {
        SpecNode at = SpecNode.root("spec.yaml", Map.of()).child("constraints[0]", null).child("expr", expr);
        return SpecConstraints.compile(List.of(new ConstraintSpec("c", expr, "")), List.of(at)).get(0);
    }

    static boolean test(String expr, Params params, EvalResult result) throws Exception {
        return compile(expr).predicate().test(params, result);
    }

    static Stream<Arguments> holds() {
        return Stream.of(
                // A float parameter against double and int literals.
                Arguments.of("params.p0 <= 1.0", true), Arguments.of("params.p0 <= 1", true),
                Arguments.of("params.p0 > 0.5", false), Arguments.of("params.p0 == 0.5", true),
                // An int parameter against int and double literals.
                Arguments.of("params.n0 <= 10", true), Arguments.of("params.n0 < 10", false),
                Arguments.of("params.n0 <= 10.0", true), Arguments.of("params.n0 < 9.5", false),
                Arguments.of("params.n0 == 10.0", true), Arguments.of("params.n0 + 1 == 11", true),
                // Metadata doubles and ints, either literal kind.
                Arguments.of("metadata.risk < 2.0", true), Arguments.of("metadata.risk < 2", true),
                Arguments.of("metadata.risk < 1", false), Arguments.of("metadata.count >= 3.0", true),
                Arguments.of("metadata.count == 3", true), Arguments.of("metadata.big > 1", true),
                // fitness (double) and n_trials (int).
                Arguments.of("fitness > 1.0", true), Arguments.of("fitness > 1", true), Arguments.of("fitness >= 1.5", false),
                Arguments.of("n_trials >= 120", true), Arguments.of("n_trials > 119.5", true), Arguments.of("n_trials > 120", false),
                Arguments.of("fitness * 2.0 > double(n_trials) / 100.0", true),
                // Bools, choices, strings, nulls, nesting, macros.
                Arguments.of("params.b0", true), Arguments.of("!params.b0", false),
                Arguments.of("params.mode == 'fast'", true), Arguments.of("params.mode in ['safe']", false),
                Arguments.of("metadata.tag.startsWith('qu')", true), Arguments.of("metadata.none == null", true),
                Arguments.of("has(metadata.risk) && !has(metadata.nope)", true), Arguments.of("'risk' in metadata", true),
                Arguments.of("metadata.nested.inner > 1 && metadata.nested.deeper.x == 0.5", true),
                Arguments.of("metadata.list[1] == 2 && metadata.list[2] == null", true),
                Arguments.of("size(metadata.list) == 3", true),
                Arguments.of("params.all(k, k != 'secret')", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void holds(String expr, boolean expected) throws Exception {
        assertThat(test(expr, PARAMS, RESULT)).isEqualTo(expected);
    }

    @Test
    void jsonIntegerAndDoubleMetadataCompareAlike() throws Exception {
        Constraint c = compile("metadata.risk < 2.0");
        assertThat(c.predicate().test(PARAMS, EvalResult.of(0, 1, Map.of("risk", 1L)))).isTrue();
        assertThat(c.predicate().test(PARAMS, EvalResult.of(0, 1, Map.of("risk", 1.99)))).isTrue();
        assertThat(c.predicate().test(PARAMS, EvalResult.of(0, 1, Map.of("risk", 2L)))).isFalse();
        assertThat(c.predicate().test(PARAMS, EvalResult.of(0, 1, Map.of("risk", 2.0)))).isFalse();
    }

    @Test
    void theParamsAreTheEvaluatedOnes() throws Exception {
        Constraint c = compile("params.p0 <= 1.0 && params.n0 <= 10");
        assertThat(c.predicate().test(PARAMS.with("p0", 1.0), RESULT)).isTrue();
        assertThat(c.predicate().test(PARAMS.with("p0", 1.0000001), RESULT)).isFalse();
        assertThat(c.predicate().test(PARAMS.with("n0", 11L), RESULT)).isFalse();
    }

    static Stream<Arguments> failsWithTheMessage() {
        return Stream.of(
                Arguments.of("metadata.nope < 1.0", "key 'nope' is not present in map"),
                Arguments.of("1 / (n_trials - 120) > 0", "/ by zero"),
                Arguments.of("params.p0", "the expression gave 0.5 (double), not a boolean"),
                Arguments.of("metadata.tag", "the expression gave the string \"quad\", not a boolean"),
                Arguments.of("metadata.none", "not a boolean"),
                Arguments.of("metadata.tag < 2.0", "No matching overload"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void failsWithTheMessage(String expr, String message) {
        assertThatThrownBy(() -> test(expr, PARAMS, RESULT)).isInstanceOf(CelConstraints.EvaluationException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theAuditTrailRecordsAFailingExpressionAsAFailedConstraintWithItsMessage() throws Exception {
        Constraint ok = compile("fitness > 0.0");
        Constraint broken = SpecConstraints.compile(List.of(new ConstraintSpec("broken", "metadata.nope > 1.0", "d")),
                List.of(SpecNode.root("spec.yaml", Map.of()).child("expr", "x"))).get(0);
        AuditTrail trail = AuditTrail.of(ok, broken);
        EvalResult r = trail.wrap(Targets.of(SPACE, p -> 1.25, p -> 120L, p -> metadata()), "train").evaluate(PARAMS);

        AuditRecord rec = trail.records().get(0);
        assertThat(rec.constraintsPassed()).containsExactly("c");
        assertThat(rec.constraintsFailed()).containsExactly("broken");
        assertThat(((Map<?, ?>) rec.metadata().get("_constraint_errors")).get("broken").toString())
                .startsWith("EvaluationException: ").contains("key 'nope' is not present in map");
        assertThat(r.metadata().get("_constraints_failed")).isEqualTo(List.of("broken"));
    }

    @Test
    void nullsAndWideIntegersBecomeCelValuesWithoutCopyingWhatNeedsNoChange() {
        Map<String, Object> plain = Map.of("a", 1L, "b", List.of(2.0, "x"));
        assertThat(CelConstraints.celValue(plain)).isSameAs(plain);
        Object converted = CelConstraints.celValue(metadata());
        assertThat(((Map<?, ?>) converted).get("none")).isEqualTo(dev.cel.common.values.NullValue.NULL_VALUE);
        assertThat(((Map<?, ?>) converted).get("big")).isEqualTo(1.2345678901234568e29);
        assertThat(CelConstraints.celValue(7)).isEqualTo(7L);
    }
}
