// Builds the symbol table of a module: which names each scope binds, and whether they are local, cell, free or global.
package pyj.compiler.symtable;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pyj.compiler.ast.Alias;
import pyj.compiler.ast.Arg;
import pyj.compiler.ast.Arguments;
import pyj.compiler.ast.Comprehension;
import pyj.compiler.ast.ExceptHandler;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Keyword;
import pyj.compiler.ast.MatchCase;
import pyj.compiler.ast.Mod;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Pattern;
import pyj.compiler.ast.Pos;
import pyj.compiler.ast.Stmt;
import pyj.compiler.ast.TypeParam;
import pyj.compiler.ast.WithItem;
import pyj.compiler.error.CompileError;

/**
 * CPython's symtable.c in two passes. The first walks the AST, opening a {@link Scope} per block
 * and recording each name's uses (DEF_* flags). The second, {@link #analyze}, decides every name's
 * scope, turning locals captured by nested functions into cells and threading free variables
 * through intermediate blocks; list, set and dict comprehensions are inlined into their parent
 * (PEP 709).
 */
public final class SymbolTable {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final ErrorReporter errors;
    private boolean futureAnnotations;
    private Scope current;
    public final Scope top;
    /** The first comprehension iteration target seen in the current comprehension (for walrus checks). */
    private Scope comprehensionBeingBuilt;

    /** Turns a message and a node position into a SyntaxError. */
    public interface ErrorReporter {
        CompileError error(String msg, Pos pos);
    }

    private SymbolTable(Mod module, ErrorReporter errors) {
        this.errors = errors;
        this.top = new Scope("top", Scope.Kind.MODULE, null, module, 0);
        scopes.put(module, top);
        current = top;
    }

    /**
     * @param futureAnnotations under "from __future__ import annotations" annotations are never
     *                          evaluated, so their names bind and reference nothing
     */
    public static SymbolTable build(Mod module, ErrorReporter errors, boolean futureAnnotations) {
        SymbolTable st = new SymbolTable(module, errors);
        st.futureAnnotations = futureAnnotations;
        switch (module) {
            case Mod.Module m -> st.visitStmts(m.body());
            case Mod.Interactive i -> st.visitStmts(i.body());
            case Mod.Expression e -> st.visitExpr(e.body());
            case Mod.FunctionType ft -> { }
        }
        st.analyze();
        return st;
    }

    /** The scope opened for an AST node (module, def, class, lambda, comprehension, type params). */
    public Scope scopeFor(Object node) {
        Scope s = scopes.get(node);
        if (s == null) throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
        return s;
    }

    private final Map<Object, Scope> typeParamsScopes = new IdentityHashMap<>();
    private final Map<TypeParam, Scope> boundScopes = new IdentityHashMap<>();
    private final Map<TypeParam, Scope> defaultScopes = new IdentityHashMap<>();

    /** The type-parameter scope of a generic def, class or type alias, or null. */
    public Scope typeParams(Object owner) { return typeParamsScopes.get(owner); }

    /** The lazily evaluated scope of a TypeVar's bound or constraints. */
    public Scope boundScope(TypeParam param) { return boundScopes.get(param); }

    /** The lazily evaluated scope of a type parameter's default (PEP 696). */
    public Scope defaultScope(TypeParam param) { return defaultScopes.get(param); }

    // ---- first pass: definitions and uses -----------------------------------------------------

    private Scope enter(String name, Scope.Kind kind, Object node, int lineno) {
        return enter(name, kind, scopes, node, lineno);
    }

    private <K> Scope enter(String name, Scope.Kind kind, Map<K, Scope> registry, K node, int lineno) {
        Scope s = new Scope(name, kind, current, node, lineno);
        current.children.add(s);
        registry.put(node, s);
        if (current.nested || current.isFunctionLike()) s.nested = true;
        if (current.mangledNames != null && kind != Scope.Kind.CLASS) s.mangledNames = current.mangledNames;
        if (kind == Scope.Kind.ANNOTATION || kind == Scope.Kind.TYPE_PARAMS || kind == Scope.Kind.TYPE_VAR_BOUND
                || kind == Scope.Kind.TYPE_ALIAS) {
            if (current.kind == Scope.Kind.CLASS || current.canSeeClassScope) s.canSeeClassScope = true;
        }
        current = s;
        // A scope that can see its class reads class-level names through the class's __classdict__.
        if (s.canSeeClassScope) addDef("__classdict__", Scope.USE, Pos.NONE);
        return s;
    }

    private void exit() {
        current = current.parent;
    }

    private void addDef(String name, int flag, Pos pos) {
        addDefIn(current, name, flag, pos);
    }

    private void addDefIn(Scope s, String name, int flag, Pos pos) {
        if ((flag & Scope.DEF_TYPE_PARAM) != 0 && current.mangledNames != null) current.mangledNames.add(name);
        String mangled = mangle(name);
        Integer old = s.symbols.get(mangled);
        int val = old == null ? 0 : old;
        if ((flag & Scope.DEF_PARAM) != 0 && (val & Scope.DEF_PARAM) != 0) {
            throw errors.error("duplicate argument '" + name + "' in function definition", pos);
        }
        if ((flag & Scope.DEF_TYPE_PARAM) != 0 && (val & Scope.DEF_TYPE_PARAM) != 0) {
            throw errors.error("duplicate type parameter '" + name + "'", pos);
        }
        if (inComprehensionTarget && s == current && (val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
            throw errors.error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                    pos);
        }
        val |= flag;
        s.symbols.put(mangled, val);
        if ((flag & Scope.DEF_PARAM) != 0) s.varnames.add(mangled);
        if ((flag & Scope.DEF_GLOBAL) != 0) {
            Integer g = top.symbols.get(mangled);
            top.symbols.put(mangled, (g == null ? 0 : g) | Scope.DEF_GLOBAL);
        }
    }

    /** CPython's st_private: the class whose name mangles __x names at this point of the walk. */
    private String privateName;

    /** _Py_MaybeMangle for the current block: a class's type-parameter scope mangles only its type parameters. */
    private String mangle(String name) {
        if (current.mangledNames != null && !current.mangledNames.contains(name)) return name;
        return Mangling.mangle(privateName, name);
    }

    private void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) visitStmt(s);
    }

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) if (e != null) visitExpr(e);
    }

    private void visitStmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef fd -> functionDef(fd, fd.name(), fd.args(), fd.body(), fd.decoratorList(),
                    fd.returns(), fd.typeParams(), false);
            case Stmt.AsyncFunctionDef fd -> functionDef(fd, fd.name(), fd.args(), fd.body(), fd.decoratorList(),
                    fd.returns(), fd.typeParams(), true);
            case Stmt.ClassDef cd -> classDef(cd);
            case Stmt.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    current.returnsValue = true;
                }
            }
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> {
                visitExprs(a.targets());
                visitExpr(a.value());
            }
            case Stmt.TypeAlias ta -> typeAlias(ta);
            case Stmt.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                visitStmts(f.body());
                visitStmts(f.orelse());
            }
            case Stmt.While w -> {
                visitExpr(w.test());
                visitStmts(w.body());
                visitStmts(w.orelse());
            }
            case Stmt.If i -> {
                visitExpr(i.test());
                visitStmts(i.body());
                visitStmts(i.orelse());
            }
            case Stmt.With w -> {
                withItems(w.items());
                visitStmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                withItems(w.items());
                visitStmts(w.body());
            }
            case Stmt.Match m -> {
                visitExpr(m.subject());
                for (MatchCase c : m.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) visitExpr(c.guard());
                    visitStmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) visitExpr(r.exc());
                if (r.cause() != null) visitExpr(r.cause());
            }
            case Stmt.Try t -> tryBody(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.TryStar t -> tryBody(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Stmt.Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) visitExpr(a.msg());
            }
            case Stmt.Import im -> imports(im.names(), im.pos());
            case Stmt.ImportFrom im -> imports(im.names(), im.pos());
            case Stmt.Global g -> globalOrNonlocal(g.names(), g.pos(), true);
            case Stmt.Nonlocal n -> globalOrNonlocal(n.names(), n.pos(), false);
            case Stmt.ExprStmt e -> visitExpr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void tryBody(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) visitExpr(h.type());
            if (h.name() != null) addDef(h.name(), Scope.DEF_LOCAL, h.pos());
            visitStmts(h.body());
        }
        visitStmts(orelse);
        visitStmts(finalbody);
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            visitExpr(w.contextExpr());
            if (w.optionalVars() != null) visitExpr(w.optionalVars());
        }
    }

    private void imports(List<Alias> names, Pos pos) {
        for (Alias a : names) {
            if (a.name().equals("*")) {
                if (current.kind != Scope.Kind.MODULE) {
                    throw errors.error("import * only allowed at module level", a.pos());
                }
                continue;
            }
            String store = a.asname() != null ? a.asname() : a.name().contains(".")
                    ? a.name().substring(0, a.name().indexOf('.')) : a.name();
            addDef(store, Scope.DEF_IMPORT, a.pos());
        }
    }

    private void globalOrNonlocal(List<String> names, Pos pos, boolean global) {
        for (String name : names) {
            int cur = current.flags(mangle(name));
            String kw = global ? "global" : "nonlocal";
            if ((cur & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
                String msg;
                if ((cur & Scope.DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + kw;
                else if ((cur & Scope.USE) != 0) msg = "name '" + name + "' is used prior to " + kw + " declaration";
                else if ((cur & Scope.DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + kw;
                else msg = "name '" + name + "' is assigned to before " + kw + " declaration";
                throw errors.error(msg, pos);
            }
            if (!global && current.kind == Scope.Kind.MODULE) {
                throw errors.error("nonlocal declaration not allowed at module level", pos);
            }
            addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, pos);
            current.directives.putIfAbsent(mangle(name), pos);
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int cur = current.flags(mangle(n.id()));
            if ((cur & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && current != top && a.simple()) {
                String kw = (cur & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw errors.error("annotated name '" + n.id() + "' can't be " + kw, a.pos());
            }
            if (a.simple()) {
                addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), Scope.DEF_LOCAL, n.pos());
            }
        } else {
            visitExpr(a.target());
        }
        if (!futureAnnotations) visitExpr(a.annotation());
        if (a.value() != null) visitExpr(a.value());
    }

    private void functionDef(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                             Expr returns, List<TypeParam> typeParams, boolean async) {
        addDef(name, Scope.DEF_LOCAL, node instanceof Stmt.FunctionDef f ? f.pos() : ((Stmt.AsyncFunctionDef) node).pos());
        visitDefaults(args);
        visitExprs(decorators);
        if (!typeParams.isEmpty()) {
            enterTypeParams("<generic parameters of " + name + ">", node, typeParams, node);
            visitTypeParams(typeParams);
        }
        visitAnnotations(args, returns);
        Scope s = enter(name, Scope.Kind.FUNCTION, node, lineOf(node));
        if (async) s.coroutine = true;
        visitParams(args);
        visitStmts(body);
        exit();
        if (!typeParams.isEmpty()) exit();
    }

    private static int lineOf(Stmt s) {
        return s.pos().line();
    }

    private void enterTypeParams(String name, Object node, List<TypeParam> typeParams, Object owner) {
        Scope s = enter(name, Scope.Kind.TYPE_PARAMS, typeParamsScopes, owner, 0);
        if (owner instanceof Stmt.ClassDef) {
            // .type_params is set when the tuple is built and used for the bases; .generic_base likewise.
            addDef(".type_params", Scope.DEF_LOCAL, Pos.NONE);
            addDef(".type_params", Scope.USE, Pos.NONE);
            addDef(".generic_base", Scope.DEF_LOCAL, Pos.NONE);
            addDef(".generic_base", Scope.USE, Pos.NONE);
        }
        if (owner instanceof Stmt.FunctionDef || owner instanceof Stmt.AsyncFunctionDef) {
            // The defaults are passed in as parameters of the generic-parameters function. CPython
            // declares .defaults whether or not there are any (its parser never leaves them NULL).
            Arguments a = owner instanceof Stmt.FunctionDef f ? f.args() : ((Stmt.AsyncFunctionDef) owner).args();
            addDef(".defaults", Scope.DEF_PARAM, Pos.NONE);
            boolean kw = false;
            for (Expr d : a.kwDefaults()) if (d != null) kw = true;
            if (kw) addDef(".kwdefaults", Scope.DEF_PARAM, Pos.NONE);
        }
    }

    private void visitTypeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            addDef(tp.name(), Scope.DEF_TYPE_PARAM | Scope.DEF_LOCAL, tp.pos());
            switch (tp) {
                case TypeParam.TypeVar tv -> {
                    if (tv.bound() != null) {
                        typeVarScope(tv.name(), boundScopes, tp, tv.bound(),
                                tv.bound() instanceof Expr.TupleExpr ? "a TypeVar constraint" : "a TypeVar bound");
                    }
                    if (tv.defaultValue() != null) {
                        typeVarScope(tv.name(), defaultScopes, tp, tv.defaultValue(), "a TypeVar default");
                    }
                }
                case TypeParam.ParamSpec ps -> {
                    if (ps.defaultValue() != null) {
                        typeVarScope(ps.name(), defaultScopes, tp, ps.defaultValue(), "a ParamSpec default");
                    }
                }
                case TypeParam.TypeVarTuple tvt -> {
                    if (tvt.defaultValue() != null) {
                        typeVarScope(tvt.name(), defaultScopes, tp, tvt.defaultValue(), "a TypeVarTuple default");
                    }
                }
            }
        }
    }

    /** The scope of a type parameter's bound or default, evaluated lazily. */
    private void typeVarScope(String name, Map<TypeParam, Scope> scopes, TypeParam tp, Expr value, String info) {
        enter(name, Scope.Kind.TYPE_VAR_BOUND, scopes, tp, tp.pos().line());
        current.scopeInfo = info;
        visitExpr(value);
        exit();
    }

    private void visitDefaults(Arguments a) {
        visitExprs(a.defaults());
        visitExprs(a.kwDefaults());
    }

    private void visitAnnotations(Arguments a, Expr returns) {
        if (futureAnnotations) return;
        for (Arg arg : a.posonlyargs()) if (arg.annotation() != null) visitExpr(arg.annotation());
        for (Arg arg : a.args()) if (arg.annotation() != null) visitExpr(arg.annotation());
        if (a.vararg() != null && a.vararg().annotation() != null) visitExpr(a.vararg().annotation());
        for (Arg arg : a.kwonlyargs()) if (arg.annotation() != null) visitExpr(arg.annotation());
        if (a.kwarg() != null && a.kwarg().annotation() != null) visitExpr(a.kwarg().annotation());
        if (returns != null) visitExpr(returns);
    }

    private void visitParams(Arguments a) {
        for (Arg arg : a.posonlyargs()) addDef(arg.arg(), Scope.DEF_PARAM, arg.pos());
        for (Arg arg : a.args()) addDef(arg.arg(), Scope.DEF_PARAM, arg.pos());
        for (Arg arg : a.kwonlyargs()) addDef(arg.arg(), Scope.DEF_PARAM, arg.pos());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM, a.vararg().pos());
            current.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM, a.kwarg().pos());
            current.varkeywords = true;
        }
    }

    private void classDef(Stmt.ClassDef cd) {
        addDef(cd.name(), Scope.DEF_LOCAL, cd.pos());
        visitExprs(cd.decoratorList());
        String savedPrivate = privateName;
        if (!cd.typeParams().isEmpty()) {
            enterTypeParams("<generic parameters of " + cd.name() + ">", cd, cd.typeParams(), cd);
            privateName = cd.name();
            current.mangledNames = new java.util.HashSet<>();
            visitTypeParams(cd.typeParams());
        }
        visitExprs(cd.bases());
        for (Keyword k : cd.keywords()) visitExpr(k.value());
        enter(cd.name(), Scope.Kind.CLASS, cd, cd.pos().line());
        privateName = cd.name();
        if (!cd.typeParams().isEmpty()) {
            addDef("__type_params__", Scope.DEF_LOCAL, Pos.NONE);
            addDef(".type_params", Scope.USE, Pos.NONE);
        }
        visitStmts(cd.body());
        exit();
        if (!cd.typeParams().isEmpty()) exit();
        privateName = savedPrivate;
    }

    private void typeAlias(Stmt.TypeAlias ta) {
        Expr.Name name = (Expr.Name) ta.name();
        addDef(name.id(), Scope.DEF_LOCAL, name.pos());
        if (!ta.typeParams().isEmpty()) {
            enterTypeParams("<generic parameters of " + name.id() + ">", ta, ta.typeParams(), ta);
            visitTypeParams(ta.typeParams());
        }
        enter(name.id(), Scope.Kind.TYPE_ALIAS, ta, ta.pos().line());
        visitExpr(ta.value());
        exit();
        if (!ta.typeParams().isEmpty()) exit();
    }

    private void visitExpr(Expr e) {
        switch (e) {
            case Expr.NamedExpr ne -> namedExpr(ne);
            case Expr.BoolOpExpr b -> visitExprs(b.values());
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOpExpr u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                visitDefaults(l.args());
                enter("lambda", Scope.Kind.FUNCTION, l, l.pos().line());
                visitParams(l.args());
                visitExpr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Expr.Dict d -> {
                visitExprs(d.keys());
                visitExprs(d.values());
            }
            case Expr.SetExpr s -> visitExprs(s.elts());
            case Expr.GeneratorExp g -> comprehension(g, "genexpr", g.generators(), g.elt(), null,
                    Scope.Comprehension.GENERATOR);
            case Expr.ListComp l -> comprehension(l, "listcomp", l.generators(), l.elt(), null, Scope.Comprehension.LIST);
            case Expr.SetComp s -> comprehension(s, "setcomp", s.generators(), s.elt(), null, Scope.Comprehension.SET);
            case Expr.DictComp d -> comprehension(d, "dictcomp", d.generators(), d.key(), d.value(),
                    Scope.Comprehension.DICT);
            case Expr.Yield y -> {
                notInAnnotationScope("yield expression", e);
                if (y.value() != null) visitExpr(y.value());
                current.generator = true;
                notInComprehension(e);
            }
            case Expr.YieldFrom y -> {
                notInAnnotationScope("yield expression", e);
                visitExpr(y.value());
                current.generator = true;
                notInComprehension(e);
            }
            case Expr.Await a -> {
                notInAnnotationScope("await expression", e);
                visitExpr(a.value());
                current.coroutine = true;
            }
            case Expr.Compare c -> {
                visitExpr(c.left());
                visitExprs(c.comparators());
            }
            case Expr.Call c -> {
                visitExpr(c.func());
                visitExprs(c.args());
                for (Keyword k : c.keywords()) visitExpr(k.value());
            }
            case Expr.FormattedValue fv -> {
                visitExpr(fv.value());
                if (fv.formatSpec() != null) visitExpr(fv.formatSpec());
            }
            case Expr.JoinedStr j -> visitExprs(j.values());
            case Expr.ConstantExpr c -> { }
            case Expr.Attribute a -> visitExpr(a.value());
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Expr.Starred s -> visitExpr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) visitExpr(s.lower());
                if (s.upper() != null) visitExpr(s.upper());
                if (s.step() != null) visitExpr(s.step());
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? Scope.USE : Scope.DEF_LOCAL, n.pos());
                if (n.ctx() == ExprContext.Load && current.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", Scope.USE, n.pos());
                }
            }
            case Expr.ListExpr l -> visitExprs(l.elts());
            case Expr.TupleExpr t -> visitExprs(t.elts());
        }
    }

    /** A yield in a comprehension. */
    private void notInComprehension(Expr e) {
        if (current.comprehension == Scope.Comprehension.NONE) return;
        String what = switch (current.comprehension) {
            case LIST -> "list comprehension";
            case SET -> "set comprehension";
            case DICT -> "dict comprehension";
            default -> "generator expression";
        };
        throw errors.error("'yield' inside " + what, e.pos());
    }

    /** symtable_raise_if_annotation_block: yield, await and := have no place in annotation scopes. */
    private void notInAnnotationScope(String what, Expr e) {
        if (current.kind == Scope.Kind.ANNOTATION || current.kind == Scope.Kind.TYPE_VAR_BOUND
                || current.kind == Scope.Kind.TYPE_ALIAS || current.kind == Scope.Kind.TYPE_PARAMS) {
            throw errors.error(what + " cannot be used within " + annotationKind(current), e.pos());
        }
    }

    private static String annotationKind(Scope s) {
        return switch (s.kind) {
            case TYPE_VAR_BOUND -> s.scopeInfo;
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMS -> "the definition of a generic";
            default -> "an annotation";
        };
    }

    private void namedExpr(Expr.NamedExpr ne) {
        notInAnnotationScope("named expression", ne);
        if (comprehensionIterDepth > 0) {
            throw errors.error("assignment expression cannot be used in a comprehension iterable expression", ne.pos());
        }
        if (current.comprehension != Scope.Comprehension.NONE) {
            Expr.Name target = (Expr.Name) ne.target();
            // The target binds in the nearest enclosing function (or module) scope.
            for (Scope s = current; s != null; s = s.parent) {
                if (s.comprehension != Scope.Comprehension.NONE) {
                    if ((s.flags(mangle(target.id())) & Scope.DEF_COMP_ITER) != 0) {
                        throw errors.error("assignment expression cannot rebind comprehension iteration variable '"
                                + target.id() + "'", target.pos());
                    }
                    continue;
                }
                if (s.kind == Scope.Kind.CLASS) {
                    throw errors.error("assignment expression within a comprehension cannot be used in a class body",
                            target.pos());
                }
                if (s.kind == Scope.Kind.FUNCTION) {
                    int f = s.flags(mangle(target.id()));
                    if ((f & Scope.DEF_GLOBAL) != 0) addDefIn(current, target.id(), Scope.DEF_GLOBAL, target.pos());
                    else addDefIn(current, target.id(), Scope.DEF_NONLOCAL, target.pos());
                    addDefIn(s, target.id(), Scope.DEF_LOCAL, target.pos());
                    break;
                }
                if (s.kind == Scope.Kind.MODULE) {
                    addDefIn(current, target.id(), Scope.DEF_GLOBAL, target.pos());
                    addDefIn(s, target.id(), Scope.DEF_GLOBAL, target.pos());
                    break;
                }
                String where = switch (s.kind) {
                    case TYPE_PARAMS -> "within the definition of a generic";
                    case TYPE_ALIAS -> "in a type alias";
                    case TYPE_VAR_BOUND -> "in a TypeVar bound";
                    default -> null;
                };
                if (where != null) {
                    throw errors.error("assignment expression within a comprehension cannot be used " + where,
                            target.pos());
                }
            }
        }
        visitExpr(ne.value());
        visitExpr(ne.target());
    }

    private int comprehensionIterDepth;
    /** Visiting a comprehension's loop target, whose names an earlier ':=' in it may not have bound. */
    private boolean inComprehensionTarget;
    /** Set for the REPL-style top-level await mode (PyCF_ALLOW_TOP_LEVEL_AWAIT). */
    boolean allowTopLevelAwait;

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value,
                               Scope.Comprehension kind) {
        Comprehension outermost = gens.get(0);
        comprehensionIterDepth++;
        visitExpr(outermost.iter());
        comprehensionIterDepth--;
        boolean isGenexp = kind == Scope.Comprehension.GENERATOR;
        Scope s = enter("<" + name + ">", Scope.Kind.FUNCTION, node, node.pos().line());
        s.comprehension = kind;
        if (outermost.isAsync()) s.coroutine = true;
        if (isGenexp) s.generator = true;
        addDef(".0", Scope.DEF_PARAM, node.pos());
        comprehensionTarget(outermost.target());
        for (Expr cond : outermost.ifs()) visitExpr(cond);
        for (int i = 1; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            comprehensionTarget(c.target());
            comprehensionIterDepth++;
            visitExpr(c.iter());
            comprehensionIterDepth--;
            for (Expr cond : c.ifs()) visitExpr(cond);
            if (c.isAsync()) s.coroutine = true;
        }
        if (value != null) visitExpr(value);
        visitExpr(elt);
        exit();
        boolean isAsync = s.coroutine && !isGenexp;
        if (isAsync && !(current.kind == Scope.Kind.FUNCTION && current.coroutine)
                && current.comprehension == Scope.Comprehension.NONE && !allowTopLevelAwait) {
            throw errors.error("asynchronous comprehension outside of an asynchronous function", node.pos());
        }
        if (isAsync) current.coroutine = true;
    }

    /** A comprehension's loop target binds names marked DEF_COMP_ITER (walrus may not rebind them). */
    private void comprehensionTarget(Expr target) {
        inComprehensionTarget = true;
        try {
            visitExpr(target);
        } finally {
            inComprehensionTarget = false;
        }
        for (Map.Entry<String, Integer> en : current.symbols.entrySet()) {
            if ((en.getValue() & Scope.DEF_LOCAL) != 0) en.setValue(en.getValue() | Scope.DEF_COMP_ITER);
        }
    }

    private void visitPattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> visitExpr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> { for (Pattern x : s.patterns()) visitPattern(x); }
            case Pattern.MatchStar s -> { if (s.name() != null) addDef(s.name(), Scope.DEF_LOCAL, s.pos()); }
            case Pattern.MatchMapping m -> {
                visitExprs(m.keys());
                for (Pattern x : m.patterns()) visitPattern(x);
                if (m.rest() != null) addDef(m.rest(), Scope.DEF_LOCAL, m.pos());
            }
            case Pattern.MatchClass c -> {
                visitExpr(c.cls());
                for (Pattern x : c.patterns()) visitPattern(x);
                for (Pattern x : c.kwdPatterns()) visitPattern(x);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) visitPattern(a.pattern());
                if (a.name() != null) addDef(a.name(), Scope.DEF_LOCAL, a.pos());
            }
            case Pattern.MatchOr o -> { for (Pattern x : o.patterns()) visitPattern(x); }
        }
    }

    // ---- second pass: scope analysis ---------------------------------------------------------

    private void analyze() {
        Set<String> free = new HashSet<>();
        Set<String> global = new HashSet<>();
        analyzeBlock(top, null, free, global, null);
    }

    private static void setScope(Scope s, String name, int scope) {
        int flags = s.symbols.get(name) & ((1 << Scope.SCOPE_OFFSET) - 1);
        s.symbols.put(name, flags | (scope << Scope.SCOPE_OFFSET));
    }

    private void analyzeName(Scope ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global, Scope classEntry) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw errors.error("name '" + name + "' is nonlocal and global", ste.directives.get(name));
            }
            scopes.put(name, Scope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errors.error("nonlocal declaration not allowed at module level", ste.directives.get(name));
            }
            if (!bound.contains(name)) {
                throw errors.error("no binding for nonlocal '" + name + "' found", ste.directives.get(name));
            }
            scopes.put(name, Scope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            scopes.put(name, Scope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        // A name the enclosing class binds is looked up in the class namespace (through
        // __classdict__) and then in globals, never in an outer function.
        if (classEntry != null) {
            Integer cf = classEntry.symbols.get(name);
            if (cf != null && (cf & Scope.DEF_BOUND) != 0) {
                scopes.put(name, Scope.GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Scope.FREE);
            ste.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, Scope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) ste.hasFree = true;
        scopes.put(name, Scope.GLOBAL_IMPLICIT);
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
                              Scope classEntry) {
        Set<String> local = new LinkedHashSet<>();
        Map<String, Integer> scopesMap = new java.util.HashMap<>();
        Set<String> newglobal = new HashSet<>();
        Set<String> newfree = new HashSet<>();
        Set<String> newbound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        if (ste.kind == Scope.Kind.CLASS) {
            newglobal.addAll(global);
            if (bound != null) newbound.addAll(bound);
        }
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet()) {
            analyzeName(ste, scopesMap, en.getKey(), en.getValue(), bound, local, free, global, classEntry);
        }
        if (ste.kind != Scope.Kind.CLASS) {
            if (ste.isFunctionLike()) newbound.addAll(local);
            if (bound != null) newbound.addAll(bound);
            newglobal.addAll(global);
        } else {
            newbound.add("__class__");
            newbound.add("__classdict__");
        }
        Set<String> allfree = new HashSet<>();
        for (Scope child : ste.children) {
            boolean inline = child.comprehension != Scope.Comprehension.NONE
                    && child.comprehension != Scope.Comprehension.GENERATOR
                    && !ste.canSeeClassScope;
            Set<String> childFree = new HashSet<>();
            Set<String> tempBound = new HashSet<>(newbound);
            Set<String> tempGlobal = new HashSet<>(newglobal);
            // Only scopes that can see a class (annotation and type-parameter scopes) get it.
            Scope childClassEntry = child.canSeeClassScope ? (ste.kind == Scope.Kind.CLASS ? ste : classEntry) : null;
            analyzeBlock(child, tempBound, childFree, tempGlobal, childClassEntry);
            if (inline) {
                child.compInlined = true;
                inlineComprehension(ste, child, scopesMap, childFree, inlinedCells);
            }
            allfree.addAll(childFree);
            if (child.hasFree || child.childFree) ste.childFree = true;
        }
        // An inlined comprehension's own children become children of this block.
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Scope c = ste.children.get(i);
            if (c.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, c.children);
            }
        }
        newfree.addAll(allfree);
        if (ste.isFunctionLike()) analyzeCells(scopesMap, newfree, inlinedCells);
        else if (ste.kind == Scope.Kind.CLASS) dropClassFree(ste, newfree);
        updateSymbols(ste, scopesMap, bound, newfree, inlinedCells, ste.kind == Scope.Kind.CLASS);
        free.addAll(newfree);
    }

    private void inlineComprehension(Scope ste, Scope comp, Map<String, Integer> scopesMap, Set<String> compFree,
                                     Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> en : comp.symbols.entrySet()) {
            String k = en.getKey();
            int compFlags = en.getValue();
            if ((compFlags & Scope.DEF_PARAM) != 0) continue;
            int scope = (compFlags >> Scope.SCOPE_OFFSET) & Scope.SCOPE_MASK;
            int onlyFlags = compFlags & ((1 << Scope.SCOPE_OFFSET) - 1);
            if (scope == Scope.CELL || (onlyFlags & Scope.DEF_COMP_CELL) != 0) inlinedCells.add(k);
            Integer existing = ste.symbols.get(k);
            if (scope == Scope.FREE && ste.kind == Scope.Kind.CLASS && k.equals("__class__")) {
                // __class__ never passes through a class scope as a free variable.
                scope = Scope.GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopesMap.put(k, scope);
            } else if ((existing & Scope.DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k) && ste.kind != Scope.Kind.CLASS) {
                compFree.remove(k);
            }
        }
        if (removeDunderClass) comp.symbols.remove("__class__");
    }

    private static boolean isFreeInAnyChild(Scope s, String name) {
        for (Scope c : s.children) {
            if (c.scopeOf(name) == Scope.FREE) return true;
        }
        return false;
    }

    private static void analyzeCells(Map<String, Integer> scopesMap, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> en : scopesMap.entrySet()) {
            if (en.getValue() != Scope.LOCAL) continue;
            String name = en.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) continue;
            en.setValue(Scope.CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) ste.needsClassClosure = true;
        if (free.remove("__classdict__")) ste.needsClassdict = true;
    }

    private void updateSymbols(Scope ste, Map<String, Integer> scopesMap, Set<String> bound, Set<String> free,
                               Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> en : ste.symbols.entrySet()) {
            String name = en.getKey();
            Integer sc = scopesMap.get(name);
            int flags = en.getValue() & ((1 << Scope.SCOPE_OFFSET) - 1);
            if (inlinedCells.contains(name)) flags |= Scope.DEF_COMP_CELL;
            en.setValue(flags | ((sc == null ? 0 : sc) << Scope.SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                // A free variable that is also bound in a class block gets DEF_FREE_CLASS.
                if (classFlag && (v & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    ste.symbols.put(name, v | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            ste.symbols.put(name, Scope.FREE << Scope.SCOPE_OFFSET);
        }
    }
}
