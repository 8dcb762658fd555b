package io.omegalock.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.audit.Constraint;
import io.omegalock.space.BoolParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct path for plain comparisons against CEL itself: everything recognised must be an
 * expression CEL compiles as a boolean, and on any values, awkward ones included (NaN, signed
 * zeros, infinities, ints beyond 2^53, Integer, BigInteger, strings, booleans, nulls, absent
 * keys), a recognised constraint must answer what CEL answers, or fail with CEL's message.
 */
class SimpleConstraintTest {
    static final ParamSpace SPACE = ParamSpace.of(FloatParam.of("p0", -5, 5, 0.5), IntParam.of("n0", 1, 20, 10),
            BoolParam.of("b0", true));

    private static final String[] OPERANDS = {"params.p0", "params.n0", "params.b0", "params.zz", "metadata.a",
        "metadata.b", "metadata.c", "metadata.none", "metadata.absent", "fitness", "n_trials", "0", "-0", "1", "-5",
        "10", "0.0", "-0.0", "2.5e-3", "1e3", "-1.5E+2", "9007199254740993", "-9007199254740993", "1e300",
        "9223372036854775807", "0.5", "  params.p0  ", "metadata.in_range"};
    private static final String[] OPS = {"<", "<=", ">", ">="};

    private static SpecNode at(String expr) {
        return SpecNode.root("spec.yaml", Map.of()).child("constraints[0]", null).child("expr", expr);
    }

    private static Constraint.Predicate cel(String expr) {
        return CelConstraints.predicate(new ConstraintSpec("c", expr, ""), at(expr));
    }

    private static Constraint.Predicate direct(String expr) {
        return SpecConstraints.compile(List.of(new ConstraintSpec("c", expr, "")), List.of(at(expr))).get(0).predicate();
    }

    @ParameterizedTest
    @ValueSource(strings = {"metadata.risk < 2.0", "params.p0 <= 1.0", "n_trials >= 50", "fitness>-1",
        "params.p0 <= 1 && metadata.risk < 2.0 || !(n_trials < 10)", "(fitness > 0.0)", "!((fitness > 0.0))",
        "1 < 2", "params.in_x < 1", "params._x9 >= -0.5e-3", "metadata.risk\n<\t2.0"})
    void recognised(String expr) {
        assertThat(SimpleConstraint.parse(expr)).as(expr).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"params.p0 == 1.0", "params.p0 != 1.0", "params.b0", "!params.b0", "!params.p0 < 1.0",
        "params.p0 < 1.0 < 2.0", "params.in < 1", "params.null < 1", "params[\"p0\"] < 1.0", "size(params) > 1",
        "has(params.p0)", "params.p0 < 1u", "params.p0 < 0x10", "params.p0 < 1.", "params.p0 < .5", "params.p0 < 1e",
        "params.p0 < - 1", "params.p0 < 99999999999999999999", "params.p0 < -9223372036854775808", "params.p0 < 1e400",
        "params.p0 < 'a'", "metadata.tag.x < 1", "fitness.x < 1", "other < 1", "params < 1", "params.p0 < 1 // c",
        "params.p0 + 1.0 < 2.0", "params.é < 1", "", "(params.p0 < 1", "params.p0 < 1)", "params.p0 < 1 &", "true"})
    void leftToCel(String expr) {
        assertThat(SimpleConstraint.parse(expr)).as(expr).isEmpty();
    }

    @Test
    void nestingIsRecognisedOnlyWellInsideWhatCelCompiles() {
        String sixteen = "(".repeat(16) + "fitness > 0.0" + ")".repeat(16);
        assertThat(SimpleConstraint.parse(sixteen)).isPresent();
        cel(sixteen);
        assertThat(SimpleConstraint.parse("(".repeat(17) + "fitness > 0.0" + ")".repeat(17))).isEmpty();
        // CEL itself refuses this one (recursion limit): it must reach CEL to be refused.
        String deep = "(".repeat(300) + "fitness > 0.0" + ")".repeat(300);
        assertThat(SimpleConstraint.parse(deep)).isEmpty();
        assertThatThrownBy(() -> cel(deep)).isInstanceOf(BadInputException.class).hasMessageContaining("does not compile");
    }

    /** Random trees over the subset, and mutations of them that leave it. */
    private static List<String> corpus(Random rnd) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            out.add(tree(rnd, 3));
        }
        return out;
    }

    private static String tree(Random rnd, int depth) {
        int pick = depth == 0 ? 0 : rnd.nextInt(6);
        return switch (pick) {
            case 0, 1, 2 -> OPERANDS[rnd.nextInt(OPERANDS.length)] + " " + OPS[rnd.nextInt(OPS.length)] + " "
                    + OPERANDS[rnd.nextInt(OPERANDS.length)];
            case 3 -> tree(rnd, depth - 1) + " && " + tree(rnd, depth - 1);
            case 4 -> tree(rnd, depth - 1) + " || " + tree(rnd, depth - 1);
            default -> (rnd.nextBoolean() ? "!" : "") + "(" + tree(rnd, depth - 1) + ")";
        };
    }

    @Test
    void everyRecognisedExpressionIsOneCelCompiles() {
        Random rnd = new Random(7);
        int recognised = 0;
        for (String expr : corpus(rnd)) {
            if (SimpleConstraint.parse(expr).isPresent()) {
                recognised++;
                cel(expr); // throws BadInputException if CEL does not compile it as a boolean
            }
        }
        assertThat(recognised).isGreaterThan(300);
    }

    private static Object awkward(Random rnd) {
        return switch (rnd.nextInt(16)) {
            case 0 -> Double.NaN;
            case 1 -> rnd.nextBoolean() ? 0.0 : -0.0;
            case 2 -> rnd.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 3 -> (1L << 53) + rnd.nextInt(3) - 1;
            case 4 -> rnd.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
            case 5 -> rnd.nextInt(21) - 10;
            case 6 -> BigInteger.valueOf(rnd.nextInt(100));
            case 7 -> "s";
            case 8 -> rnd.nextBoolean();
            case 9 -> null;
            case 10 -> (double) (rnd.nextInt(21) - 10);
            case 11 -> (long) (rnd.nextInt(21) - 10);
            case 12 -> 9.007199254740993e15;
            default -> (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(8) - 3);
        };
    }

    private static Object outcome(Constraint.Predicate p, Params params, EvalResult r) {
        try {
            return p.test(params, r);
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    @Test
    void recognisedConstraintsAnswerWhatCelAnswersOnAwkwardValues() {
        Random rnd = new Random(11);
        List<String> exprs = corpus(rnd).stream().filter(e -> SimpleConstraint.parse(e).isPresent()).limit(150).toList();
        int decided = 0;
        int delegated = 0;
        for (String expr : exprs) {
            Constraint.Predicate want = cel(expr);
            Constraint.Predicate got = direct(expr);
            SimpleConstraint.Expr parsed = SimpleConstraint.parse(expr).orElseThrow();
            for (int i = 0; i < 60; i++) {
                Params params = SPACE.neutral().with("p0", rnd.nextInt(41) * 0.25 - 5).with("n0", (long) (1 + rnd.nextInt(20)))
                        .with("b0", rnd.nextBoolean());
                Map<String, Object> metadata = new HashMap<>();
                metadata.put("a", awkward(rnd));
                metadata.put("b", awkward(rnd));
                metadata.put("c", rnd.nextInt(5) - 2.0);
                metadata.put("none", null);
                metadata.put("in_range", rnd.nextDouble());
                Object f = awkward(rnd);
                double fitness = f instanceof Double d ? d : rnd.nextGaussian();
                EvalResult r = EvalResult.of(fitness, rnd.nextInt(200), metadata);
                assertThat(outcome(got, params, r)).as("%s on %s, fitness %s", expr, metadata, fitness)
                        .isEqualTo(outcome(want, params, r));
                if (parsed.evaluate(params, r) != null) {
                    decided++;
                } else {
                    delegated++;
                }
            }
        }
        // Both paths are exercised: most comparisons are decided directly, awkward values go to CEL.
        assertThat(decided).isGreaterThan(1000);
        assertThat(delegated).isGreaterThan(1000);
    }

    @Test
    void thePlainConstraintsOfASpecAreDecidedWithoutCel() throws Exception {
        Params params = SPACE.neutral();
        EvalResult r = EvalResult.of(-1.0, 70, Map.of("risk", 1.0, "tag", "quad"));
        for (String expr : List.of("metadata.risk < 2.0", "params.p0 <= 1.0", "n_trials >= 50")) {
            assertThat(SimpleConstraint.parse(expr).orElseThrow().evaluate(params, r)).as(expr).isTrue();
            assertThat(direct(expr).test(params, r)).isTrue();
        }
        assertThat(SimpleConstraint.parse("metadata.tag < 2.0").orElseThrow().evaluate(params, r)).isNull();
    }
}
