package io.omegalock.cli.spec;

import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The constraints most specs declare, {@code metadata.risk < 2.0}, {@code params.p0 <= 1.0},
 * {@code n_trials >= 50} and their conjunctions, decided without CEL. Building CEL's environment
 * costs a short command about a tenth of a second, and each CEL evaluation a few microseconds
 * in a cold JVM: 64,000 candidates with three constraints spend more time in CEL than in the
 * rest of the run.
 *
 * <p>The subset: comparisons ({@code < <= > >=}) between {@code params.NAME},
 * {@code metadata.NAME}, {@code fitness}, {@code n_trials} and decimal int or double literals,
 * joined by {@code &&} and {@code ||}, in parentheses, negated as {@code !(...)}. Anything else
 * is not recognised and goes to CEL as before. A recognised expression is one CEL compiles in
 * the spec's environment, and a comparison is decided here only where CEL's answer is plain:
 * both sides {@code Long} or {@code Double}, no NaN, and for an int against a double only when
 * the int is exact as a double and the double is not zero (CEL's mixed comparison orders
 * {@code -0.0} below {@code 0}). Everything else, an absent key, a string, a boolean, a null, a
 * big integer, is evaluated by CEL itself ({@link #evaluate} answers null), so results and
 * error messages are CEL's. {@code SimpleConstraintTest} checks both against CEL.
 */
final class SimpleConstraint {
    private SimpleConstraint() {
    }

    /** CEL's reserved words: not field names a CEL expression can select. */
    private static final Set<String> RESERVED = Set.of("as", "break", "const", "continue", "else", "for", "function",
            "if", "import", "let", "loop", "package", "namespace", "return", "var", "void", "while", "in", "null",
            "true", "false");

    /** A recognised expression. */
    sealed interface Expr {
        /**
         * @param params the evaluated params
         * @param result what the target returned
         * @return the answer, or null when CEL must decide (a value this class does not compare)
         */
        Boolean evaluate(Params params, EvalResult result);
    }

    /** @param terms true when any is (all decided) */
    record Or(List<Expr> terms) implements Expr {
        @Override
        public Boolean evaluate(Params params, EvalResult result) {
            boolean any = false;
            for (Expr e : terms) {
                Boolean b = e.evaluate(params, result);
                if (b == null) {
                    return null;
                }
                any |= b;
            }
            return any;
        }
    }

    /** @param terms true when all are (all decided) */
    record And(List<Expr> terms) implements Expr {
        @Override
        public Boolean evaluate(Params params, EvalResult result) {
            boolean all = true;
            for (Expr e : terms) {
                Boolean b = e.evaluate(params, result);
                if (b == null) {
                    return null;
                }
                all &= b;
            }
            return all;
        }
    }

    /** @param term negated */
    record Not(Expr term) implements Expr {
        @Override
        public Boolean evaluate(Params params, EvalResult result) {
            Boolean b = term.evaluate(params, result);
            return b == null ? null : !b;
        }
    }

    /** The comparison operators of the subset. */
    enum Op {
        LT, LE, GT, GE;

        boolean holds(int cmp) {
            return switch (this) {
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        }

        boolean holds(double a, double b) {
            return switch (this) {
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
            };
        }
    }

    /**
     * @param left  left operand
     * @param op    operator
     * @param right right operand
     */
    record Compare(Operand left, Op op, Operand right) implements Expr {
        private static final double EXACT = 0x1p53;

        @Override
        public Boolean evaluate(Params params, EvalResult result) {
            Object a = left.value(params, result);
            Object b = right.value(params, result);
            if (a instanceof Long x && b instanceof Long y) {
                return op.holds(Long.compare(x, y));
            }
            if (a instanceof Double x && b instanceof Double y) {
                return x.isNaN() || y.isNaN() ? null : op.holds(x, y);
            }
            if (a instanceof Long x && b instanceof Double y) {
                return mixedPlain(x, y) ? op.holds((double) x, y) : null;
            }
            if (a instanceof Double x && b instanceof Long y) {
                return mixedPlain(y, x) ? op.holds(x, (double) y) : null;
            }
            return null;
        }

        private static boolean mixedPlain(long l, double d) {
            return !Double.isNaN(d) && d != 0.0 && Math.abs((double) l) <= EXACT;
        }
    }

    /** What a comparison compares. */
    sealed interface Operand {
        /** @return a {@code Long}, a {@code Double}, or anything else (then CEL decides) */
        Object value(Params params, EvalResult result);
    }

    /** @param name the parameter */
    record Param(String name) implements Operand {
        @Override
        public Object value(Params params, EvalResult result) {
            return params.asMap().get(name);
        }
    }

    /** @param name the metadata key */
    record Metadata(String name) implements Operand {
        @Override
        public Object value(Params params, EvalResult result) {
            return result.metadata().get(name);
        }
    }

    /** {@code fitness}. */
    record Fitness() implements Operand {
        @Override
        public Object value(Params params, EvalResult result) {
            return result.fitness();
        }
    }

    /** {@code n_trials}. */
    record Trials() implements Operand {
        @Override
        public Object value(Params params, EvalResult result) {
            return (long) result.nTrials();
        }
    }

    /** @param value a {@code Long} or a finite {@code Double} */
    record Literal(Object value) implements Operand {
        @Override
        public Object value(Params params, EvalResult result) {
            return value;
        }
    }

    /**
     * @param expr a constraint expression
     * @return the expression when it is in the subset, else empty (CEL takes it)
     */
    static Optional<Expr> parse(String expr) {
        try {
            Parser p = new Parser(expr);
            Expr e = p.or();
            p.skipSpace();
            return p.at == expr.length() ? Optional.of(e) : Optional.empty();
        } catch (NotSimple e) {
            return Optional.empty();
        }
    }

    /** Thrown inside the parser at the first thing outside the subset. */
    private static final class NotSimple extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSimple() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        /**
         * Deepest parenthesis nesting recognised. CEL refuses expressions nested about 250 deep
         * (its recursion limit), and recursive descent should not go near the stack's end.
         */
        private static final int MAX_DEPTH = 16;

        private final String s;
        private int at;
        private int depth;

        Parser(String s) {
            this.s = s;
        }

        Expr or() {
            List<Expr> terms = new ArrayList<>(List.of(and()));
            while (take("||")) {
                terms.add(and());
            }
            return terms.size() == 1 ? terms.get(0) : new Or(List.copyOf(terms));
        }

        Expr and() {
            List<Expr> terms = new ArrayList<>(List.of(atom()));
            while (take("&&")) {
                terms.add(atom());
            }
            return terms.size() == 1 ? terms.get(0) : new And(List.copyOf(terms));
        }

        Expr atom() {
            if (take("!")) {
                if (!take("(")) {
                    throw new NotSimple();
                }
                return new Not(nested());
            }
            if (take("(")) {
                return nested();
            }
            Operand left = operand();
            Op op = take("<=") ? Op.LE : take(">=") ? Op.GE : take("<") ? Op.LT : take(">") ? Op.GT : null;
            if (op == null) {
                throw new NotSimple();
            }
            return new Compare(left, op, operand());
        }

        /** The expression after an opening parenthesis, and its closing one. */
        private Expr nested() {
            if (++depth > MAX_DEPTH) {
                throw new NotSimple();
            }
            Expr e = or();
            if (!take(")")) {
                throw new NotSimple();
            }
            depth--;
            return e;
        }

        Operand operand() {
            skipSpace();
            if (at < s.length() && (s.charAt(at) == '-' || isDigit(s.charAt(at)))) {
                return number();
            }
            String root = identifier();
            switch (root) {
                case "fitness":
                    return new Fitness();
                case "n_trials":
                    return new Trials();
                case "params":
                case "metadata":
                    if (!take(".")) {
                        throw new NotSimple();
                    }
                    String field = identifier();
                    if (RESERVED.contains(field)) {
                        throw new NotSimple();
                    }
                    // Interned: a target's metadata keys are usually constants, found by identity.
                    return root.equals("params") ? new Param(field.intern()) : new Metadata(field.intern());
                default:
                    throw new NotSimple();
            }
        }

        private String identifier() {
            skipSpace();
            int start = at;
            if (at < s.length() && (Character.isLetter(s.charAt(at)) && s.charAt(at) < 128 || s.charAt(at) == '_')) {
                at++;
                while (at < s.length() && isWordChar(s.charAt(at))) {
                    at++;
                }
                return s.substring(start, at);
            }
            throw new NotSimple();
        }

        /** A decimal int that fits a long, or a double with digits on both sides of the point. */
        private Operand number() {
            int start = at;
            if (s.charAt(at) == '-') {
                at++;
            }
            digits();
            boolean isDouble = false;
            if (at < s.length() && s.charAt(at) == '.') {
                at++;
                digits();
                isDouble = true;
            }
            if (at < s.length() && (s.charAt(at) == 'e' || s.charAt(at) == 'E')) {
                at++;
                if (at < s.length() && (s.charAt(at) == '+' || s.charAt(at) == '-')) {
                    at++;
                }
                digits();
                isDouble = true;
            }
            if (at < s.length() && (isWordChar(s.charAt(at)) || s.charAt(at) == '.')) {
                throw new NotSimple();
            }
            String text = s.substring(start, at);
            if (isDouble) {
                double d = Double.parseDouble(text);
                if (Double.isInfinite(d)) {
                    throw new NotSimple();
                }
                return new Literal(d);
            }
            try {
                // Long.MIN_VALUE's magnitude does not fit: left to CEL with every other edge.
                long magnitude = Long.parseLong(text.substring(text.startsWith("-") ? 1 : 0));
                return new Literal(text.startsWith("-") ? -magnitude : magnitude);
            } catch (NumberFormatException e) {
                throw new NotSimple();
            }
        }

        /** Passes one or more decimal digits; none is not a number of the subset. */
        private void digits() {
            int start = at;
            while (at < s.length() && isDigit(s.charAt(at))) {
                at++;
            }
            if (at == start) {
                throw new NotSimple();
            }
        }

        private boolean take(String token) {
            skipSpace();
            if (s.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        void skipSpace() {
            while (at < s.length() && " \t\n\r\f".indexOf(s.charAt(at)) >= 0) {
                at++;
            }
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isWordChar(char c) {
            return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
        }
    }
}
