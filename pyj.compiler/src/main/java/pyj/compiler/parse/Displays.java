// Parenthesized expressions, tuples, lists, sets, dicts and comprehensions, with CPython's messages for malformed ones.
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Comprehension;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.error.CompileError;
import pyj.compiler.tokenize.Token;

/**
 * The atoms that start with a bracket. Each is read in one go, the first element deciding the
 * kind; when that fails in the second pass, the invalid rules CPython tries after the valid
 * alternatives (invalid_group, invalid_comprehension, invalid_double_starred_kvpairs,
 * invalid_dict_comprehension) are tried from the opening bracket.
 */
final class Displays {
    private Displays() {}

    /** '(' : tuple | group | genexp */
    static Expr parenthesized(Parser p) {
        int open = p.mark();
        try {
            return parenthesizedAtom(p);
        } catch (Parser.Failure f) {
            if (p.invalidRules) {
                p.reset(open);
                invalidGroup(p);
                p.reset(open);
                invalidComprehension(p, false);
            }
            throw f;
        }
    }

    private static Expr parenthesizedAtom(Parser p) {
        Token open = p.next();
        if (p.atOp(")")) {
            p.next();
            return new Expr.TupleExpr(List.of(), ExprContext.Load, p.pos(open));
        }
        if (p.atKeyword("yield")) {
            Expr y = p.yieldExpr();
            p.expectOp(")");
            return y;
        }
        Expr first = p.starNamedExpression();
        if (p.atComprehension()) {
            if (first instanceof Expr.Starred || first instanceof Expr.NamedExpr n && !namedFromName(n)) {
                throw Parser.fail();
            }
            List<Comprehension> gens = p.comprehensionClauses();
            p.expectOp(")");
            return new Expr.GeneratorExp(first, gens, p.pos(open));
        }
        if (p.atOp(")")) {
            p.next();
            if (first instanceof Expr.Starred) throw Parser.fail();
            p.parenthesized.add(first);
            return first;
        }
        p.expectOp(",");
        List<Expr> elts = moreElements(p, first);
        p.expectOp(")");
        return new Expr.TupleExpr(elts, ExprContext.Load, p.pos(open));
    }

    /** Whether a named expression is the assignment_expression a generator may start with (NAME ':=' ...). */
    private static boolean namedFromName(Expr.NamedExpr n) {
        return n.target() instanceof Expr.Name;
    }

    /** The elements after the first one and its comma: [star_named_expressions]. */
    private static List<Expr> moreElements(Parser p, Expr first) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        Expr e = p.attempt(p::starNamedExpression);
        if (e == null) return elts;
        elts.add(e);
        while (p.acceptOp(",")) {
            e = p.attempt(p::starNamedExpression);
            if (e == null) break;
            elts.add(e);
        }
        return elts;
    }

    /** The rest of a list or set after its first element: (',' star_named_expression)* [','] */
    private static List<Expr> restOfElements(Parser p, Expr first) {
        if (!p.acceptOp(",")) return new ArrayList<>(List.of(first));
        return moreElements(p, first);
    }

    /** '[' : list | listcomp */
    static Expr list(Parser p) {
        int open = p.mark();
        try {
            return listAtom(p);
        } catch (Parser.Failure f) {
            if (p.invalidRules) {
                p.reset(open);
                invalidComprehension(p, true);
            }
            throw f;
        }
    }

    private static Expr listAtom(Parser p) {
        Token open = p.next();
        List<Expr> elts = List.of();
        if (!p.atOp("]")) {
            Expr first = p.starNamedExpression();
            if (p.atComprehension()) {
                if (first instanceof Expr.Starred) throw Parser.fail();
                List<Comprehension> gens = p.comprehensionClauses();
                p.expectOp("]");
                return new Expr.ListComp(first, gens, p.pos(open));
            }
            elts = restOfElements(p, first);
        }
        p.expectOp("]");
        return new Expr.ListExpr(elts, ExprContext.Load, p.pos(open));
    }

    /** '{' : dict | set | dictcomp | setcomp */
    static Expr dictOrSet(Parser p) {
        int open = p.mark();
        try {
            return dictOrSetAtom(p);
        } catch (Parser.Failure f) {
            if (p.invalidRules) {
                p.reset(open);
                invalidDoubleStarredKvpairs(p);
                p.reset(open);
                invalidDictComprehension(p);
                p.reset(open);
                invalidComprehension(p, true);
            }
            throw f;
        }
    }

    private static Expr dictOrSetAtom(Parser p) {
        Token open = p.next();
        if (p.atOp("}")) {
            p.next();
            return new Expr.Dict(List.of(), List.of(), p.pos(open));
        }
        if (p.atOp("**")) return dictDisplay(p, open, null, null);
        Expr first = p.starNamedExpression();
        if (p.atOp(":") && !(first instanceof Expr.Starred)) {
            // A dict key is an expression, not a named expression.
            if (first instanceof Expr.NamedExpr && !p.parenthesized.contains(first)) throw Parser.fail();
            p.next();
            Expr value = p.expression();
            if (p.atComprehension()) {
                List<Comprehension> gens = p.comprehensionClauses();
                p.expectOp("}");
                return new Expr.DictComp(first, value, gens, p.pos(open));
            }
            return dictDisplay(p, open, first, value);
        }
        if (p.atComprehension()) {
            if (first instanceof Expr.Starred) throw Parser.fail();
            List<Comprehension> gens = p.comprehensionClauses();
            p.expectOp("}");
            return new Expr.SetComp(first, gens, p.pos(open));
        }
        List<Expr> elts = restOfElements(p, first);
        p.expectOp("}");
        return new Expr.SetExpr(elts, p.pos(open));
    }

    /** double_starred_kvpairs after the first pair (already read when its value is not null), then '}'. */
    private static Expr dictDisplay(Parser p, Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
        } else {
            doubleStarredKvpair(p, keys, values);
        }
        while (p.acceptOp(",")) {
            if (p.attempt(() -> doubleStarredKvpair(p, keys, values)) == null) break;
        }
        p.expectOp("}");
        return new Expr.Dict(keys, values, p.pos(open));
    }

    /** double_starred_kvpair: '**' bitwise_or | expression ':' expression; adds the pair (a null key for '**'). */
    private static Boolean doubleStarredKvpair(Parser p, List<Expr> keys, List<Expr> values) {
        if (p.acceptOp("**")) {
            Expr value = p.bitwiseOr();
            keys.add(null);
            values.add(value);
            return Boolean.TRUE;
        }
        Expr k = p.expression();
        p.expectOp(":");
        Expr v = p.expression();
        keys.add(k);
        values.add(v);
        return Boolean.TRUE;
    }

    // ---- invalid rules ----------------------------------------------------------------------------

    /** invalid_group: '(' starred_expression ')' | '(' '**' expression ')' */
    private static void invalidGroup(Parser p) {
        int open = p.mark();
        p.next();
        if (p.atOp("*")) {
            Expr a = p.attempt(p.callArguments::starredExpression);
            if (a != null && p.atOp(")")) throw p.errorAt(a.pos(), "cannot use starred expression here");
        }
        p.reset(open + 1);
        if (p.atOp("**")) {
            Token a = p.next();
            if (p.attempt(p::expression) != null && p.atOp(")")) {
                throw p.errorAt(a, "cannot use double starred expression here");
            }
        }
    }

    /**
     * invalid_comprehension at '(' (only its first alternative) or at '[' / '{' (all three):
     * a starred element, or a tuple element that needs parentheses.
     */
    static void invalidComprehension(Parser p, boolean bracketOrBrace) {
        int open = p.mark();
        p.next();
        if (p.atOp("*")) {
            Expr a = p.attempt(p.callArguments::starredExpression);
            if (a != null && p.atComprehension() && p.attempt(p::comprehensionClauses) != null) {
                throw p.errorAt(a.pos(), "iterable unpacking cannot be used in comprehension");
            }
        }
        if (!bracketOrBrace) return;
        p.reset(open + 1);
        Expr a = p.attempt(p::starNamedExpression);
        if (a == null || !p.atOp(",")) return;
        Token comma = p.next();
        int afterComma = p.mark();
        List<Expr> rest = p.attempt(p::starNamedExpressions);
        if (rest != null && p.atComprehension() && p.attempt(p::comprehensionClauses) != null) {
            throw p.errorRange(a.pos(), rest.get(rest.size() - 1).pos(),
                    "did you forget parentheses around the comprehension target?");
        }
        p.reset(afterComma);
        if (p.atComprehension() && p.attempt(p::comprehensionClauses) != null) {
            throw p.errorRange(a.pos(), p.span(comma), "did you forget parentheses around the comprehension target?");
        }
    }

    /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
    private static void invalidDictComprehension(Parser p) {
        p.next();
        if (!p.atOp("**")) return;
        Token a = p.next();
        if (p.attempt(p::bitwiseOr) != null && p.atComprehension() && p.attempt(p::comprehensionClauses) != null
                && p.atOp("}")) {
            throw p.errorAt(a, "dict unpacking cannot be used in dict comprehension");
        }
    }

    /**
     * invalid_double_starred_kvpairs, after '{': ','.double_starred_kvpair+ ',' invalid_kvpair
     * | expression ':' '*' bitwise_or | expression ':' &('}'|',')
     */
    private static void invalidDoubleStarredKvpairs(Parser p) {
        int start = p.mark() + 1;
        p.next();
        if (p.attempt(() -> kvpairs(p)) != null && p.acceptOp(",")) invalidKvpair(p);
        p.reset(start);
        starredValueOrMissingValue(p);
    }

    /** ','.double_starred_kvpair+ (stopping before a comma not followed by a pair). */
    private static Boolean kvpairs(Parser p) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        doubleStarredKvpair(p, keys, values);
        while (p.atOp(",")) {
            int m = p.mark();
            p.next();
            if (p.attempt(() -> doubleStarredKvpair(p, keys, values)) == null) {
                p.reset(m);
                break;
            }
        }
        return Boolean.TRUE;
    }

    /** invalid_kvpair: a=expression !':' | expression ':' '*' bitwise_or | expression ':' &('}'|',') */
    private static void invalidKvpair(Parser p) {
        int start = p.mark();
        Expr a = p.attempt(p::expression);
        if (a == null) return;
        if (!p.atOp(":")) {
            throw p.src.parserError(CompileError.Kind.SYNTAX_ERROR, "':' expected after dictionary key", a.pos().line(),
                    a.pos().endCol(), a.pos().endLine(), 0);
        }
        p.reset(start);
        starredValueOrMissingValue(p);
    }

    /** expression ':' '*' bitwise_or, and expression ':' &('}'|',') */
    private static void starredValueOrMissingValue(Parser p) {
        if (p.attempt(p::expression) == null || !p.atOp(":")) return;
        Token colon = p.next();
        if (p.atOp("*")) {
            Token star = p.next();
            if (p.attempt(p::bitwiseOr) != null) {
                throw p.errorFrom(p.span(star), "cannot use a starred expression in a dictionary value");
            }
            return;
        }
        if (p.atOp("}") || p.atOp(",")) throw p.errorAt(colon, "expression expected after dictionary key and ':'");
    }
}
