// Code that creates functions, classes, lambdas and PEP 695 type parameters and aliases.
package pyj.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.ast.Arg;
import pyj.compiler.ast.Arguments;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Stmt;
import pyj.compiler.ast.TypeParam;
import pyj.compiler.code.CodeObject;
import pyj.compiler.code.Constant;
import pyj.compiler.flowgraph.Label;
import pyj.compiler.flowgraph.Location;
import pyj.compiler.opcode.Opcode;
import pyj.compiler.symtable.Scope;

/**
 * Definitions compile their body into a nested code object, then emit the closure tuple,
 * MAKE_FUNCTION and one SET_FUNCTION_ATTRIBUTE per attribute, the way CPython 3.13 does. Generic
 * definitions run inside an extra "generic parameters" function that is called immediately.
 */
final class Definitions {
    static final int MAKE_FUNCTION_DEFAULTS = 0x01;
    static final int MAKE_FUNCTION_KWDEFAULTS = 0x02;
    static final int MAKE_FUNCTION_ANNOTATIONS = 0x04;
    static final int MAKE_FUNCTION_CLOSURE = 0x08;

    private static final Location NO_LOCATION = CodeGenerator.NO_LOCATION;
    private final CodeGenerator g;

    Definitions(CodeGenerator g) {
        this.g = g;
    }

    // ---- functions ----------------------------------------------------------------------------

    void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                  List<TypeParam> typeParams, boolean isAsync) {
        checkDebugArgs(args);
        g.visitExprs(decorators);
        int firstLineno = decorators.isEmpty() ? s.pos().line() : decorators.get(0).pos().line();
        Location loc = CodeGenerator.loc(s.pos());
        boolean generic = !typeParams.isEmpty();
        int funcflags = defaultArguments(loc, args);
        int typeParamArgs = 0;
        if (generic) {
            if ((funcflags & MAKE_FUNCTION_DEFAULTS) != 0) typeParamArgs++;
            if ((funcflags & MAKE_FUNCTION_KWDEFAULTS) != 0) typeParamArgs++;
            if (typeParamArgs == 2) g.emit(Opcode.SWAP, 2, loc);
            g.enterScope("<generic parameters of " + name + ">", CompilerUnit.Kind.TYPE_PARAMS,
                    g.st.typeParams(s), firstLineno, null);
            typeParams(typeParams);
            for (int i = 0; i < typeParamArgs; i++) g.emit(Opcode.LOAD_FAST, i, loc);
        }
        if (annotations(loc, args, returns)) funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        functionBody(s, name, args, body, isAsync, funcflags, firstLineno);
        if (generic) {
            g.emit(Opcode.SWAP, 2, loc);
            g.emit(Opcode.CALL_INTRINSIC_2, CodeGenerator.INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            g.u.argcount = typeParamArgs;
            CodeObject co = g.assemble(false);
            g.exitScope();
            makeClosure(loc, co, 0);
            if (typeParamArgs > 0) {
                g.emit(Opcode.SWAP, typeParamArgs + 1, loc);
                g.emit(Opcode.CALL, typeParamArgs - 1, loc);
            } else {
                g.emit(Opcode.PUSH_NULL, loc);
                g.emit(Opcode.CALL, 0, loc);
            }
        }
        applyDecorators(decorators);
        g.nameop(name, ExprContext.Store, loc);
    }

    private void functionBody(Stmt s, String name, Arguments args, List<Stmt> body, boolean isAsync, int funcflags,
                              int firstLineno) {
        g.enterScope(name, isAsync ? CompilerUnit.Kind.ASYNC_FUNCTION : CompilerUnit.Kind.FUNCTION, s, firstLineno,
                null);
        int first = 0;
        String doc = Docstrings.of(body);
        Constant docConst = Constant.NONE;
        if (doc != null) {
            first = 1;
            if (g.options.optimize() < 2) docConst = new Constant.Str(Docstrings.clean(doc));
        }
        g.u.addConst(docConst);
        g.u.argcount = args.args().size();
        g.u.posonlyargcount = args.posonlyargs().size();
        g.u.kwonlyargcount = args.kwonlyargs().size();
        Label start = new Label();
        g.label(start);
        boolean stopIterationHandler = g.u.ste.coroutine || g.u.ste.generator;
        if (stopIterationHandler) {
            g.flow.pushBlock(NO_LOCATION, FrameBlock.Type.STOP_ITERATION, start, null, null);
        }
        for (int i = first; i < body.size(); i++) g.visitStmt(body.get(i));
        if (stopIterationHandler) {
            wrapInStopIterationHandler();
            g.flow.popBlock(FrameBlock.Type.STOP_ITERATION, start);
        }
        CodeObject co = g.assemble(true);
        g.exitScope();
        makeClosure(CodeGenerator.loc(s.pos()), co, funcflags);
    }

    /** Generators and coroutines turn a StopIteration escaping their body into RuntimeError (PEP 479). */
    void wrapInStopIterationHandler() {
        Label handler = new Label();
        g.u.seq.prepend(new pyj.compiler.flowgraph.Instr(Opcode.SETUP_CLEANUP, 0, handler, NO_LOCATION));
        g.loadConst(Constant.NONE, NO_LOCATION);
        g.emit(Opcode.RETURN_VALUE, NO_LOCATION);
        g.label(handler);
        g.emit(Opcode.CALL_INTRINSIC_1, CodeGenerator.INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
        g.emit(Opcode.RERAISE, 1, NO_LOCATION);
    }

    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>();
        all.addAll(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) all.add(args.kwarg());
        for (Arg a : all) g.checkForbidden(a.arg(), ExprContext.Store, CodeGenerator.loc(a.pos()));
    }

    /** compiler_default_arguments: pushes the defaults tuple and kw-defaults dict, returns the flags. */
    private int defaultArguments(Location loc, Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            g.visitExprs(args.defaults());
            g.emit(Opcode.BUILD_TUPLE, args.defaults().size(), loc);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        List<Constant> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d == null) continue;
            keys.add(new Constant.Str(g.mangle(args.kwonlyargs().get(i).arg())));
            g.visitExpr(d);
        }
        if (!keys.isEmpty()) {
            g.loadConst(new Constant.Tuple(keys), loc);
            g.emit(Opcode.BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        return flags;
    }

    /** compiler_visit_annotations: a flat tuple of (name, value) pairs, in CPython's (odd) order. */
    private boolean annotations(Location loc, Arguments args, Expr returns) {
        int[] len = {0};
        argAnnotations(args.args(), len, loc);
        argAnnotations(args.posonlyargs(), len, loc);
        if (args.vararg() != null && args.vararg().annotation() != null) {
            argAnnotation(args.vararg().arg(), args.vararg().annotation(), len, loc);
        }
        argAnnotations(args.kwonlyargs(), len, loc);
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), len, loc);
        }
        argAnnotation("return", returns, len, loc);
        if (len[0] > 0) {
            g.emit(Opcode.BUILD_TUPLE, len[0], loc);
            return true;
        }
        return false;
    }

    private void argAnnotations(List<Arg> args, int[] len, Location loc) {
        for (Arg a : args) argAnnotation(a.arg(), a.annotation(), len, loc);
    }

    private void argAnnotation(String id, Expr annotation, int[] len, Location loc) {
        if (annotation == null) return;
        g.loadConst(new Constant.Str(g.mangle(id)), loc);
        if (g.futureAnnotations()) {
            Annotations.annotationValue(g, annotation);
        } else if (annotation instanceof Expr.Starred st) {
            // *args: *Ts stores the single unpacked value.
            g.visitExpr(st.value());
            g.emit(Opcode.UNPACK_SEQUENCE, 1, loc);
        } else {
            g.visitExpr(annotation);
        }
        len[0] += 2;
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            g.emit(Opcode.CALL, 0, CodeGenerator.loc(decorators.get(i).pos()));
        }
    }

    /** compiler_make_closure: closure cells, the code constant, MAKE_FUNCTION and its attributes. */
    void makeClosure(Location loc, CodeObject co, int flags) {
        int nfree = co.nfreevars();
        if (nfree > 0) {
            int first = co.nlocalsplus() - nfree;
            for (int i = first; i < co.nlocalsplus(); i++) {
                String name = co.localsplusNames().get(i);
                int reftype = refType(name);
                Integer arg = reftype == Scope.CELL ? g.u.cellvars.get(name) : g.u.freevars.get(name);
                if (arg == null) {
                    throw new IllegalStateException("closure variable " + name + " of " + co.name() + " " + co.localsplusNames() + " " + java.util.Arrays.toString(co.localsplusKinds())
                            + " not found in " + g.u.name);
                }
                g.emit(Opcode.LOAD_CLOSURE, arg, loc);
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            g.emit(Opcode.BUILD_TUPLE, nfree, loc);
        }
        g.loadConst(new Constant.Code(co), loc);
        g.emit(Opcode.MAKE_FUNCTION, loc);
        if ((flags & MAKE_FUNCTION_CLOSURE) != 0) g.emit(Opcode.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_CLOSURE, loc);
        if ((flags & MAKE_FUNCTION_ANNOTATIONS) != 0) {
            g.emit(Opcode.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_ANNOTATIONS, loc);
        }
        if ((flags & MAKE_FUNCTION_KWDEFAULTS) != 0) {
            g.emit(Opcode.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_KWDEFAULTS, loc);
        }
        if ((flags & MAKE_FUNCTION_DEFAULTS) != 0) g.emit(Opcode.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_DEFAULTS, loc);
    }

    /** get_ref_type: a class's implicit __class__ and __classdict__ are cells of the class body. */
    private int refType(String name) {
        if (g.u.kind == CompilerUnit.Kind.CLASS && (name.equals("__class__") || name.equals("__classdict__"))) {
            return Scope.CELL;
        }
        int scope = g.u.ste.scopeOf(name);
        if (scope == 0) throw new IllegalStateException("no scope for closure variable " + name + " in " + g.u.name + " " + g.u.ste.symbols());
        return scope;
    }

    // ---- lambda -------------------------------------------------------------------------------

    void lambda(Expr.Lambda e) {
        Arguments args = e.args();
        checkDebugArgs(args);
        Location loc = CodeGenerator.loc(e.pos());
        int funcflags = defaultArguments(loc, args);
        g.enterScope("<lambda>", CompilerUnit.Kind.LAMBDA, e, e.pos().line(), null);
        // None first, so that a lambda can never have a docstring.
        g.u.addConst(Constant.NONE);
        g.u.argcount = args.args().size();
        g.u.posonlyargcount = args.posonlyargs().size();
        g.u.kwonlyargcount = args.kwonlyargs().size();
        g.visitExpr(e.body());
        CodeObject co;
        if (g.u.ste.generator) {
            co = g.assemble(false);
        } else {
            g.emit(Opcode.RETURN_VALUE, CodeGenerator.loc(e.body().pos()));
            co = g.assemble(true);
        }
        g.exitScope();
        makeClosure(loc, co, funcflags);
    }

    // ---- classes ------------------------------------------------------------------------------

    void classDef(Stmt.ClassDef s) {
        List<Expr> decorators = s.decoratorList();
        g.visitExprs(decorators);
        int firstLineno = decorators.isEmpty() ? s.pos().line() : decorators.get(0).pos().line();
        Location loc = CodeGenerator.loc(s.pos());
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            g.enterScope("<generic parameters of " + s.name() + ">", CompilerUnit.Kind.TYPE_PARAMS,
                    g.st.typeParams(s), firstLineno, s.name());
            typeParams(s.typeParams());
            g.nameop(".type_params", ExprContext.Store, loc);
        }
        CodeObject co = classBody(s, firstLineno);
        g.emit(Opcode.LOAD_BUILD_CLASS, loc);
        g.emit(Opcode.PUSH_NULL, loc);
        makeClosure(loc, co, 0);
        g.loadConst(new Constant.Str(s.name()), loc);
        if (generic) {
            g.nameop(".type_params", ExprContext.Load, loc);
            g.emit(Opcode.CALL_INTRINSIC_1, CodeGenerator.INTRINSIC_SUBSCRIPT_GENERIC, loc);
            g.nameop(".generic_base", ExprContext.Store, loc);
            List<Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Expr.Name(".generic_base", ExprContext.Load, s.pos()));
            g.callHelper(loc, 2, bases, s.keywords());
            CodeObject tp = g.assemble(false);
            g.exitScope();
            makeClosure(loc, tp, 0);
            g.emit(Opcode.PUSH_NULL, loc);
            g.emit(Opcode.CALL, 0, loc);
        } else {
            g.callHelper(loc, 2, s.bases(), s.keywords());
        }
        applyDecorators(decorators);
        g.nameop(s.name(), ExprContext.Store, loc);
    }

    private CodeObject classBody(Stmt.ClassDef s, int firstLineno) {
        g.enterScope(s.name(), CompilerUnit.Kind.CLASS, s, firstLineno, s.name());
        Location loc = new Location(firstLineno, firstLineno, 0, 0);
        g.nameop("__name__", ExprContext.Load, loc);
        g.nameop("__module__", ExprContext.Store, loc);
        g.loadConst(new Constant.Str(g.u.qualname), loc);
        g.nameop("__qualname__", ExprContext.Store, loc);
        g.loadConst(Constant.Int.of(g.u.firstLineno), loc);
        g.nameop("__firstlineno__", ExprContext.Store, loc);
        if (!s.typeParams().isEmpty()) {
            g.nameop(".type_params", ExprContext.Load, loc);
            g.nameop("__type_params__", ExprContext.Store, loc);
        }
        if (g.u.ste.needsClassdict) {
            // A STORE_DEREF in a class namespace, which nameop would never choose.
            g.emit(Opcode.LOAD_LOCALS, loc);
            g.emit(Opcode.STORE_DEREF, g.u.cellvars.get("__classdict__"), loc);
        }
        g.body(loc, s.body());
        List<Constant> attrs = new ArrayList<>();
        for (String a : g.u.staticAttributes) attrs.add(new Constant.Str(a));
        g.loadConst(new Constant.Tuple(attrs), NO_LOCATION);
        g.nameop("__static_attributes__", ExprContext.Store, NO_LOCATION);
        if (g.u.ste.needsClassdict) {
            g.emit(Opcode.LOAD_CLOSURE, g.u.cellvars.get("__classdict__"), NO_LOCATION);
            g.nameop("__classdictcell__", ExprContext.Store, NO_LOCATION);
        }
        if (g.u.ste.needsClassClosure) {
            // Store __classcell__ into the namespace and return it, for type.__new__ to fill in.
            g.emit(Opcode.LOAD_CLOSURE, g.u.cellvars.get("__class__"), NO_LOCATION);
            g.emit(Opcode.COPY, 1, NO_LOCATION);
            g.nameop("__classcell__", ExprContext.Store, NO_LOCATION);
        } else {
            g.loadConst(Constant.NONE, NO_LOCATION);
        }
        g.emit(Opcode.RETURN_VALUE, NO_LOCATION);
        CodeObject co = g.assemble(true);
        g.exitScope();
        return co;
    }

    // ---- super() ------------------------------------------------------------------------------

    /** can_optimize_super_call: super().attr or super(C, self).attr with the builtin super. */
    static boolean canOptimizeSuperCall(CodeGenerator g, Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call call) || !(call.func() instanceof Expr.Name fn)
                || !fn.id().equals("super") || attr.attr().equals("__class__") || !call.keywords().isEmpty()) {
            return false;
        }
        if (g.u.ste.scopeOf("super") != Scope.GLOBAL_IMPLICIT) return false;
        if (g.st.top.scopeOf("super") != 0) return false;
        int n = call.args().size();
        if (n == 2) {
            for (Expr a : call.args()) if (a instanceof Expr.Starred) return false;
            return true;
        }
        if (n != 0) return false;
        if (g.u.argcount == 0 && g.u.posonlyargcount == 0) return false;
        return g.u.kind != CompilerUnit.Kind.CLASS && g.u.ste.scopeOf("__class__") == Scope.FREE;
    }

    void loadArgsForSuper(Expr.Call e) {
        Location loc = CodeGenerator.loc(e.pos());
        g.nameop(((Expr.Name) e.func()).id(), ExprContext.Load, CodeGenerator.loc(e.func().pos()));
        if (e.args().size() == 2) {
            g.visitExpr(e.args().get(0));
            g.visitExpr(e.args().get(1));
            return;
        }
        g.nameop("__class__", ExprContext.Load, loc);
        String self = g.u.varnames.keySet().iterator().next();
        g.nameop(self, ExprContext.Load, loc);
    }

    // ---- type parameters and aliases ----------------------------------------------------------

    /** compiler_type_params: creates each TypeVar/ParamSpec/TypeVarTuple, binds it, and builds the tuple. */
    void typeParams(List<TypeParam> params) {
        boolean seenDefault = false;
        for (TypeParam tp : params) {
            Location loc = CodeGenerator.loc(tp.pos());
            g.loadConst(new Constant.Str(tp.name()), loc);
            Expr defaultValue;
            switch (tp) {
                case TypeParam.TypeVar tv -> {
                    if (tv.bound() != null) {
                        lazyTypeParamValue(tv.bound(), tp.name(), g.st.boundScope(tp), false);
                        g.emit(Opcode.CALL_INTRINSIC_2, tv.bound() instanceof Expr.TupleExpr
                                ? CodeGenerator.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                                : CodeGenerator.INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        g.emit(Opcode.CALL_INTRINSIC_1, CodeGenerator.INTRINSIC_TYPEVAR, loc);
                    }
                    defaultValue = tv.defaultValue();
                }
                case TypeParam.TypeVarTuple tvt -> {
                    g.emit(Opcode.CALL_INTRINSIC_1, CodeGenerator.INTRINSIC_TYPEVARTUPLE, loc);
                    defaultValue = tvt.defaultValue();
                }
                case TypeParam.ParamSpec ps -> {
                    g.emit(Opcode.CALL_INTRINSIC_1, CodeGenerator.INTRINSIC_PARAMSPEC, loc);
                    defaultValue = ps.defaultValue();
                }
            }
            if (defaultValue != null) {
                seenDefault = true;
                lazyTypeParamValue(defaultValue, tp.name(), g.st.defaultScope(tp), tp instanceof TypeParam.TypeVarTuple);
                g.emit(Opcode.CALL_INTRINSIC_2, CodeGenerator.INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
            } else if (seenDefault) {
                throw g.error(loc, "non-default type parameter '" + tp.name() + "' follows default type parameter");
            }
            g.emit(Opcode.COPY, 1, loc);
            g.nameop(tp.name(), ExprContext.Store, loc);
        }
        g.emit(Opcode.BUILD_TUPLE, params.size(), CodeGenerator.loc(params.get(0).pos()));
    }

    /** A bound, constraint tuple or default, compiled into a function evaluated only when first needed. */
    private void lazyTypeParamValue(Expr e, String name, Scope scope, boolean allowStarred) {
        g.enterScope(name, CompilerUnit.Kind.TYPE_PARAMS, scope, e.pos().line(), null);
        if (allowStarred && e instanceof Expr.Starred st) {
            g.visitExpr(st.value());
            g.emit(Opcode.UNPACK_SEQUENCE, 1, CodeGenerator.loc(e.pos()));
        } else {
            g.visitExpr(e);
        }
        g.emit(Opcode.RETURN_VALUE, CodeGenerator.loc(e.pos()));
        CodeObject co = g.assemble(true);
        g.exitScope();
        makeClosure(CodeGenerator.loc(e.pos()), co, 0);
    }

    void typeAlias(Stmt.TypeAlias s) {
        Location loc = CodeGenerator.loc(s.pos());
        String name = ((Expr.Name) s.name()).id();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            g.enterScope("<generic parameters of " + name + ">", CompilerUnit.Kind.TYPE_PARAMS,
                    g.st.typeParams(s), loc.line(), null);
            g.loadConst(new Constant.Str(name), loc);
            typeParams(s.typeParams());
        } else {
            g.loadConst(new Constant.Str(name), loc);
            g.loadConst(Constant.NONE, loc);
        }
        g.enterScope(name, CompilerUnit.Kind.FUNCTION, s, loc.line(), null);
        // None first, so that the evaluation function can never have a docstring.
        g.u.addConst(Constant.NONE);
        g.visitExpr(s.value());
        g.emit(Opcode.RETURN_VALUE, loc);
        CodeObject body = g.assemble(false);
        g.exitScope();
        makeClosure(loc, body, 0);
        g.emit(Opcode.BUILD_TUPLE, 3, loc);
        g.emit(Opcode.CALL_INTRINSIC_1, CodeGenerator.INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            CodeObject co = g.assemble(false);
            g.exitScope();
            makeClosure(loc, co, 0);
            g.emit(Opcode.PUSH_NULL, loc);
            g.emit(Opcode.CALL, 0, loc);
        }
        g.nameop(name, ExprContext.Store, loc);
    }
}
