// Constant folding on the AST before code generation (CPython 3.13's ast_opt.c).
package pyj.compiler.astopt;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Arg;
import pyj.compiler.ast.Arguments;
import pyj.compiler.ast.Comprehension;
import pyj.compiler.ast.ExceptHandler;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Keyword;
import pyj.compiler.ast.MatchCase;
import pyj.compiler.ast.Mod;
import pyj.compiler.ast.Operators.CmpOp;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Operators.Operator;
import pyj.compiler.ast.Operators.UnaryOp;
import pyj.compiler.ast.Pattern;
import pyj.compiler.ast.Pos;
import pyj.compiler.ast.Stmt;
import pyj.compiler.ast.TypeParam;
import pyj.compiler.ast.WithItem;
import pyj.compiler.code.Constant;
import pyj.compiler.code.ConstantEquality;

/**
 * Rebuilds the tree with constant sub-expressions folded: arithmetic on literals (within CPython's
 * size limits), tuples of constants, subscripts of constants, {@code __debug__}, {@code not} over
 * {@code is}/{@code in}, list and set literals iterated or tested with {@code in} (which become
 * tuples and frozensets), and {@code "%s" % (x,)} formatting rewritten as an f-string.
 */
public final class AstOptimizer {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    private final ConstantEvaluator eval;
    private final int optimize;
    private final boolean futureAnnotations;

    private AstOptimizer(ConstantEvaluator eval, int optimize, boolean futureAnnotations) {
        this.eval = eval == null ? ConstantEvaluator.NONE : eval;
        this.optimize = optimize;
        this.futureAnnotations = futureAnnotations;
    }

    public static Mod optimize(Mod mod, ConstantEvaluator eval, int optimize, boolean futureAnnotations) {
        AstOptimizer o = new AstOptimizer(eval, optimize, futureAnnotations);
        return switch (mod) {
            case Mod.Module m -> new Mod.Module(o.body(m.body()), m.typeIgnores());
            case Mod.Interactive i -> new Mod.Interactive(o.stmts(i.body()));
            case Mod.Expression e -> new Mod.Expression(o.expr(e.body()));
            case Mod.FunctionType ft -> ft;
        };
    }

    // ---- statements ---------------------------------------------------------------------------

    private static boolean hasDocstring(List<Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.ConstantExpr c
                && c.value() instanceof Constant.Str;
    }

    /** A folded expression must not turn into a docstring: it is kept as a one-part f-string instead. */
    private List<Stmt> body(List<Stmt> stmts) {
        boolean docstring = hasDocstring(stmts);
        List<Stmt> out = stmts(stmts);
        if (!docstring && hasDocstring(out)) {
            Stmt.ExprStmt st = (Stmt.ExprStmt) out.get(0);
            Expr joined = new Expr.JoinedStr(List.of(st.value()), st.pos());
            out.set(0, new Stmt.ExprStmt(joined, st.pos()));
        }
        return out;
    }

    private List<Stmt> stmts(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>(stmts.size());
        for (Stmt s : stmts) out.add(stmt(s));
        return out;
    }

    private List<Expr> exprs(List<Expr> exprs) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) out.add(e == null ? null : expr(e));
        return out;
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    private Expr annotation(Expr e) {
        return e == null || futureAnnotations ? e : expr(e);
    }

    private Stmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> new Stmt.FunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprs(f.decoratorList()), annotation(f.returns()), f.typeComment(), typeParams(f.typeParams()),
                    f.pos());
            case Stmt.AsyncFunctionDef f -> new Stmt.AsyncFunctionDef(f.name(), arguments(f.args()), body(f.body()),
                    exprs(f.decoratorList()), annotation(f.returns()), f.typeComment(), typeParams(f.typeParams()),
                    f.pos());
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.name(), exprs(c.bases()), keywords(c.keywords()),
                    body(c.body()), exprs(c.decoratorList()), typeParams(c.typeParams()), c.pos());
            case Stmt.Return r -> new Stmt.Return(opt(r.value()), r.pos());
            case Stmt.Delete d -> new Stmt.Delete(exprs(d.targets()), d.pos());
            case Stmt.Assign a -> new Stmt.Assign(exprs(a.targets()), expr(a.value()), a.typeComment(), a.pos());
            case Stmt.TypeAlias t -> new Stmt.TypeAlias(t.name(), typeParams(t.typeParams()), expr(t.value()), t.pos());
            case Stmt.AugAssign a -> new Stmt.AugAssign(expr(a.target()), a.op(), expr(a.value()), a.pos());
            case Stmt.AnnAssign a -> new Stmt.AnnAssign(expr(a.target()), annotation(a.annotation()), opt(a.value()),
                    a.simple(), a.pos());
            case Stmt.For f -> new Stmt.For(expr(f.target()), foldIter(expr(f.iter())), stmts(f.body()),
                    stmts(f.orelse()), f.typeComment(), f.pos());
            case Stmt.AsyncFor f -> new Stmt.AsyncFor(expr(f.target()), expr(f.iter()), stmts(f.body()),
                    stmts(f.orelse()), f.typeComment(), f.pos());
            case Stmt.While w -> new Stmt.While(expr(w.test()), stmts(w.body()), stmts(w.orelse()), w.pos());
            case Stmt.If i -> new Stmt.If(expr(i.test()), stmts(i.body()), stmts(i.orelse()), i.pos());
            case Stmt.With w -> new Stmt.With(withItems(w.items()), stmts(w.body()), w.typeComment(), w.pos());
            case Stmt.AsyncWith w -> new Stmt.AsyncWith(withItems(w.items()), stmts(w.body()), w.typeComment(),
                    w.pos());
            case Stmt.Match m -> {
                List<MatchCase> cases = new ArrayList<>();
                for (MatchCase c : m.cases()) cases.add(new MatchCase(pattern(c.pattern()), opt(c.guard()),
                        stmts(c.body())));
                yield new Stmt.Match(expr(m.subject()), cases, m.pos());
            }
            case Stmt.Raise r -> new Stmt.Raise(opt(r.exc()), opt(r.cause()), r.pos());
            case Stmt.Try t -> new Stmt.Try(stmts(t.body()), handlers(t.handlers()), stmts(t.orelse()),
                    stmts(t.finalbody()), t.pos());
            case Stmt.TryStar t -> new Stmt.TryStar(stmts(t.body()), handlers(t.handlers()), stmts(t.orelse()),
                    stmts(t.finalbody()), t.pos());
            case Stmt.Assert a -> new Stmt.Assert(expr(a.test()), opt(a.msg()), a.pos());
            case Stmt.ExprStmt e -> new Stmt.ExprStmt(expr(e.value()), e.pos());
            default -> s;
        };
    }

    private List<ExceptHandler> handlers(List<ExceptHandler> hs) {
        List<ExceptHandler> out = new ArrayList<>();
        for (ExceptHandler h : hs) out.add(new ExceptHandler(opt(h.type()), h.name(), stmts(h.body()), h.pos()));
        return out;
    }

    private List<WithItem> withItems(List<WithItem> items) {
        List<WithItem> out = new ArrayList<>();
        for (WithItem w : items) out.add(new WithItem(expr(w.contextExpr()), opt(w.optionalVars())));
        return out;
    }

    private List<Keyword> keywords(List<Keyword> ks) {
        List<Keyword> out = new ArrayList<>();
        for (Keyword k : ks) out.add(new Keyword(k.arg(), expr(k.value()), k.pos()));
        return out;
    }

    private Arguments arguments(Arguments a) {
        return new Arguments(args(a.posonlyargs()), args(a.args()), arg(a.vararg()), args(a.kwonlyargs()),
                exprs(a.kwDefaults()), arg(a.kwarg()), exprs(a.defaults()));
    }

    private List<Arg> args(List<Arg> args) {
        List<Arg> out = new ArrayList<>();
        for (Arg a : args) out.add(arg(a));
        return out;
    }

    private Arg arg(Arg a) {
        if (a == null) return null;
        return new Arg(a.arg(), annotation(a.annotation()), a.typeComment(), a.pos());
    }

    private List<TypeParam> typeParams(List<TypeParam> tps) {
        List<TypeParam> out = new ArrayList<>();
        for (TypeParam tp : tps) {
            out.add(switch (tp) {
                case TypeParam.TypeVar tv -> new TypeParam.TypeVar(tv.name(), opt(tv.bound()), opt(tv.defaultValue()),
                        tv.pos());
                case TypeParam.ParamSpec ps -> new TypeParam.ParamSpec(ps.name(), opt(ps.defaultValue()), ps.pos());
                case TypeParam.TypeVarTuple t -> new TypeParam.TypeVarTuple(t.name(), opt(t.defaultValue()), t.pos());
            });
        }
        return out;
    }

    private Pattern pattern(Pattern p) {
        return switch (p) {
            case Pattern.MatchValue v -> new Pattern.MatchValue(expr(v.value()), v.pos());
            case Pattern.MatchSingleton s -> s;
            case Pattern.MatchSequence s -> new Pattern.MatchSequence(patterns(s.patterns()), s.pos());
            case Pattern.MatchMapping m -> new Pattern.MatchMapping(exprs(m.keys()), patterns(m.patterns()), m.rest(),
                    m.pos());
            case Pattern.MatchClass c -> new Pattern.MatchClass(expr(c.cls()), patterns(c.patterns()), c.kwdAttrs(),
                    patterns(c.kwdPatterns()), c.pos());
            case Pattern.MatchStar s -> s;
            case Pattern.MatchAs a -> new Pattern.MatchAs(a.pattern() == null ? null : pattern(a.pattern()), a.name(),
                    a.pos());
            case Pattern.MatchOr o -> new Pattern.MatchOr(patterns(o.patterns()), o.pos());
        };
    }

    private List<Pattern> patterns(List<Pattern> ps) {
        List<Pattern> out = new ArrayList<>();
        for (Pattern p : ps) out.add(pattern(p));
        return out;
    }

    // ---- expressions --------------------------------------------------------------------------

    private Expr expr(Expr e) {
        return switch (e) {
            case Expr.BoolOpExpr b -> new Expr.BoolOpExpr(b.op(), exprs(b.values()), b.pos());
            case Expr.BinOp b -> foldBinop(new Expr.BinOp(expr(b.left()), b.op(), expr(b.right()), b.pos()));
            case Expr.UnaryOpExpr u -> foldUnaryop(new Expr.UnaryOpExpr(u.op(), expr(u.operand()), u.pos()));
            case Expr.Lambda l -> new Expr.Lambda(arguments(l.args()), expr(l.body()), l.pos());
            case Expr.IfExp i -> new Expr.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()), i.pos());
            case Expr.Dict d -> new Expr.Dict(exprs(d.keys()), exprs(d.values()), d.pos());
            case Expr.SetExpr s -> new Expr.SetExpr(exprs(s.elts()), s.pos());
            case Expr.ListComp l -> new Expr.ListComp(expr(l.elt()), comprehensions(l.generators()), l.pos());
            case Expr.SetComp s -> new Expr.SetComp(expr(s.elt()), comprehensions(s.generators()), s.pos());
            case Expr.DictComp d -> new Expr.DictComp(expr(d.key()), expr(d.value()), comprehensions(d.generators()),
                    d.pos());
            case Expr.GeneratorExp g -> new Expr.GeneratorExp(expr(g.elt()), comprehensions(g.generators()), g.pos());
            case Expr.Await a -> new Expr.Await(expr(a.value()), a.pos());
            case Expr.Yield y -> new Expr.Yield(opt(y.value()), y.pos());
            case Expr.YieldFrom y -> new Expr.YieldFrom(expr(y.value()), y.pos());
            case Expr.Compare c -> foldCompare(new Expr.Compare(expr(c.left()), c.ops(), exprs(c.comparators()),
                    c.pos()));
            case Expr.Call c -> new Expr.Call(expr(c.func()), exprs(c.args()), keywords(c.keywords()), c.pos());
            case Expr.FormattedValue f -> new Expr.FormattedValue(expr(f.value()), f.conversion(), opt(f.formatSpec()),
                    f.pos());
            case Expr.JoinedStr j -> new Expr.JoinedStr(exprs(j.values()), j.pos());
            case Expr.Attribute a -> new Expr.Attribute(expr(a.value()), a.attr(), a.ctx(), a.pos());
            case Expr.Subscript s -> foldSubscript(new Expr.Subscript(expr(s.value()), expr(s.slice()), s.ctx(),
                    s.pos()));
            case Expr.Starred s -> new Expr.Starred(expr(s.value()), s.ctx(), s.pos());
            case Expr.Slice s -> new Expr.Slice(opt(s.lower()), opt(s.upper()), opt(s.step()), s.pos());
            case Expr.ListExpr l -> new Expr.ListExpr(exprs(l.elts()), l.ctx(), l.pos());
            case Expr.TupleExpr t -> foldTuple(new Expr.TupleExpr(exprs(t.elts()), t.ctx(), t.pos()));
            case Expr.Name n -> n.ctx() == ExprContext.Load && n.id().equals("__debug__")
                    ? new Expr.ConstantExpr(Constant.bool(optimize == 0), null, n.pos()) : n;
            case Expr.NamedExpr n -> new Expr.NamedExpr(n.target(), expr(n.value()), n.pos());
            case Expr.ConstantExpr c -> c;
        };
    }

    private List<Comprehension> comprehensions(List<Comprehension> gens) {
        List<Comprehension> out = new ArrayList<>();
        for (Comprehension c : gens) {
            out.add(new Comprehension(expr(c.target()), foldIter(expr(c.iter())), exprs(c.ifs()), c.isAsync()));
        }
        return out;
    }

    private static Constant constantOf(Expr e) {
        return e instanceof Expr.ConstantExpr c ? c.value() : null;
    }

    private static Expr constant(Constant c, Pos pos) {
        return new Expr.ConstantExpr(c, null, pos);
    }

    private Expr foldUnaryop(Expr.UnaryOpExpr node) {
        Constant v = constantOf(node.operand());
        if (v == null) {
            // not (a is b) -> a is not b; likewise for in. Other comparisons cannot be safely inverted.
            if (node.op() == UnaryOp.Not && node.operand() instanceof Expr.Compare c && c.ops().size() == 1) {
                CmpOp inverted = switch (c.ops().get(0)) {
                    case Is -> CmpOp.IsNot;
                    case IsNot -> CmpOp.Is;
                    case In -> CmpOp.NotIn;
                    case NotIn -> CmpOp.In;
                    default -> null;
                };
                if (inverted != null) return new Expr.Compare(c.left(), List.of(inverted), c.comparators(), c.pos());
            }
            return node;
        }
        Constant r = eval.unary(node.op(), v);
        return r == null ? node : constant(r, node.pos());
    }

    private Expr foldBinop(Expr.BinOp node) {
        Constant lv = constantOf(node.left());
        if (lv == null) return node;
        if (node.op() == Operator.Mod && node.right() instanceof Expr.TupleExpr t && lv instanceof Constant.Str fmt) {
            for (Expr x : t.elts()) if (x instanceof Expr.Starred) return node;
            Expr r = FormatRewriter.rewrite(fmt.value(), t.elts(), node.pos());
            return r == null ? node : r;
        }
        Constant rv = constantOf(node.right());
        if (rv == null) return node;
        Constant r = switch (node.op()) {
            case Mult -> safeMultiply(lv, rv);
            case Pow -> safePower(lv, rv);
            case LShift -> safeLshift(lv, rv);
            case Mod -> lv instanceof Constant.Str || lv instanceof Constant.Bytes ? null : eval.binary(node.op(), lv, rv);
            case MatMult -> null;
            default -> eval.binary(node.op(), lv, rv);
        };
        return r == null ? node : constant(r, node.pos());
    }

    private static long bits(BigInteger v) {
        return v.abs().bitLength();
    }

    private Constant safeMultiply(Constant v, Constant w) {
        if (v instanceof Constant.Int a && w instanceof Constant.Int b) {
            if (a.value().signum() != 0 && b.value().signum() != 0
                    && bits(a.value()) + bits(b.value()) > MAX_INT_SIZE) {
                return null;
            }
        } else if (v instanceof Constant.Int n && isSized(w)) {
            if (!repeatFitsLimits(n, w)) return null;
        } else if (w instanceof Constant.Int n && isSized(v)) {
            if (!repeatFitsLimits(n, v)) return null;
        }
        return eval.binary(Operator.Mult, v, w);
    }

    private static boolean isSized(Constant c) {
        return c instanceof Constant.Tuple || c instanceof Constant.FrozenSet || c instanceof Constant.Str
                || c instanceof Constant.Bytes;
    }

    /** Repeating a sequence n times must stay under the collection, string and total-item limits. */
    private static boolean repeatFitsLimits(Constant.Int n, Constant w) {
        int size;
        int limit;
        switch (w) {
            case Constant.Tuple t -> { size = t.items().size(); limit = MAX_COLLECTION_SIZE; }
            case Constant.FrozenSet f -> { size = f.items().size(); limit = MAX_COLLECTION_SIZE; }
            case Constant.Str s -> { size = s.value().codePointCount(0, s.value().length()); limit = MAX_STR_SIZE; }
            default -> { size = ((Constant.Bytes) w).value().length; limit = MAX_STR_SIZE; }
        }
        if (size == 0) return true;
        if (n.value().bitLength() > 62) return false;
        long k = n.value().longValue();
        if (k < 0 || k > limit / size) return false;
        boolean collection = w instanceof Constant.Tuple || w instanceof Constant.FrozenSet;
        return !(collection && k != 0 && complexity(w, MAX_TOTAL_ITEMS / k) < 0);
    }

    /** check_complexity: how much of an item budget nested tuples and frozensets leave, negative if exceeded. */
    private static long complexity(Constant c, long limit) {
        List<Constant> items = c instanceof Constant.Tuple t ? t.items()
                : c instanceof Constant.FrozenSet f ? f.items() : null;
        if (items == null) return limit;
        limit -= items.size();
        for (int i = 0; limit >= 0 && i < items.size(); i++) limit = complexity(items.get(i), limit);
        return limit;
    }

    private Constant safePower(Constant v, Constant w) {
        if (v instanceof Constant.Int a && w instanceof Constant.Int b && a.value().signum() != 0
                && b.value().signum() > 0) {
            long vbits = bits(a.value());
            if (b.value().bitLength() > 62) return null;
            long wbits = b.value().longValue();
            if (vbits > MAX_INT_SIZE / wbits) return null;
        }
        return eval.binary(Operator.Pow, v, w);
    }

    private Constant safeLshift(Constant v, Constant w) {
        if (v instanceof Constant.Int a && w instanceof Constant.Int b && a.value().signum() != 0
                && b.value().signum() != 0) {
            if (b.value().signum() < 0 || b.value().bitLength() > 62) return null;
            long vbits = bits(a.value());
            long wbits = b.value().longValue();
            if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) return null;
        }
        return eval.binary(Operator.LShift, v, w);
    }

    private Expr foldTuple(Expr.TupleExpr node) {
        if (node.ctx() != ExprContext.Load) return node;
        Constant t = constTuple(node.elts());
        return t == null ? node : constant(t, node.pos());
    }

    private static Constant.Tuple constTuple(List<Expr> elts) {
        List<Constant> items = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            Constant c = constantOf(e);
            if (c == null) return null;
            items.add(c);
        }
        return new Constant.Tuple(items);
    }

    private Expr foldSubscript(Expr.Subscript node) {
        if (node.ctx() != ExprContext.Load) return node;
        Constant container = constantOf(node.value());
        Constant index = constantOf(node.slice());
        if (container == null || index == null) return node;
        Constant r = eval.subscript(container, index);
        return r == null ? node : constant(r, node.pos());
    }

    /** Iterating over, or testing membership in, a list or set literal: a tuple or frozenset does the same. */
    private Expr foldIter(Expr arg) {
        if (arg instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) if (e instanceof Expr.Starred) return arg;
            Constant.Tuple t = constTuple(l.elts());
            return t != null ? constant(t, l.pos()) : new Expr.TupleExpr(l.elts(), l.ctx(), l.pos());
        }
        if (arg instanceof Expr.SetExpr s) {
            Constant.Tuple t = constTuple(s.elts());
            if (t == null) return arg;
            return constant(new Constant.FrozenSet(ConstantEquality.distinct(t.items())), s.pos());
        }
        return arg;
    }

    private Expr foldCompare(Expr.Compare node) {
        int last = node.ops().size() - 1;
        CmpOp op = node.ops().get(last);
        if (op == CmpOp.In || op == CmpOp.NotIn) {
            List<Expr> comparators = new ArrayList<>(node.comparators());
            comparators.set(last, foldIter(comparators.get(last)));
            return new Expr.Compare(node.left(), node.ops(), comparators, node.pos());
        }
        return node;
    }
}
