package io.omegalock.cli.spec;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.values.NullValue;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import io.omegalock.OmegaLockException;
import io.omegalock.audit.Constraint;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles constraint expressions with CEL, once, at load time. The only class that touches
 * CEL, so the CEL runtime (and its protobuf and Guava dependencies) is loaded only when a spec
 * declares constraints: commands that never read a spec start without it.
 *
 * <p>Declared variables: {@code params} and {@code metadata} as {@code map(string, dyn)},
 * {@code fitness} as {@code double}, {@code n_trials} as {@code int}. Heterogeneous numeric
 * comparisons are enabled, so {@code params.n0 <= 10} (an int parameter), {@code params.p0 <= 1}
 * and {@code metadata.risk < 2.0} hold whichever of int and double either side is; arithmetic
 * stays strict as CEL defines it ({@code fitness + 1} does not compile, {@code fitness + 1.0}
 * does). The standard macros ({@code has}, {@code all}, {@code exists}, ...) are available.
 */
final class CelConstraints {

    private CelConstraints() {
    }

    /** The environment is built once per JVM, on first use (a few hundred milliseconds). */
    private static final class Env {
        static final Cel CEL = CelFactory.standardCelBuilder()
                .setOptions(CelOptions.current().enableHeterogeneousNumericComparisons(true).build())
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addVar("params", MapType.create(SimpleType.STRING, SimpleType.DYN))
                .addVar("metadata", MapType.create(SimpleType.STRING, SimpleType.DYN))
                .addVar("fitness", SimpleType.DOUBLE)
                .addVar("n_trials", SimpleType.INT)
                .build();
    }

    /** A constraint expression that failed when evaluated; the audit trail keeps its message. */
    static final class EvaluationException extends OmegaLockException {
        private static final long serialVersionUID = 1L;

        EvaluationException(String message) {
            super(message);
        }
    }

    /**
     * @param spec the declared constraint
     * @param at   its {@code expr} node, for error messages
     * @return CEL's test of the expression
     * @throws io.omegalock.BadInputException naming the constraint and key path when the
     *     expression does not compile or cannot be a boolean
     */
    static Constraint.Predicate predicate(ConstraintSpec spec, SpecNode at) {
        CelValidationResult r = Env.CEL.compile(spec.expr());
        if (r.hasError()) {
            throw at.error("constraint '" + spec.name() + "' does not compile:\n" + r.getErrorString());
        }
        CelRuntime.Program program;
        try {
            CelAbstractSyntaxTree ast = r.getAst();
            CelKind kind = ast.getResultType().kind();
            if (kind != CelKind.BOOL && kind != CelKind.DYN) {
                throw at.error("constraint '" + spec.name() + "' is an expression of type " + ast.getResultType().name()
                        + "; a constraint must be a boolean expression, e.g. fitness > 0.0");
            }
            program = Env.CEL.createProgram(ast);
        } catch (CelValidationException | CelEvaluationException e) {
            throw at.error("constraint '" + spec.name() + "' does not compile: " + e.getMessage());
        }
        String name = spec.name();
        return (params, result) -> test(name, program, params, result);
    }

    private static boolean test(String name, CelRuntime.Program program, Params params, EvalResult result) {
        Map<String, Object> vars = new HashMap<>(8);
        vars.put("params", params.asMap());
        vars.put("fitness", result.fitness());
        vars.put("n_trials", result.nTrials());
        vars.put("metadata", celValue(result.metadata()));
        Object out;
        try {
            out = program.eval(vars);
        } catch (CelEvaluationException e) {
            throw new EvaluationException(e.getMessage());
        }
        if (out instanceof Boolean b) {
            return b;
        }
        throw new EvaluationException("the expression gave " + describe(out) + ", not a boolean");
    }

    /**
     * Maps JSON-like values to what CEL accepts: null to CEL's null, every integer to a
     * {@code long} (beyond 64 bits: a double), floats to doubles, recursively. Containers that
     * need no change are passed as they are.
     */
    static Object celValue(Object v) {
        if (v == null) {
            return NullValue.NULL_VALUE;
        }
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> copy = null;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                Object cv = celValue(e.getValue());
                if (copy == null && cv != e.getValue()) {
                    copy = new LinkedHashMap<>(m);
                }
                if (copy != null) {
                    copy.put(e.getKey(), cv);
                }
            }
            return copy == null ? m : copy;
        }
        if (v instanceof List<?> l) {
            List<Object> copy = null;
            for (int i = 0; i < l.size(); i++) {
                Object cv = celValue(l.get(i));
                if (copy == null && cv != l.get(i)) {
                    copy = new ArrayList<>(l);
                }
                if (copy != null) {
                    copy.set(i, cv);
                }
            }
            return copy == null ? l : copy;
        }
        return v;
    }

    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "the string \"" + s + "\"";
        }
        String type = v instanceof Double ? "double" : v instanceof Long ? "int" : v instanceof Map ? "map"
                : v instanceof List ? "list" : v.getClass().getSimpleName();
        return v + " (" + type + ")";
    }
}
