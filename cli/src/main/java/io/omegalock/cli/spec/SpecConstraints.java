package io.omegalock.cli.spec;

import io.omegalock.audit.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a spec's declared constraints into the audit trail's: a plain comparison
 * ({@link SimpleConstraint}) is decided directly, with CEL compiled for it only when a value it
 * meets needs CEL; every other expression is compiled with CEL at load, as before
 * ({@link CelConstraints}). A spec whose constraints are all plain never loads CEL unless such a
 * value comes; the answers and error messages are CEL's either way.
 */
final class SpecConstraints {
    private SpecConstraints() {
    }

    /**
     * @param specs the declared constraints
     * @param exprs the {@code expr} node of each, for error messages
     * @return one constraint per spec, in order
     * @throws io.omegalock.BadInputException naming the constraint and key path when an
     *     expression CEL must compile does not compile or cannot be a boolean
     */
    static List<Constraint> compile(List<ConstraintSpec> specs, List<SpecNode> exprs) {
        List<Constraint> out = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ConstraintSpec spec = specs.get(i);
            Optional<SimpleConstraint.Expr> simple = SimpleConstraint.parse(spec.expr());
            Constraint.Predicate test = simple.isPresent() ? direct(simple.get(), new LazyCel(spec, exprs.get(i)))
                    : CelConstraints.predicate(spec, exprs.get(i));
            out.add(Constraint.of(spec.name(), spec.description(), test));
        }
        return out;
    }

    private static Constraint.Predicate direct(SimpleConstraint.Expr expr, LazyCel cel) {
        return (params, result) -> {
            Boolean b = expr.evaluate(params, result);
            return b != null ? b : cel.get().test(params, result);
        };
    }

    /** CEL's predicate for an expression, compiled on first use, once, whichever thread asks first. */
    private static final class LazyCel {
        private final ConstraintSpec spec;
        private final SpecNode at;
        private volatile Constraint.Predicate predicate;

        LazyCel(ConstraintSpec spec, SpecNode at) {
            this.spec = spec;
            this.at = at;
        }

        Constraint.Predicate get() {
            Constraint.Predicate p = predicate;
            if (p == null) {
                synchronized (this) {
                    p = predicate;
                    if (p == null) {
                        p = CelConstraints.predicate(spec, at);
                        predicate = p;
                    }
                }
            }
            return p;
        }
    }
}
