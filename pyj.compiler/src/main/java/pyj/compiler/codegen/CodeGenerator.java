// Turns an analysed AST into instruction sequences, one code object per scope (CPython 3.13's compile.c).
package pyj.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Alias;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Keyword;
import pyj.compiler.ast.Mod;
import pyj.compiler.ast.Operators.CmpOp;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Operators.Operator;
import pyj.compiler.ast.Pos;
import pyj.compiler.ast.Stmt;
import pyj.compiler.code.CodeObject;
import pyj.compiler.code.Constant;
import pyj.compiler.error.CompileError;
import pyj.compiler.error.Diagnostics;
import pyj.compiler.flowgraph.Label;
import pyj.compiler.flowgraph.Location;
import pyj.compiler.opcode.Opcode;
import pyj.compiler.symtable.Mangling;
import pyj.compiler.symtable.Scope;
import pyj.compiler.symtable.SymbolTable;

/**
 * The code generator. It walks statements and expressions in the order CPython's compiler does,
 * so that instruction order, constant numbering and source locations come out identical; the
 * resulting instruction sequence goes through the flow-graph passes and the assembler in
 * {@link UnitAssembly}. Control flow, definitions, comprehensions and pattern matching live in
 * their own classes; this one keeps the unit stack, name resolution and expressions.
 */
public final class CodeGenerator {
    static final Location NO_LOCATION = Location.NONE;
    /** CPython's STACK_USE_GUIDELINE: beyond this many stack items, build collections incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    // CALL_INTRINSIC_1 / CALL_INTRINSIC_2 operands.
    static final int INTRINSIC_PRINT = 1;
    static final int INTRINSIC_IMPORT_STAR = 2;
    static final int INTRINSIC_STOPITERATION_ERROR = 3;
    static final int INTRINSIC_ASYNC_GEN_WRAP = 4;
    static final int INTRINSIC_UNARY_POSITIVE = 5;
    static final int INTRINSIC_LIST_TO_TUPLE = 6;
    static final int INTRINSIC_TYPEVAR = 7;
    static final int INTRINSIC_PARAMSPEC = 8;
    static final int INTRINSIC_TYPEVARTUPLE = 9;
    static final int INTRINSIC_SUBSCRIPT_GENERIC = 10;
    static final int INTRINSIC_TYPEALIAS = 11;
    static final int INTRINSIC_PREP_RERAISE_STAR = 1;
    static final int INTRINSIC_TYPEVAR_WITH_BOUND = 2;
    static final int INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
    static final int INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;
    static final int INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

    // RESUME operands.
    static final int RESUME_AT_FUNC_START = 0;
    static final int RESUME_AFTER_YIELD = 1;
    static final int RESUME_AFTER_YIELD_FROM = 2;
    static final int RESUME_AFTER_AWAIT = 3;

    final SymbolTable st;
    final Diagnostics diag;
    final CodegenOptions options;
    /** The future features in effect: inherited flags plus this module's __future__ imports. */
    final int compilerFlags;
    final Location futureLocation;

    CompilerUnit u;
    /** Enclosing units, outermost first (CPython's c_stack). */
    final List<CompilerUnit> stack = new ArrayList<>();

    final ControlFlow flow = new ControlFlow(this);
    final Definitions defs = new Definitions(this);
    final Comprehensions comps = new Comprehensions(this);
    final PatternMatching patterns = new PatternMatching(this);

    private CodeGenerator(SymbolTable st, Diagnostics diag, CodegenOptions options, FutureFeatures future) {
        this.st = st;
        this.diag = diag;
        this.options = options;
        this.compilerFlags = options.flags() | future.features();
        this.futureLocation = future.lastLocation();
    }

    /** Compiles a module, expression or interactive statement into its top-level code object. */
    public static CodeObject compile(Mod mod, SymbolTable st, Diagnostics diag, CodegenOptions options,
                                     FutureFeatures future) {
        CodeGenerator g = new CodeGenerator(st, diag, options, future);
        return g.compileMod(mod);
    }

    private CodeObject compileMod(Mod mod) {
        enterScope("<module>", CompilerUnit.Kind.MODULE, mod, 1, null);
        boolean addNone = true;
        switch (mod) {
            case Mod.Module m -> body(NO_LOCATION, m.body());
            case Mod.Interactive i -> {
                for (Stmt s : i.body()) visitStmt(s);
            }
            case Mod.Expression e -> {
                visitExpr(e.body());
                addNone = false;
            }
            case Mod.FunctionType ft -> throw new IllegalArgumentException("func_type mode cannot be compiled");
        }
        CodeObject co = assemble(addNone);
        exitScope();
        return co;
    }

    boolean interactive() { return options.interactive(); }

    boolean futureAnnotations() { return (compilerFlags & CodeObject.CO_FUTURE_ANNOTATIONS) != 0; }

    // ---- scopes -------------------------------------------------------------------------------

    void enterScope(String name, CompilerUnit.Kind kind, Object key, int lineno, String privateName) {
        Scope ste = switch (kind) {
            case MODULE -> st.top;
            default -> key instanceof Scope s ? s : st.scopeFor(key);
        };
        CompilerUnit nu = new CompilerUnit(ste, kind, name, lineno);
        if (u != null) {
            stack.add(u);
            nu.privateName = u.privateName;
        }
        if (privateName != null) nu.privateName = privateName;
        u = nu;
        Location loc;
        if (kind == CompilerUnit.Kind.MODULE) {
            nu.qualname = name;
            loc = new Location(0, 1, 0, 0);
        } else {
            nu.qualname = qualname(nu);
            loc = new Location(lineno, lineno, 0, 0);
        }
        emit(Opcode.RESUME, RESUME_AT_FUNC_START, loc);
    }

    void exitScope() {
        u = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
    }

    /** CPython's compiler_set_qualname. */
    private String qualname(CompilerUnit nu) {
        int size = stack.size();
        if (size > 1) {
            CompilerUnit parent = stack.get(size - 1);
            if (parent.kind == CompilerUnit.Kind.TYPE_PARAMS) {
                if (size == 2) return nu.name;
                parent = stack.get(size - 2);
            }
            boolean forceGlobal = false;
            if (nu.kind == CompilerUnit.Kind.FUNCTION || nu.kind == CompilerUnit.Kind.ASYNC_FUNCTION
                    || nu.kind == CompilerUnit.Kind.CLASS) {
                String mangled = Mangling.mangle(parent.privateName, nu.name);
                if (parent.ste.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT) forceGlobal = true;
            }
            if (!forceGlobal) {
                String base = parent.qualname;
                if (parent.kind == CompilerUnit.Kind.FUNCTION || parent.kind == CompilerUnit.Kind.ASYNC_FUNCTION
                        || parent.kind == CompilerUnit.Kind.LAMBDA) {
                    base = base + ".<locals>";
                }
                return base + "." + nu.name;
            }
        }
        return nu.name;
    }

    /** optimize_and_assemble: closes the current unit's sequence and turns it into a code object. */
    CodeObject assemble(boolean addNone) {
        if (addNone) loadConst(Constant.NONE, NO_LOCATION);
        emit(Opcode.RETURN_VALUE, 0, NO_LOCATION);
        return UnitAssembly.assemble(u, codeFlags(), diag.filename());
    }

    private int codeFlags() {
        Scope ste = u.ste;
        int flags = 0;
        if (ste.isFunctionLike()) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (ste.nested) flags |= CodeObject.CO_NESTED;
            if (ste.generator && !ste.coroutine) flags |= CodeObject.CO_GENERATOR;
            if (ste.generator && ste.coroutine) flags |= CodeObject.CO_ASYNC_GENERATOR;
            if (ste.varargs) flags |= CodeObject.CO_VARARGS;
            if (ste.varkeywords) flags |= CodeObject.CO_VARKEYWORDS;
        }
        if (ste.coroutine && !ste.generator) flags |= CodeObject.CO_COROUTINE;
        return flags | (compilerFlags & FutureFeatures.CO_FUTURE_MASK);
    }

    boolean isTopLevelAwait() {
        return (options.flags() & CodegenOptions.PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0
                && u.ste.kind == Scope.Kind.MODULE;
    }

    // ---- emission -----------------------------------------------------------------------------

    static Location loc(Pos p) { return Location.of(p); }

    void emit(int op, int arg, Location loc) {
        u.seq.emit(op, arg, loc);
    }

    void emit(int op, Location loc) {
        u.seq.emit(op, 0, loc);
    }

    void jump(int op, Label target, Location loc) {
        u.seq.emitJump(op, target, loc);
    }

    void label(Label l) {
        u.seq.useLabel(l);
    }

    void loadConst(Constant c, Location loc) {
        emit(Opcode.LOAD_CONST, u.addConst(c), loc);
    }

    /** compiler_addop_name: names are mangled, and attribute opcodes carry flag bits below the index. */
    void emitName(int op, String name, Location loc) {
        String mangled = mangle(name);
        int arg = CompilerUnit.indexOf(u.names, mangled);
        switch (op) {
            case Opcode.LOAD_ATTR -> arg <<= 1;
            case Opcode.LOAD_METHOD -> {
                op = Opcode.LOAD_ATTR;
                arg = (arg << 1) | 1;
            }
            case Opcode.LOAD_SUPER_ATTR -> {
                arg = (arg << 2) | 2;
            }
            case Opcode.LOAD_SUPER_METHOD -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg = (arg << 2) | 3;
            }
            case Opcode.LOAD_ZERO_SUPER_ATTR -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg <<= 2;
            }
            case Opcode.LOAD_ZERO_SUPER_METHOD -> {
                op = Opcode.LOAD_SUPER_ATTR;
                arg = (arg << 2) | 1;
            }
            default -> { }
        }
        emit(op, arg, loc);
    }

    /** An opcode whose argument indexes varnames, cellvars or freevars (no mangling, name used as is). */
    void emitIndexed(int op, java.util.Map<String, Integer> table, String name, Location loc) {
        emit(op, CompilerUnit.indexOf(table, mangle(name)), loc);
    }

    /** _Py_MaybeMangle: in a class's type-parameter scope only the type parameters are mangled. */
    String mangle(String name) {
        if (u.ste.mangledNames != null && !u.ste.mangledNames.contains(name)) return name;
        return Mangling.mangle(u.privateName, name);
    }

    // ---- errors and warnings ------------------------------------------------------------------

    CompileError error(Location loc, String msg) {
        return diag.syntaxError(msg, loc.line(), loc.col(), loc.endLine(), loc.endCol());
    }

    CompileError error(Pos p, String msg) {
        return error(loc(p), msg);
    }

    void warn(Location loc, String msg) {
        diag.warn("SyntaxWarning", msg, loc.line(), loc.col(), loc.endLine(), loc.endCol());
    }

    // ---- names --------------------------------------------------------------------------------

    /** forbidden_name: __debug__ may not be bound or deleted. */
    void checkForbidden(String name, ExprContext ctx, Location loc) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) throw error(loc, "cannot assign to __debug__");
        if (ctx == ExprContext.Del && name.equals("__debug__")) throw error(loc, "cannot delete __debug__");
    }

    /** CPython's compiler_nameop: picks FAST, DEREF, GLOBAL or NAME access from the symbol's scope. */
    void nameop(String name, ExprContext ctx, Location loc) {
        checkForbidden(name, ctx, loc);
        String mangled = mangle(name);
        int scope = u.ste.scopeOf(mangled);
        enum OpType { FAST, GLOBAL, DEREF, NAME }
        OpType optype = OpType.NAME;
        java.util.Map<String, Integer> dict = u.names;
        switch (scope) {
            case Scope.FREE -> {
                dict = u.freevars;
                optype = OpType.DEREF;
            }
            case Scope.CELL -> {
                dict = u.cellvars;
                optype = OpType.DEREF;
            }
            case Scope.LOCAL -> {
                if (u.isFunctionLike() || Boolean.TRUE.equals(u.fastHidden.get(mangled))) optype = OpType.FAST;
            }
            case Scope.GLOBAL_IMPLICIT -> {
                if (u.isFunctionLike()) optype = OpType.GLOBAL;
            }
            case Scope.GLOBAL_EXPLICIT -> optype = OpType.GLOBAL;
            default -> { }
        }
        int op;
        switch (optype) {
            case DEREF -> {
                switch (ctx) {
                    case Load -> {
                        if (u.ste.kind == Scope.Kind.CLASS && u.inInlinedComp == 0) {
                            op = Opcode.LOAD_FROM_DICT_OR_DEREF;
                            emit(Opcode.LOAD_LOCALS, loc);
                        } else if (u.ste.canSeeClassScope) {
                            op = Opcode.LOAD_FROM_DICT_OR_DEREF;
                            emit(Opcode.LOAD_DEREF, CompilerUnit.indexOf(u.freevars, "__classdict__"), loc);
                        } else {
                            op = Opcode.LOAD_DEREF;
                        }
                    }
                    case Store -> op = Opcode.STORE_DEREF;
                    default -> op = Opcode.DELETE_DEREF;
                }
            }
            case FAST -> {
                op = switch (ctx) {
                    case Load -> Opcode.LOAD_FAST;
                    case Store -> Opcode.STORE_FAST;
                    case Del -> Opcode.DELETE_FAST;
                };
                emit(op, CompilerUnit.indexOf(u.varnames, mangled), loc);
                return;
            }
            case GLOBAL -> {
                switch (ctx) {
                    case Load -> {
                        if (u.ste.canSeeClassScope && scope == Scope.GLOBAL_IMPLICIT) {
                            op = Opcode.LOAD_FROM_DICT_OR_GLOBALS;
                            emit(Opcode.LOAD_DEREF, CompilerUnit.indexOf(u.freevars, "__classdict__"), loc);
                        } else {
                            op = Opcode.LOAD_GLOBAL;
                        }
                    }
                    case Store -> op = Opcode.STORE_GLOBAL;
                    default -> op = Opcode.DELETE_GLOBAL;
                }
            }
            default -> {
                op = switch (ctx) {
                    case Load -> u.ste.kind == Scope.Kind.CLASS && u.inInlinedComp > 0 ? Opcode.LOAD_GLOBAL
                            : Opcode.LOAD_NAME;
                    case Store -> Opcode.STORE_NAME;
                    case Del -> Opcode.DELETE_NAME;
                };
            }
        }
        int arg = CompilerUnit.indexOf(dict, mangled);
        if (op == Opcode.LOAD_GLOBAL) arg <<= 1;
        emit(op, arg, loc);
    }

    // ---- statements ---------------------------------------------------------------------------

    /** compiler_body: SETUP_ANNOTATIONS, the docstring as __doc__, then the statements. */
    void body(Location loc, List<Stmt> stmts) {
        if (u.kind == CompilerUnit.Kind.MODULE && !stmts.isEmpty()) loc = loc(stmts.get(0).pos());
        if (Annotations.findAnnotation(stmts)) emit(Opcode.SETUP_ANNOTATIONS, loc);
        if (stmts.isEmpty()) return;
        int first = 0;
        String doc = Docstrings.of(stmts);
        if (doc != null) {
            first = 1;
            if (options.optimize() < 2) {
                Stmt.ExprStmt st0 = (Stmt.ExprStmt) stmts.get(0);
                loadConst(new Constant.Str(Docstrings.clean(doc)), loc(st0.value().pos()));
                nameop("__doc__", ExprContext.Store, NO_LOCATION);
            }
        }
        for (int i = first; i < stmts.size(); i++) visitStmt(stmts.get(i));
    }

    void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) visitStmt(s);
    }

    void visitStmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> defs.function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    f.typeParams(), false);
            case Stmt.AsyncFunctionDef f -> defs.function(s, f.name(), f.args(), f.body(), f.decoratorList(),
                    f.returns(), f.typeParams(), true);
            case Stmt.ClassDef c -> defs.classDef(c);
            case Stmt.TypeAlias t -> defs.typeAlias(t);
            case Stmt.Return r -> flow.returnStmt(r);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) visitExpr(t);
            }
            case Stmt.Assign a -> {
                visitExpr(a.value());
                int n = a.targets().size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) emit(Opcode.COPY, 1, loc(s.pos()));
                    visitExpr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> Annotations.annAssign(this, a);
            case Stmt.For f -> flow.forLoop(f);
            case Stmt.While w -> flow.whileLoop(w);
            case Stmt.If i -> flow.ifStmt(i);
            case Stmt.Match m -> patterns.match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                        n++;
                    }
                }
                emit(Opcode.RAISE_VARARGS, n, loc(s.pos()));
            }
            case Stmt.Try t -> flow.tryStmt(t);
            case Stmt.TryStar t -> flow.tryStar(t);
            case Stmt.Assert a -> flow.assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> exprStmt(loc(s.pos()), e.value());
            case Stmt.Pass p -> emit(Opcode.NOP, loc(s.pos()));
            case Stmt.Break b -> flow.breakStmt(loc(s.pos()));
            case Stmt.Continue c -> flow.continueStmt(loc(s.pos()));
            case Stmt.With w -> flow.with(w, 0);
            case Stmt.AsyncWith w -> flow.asyncWith(w, 0);
            case Stmt.AsyncFor f -> flow.asyncFor(f);
        }
    }

    private void exprStmt(Location loc, Expr value) {
        if (interactive() && stack.size() == 0) {
            visitExpr(value);
            emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
            emit(Opcode.POP_TOP, NO_LOCATION);
            return;
        }
        if (value instanceof Expr.ConstantExpr) {
            emit(Opcode.NOP, loc);
            return;
        }
        visitExpr(value);
        emit(Opcode.POP_TOP, NO_LOCATION);
    }

    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        Location loc = loc(e.pos());
        switch (e) {
            case Expr.Attribute a -> {
                visitExpr(a.value());
                emit(Opcode.COPY, 1, loc);
                emitName(Opcode.LOAD_ATTR, a.attr(), matchAttr(loc, a));
            }
            case Expr.Subscript sub -> {
                visitExpr(sub.value());
                if (isTwoElementSlice(sub.slice())) {
                    slice((Expr.Slice) sub.slice());
                    emit(Opcode.COPY, 3, loc);
                    emit(Opcode.COPY, 3, loc);
                    emit(Opcode.COPY, 3, loc);
                    emit(Opcode.BINARY_SLICE, loc);
                } else {
                    visitExpr(sub.slice());
                    emit(Opcode.COPY, 2, loc);
                    emit(Opcode.COPY, 2, loc);
                    emit(Opcode.BINARY_SUBSCR, loc);
                }
            }
            case Expr.Name n -> nameop(n.id(), ExprContext.Load, loc);
            default -> throw error(loc, "illegal expression for augmented assignment");
        }
        visitExpr(s.value());
        emit(Opcode.BINARY_OP, inplaceOp(s.op()), loc(s.pos()));
        switch (e) {
            case Expr.Attribute a -> {
                Location l = matchAttr(loc, a);
                emit(Opcode.SWAP, 2, l);
                emitName(Opcode.STORE_ATTR, a.attr(), l);
            }
            case Expr.Subscript sub -> {
                if (isTwoElementSlice(sub.slice())) {
                    emit(Opcode.SWAP, 4, loc);
                    emit(Opcode.SWAP, 3, loc);
                    emit(Opcode.SWAP, 2, loc);
                    emit(Opcode.STORE_SLICE, loc);
                } else {
                    emit(Opcode.SWAP, 3, loc);
                    emit(Opcode.SWAP, 2, loc);
                    emit(Opcode.STORE_SUBSCR, loc);
                }
            }
            case Expr.Name n -> nameop(n.id(), ExprContext.Store, loc);
            default -> throw new IllegalStateException();
        }
    }

    private void importStmt(Stmt.Import s) {
        Location loc = loc(s.pos());
        for (Alias alias : s.names()) {
            loadConst(Constant.Int.of(0), loc);
            loadConst(Constant.NONE, loc);
            emitName(Opcode.IMPORT_NAME, alias.name(), loc);
            if (alias.asname() != null) {
                importAs(loc, alias.name(), alias.asname());
            } else {
                String name = alias.name();
                int dot = name.indexOf('.');
                nameop(dot >= 0 ? name.substring(0, dot) : name, ExprContext.Store, loc);
            }
        }
    }

    /** import a.b.c as d: walk down the attributes with IMPORT_FROM, then bind the last. */
    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                emitName(Opcode.IMPORT_FROM, attr, loc);
                if (dot < 0) break;
                emit(Opcode.SWAP, 2, loc);
                emit(Opcode.POP_TOP, loc);
            }
            nameop(asname, ExprContext.Store, loc);
            emit(Opcode.POP_TOP, loc);
            return;
        }
        nameop(asname, ExprContext.Store, loc);
    }

    private void importFrom(Stmt.ImportFrom s) {
        Location loc = loc(s.pos());
        loadConst(Constant.Int.of(s.level()), loc);
        List<Constant> names = new ArrayList<>();
        for (Alias a : s.names()) names.add(new Constant.Str(a.name()));
        if (isAfter(loc, futureLocation) && "__future__".equals(s.module())
                && s.level() == 0) {
            throw error(loc, "from __future__ imports must occur at the beginning of the file");
        }
        loadConst(new Constant.Tuple(names), loc);
        emitName(Opcode.IMPORT_NAME, s.module() != null ? s.module() : "", loc);
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
                emit(Opcode.POP_TOP, NO_LOCATION);
                return;
            }
            emitName(Opcode.IMPORT_FROM, alias.name(), loc);
            nameop(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store, loc);
        }
        emit(Opcode.POP_TOP, loc);
    }

    private static boolean isAfter(Location loc, Location other) {
        return loc.line() > other.endLine()
                || (loc.line() == other.endLine() && loc.col() > other.endCol());
    }

    // ---- expressions --------------------------------------------------------------------------

    void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) visitExpr(e);
    }

    void visitExpr(Expr e) {
        Location loc = loc(e.pos());
        switch (e) {
            case Expr.NamedExpr ne -> {
                visitExpr(ne.value());
                emit(Opcode.COPY, 1, loc);
                visitExpr(ne.target());
            }
            case Expr.BoolOpExpr b -> boolOp(b, loc);
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
                emit(Opcode.BINARY_OP, binaryOp(b.op()), loc);
            }
            case Expr.UnaryOpExpr un -> {
                visitExpr(un.operand());
                switch (un.op()) {
                    case UAdd -> emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
                    case Not -> {
                        emit(Opcode.TO_BOOL, loc);
                        emit(Opcode.UNARY_NOT, loc);
                    }
                    case USub -> emit(Opcode.UNARY_NEGATIVE, loc);
                    case Invert -> emit(Opcode.UNARY_INVERT, loc);
                }
            }
            case Expr.Lambda l -> defs.lambda(l);
            case Expr.IfExp i -> {
                Label end = new Label();
                Label next = new Label();
                jumpIf(loc, i.test(), next, false);
                visitExpr(i.body());
                jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
                label(next);
                visitExpr(i.orelse());
                label(end);
            }
            case Expr.Dict d -> dict(d, loc);
            case Expr.SetExpr s -> starUnpack(loc, s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE,
                    false);
            case Expr.GeneratorExp g -> comps.comprehension(e, Comprehensions.Type.GENEXP, "<genexpr>",
                    g.generators(), g.elt(), null);
            case Expr.ListComp l -> comps.comprehension(e, Comprehensions.Type.LISTCOMP, "<listcomp>",
                    l.generators(), l.elt(), null);
            case Expr.SetComp s -> comps.comprehension(e, Comprehensions.Type.SETCOMP, "<setcomp>",
                    s.generators(), s.elt(), null);
            case Expr.DictComp d -> comps.comprehension(e, Comprehensions.Type.DICTCOMP, "<dictcomp>",
                    d.generators(), d.key(), d.value());
            case Expr.Yield y -> {
                if (!u.isFunctionLike()) throw error(loc, "'yield' outside function");
                if (y.value() != null) visitExpr(y.value());
                else loadConst(Constant.NONE, loc);
                yieldValue(loc);
            }
            case Expr.YieldFrom y -> {
                if (!u.isFunctionLike()) throw error(loc, "'yield from' outside function");
                if (u.kind == CompilerUnit.Kind.ASYNC_FUNCTION) throw error(loc, "'yield from' inside async function");
                visitExpr(y.value());
                emit(Opcode.GET_YIELD_FROM_ITER, loc);
                loadConst(Constant.NONE, loc);
                yieldFrom(loc, false);
            }
            case Expr.Await a -> {
                if (!isTopLevelAwait()) {
                    if (!u.isFunctionLike()) throw error(loc, "'await' outside function");
                    if (u.kind != CompilerUnit.Kind.ASYNC_FUNCTION && u.kind != CompilerUnit.Kind.COMPREHENSION) {
                        throw error(loc, "'await' outside async function");
                    }
                }
                visitExpr(a.value());
                emit(Opcode.GET_AWAITABLE, 0, loc);
                loadConst(Constant.NONE, loc);
                yieldFrom(loc, true);
            }
            case Expr.Compare c -> compare(c, loc);
            case Expr.Call c -> call(c);
            case Expr.ConstantExpr c -> loadConst(c.value(), loc);
            case Expr.JoinedStr j -> joinedStr(j, loc);
            case Expr.FormattedValue fv -> formattedValue(fv, loc);
            case Expr.Attribute a -> attribute(a, loc);
            case Expr.Subscript s -> subscript(s, loc);
            case Expr.Starred s -> {
                if (s.ctx() == ExprContext.Store) {
                    throw error(loc, "starred assignment target must be in a list or tuple");
                }
                throw error(loc, "can't use starred expression here");
            }
            case Expr.Slice s -> {
                int n = slice(s);
                emit(Opcode.BUILD_SLICE, n, loc);
            }
            case Expr.Name n -> nameop(n.id(), n.ctx(), loc);
            case Expr.ListExpr l -> {
                switch (l.ctx()) {
                    case Store -> assignmentHelper(loc, l.elts());
                    case Load -> starUnpack(loc, l.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND,
                            Opcode.LIST_EXTEND, false);
                    case Del -> visitExprs(l.elts());
                }
            }
            case Expr.TupleExpr t -> {
                switch (t.ctx()) {
                    case Store -> assignmentHelper(loc, t.elts());
                    case Load -> starUnpack(loc, t.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND,
                            Opcode.LIST_EXTEND, true);
                    case Del -> visitExprs(t.elts());
                }
            }
        }
    }

    void yieldValue(Location loc) {
        if (u.ste.generator && u.ste.coroutine) emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        emit(Opcode.YIELD_VALUE, 0, loc);
        emit(Opcode.RESUME, RESUME_AFTER_YIELD, loc);
    }

    /** compiler_add_yield_from: the SEND loop shared by yield from, await and async iteration. */
    void yieldFrom(Location loc, boolean await) {
        Label send = new Label();
        Label fail = new Label();
        Label exit = new Label();
        label(send);
        jump(Opcode.SEND, exit, loc);
        // A virtual try/except for StopIteration raised by a close() or throw() into the delegate.
        jump(Opcode.SETUP_FINALLY, fail, loc);
        emit(Opcode.YIELD_VALUE, 1, loc);
        emit(Opcode.POP_BLOCK, NO_LOCATION);
        emit(Opcode.RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc);
        jump(Opcode.JUMP_NO_INTERRUPT, send, loc);
        label(fail);
        emit(Opcode.CLEANUP_THROW, loc);
        label(exit);
        emit(Opcode.END_SEND, loc);
    }

    private void boolOp(Expr.BoolOpExpr e, Location loc) {
        int jumpi = e.op() == pyj.compiler.ast.Operators.BoolOp.And ? Opcode.POP_JUMP_IF_FALSE : Opcode.POP_JUMP_IF_TRUE;
        Label end = new Label();
        List<Expr> values = e.values();
        int n = values.size() - 1;
        for (int i = 0; i < n; i++) {
            visitExpr(values.get(i));
            emit(Opcode.COPY, 1, loc);
            emit(Opcode.TO_BOOL, loc);
            jump(jumpi, end, loc);
            emit(Opcode.POP_TOP, loc);
        }
        visitExpr(values.get(n));
        label(end);
    }

    /** compiler_jump_if: jump to {@code next} when the truth of e equals cond, without materialising a bool. */
    void jumpIf(Location loc, Expr e, Label next, boolean cond) {
        switch (e) {
            case Expr.UnaryOpExpr un when un.op() == pyj.compiler.ast.Operators.UnaryOp.Not -> {
                jumpIf(loc, un.operand(), next, !cond);
                return;
            }
            case Expr.BoolOpExpr b -> {
                List<Expr> s = b.values();
                int n = s.size() - 1;
                boolean cond2 = b.op() == pyj.compiler.ast.Operators.BoolOp.Or;
                Label next2 = next;
                if (cond2 != cond) next2 = new Label();
                for (int i = 0; i < n; i++) jumpIf(loc, s.get(i), next2, cond2);
                jumpIf(loc, s.get(n), next, cond);
                if (next2 != next) label(next2);
                return;
            }
            case Expr.IfExp ie -> {
                Label end = new Label();
                Label next2 = new Label();
                jumpIf(loc, ie.test(), next2, false);
                jumpIf(loc, ie.body(), next, cond);
                jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
                label(next2);
                jumpIf(loc, ie.orelse(), next, cond);
                label(end);
                return;
            }
            case Expr.Compare c when c.ops().size() > 1 -> {
                checkCompare(c);
                Location cl = loc(c.pos());
                Label cleanup = new Label();
                visitExpr(c.left());
                int n = c.ops().size() - 1;
                for (int i = 0; i < n; i++) {
                    visitExpr(c.comparators().get(i));
                    emit(Opcode.SWAP, 2, cl);
                    emit(Opcode.COPY, 2, cl);
                    addCompare(cl, c.ops().get(i));
                    emit(Opcode.TO_BOOL, cl);
                    jump(Opcode.POP_JUMP_IF_FALSE, cleanup, cl);
                }
                visitExpr(c.comparators().get(n));
                addCompare(cl, c.ops().get(n));
                emit(Opcode.TO_BOOL, cl);
                jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, cl);
                Label end = new Label();
                jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
                label(cleanup);
                emit(Opcode.POP_TOP, cl);
                if (!cond) jump(Opcode.JUMP_NO_INTERRUPT, next, NO_LOCATION);
                label(end);
                return;
            }
            default -> { }
        }
        visitExpr(e);
        Location el = loc(e.pos());
        emit(Opcode.TO_BOOL, el);
        jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, next, el);
    }

    private void compare(Expr.Compare e, Location loc) {
        checkCompare(e);
        visitExpr(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            visitExpr(e.comparators().get(0));
            addCompare(loc, e.ops().get(0));
            return;
        }
        Label cleanup = new Label();
        for (int i = 0; i < n; i++) {
            visitExpr(e.comparators().get(i));
            emit(Opcode.SWAP, 2, loc);
            emit(Opcode.COPY, 2, loc);
            addCompare(loc, e.ops().get(i));
            emit(Opcode.COPY, 1, loc);
            emit(Opcode.TO_BOOL, loc);
            jump(Opcode.POP_JUMP_IF_FALSE, cleanup, loc);
            emit(Opcode.POP_TOP, loc);
        }
        visitExpr(e.comparators().get(n));
        addCompare(loc, e.ops().get(n));
        Label end = new Label();
        jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
        label(cleanup);
        emit(Opcode.SWAP, 2, loc);
        emit(Opcode.POP_TOP, loc);
        label(end);
    }

    // Comparison masks used by the specialised COMPARE_OP forms (CPython's COMPARISON_* bits).
    private static final int CMP_LT = 2, CMP_GT = 4, CMP_EQ = 8, CMP_UNORDERED = 1;
    private static final int[] COMPARE_MASKS = {
        CMP_LT, CMP_LT | CMP_EQ, CMP_EQ, CMP_UNORDERED | CMP_LT | CMP_GT, CMP_GT, CMP_GT | CMP_EQ
    };

    void addCompare(Location loc, CmpOp op) {
        int cmp;
        switch (op) {
            case Lt -> cmp = 0;
            case LtE -> cmp = 1;
            case Eq -> cmp = 2;
            case NotEq -> cmp = 3;
            case Gt -> cmp = 4;
            case GtE -> cmp = 5;
            case Is -> {
                emit(Opcode.IS_OP, 0, loc);
                return;
            }
            case IsNot -> {
                emit(Opcode.IS_OP, 1, loc);
                return;
            }
            case In -> {
                emit(Opcode.CONTAINS_OP, 0, loc);
                return;
            }
            case NotIn -> {
                emit(Opcode.CONTAINS_OP, 1, loc);
                return;
            }
            default -> throw new IllegalStateException();
        }
        emit(Opcode.COMPARE_OP, (cmp << 5) | COMPARE_MASKS[cmp], loc);
    }

    /** check_compare: warns about "is" with a literal, which compares identity by accident. */
    private void checkCompare(Expr.Compare e) {
        boolean left = checkIsArg(e.left());
        for (int i = 0; i < e.ops().size(); i++) {
            CmpOp op = e.ops().get(i);
            Expr right = e.comparators().get(i);
            boolean r = checkIsArg(right);
            if (op == CmpOp.Is || op == CmpOp.IsNot) {
                if (!r || !left) {
                    Expr literal = !left ? e.left() : right;
                    String kind = literal instanceof Expr.ConstantExpr c ? c.value().typeName() : literalKind(literal);
                    warn(loc(e.pos()), op == CmpOp.Is
                            ? "\"is\" with '" + kind + "' literal. Did you mean \"==\"?"
                            : "\"is not\" with '" + kind + "' literal. Did you mean \"!=\"?");
                    return;
                }
            }
            left = r;
        }
    }

    private static boolean checkIsArg(Expr e) {
        if (!(e instanceof Expr.ConstantExpr c)) {
            return !(e instanceof Expr.TupleExpr || e instanceof Expr.ListExpr || e instanceof Expr.Dict
                    || e instanceof Expr.SetExpr || e instanceof Expr.ListComp || e instanceof Expr.DictComp
                    || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp || e instanceof Expr.JoinedStr
                    || e instanceof Expr.FormattedValue);
        }
        Constant v = c.value();
        return v == Constant.NONE || v == Constant.FALSE || v == Constant.TRUE || v == Constant.ELLIPSIS;
    }

    private static String literalKind(Expr e) {
        return switch (e) {
            case Expr.TupleExpr t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.SetExpr s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.ListComp l -> "list";
            case Expr.SetComp s -> "set";
            case Expr.DictComp d -> "dict";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> "literal";
        };
    }

    static int binaryOp(Operator op) {
        return switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
    }

    static int inplaceOp(Operator op) {
        return binaryOp(op) + 13;
    }

    private void attribute(Expr.Attribute a, Location loc) {
        if (a.ctx() == ExprContext.Load && Definitions.canOptimizeSuperCall(this, a)) {
            defs.loadArgsForSuper((Expr.Call) a.value());
            int op = ((Expr.Call) a.value()).args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_ATTR : Opcode.LOAD_SUPER_ATTR;
            emitName(op, a.attr(), loc);
            emit(Opcode.NOP, matchAttr(loc, a));
            return;
        }
        maybeAddStaticAttribute(a);
        visitExpr(a.value());
        Location l = matchAttr(loc, a);
        switch (a.ctx()) {
            case Load -> emitName(Opcode.LOAD_ATTR, a.attr(), l);
            case Store -> {
                checkForbidden(a.attr(), ExprContext.Store, l);
                emitName(Opcode.STORE_ATTR, a.attr(), l);
            }
            case Del -> emitName(Opcode.DELETE_ATTR, a.attr(), l);
        }
    }

    /** Records self.NAME = ... in the nearest enclosing class, for __static_attributes__. */
    private void maybeAddStaticAttribute(Expr.Attribute a) {
        if (a.ctx() != ExprContext.Store || !(a.value() instanceof Expr.Name n) || !n.id().equals("self")) return;
        for (int i = stack.size() - 1; i >= 0; i--) {
            CompilerUnit unit = stack.get(i);
            if (unit.kind == CompilerUnit.Kind.CLASS) {
                unit.staticAttributes.add(a.attr());
                return;
            }
        }
    }

    /** update_start_location_to_match_attr: a multi-line attribute access points at the attribute name. */
    static Location matchAttr(Location loc, Expr.Attribute attr) {
        Pos p = attr.pos();
        if (loc.line() != p.endLine()) {
            int line = p.endLine();
            int len = attr.attr().codePointCount(0, attr.attr().length());
            int col = loc.col();
            int endCol = loc.endCol();
            if (len <= p.endCol()) {
                col = p.endCol() - len;
            } else {
                col = -1;
                endCol = -1;
            }
            int endLine = Math.max(line, loc.endLine());
            if (line == endLine) endCol = Math.max(col, endCol);
            return new Location(line, endLine, col, endCol);
        }
        return loc;
    }

    private void subscript(Expr.Subscript e, Location loc) {
        ExprContext ctx = e.ctx();
        if (ctx == ExprContext.Load) {
            checkSubscripter(e.value());
            checkIndex(e.value(), e.slice());
        }
        visitExpr(e.value());
        if (isTwoElementSlice(e.slice()) && ctx != ExprContext.Del) {
            slice((Expr.Slice) e.slice());
            emit(ctx == ExprContext.Load ? Opcode.BINARY_SLICE : Opcode.STORE_SLICE, loc);
        } else {
            visitExpr(e.slice());
            emit(switch (ctx) {
                case Load -> Opcode.BINARY_SUBSCR;
                case Store -> Opcode.STORE_SUBSCR;
                case Del -> Opcode.DELETE_SUBSCR;
            }, loc);
        }
    }

    static boolean isTwoElementSlice(Expr e) {
        return e instanceof Expr.Slice s && s.step() == null;
    }

    /** compiler_slice: pushes the bounds (None when missing) and returns how many. */
    int slice(Expr.Slice s) {
        int n = 2;
        if (s.lower() != null) visitExpr(s.lower());
        else loadConst(Constant.NONE, loc(s.pos()));
        if (s.upper() != null) visitExpr(s.upper());
        else loadConst(Constant.NONE, loc(s.pos()));
        if (s.step() != null) {
            n++;
            visitExpr(s.step());
        }
        return n;
    }

    /** check_subscripter: literals that can never be subscripted get a SyntaxWarning. */
    private void checkSubscripter(Expr e) {
        if (e instanceof Expr.ConstantExpr c) {
            Constant v = c.value();
            if (v == Constant.NONE || v == Constant.ELLIPSIS || v instanceof Constant.Int || v instanceof Constant.Float
                    || v instanceof Constant.Complex || v instanceof Constant.Singleton) {
                warn(loc(e.pos()), "'" + v.typeName() + "' object is not subscriptable; perhaps you missed a comma?");
            }
            return;
        }
        if (e instanceof Expr.SetExpr || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp
                || e instanceof Expr.Lambda) {
            warn(loc(e.pos()), "'" + literalTypeName(e) + "' object is not subscriptable; perhaps you missed a comma?");
        }
    }

    /** check_index: a sequence literal indexed by a non-integer literal. */
    private void checkIndex(Expr e, Expr s) {
        String type;
        if (e instanceof Expr.ConstantExpr c) {
            Constant v = c.value();
            if (!(v instanceof Constant.Str || v instanceof Constant.Bytes || v instanceof Constant.Tuple)) return;
            type = v.typeName();
        } else if (e instanceof Expr.TupleExpr || e instanceof Expr.ListExpr || e instanceof Expr.ListComp
                || e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            type = literalTypeName(e);
        } else {
            return;
        }
        String indexType;
        if (s instanceof Expr.ConstantExpr c) {
            Constant v = c.value();
            if (v instanceof Constant.Int || v == Constant.TRUE || v == Constant.FALSE) return;
            indexType = v.typeName();
        } else if (s instanceof Expr.TupleExpr || s instanceof Expr.ListExpr || s instanceof Expr.ListComp
                || s instanceof Expr.Dict || s instanceof Expr.DictComp || s instanceof Expr.SetExpr
                || s instanceof Expr.SetComp || s instanceof Expr.GeneratorExp || s instanceof Expr.JoinedStr
                || s instanceof Expr.FormattedValue || s instanceof Expr.Lambda) {
            indexType = literalTypeName(s);
        } else {
            return;
        }
        warn(loc(e.pos()), type + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?");
    }

    /** The type a literal expression evaluates to, as CPython's infer_type names it. */
    static String literalTypeName(Expr e) {
        return switch (e) {
            case Expr.TupleExpr t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.SetExpr s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.ConstantExpr c -> c.value().typeName();
            default -> "object";
        };
    }

    /** check_caller: literals that can never be called get a SyntaxWarning. */
    private void checkCaller(Expr e) {
        if (e instanceof Expr.ConstantExpr || e instanceof Expr.TupleExpr || e instanceof Expr.ListExpr
                || e instanceof Expr.ListComp || e instanceof Expr.Dict || e instanceof Expr.DictComp
                || e instanceof Expr.SetExpr || e instanceof Expr.SetComp || e instanceof Expr.GeneratorExp
                || e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            warn(loc(e.pos()), "'" + literalTypeName(e) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    // ---- collections --------------------------------------------------------------------------

    static boolean allConstants(List<Expr> elts, int begin, int end) {
        for (int i = begin; i < end; i++) if (!(elts.get(i) instanceof Expr.ConstantExpr)) return false;
        return true;
    }

    /** starunpack_helper: builds a list, set or tuple from items that may include *starred ones. */
    void starUnpack(Location loc, List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstants(elts, 0, n)) {
            List<Constant> folded = new ArrayList<>(n);
            for (Expr e : elts) folded.add(((Expr.ConstantExpr) e).value());
            if (tuple && pushed == 0) {
                loadConst(new Constant.Tuple(folded), loc);
            } else {
                Constant c = add == Opcode.SET_ADD ? new Constant.FrozenSet(pyj.compiler.code.ConstantEquality.distinct(folded))
                        : new Constant.Tuple(folded);
                emit(build, pushed, loc);
                loadConst(c, loc);
                emit(extend, 1, loc);
                if (tuple) emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big) {
            visitExprs(elts);
            emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred s) {
                if (!built) {
                    emit(build, i + pushed, loc);
                    built = true;
                }
                visitExpr(s.value());
                emit(extend, 1, loc);
            } else {
                visitExpr(e);
                if (built) emit(add, 1, loc);
            }
        }
        if (tuple) emit(Opcode.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
    }

    /** unpack_helper plus the stores: the target side of a, *b, c = ... */
    void assignmentHelper(Location loc, List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr e = elts.get(i);
            if (e instanceof Expr.Starred) {
                if (seenStar) throw error(loc, "multiple starred expressions in assignment");
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error(loc, "too many expressions in star-unpacking assignment");
                }
                emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            }
        }
        if (!seenStar) emit(Opcode.UNPACK_SEQUENCE, n, loc);
        for (Expr e : elts) visitExpr(e instanceof Expr.Starred s ? s.value() : e);
    }

    private void dict(Expr.Dict e, Location loc) {
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = e.keys().get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) emit(Opcode.DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(Opcode.BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visitExpr(e.values().get(i));
                emit(Opcode.DICT_UPDATE, 1, loc);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1);
                if (haveDict) emit(Opcode.DICT_UPDATE, 1, loc);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) emit(Opcode.DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict) emit(Opcode.BUILD_MAP, 0, loc);
    }

    private void subdict(Expr.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        Location loc = loc(e.pos());
        if (n > 1 && !big && allConstants(e.keys(), begin, end)) {
            for (int i = begin; i < end; i++) visitExpr(e.values().get(i));
            List<Constant> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) keys.add(((Expr.ConstantExpr) e.keys().get(i)).value());
            loadConst(new Constant.Tuple(keys), loc);
            emit(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) emit(Opcode.BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++) {
            visitExpr(e.keys().get(i));
            visitExpr(e.values().get(i));
            if (big) emit(Opcode.MAP_ADD, 1, loc);
        }
        if (!big) emit(Opcode.BUILD_MAP, n, loc);
    }

    // ---- f-strings ----------------------------------------------------------------------------

    private void joinedStr(Expr.JoinedStr e, Location loc) {
        int n = e.values().size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst(new Constant.Str(""), loc);
            emitName(Opcode.LOAD_METHOD, "join", loc);
            emit(Opcode.BUILD_LIST, 0, loc);
            for (Expr v : e.values()) {
                visitExpr(v);
                emit(Opcode.LIST_APPEND, 1, loc);
            }
            emit(Opcode.CALL, 1, loc);
            return;
        }
        visitExprs(e.values());
        if (n > 1) emit(Opcode.BUILD_STRING, n, loc);
        else if (n == 0) loadConst(new Constant.Str(""), loc);
    }

    private void formattedValue(Expr.FormattedValue e, Location loc) {
        visitExpr(e.value());
        int oparg = switch (e.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (oparg != 0) emit(Opcode.CONVERT_VALUE, oparg, loc);
        if (e.formatSpec() != null) {
            visitExpr(e.formatSpec());
            emit(Opcode.FORMAT_WITH_SPEC, loc);
        } else {
            emit(Opcode.FORMAT_SIMPLE, loc);
        }
    }

    // ---- calls --------------------------------------------------------------------------------

    private void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) return;
        checkCaller(e.func());
        visitExpr(e.func());
        emit(Opcode.PUSH_NULL, loc(e.func().pos()));
        callHelper(loc(e.pos()), 0, e.args(), e.keywords());
    }

    void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg() == null) continue;
            checkForbidden(k.arg(), ExprContext.Store, loc(k.pos()));
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (k.arg().equals(other.arg())) {
                    throw error(loc(other.pos()), "keyword argument repeated: " + k.arg());
                }
            }
        }
    }

    /** maybe_optimize_method_call: obj.meth(args) as LOAD_ATTR with the method bit, avoiding a bound method. */
    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) return false;
        if (isImportOriginated(meth.value())) return false;
        int argsl = e.args().size();
        int kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (Expr a : e.args()) if (a instanceof Expr.Starred) return false;
        for (Keyword k : e.keywords()) if (k.arg() == null) return false;
        Location loc = loc(meth.pos());
        if (Definitions.canOptimizeSuperCall(this, meth)) {
            Expr.Call superCall = (Expr.Call) meth.value();
            defs.loadArgsForSuper(superCall);
            int op = superCall.args().isEmpty() ? Opcode.LOAD_ZERO_SUPER_METHOD : Opcode.LOAD_SUPER_METHOD;
            emitName(op, meth.attr(), loc);
            loc = matchAttr(loc, meth);
            emit(Opcode.NOP, loc);
        } else {
            visitExpr(meth.value());
            loc = matchAttr(loc, meth);
            emitName(Opcode.LOAD_METHOD, meth.attr(), loc);
        }
        visitExprs(e.args());
        if (kwdsl > 0) {
            for (Keyword k : e.keywords()) visitExpr(k.value());
            keywordNames(loc, e.keywords());
            emit(Opcode.CALL_KW, argsl + kwdsl, matchAttr(loc(e.pos()), meth));
        } else {
            emit(Opcode.CALL, argsl, matchAttr(loc(e.pos()), meth));
        }
        return true;
    }

    /** Whether a name refers to a module-level import (those skip the method-call form). */
    private boolean isImportOriginated(Expr e) {
        return e instanceof Expr.Name n && (st.top.flags(n.id()) & Scope.DEF_IMPORT) != 0;
    }

    private void keywordNames(Location loc, List<Keyword> keywords) {
        List<Constant> names = new ArrayList<>();
        for (Keyword k : keywords) names.add(new Constant.Str(k.arg()));
        loadConst(new Constant.Tuple(names), loc);
    }

    /** compiler_call_helper: the arguments and the CALL, CALL_KW or CALL_FUNCTION_EX (n args already pushed). */
    void callHelper(Location loc, int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) if (a instanceof Expr.Starred) ex = true;
        for (Keyword k : keywords) if (k.arg() == null) ex = true;
        if (!ex) {
            visitExprs(args);
            if (nkwelts > 0) {
                for (Keyword k : keywords) visitExpr(k.value());
                keywordNames(loc, keywords);
                emit(Opcode.CALL_KW, n + nelts + nkwelts, loc);
            } else {
                emit(Opcode.CALL, n + nelts, loc);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else {
            starUnpack(loc, args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) emit(Opcode.DICT_MERGE, 1, loc);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        emit(Opcode.BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visitExpr(kw.value());
                    emit(Opcode.DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) emit(Opcode.DICT_MERGE, 1, loc);
            }
        }
        emit(Opcode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
    }

    private void subkwargs(Location loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) visitExpr(keywords.get(i).value());
            List<Constant> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) keys.add(new Constant.Str(keywords.get(i).arg()));
            loadConst(new Constant.Tuple(keys), loc);
            emit(Opcode.BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) emit(Opcode.BUILD_MAP, 0, NO_LOCATION);
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            loadConst(new Constant.Str(kw.arg()), loc);
            visitExpr(kw.value());
            if (big) emit(Opcode.MAP_ADD, 1, NO_LOCATION);
        }
        if (!big) emit(Opcode.BUILD_MAP, n, loc);
    }
}
