// Checks and converts parsed expressions into assignment, deletion and annotation targets.
package pyj.compiler.parse;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Pos;
import pyj.compiler.code.Constant;
import pyj.compiler.error.CompileError;
import pyj.compiler.tokenize.Token;

/**
 * Targets are parsed as ordinary expressions (or, for 'for' and comprehensions, with the target
 * grammar) and then re-contexted as Store or Del. Invalid targets get CPython's messages.
 */
final class Targets {
    private final Parser p;

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

    /** Expressions after which CPython's parser suggests '==' (its invalid_named_expression rule). */
    private static boolean suggestsEquality(Expr e) {
        if (e instanceof Expr.ConstantExpr c) {
            return c.value() != Constant.NONE && c.value() != Constant.TRUE && c.value() != Constant.FALSE;
        }
        return e instanceof Expr.Call || e instanceof Expr.BinOp || e instanceof Expr.UnaryOpExpr
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Await
                || e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.Dict || e instanceof Expr.SetExpr || e instanceof Expr.JoinedStr;
    }

    /** An assignment target; {@code firstTarget} is the leftmost one in a chain of '='. */
    Expr assignTarget(Expr e, boolean firstTarget) {
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            if (!p.parenthesized.contains(e)) throw p.errorAt(e.pos(), "assignment to yield expression not possible");
        }
        if (e instanceof Expr.Starred s) {
            throw p.errorAt(s.pos(), "starred assignment target must be in a list or tuple");
        }
        return toStore(e, true, true);
    }

    /** Converts to Store context; {@code last} marks the element written just before '='. */
    private Expr toStore(Expr e, boolean top, boolean last) {
        switch (e) {
            case Expr.Name n:
                checkName(n.id(), n.pos(), false);
                return new Expr.Name(n.id(), ExprContext.Store, n.pos());
            case Expr.Attribute a:
                return new Expr.Attribute(a.value(), a.attr(), ExprContext.Store, a.pos());
            case Expr.Subscript s:
                return new Expr.Subscript(s.value(), s.slice(), ExprContext.Store, s.pos());
            case Expr.Starred s:
                return new Expr.Starred(toStore(s.value(), false, false), ExprContext.Store, s.pos());
            case Expr.TupleExpr t:
                return new Expr.TupleExpr(storeElements(t.elts(), last && !p.parenthesized.contains(t)),
                        ExprContext.Store, t.pos());
            case Expr.ListExpr l:
                return new Expr.ListExpr(storeElements(l.elts(), false), ExprContext.Store, l.pos());
            default:
                if (last && suggestsEquality(e) && !p.parenthesized.contains(e)) {
                    throw p.errorAt(e.pos(), "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?");
                }
                if ((e instanceof Expr.Yield || e instanceof Expr.YieldFrom) && last) {
                    throw p.errorAt(e.pos(), "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?");
                }
                throw p.errorAt(e.pos(), "cannot assign to " + describe(e));
        }
    }

    private List<Expr> storeElements(List<Expr> elts, boolean lastBeforeEquals) {
        List<Expr> out = new ArrayList<>();
        int starred = 0;
        for (int i = 0; i < elts.size(); i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred) starred++;
            out.add(toStore(x, false, lastBeforeEquals && i == elts.size() - 1));
        }
        if (starred > 1) {
            Expr first = elts.get(0);
            Expr lastE = elts.get(elts.size() - 1);
            throw p.errorAt(first.pos().to(lastE.pos()), "multiple starred expressions in assignment");
        }
        return out;
    }

    private void checkName(String id, Pos pos, boolean del) {
        if (id.equals("__debug__")) throw p.errorAt(pos, "cannot assign to __debug__");
    }

    Expr augTarget(Expr e) {
        if (e instanceof Expr.Name n) {
            checkName(n.id(), n.pos(), false);
            return new Expr.Name(n.id(), ExprContext.Store, n.pos());
        }
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.value(), a.attr(), ExprContext.Store, a.pos());
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.value(), s.slice(), ExprContext.Store, s.pos());
        throw p.errorAt(e.pos(), "'" + describe(e) + "' is an illegal expression for augmented assignment");
    }

    Expr delTarget(Expr e) {
        switch (e) {
            case Expr.Name n:
                return new Expr.Name(n.id(), ExprContext.Del, n.pos());
            case Expr.Attribute a:
                return new Expr.Attribute(a.value(), a.attr(), ExprContext.Del, a.pos());
            case Expr.Subscript s:
                return new Expr.Subscript(s.value(), s.slice(), ExprContext.Del, s.pos());
            case Expr.TupleExpr t: {
                List<Expr> out = new ArrayList<>();
                for (Expr x : t.elts()) out.add(delTarget(x));
                return new Expr.TupleExpr(out, ExprContext.Del, t.pos());
            }
            case Expr.ListExpr l: {
                List<Expr> out = new ArrayList<>();
                for (Expr x : l.elts()) out.add(delTarget(x));
                return new Expr.ListExpr(out, ExprContext.Del, l.pos());
            }
            default:
                throw p.errorAt(e.pos(), "cannot delete " + describe(e));
        }
    }

    Expr annotationTarget(Expr e) {
        if (e instanceof Expr.TupleExpr) throw p.errorAt(e.pos(), "only single target (not tuple) can be annotated");
        if (e instanceof Expr.ListExpr) throw p.errorAt(e.pos(), "only single target (not list) can be annotated");
        if (e instanceof Expr.Name n) return new Expr.Name(n.id(), ExprContext.Store, n.pos());
        if (e instanceof Expr.Attribute a) return new Expr.Attribute(a.value(), a.attr(), ExprContext.Store, a.pos());
        if (e instanceof Expr.Subscript s) return new Expr.Subscript(s.value(), s.slice(), ExprContext.Store, s.pos());
        throw p.errorAt(e.pos(), "illegal target for annotation");
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
            if (p.atKeyword("in") || p.atOp("=") || p.atOp(")") || p.atOp("]")) break;
            elts.add(starTarget());
        }
        checkStarredCount(elts);
        return new Expr.TupleExpr(elts, ExprContext.Store, p.pos(start));
    }

    private void checkStarredCount(List<Expr> elts) {
        int n = 0;
        for (Expr x : elts) if (x instanceof Expr.Starred) n++;
        if (n > 1) {
            throw p.errorAt(elts.get(0).pos().to(elts.get(elts.size() - 1).pos()),
                    "multiple starred expressions in assignment");
        }
    }

    /** star_target: '*' star_target | target (a primary ending in .name or [..]), name, or a (list|tuple) of targets. */
    Expr starTarget() {
        Token t = p.peek();
        if (t.isOp("*")) {
            p.next();
            if (p.atOp("*")) throw p.syntaxErrorAt(p.peek(), "invalid syntax");
            Expr inner = starTarget();
            return new Expr.Starred(inner, ExprContext.Store, p.pos(t));
        }
        if (t.isOp("(") || t.isOp("[")) {
            int m = p.mark();
            p.next();
            String close = t.isOp("(") ? ")" : "]";
            List<Expr> elts = new ArrayList<>();
            boolean comma = false;
            try {
                while (!p.atOp(close)) {
                    elts.add(starTarget());
                    if (!p.acceptOp(",")) break;
                    comma = true;
                }
                if (p.atOp(close)) {
                    p.next();
                    // A parenthesized/bracketed target followed by a trailer is an expression target.
                    if (!(p.atOp(".") || p.atOp("[") || p.atOp("("))) {
                        checkStarredCount(elts);
                        if (t.isOp("(") && !comma && elts.size() == 1) {
                            if (elts.get(0) instanceof Expr.Starred s) {
                                throw p.errorAt(s.pos(), "cannot use starred expression here");
                            }
                            return elts.get(0);
                        }
                        return t.isOp("(") ? new Expr.TupleExpr(elts, ExprContext.Store, p.pos(t))
                                : new Expr.ListExpr(elts, ExprContext.Store, p.pos(t));
                    }
                }
            } catch (CompileError e) {
                // Fall back to parsing an expression target below.
            }
            p.reset(m);
        }
        Expr e = p.primary();
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ExprContext.Store, n.pos());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ExprContext.Store, a.pos());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ExprContext.Store, s.pos());
            default -> throw p.errorAt(e.pos(), "cannot assign to " + describe(e));
        };
    }
}
