// Expression source text from an AST, for "from __future__ import annotations" (CPython's ast_unparse.c).
package pyj.compiler.ast;

import java.util.List;

import pyj.compiler.code.Constant;
import pyj.compiler.code.Reprs;

/**
 * Produces the exact strings CPython stores for postponed annotations: minimal parentheses by
 * operator precedence, reprs of constants (with infinities written as 1e309), and f-strings rebuilt
 * from their parts.
 */
public final class Unparser {
    // Precedence levels, lowest binding first.
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_EXPR = 6;
    private static final int PR_BOR = PR_EXPR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    private final StringBuilder out = new StringBuilder();

    private Unparser() {}

    /** _PyAST_ExprAsUnicode. */
    public static String unparse(Expr e) {
        return unparse(e, PR_TEST);
    }

    private static String unparse(Expr e, int level) {
        Unparser u = new Unparser();
        u.expr(e, level);
        return u.out.toString();
    }

    private void open(boolean cond) {
        if (cond) out.append('(');
    }

    private void close(boolean cond) {
        if (cond) out.append(')');
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOpExpr b -> {
                int pr = b.op() == Operators.BoolOp.And ? PR_AND : PR_OR;
                String op = b.op() == Operators.BoolOp.And ? " and " : " or ";
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) out.append(op);
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Expr.BinOp b -> binop(b, level);
            case Expr.UnaryOpExpr u -> {
                String op;
                int pr;
                switch (u.op()) {
                    case Invert -> { op = "~"; pr = PR_FACTOR; }
                    case Not -> { op = "not "; pr = PR_NOT; }
                    case UAdd -> { op = "+"; pr = PR_FACTOR; }
                    default -> { op = "-"; pr = PR_FACTOR; }
                }
                open(level > pr);
                out.append(op);
                expr(u.operand(), pr);
                close(level > pr);
            }
            case Expr.Lambda l -> {
                open(level > PR_TEST);
                int positional = l.args().args().size() + l.args().posonlyargs().size();
                out.append(positional > 0 ? "lambda " : "lambda");
                arguments(l.args());
                out.append(": ");
                expr(l.body(), PR_TEST);
                close(level > PR_TEST);
            }
            case Expr.IfExp i -> {
                open(level > PR_TEST);
                expr(i.body(), PR_TEST + 1);
                out.append(" if ");
                expr(i.test(), PR_TEST + 1);
                out.append(" else ");
                expr(i.orelse(), PR_TEST);
                close(level > PR_TEST);
            }
            case Expr.Dict d -> {
                out.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) out.append(", ");
                    Expr k = d.keys().get(i);
                    if (k == null) {
                        out.append("**");
                        expr(d.values().get(i), PR_EXPR);
                    } else {
                        expr(k, PR_TEST);
                        out.append(": ");
                        expr(d.values().get(i), PR_TEST);
                    }
                }
                out.append('}');
            }
            case Expr.SetExpr s -> {
                out.append('{');
                list(s.elts(), PR_TEST);
                out.append('}');
            }
            case Expr.ListExpr l -> {
                out.append('[');
                list(l.elts(), PR_TEST);
                out.append(']');
            }
            case Expr.TupleExpr t -> tuple(t.elts(), level);
            case Expr.GeneratorExp g -> {
                out.append('(');
                expr(g.elt(), PR_TEST);
                comprehensions(g.generators());
                out.append(')');
            }
            case Expr.ListComp l -> {
                out.append('[');
                expr(l.elt(), PR_TEST);
                comprehensions(l.generators());
                out.append(']');
            }
            case Expr.SetComp s -> {
                out.append('{');
                expr(s.elt(), PR_TEST);
                comprehensions(s.generators());
                out.append('}');
            }
            case Expr.DictComp d -> {
                out.append('{');
                expr(d.key(), PR_TEST);
                out.append(": ");
                expr(d.value(), PR_TEST);
                comprehensions(d.generators());
                out.append('}');
            }
            case Expr.Yield y -> {
                if (y.value() == null) {
                    out.append("(yield)");
                } else {
                    out.append("(yield ");
                    expr(y.value(), PR_TEST);
                    out.append(')');
                }
            }
            case Expr.YieldFrom y -> {
                out.append("(yield from ");
                expr(y.value(), PR_TEST);
                out.append(')');
            }
            case Expr.Await a -> {
                open(level > PR_AWAIT);
                out.append("await ");
                expr(a.value(), PR_ATOM);
                close(level > PR_AWAIT);
            }
            case Expr.Compare c -> {
                open(level > PR_CMP);
                expr(c.left(), PR_CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    out.append(' ').append(c.ops().get(i).symbol).append(' ');
                    expr(c.comparators().get(i), PR_CMP + 1);
                }
                close(level > PR_CMP);
            }
            case Expr.Call c -> call(c);
            case Expr.ConstantExpr c -> {
                if (c.value() == Constant.ELLIPSIS) {
                    out.append("...");
                    return;
                }
                if (c.kind() != null) out.append(c.kind());
                constant(c.value());
            }
            case Expr.JoinedStr j -> joinedStr(j, false);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Attribute a -> {
                Expr v = a.value();
                expr(v, PR_ATOM);
                // An int needs a space before the dot so that it does not read as a float.
                out.append(v instanceof Expr.ConstantExpr c && c.value() instanceof Constant.Int ? " ." : ".");
                out.append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), PR_ATOM);
                out.append('[');
                expr(s.slice(), PR_TUPLE);
                out.append(']');
            }
            case Expr.Starred s -> {
                out.append('*');
                expr(s.value(), PR_EXPR);
            }
            case Expr.Name n -> out.append(n.id());
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower(), PR_TEST);
                out.append(':');
                if (s.upper() != null) expr(s.upper(), PR_TEST);
                if (s.step() != null) {
                    out.append(':');
                    expr(s.step(), PR_TEST);
                }
            }
            case Expr.NamedExpr n -> {
                open(level > PR_TUPLE);
                expr(n.target(), PR_ATOM);
                out.append(" := ");
                expr(n.value(), PR_ATOM);
                close(level > PR_TUPLE);
            }
        }
    }

    private void list(List<Expr> elts, int level) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) out.append(", ");
            expr(elts.get(i), level);
        }
    }

    private void tuple(List<Expr> elts, int level) {
        if (elts.isEmpty()) {
            out.append("()");
            return;
        }
        open(level > PR_TUPLE);
        list(elts, PR_TEST);
        if (elts.size() == 1) out.append(',');
        close(level > PR_TUPLE);
    }

    private void binop(Expr.BinOp b, int level) {
        int pr;
        boolean rassoc = false;
        switch (b.op()) {
            case Add, Sub -> pr = PR_ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> pr = PR_TERM;
            case LShift, RShift -> pr = PR_SHIFT;
            case BitOr -> pr = PR_BOR;
            case BitXor -> pr = PR_BXOR;
            case BitAnd -> pr = PR_BAND;
            default -> {
                pr = PR_POWER;
                rassoc = true;
            }
        }
        open(level > pr);
        expr(b.left(), pr + (rassoc ? 1 : 0));
        out.append(' ').append(b.op().symbol).append(' ');
        expr(b.right(), pr + (rassoc ? 0 : 1));
        close(level > pr);
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            out.append(g.isAsync() ? " async for " : " for ");
            expr(g.target(), PR_TUPLE);
            out.append(" in ");
            expr(g.iter(), PR_TEST + 1);
            for (Expr cond : g.ifs()) {
                out.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
    }

    private void call(Expr.Call c) {
        expr(c.func(), PR_ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
            expr(g, PR_TEST);
            return;
        }
        out.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            if (!first) out.append(", ");
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords()) {
            if (!first) out.append(", ");
            first = false;
            if (k.arg() == null) out.append("**");
            else out.append(k.arg()).append('=');
            expr(k.value(), PR_TEST);
        }
        out.append(')');
    }

    private void arguments(Arguments args) {
        boolean first = true;
        int posonly = args.posonlyargs().size();
        int argCount = args.args().size();
        int defaults = args.defaults().size();
        for (int i = 0; i < posonly + argCount; i++) {
            if (!first) out.append(", ");
            first = false;
            arg(i < posonly ? args.posonlyargs().get(i) : args.args().get(i - posonly));
            int di = i - posonly - argCount + defaults;
            if (di >= 0) {
                out.append('=');
                expr(args.defaults().get(di), PR_TEST);
            }
            if (posonly > 0 && i + 1 == posonly) out.append(", /");
        }
        if (args.vararg() != null || !args.kwonlyargs().isEmpty()) {
            if (!first) out.append(", ");
            first = false;
            out.append('*');
            if (args.vararg() != null) arg(args.vararg());
        }
        int kwCount = args.kwonlyargs().size();
        int kwDefaults = args.kwDefaults().size();
        for (int i = 0; i < kwCount; i++) {
            if (!first) out.append(", ");
            first = false;
            arg(args.kwonlyargs().get(i));
            int di = i - kwCount + kwDefaults;
            if (di >= 0 && args.kwDefaults().get(di) != null) {
                out.append('=');
                expr(args.kwDefaults().get(di), PR_TEST);
            }
        }
        if (args.kwarg() != null) {
            if (!first) out.append(", ");
            out.append("**");
            arg(args.kwarg());
        }
    }

    private void arg(Arg a) {
        out.append(a.arg());
        if (a.annotation() != null) {
            out.append(": ");
            expr(a.annotation(), PR_TEST);
        }
    }

    private void constant(Constant c) {
        if (c instanceof Constant.Tuple t) {
            out.append('(');
            for (int i = 0; i < t.items().size(); i++) {
                if (i > 0) out.append(", ");
                constant(t.items().get(i));
            }
            if (t.items().size() == 1) out.append(',');
            out.append(')');
            return;
        }
        String repr = Reprs.of(c);
        boolean infinite = c instanceof Constant.Float f && Double.isInfinite(f.value());
        if (infinite || c instanceof Constant.Complex) repr = repr.replace("inf", "1e309");
        out.append(repr);
    }

    private void joinedStr(Expr.JoinedStr j, boolean isFormatSpec) {
        StringBuilder saved = new StringBuilder(out);
        out.setLength(0);
        for (Expr v : j.values()) fstringElement(v, isFormatSpec);
        String body = out.toString();
        out.setLength(0);
        out.append(saved);
        if (isFormatSpec) {
            out.append(body);
        } else {
            out.append('f').append(Reprs.of(new Constant.Str(body)));
        }
    }

    private void fstringElement(Expr e, boolean isFormatSpec) {
        switch (e) {
            case Expr.ConstantExpr c when c.value() instanceof Constant.Str s ->
                    out.append(s.value().replace("{", "{{").replace("}", "}}"));
            case Expr.JoinedStr j -> joinedStr(j, isFormatSpec);
            case Expr.FormattedValue f -> formattedValue(f);
            default -> throw new IllegalArgumentException("unexpected node in f-string: " + e);
        }
    }

    private void formattedValue(Expr.FormattedValue f) {
        // Parenthesise above PR_TEST so a lambda's ':' cannot be read as a format spec.
        String inner = unparse(f.value(), PR_TEST + 1);
        out.append(inner.startsWith("{") ? "{ " : "{");
        out.append(inner);
        if (f.conversion() > 0) out.append('!').append((char) f.conversion());
        if (f.formatSpec() != null) {
            out.append(':');
            fstringElement(f.formatSpec(), true);
        }
        out.append('}');
    }
}
