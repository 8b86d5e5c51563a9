// Checks and converts parsed expressions into assignment, deletion and annotation targets.
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Operators.CmpOp;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.code.Constant;
import pyj.compiler.tokenize.Token;

/**
 * Targets are parsed as ordinary expressions (or, for 'for', comprehensions and 'with ... as',
 * with the target grammar) and then re-contexted as Store or Del; an expression that is no
 * target does not match ({@link Parser.Failure}). What the grammar accepts but the compiler
 * rejects (a lone starred target, several starred ones, {@code __debug__}) is left to the compiler,
 * as in CPython. {@link #invalidTarget} finds the culprit CPython's messages name.
 */
final class Targets {
    private final Parser p;

    /** Which target grammar an invalid target is reported against (CPython's TARGETS_TYPE). */
    enum Kind { STAR, DEL, FOR }

    Targets(Parser p) {
        this.p = p;
    }

    /** _PyPegen_get_expr_name: how messages name an expression. */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.TupleExpr t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOpExpr b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOpExpr u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.ConstantExpr c -> constantName(c.value());
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    private static String constantName(Constant c) {
        if (c == Constant.NONE) return "None";
        if (c == Constant.TRUE) return "True";
        if (c == Constant.FALSE) return "False";
        if (c == Constant.ELLIPSIS) return "ellipsis";
        return "literal";
    }

    /**
     * _PyPegen_get_invalid_target: the part of an expression parsed where a target was expected
     * that cannot be one, or null. Lists and tuples are searched; for 'for' targets the left side
     * of the "x in y" comparison the loop header parses as.
     */
    static Expr invalidTarget(Expr e, Kind kind) {
        switch (e) {
            case Expr.ListExpr l:
                return firstInvalid(l.elts(), kind);
            case Expr.TupleExpr t:
                return firstInvalid(t.elts(), kind);
            case Expr.Starred s:
                return kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
            case Expr.Compare c:
                if (kind == Kind.FOR) {
                    return c.ops().get(0) == CmpOp.In ? invalidTarget(c.left(), kind) : null;
                }
                return e;
            case Expr.Name n:
                return null;
            case Expr.Subscript s:
                return null;
            case Expr.Attribute a:
                return null;
            default:
                return e;
        }
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) return bad;
        }
        return null;
    }

    /** An assignment target (star_targets): names, attributes, subscripts, starred, lists and tuples of them. */
    Expr assignTarget(Expr e) {
        return toStore(e);
    }

    private Expr toStore(Expr e) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ExprContext.Store, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ExprContext.Store, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ExprContext.Store, s.pos());
            case Expr.Starred s -> {
                if (s.value() instanceof Expr.Starred) throw Parser.fail();
                yield new Expr.Starred(toStore(s.value()), ExprContext.Store, s.pos());
            }
            case Expr.TupleExpr t -> new Expr.TupleExpr(storeElements(t.elts()), ExprContext.Store, t.pos());
            case Expr.ListExpr l -> new Expr.ListExpr(storeElements(l.elts()), ExprContext.Store, l.pos());
            default -> throw Parser.fail();
        };
    }

    private List<Expr> storeElements(List<Expr> elts) {
        List<Expr> out = new ArrayList<>();
        for (Expr x : elts) out.add(toStore(x));
        return out;
    }

    /** single_target, the target of an augmented assignment. */
    Expr augTarget(Expr e) {
        if (e instanceof Expr.Name n) return new Expr.Name(n.id(), ExprContext.Store, n.pos());
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.value(), a.attr(), ExprContext.Store, a.pos());
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.value(), s.slice(), ExprContext.Store, s.pos());
        throw Parser.fail();
    }

    /** del_target: names, attributes, subscripts, and parenthesized or bracketed lists of them. */
    Expr delTarget(Expr e) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ExprContext.Del, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ExprContext.Del, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ExprContext.Del, s.pos());
            case Expr.TupleExpr t -> new Expr.TupleExpr(delElements(t.elts()), ExprContext.Del, t.pos());
            case Expr.ListExpr l -> new Expr.ListExpr(delElements(l.elts()), ExprContext.Del, l.pos());
            default -> throw Parser.fail();
        };
    }

    private List<Expr> delElements(List<Expr> elts) {
        List<Expr> out = new ArrayList<>();
        for (Expr x : elts) out.add(delTarget(x));
        return out;
    }

    /** The target of an annotated assignment: a name, attribute or subscript. */
    Expr annotationTarget(Expr e) {
        if (e instanceof Expr.TupleExpr || e instanceof Expr.ListExpr) throw Parser.fail();
        return augTarget(e);
    }

    // ---- the target grammar, for 'for', comprehensions and 'with ... as' ------------------------

    /** star_targets: star_target !',' | star_target (',' star_target)* [','] */
    Expr starTargets() {
        Token start = p.peek();
        Expr first = starTarget();
        if (!p.atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (p.acceptOp(",")) {
            Expr e = p.attempt(this::starTarget);
            if (e == null) break;
            elts.add(e);
        }
        return new Expr.TupleExpr(elts, ExprContext.Store, p.pos(start));
    }

    /** star_target: '*' (!'*' star_target) | target_with_star_atom */
    Expr starTarget() {
        Token t = p.peek();
        if (t.isOp("*")) {
            p.next();
            if (p.atOp("*")) throw Parser.fail();
            Expr inner = starTarget();
            return new Expr.Starred(inner, ExprContext.Store, p.pos(t));
        }
        if (t.isOp("(") || t.isOp("[")) {
            Expr sequence = p.attempt(this::starAtomSequence);
            if (sequence != null) return sequence;
        }
        Expr e = p.primary();
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ExprContext.Store, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ExprContext.Store, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ExprContext.Store, s.pos());
            default -> throw Parser.fail();
        };
    }

    /**
     * star_atom's bracketed forms: '(' target_with_star_atom ')', '(' [star_targets_tuple_seq] ')'
     * and '[' [star_targets_list_seq] ']', not followed by a trailer (then it is a primary).
     */
    private Expr starAtomSequence() {
        Token t = p.next();
        String close = t.isOp("(") ? ")" : "]";
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        while (!p.atOp(close)) {
            elts.add(starTarget());
            if (!p.acceptOp(",")) break;
            comma = true;
        }
        p.expectOp(close);
        if (p.atOp(".") || p.atOp("[") || p.atOp("(")) throw Parser.fail();
        if (t.isOp("(") && !comma && elts.size() == 1) {
            if (elts.get(0) instanceof Expr.Starred) throw Parser.fail();
            return elts.get(0);
        }
        return t.isOp("(") ? new Expr.TupleExpr(elts, ExprContext.Store, p.pos(t))
                : new Expr.ListExpr(elts, ExprContext.Store, p.pos(t));
    }
}
