// List, set and dict comprehensions (inlined, PEP 709) and generator expressions (their own code object).
package pyj.compiler.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pyj.compiler.ast.Comprehension;
import pyj.compiler.ast.Expr;
import pyj.compiler.code.CodeObject;
import pyj.compiler.code.Constant;
import pyj.compiler.flowgraph.Label;
import pyj.compiler.flowgraph.Location;
import pyj.compiler.opcode.Opcode;
import pyj.compiler.symtable.Scope;

final class Comprehensions {
    enum Type { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    private static final Location NO_LOCATION = CodeGenerator.NO_LOCATION;
    private final CodeGenerator g;

    Comprehensions(CodeGenerator g) {
        this.g = g;
    }

    /** What an inlined comprehension changed in its host scope, to be undone afterwards. */
    private static final class InlineState {
        List<String> pushedLocals;
        Map<String, Integer> tempSymbols;
        Set<String> fastHidden;
        Label cleanup;
        Label end;
    }

    void comprehension(Expr e, Type type, String name, List<Comprehension> generators, Expr elt, Expr val) {
        CompilerUnit.Kind hostKind = g.u.kind;
        boolean topLevelAwait = g.isTopLevelAwait();
        Scope entry = g.st.scopeFor(e);
        boolean inlined = entry.compInlined;
        boolean isAsync = entry.coroutine;
        Location loc = CodeGenerator.loc(e.pos());
        Comprehension outermost = generators.get(0);
        InlineState state = null;
        if (inlined) {
            comprehensionIter(outermost);
            state = pushInlinedState(loc, entry);
        } else {
            g.enterScope(name, CompilerUnit.Kind.COMPREHENSION, e, e.pos().line(), null);
        }
        if (isAsync && type != Type.GENEXP && hostKind != CompilerUnit.Kind.ASYNC_FUNCTION
                && hostKind != CompilerUnit.Kind.COMPREHENSION && !topLevelAwait) {
            throw g.error(loc, "asynchronous comprehension outside of an asynchronous function");
        }
        if (type != Type.GENEXP) {
            int op = switch (type) {
                case LISTCOMP -> Opcode.BUILD_LIST;
                case SETCOMP -> Opcode.BUILD_SET;
                default -> Opcode.BUILD_MAP;
            };
            g.emit(op, 0, loc);
            if (inlined) g.emit(Opcode.SWAP, 2, loc);
        }
        generator(loc, generators, 0, 0, elt, val, type, inlined);
        if (inlined) {
            popInlinedState(loc, state);
            return;
        }
        if (type != Type.GENEXP) g.emit(Opcode.RETURN_VALUE, loc);
        else g.defs.wrapInStopIterationHandler();
        CodeObject co = g.assemble(true);
        g.exitScope();
        if (topLevelAwait && isAsync) g.u.ste.coroutine = true;
        g.defs.makeClosure(loc, co, 0);
        comprehensionIter(outermost);
        g.emit(Opcode.CALL, 0, loc);
        if (isAsync && type != Type.GENEXP) {
            g.emit(Opcode.GET_AWAITABLE, 0, loc);
            g.loadConst(Constant.NONE, loc);
            g.yieldFrom(loc, true);
        }
    }

    private void comprehensionIter(Comprehension comp) {
        g.visitExpr(comp.iter());
        g.emit(comp.isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER, CodeGenerator.loc(comp.iter().pos()));
    }

    private void generator(Location loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                           Type type, boolean iterOnStack) {
        if (gens.get(index).isAsync()) asyncGenerator(loc, gens, index, depth, elt, val, type, iterOnStack);
        else syncGenerator(loc, gens, index, depth, elt, val, type, iterOnStack);
    }

    private void syncGenerator(Location loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                               Type type, boolean iterOnStack) {
        Label start = new Label();
        Label ifCleanup = new Label();
        Label anchor = new Label();
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                // The outermost iterator arrives as the implicit argument .0.
                g.u.argcount = 1;
                g.emit(Opcode.LOAD_FAST, 0, loc);
            } else {
                // for y in [f(x)]: bind y once instead of looping over a one-item sequence.
                List<Expr> elts = switch (gen.iter()) {
                    case Expr.ListExpr l -> l.elts();
                    case Expr.TupleExpr t -> t.elts();
                    default -> null;
                };
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                    g.visitExpr(elts.get(0));
                    start = null;
                }
                if (start != null) {
                    g.visitExpr(gen.iter());
                    g.emit(Opcode.GET_ITER, CodeGenerator.loc(gen.iter().pos()));
                }
            }
        }
        if (start != null) {
            depth++;
            Location il = CodeGenerator.loc(gen.iter().pos());
            g.label(start);
            g.jump(Opcode.FOR_ITER, anchor, il);
        }
        g.visitExpr(gen.target());
        for (Expr cond : gen.ifs()) g.jumpIf(loc, cond, ifCleanup, false);
        if (++index < gens.size()) generator(loc, gens, index, depth, elt, val, type, false);
        Location eltLoc = CodeGenerator.loc(elt.pos());
        if (index >= gens.size()) eltLoc = element(type, elt, val, depth);
        g.label(ifCleanup);
        if (start != null) {
            g.jump(Opcode.JUMP, start, eltLoc);
            g.label(anchor);
            g.emit(Opcode.END_FOR, NO_LOCATION);
            g.emit(Opcode.POP_TOP, NO_LOCATION);
        }
    }

    private void asyncGenerator(Location loc, List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                Type type, boolean iterOnStack) {
        Label start = new Label();
        Label except = new Label();
        Label ifCleanup = new Label();
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                g.u.argcount = 1;
                g.emit(Opcode.LOAD_FAST, 0, loc);
            } else {
                g.visitExpr(gen.iter());
                g.emit(Opcode.GET_AITER, CodeGenerator.loc(gen.iter().pos()));
            }
        }
        g.label(start);
        g.flow.pushBlock(loc, FrameBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        g.jump(Opcode.SETUP_FINALLY, except, loc);
        g.emit(Opcode.GET_ANEXT, loc);
        g.loadConst(Constant.NONE, loc);
        g.yieldFrom(loc, true);
        g.emit(Opcode.POP_BLOCK, loc);
        g.visitExpr(gen.target());
        for (Expr cond : gen.ifs()) g.jumpIf(loc, cond, ifCleanup, false);
        depth++;
        if (++index < gens.size()) generator(loc, gens, index, depth, elt, val, type, false);
        Location eltLoc = CodeGenerator.loc(elt.pos());
        if (index >= gens.size()) eltLoc = element(type, elt, val, depth);
        g.label(ifCleanup);
        g.jump(Opcode.JUMP, start, eltLoc);
        g.flow.popBlock(FrameBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start);
        g.label(except);
        g.emit(Opcode.END_ASYNC_FOR, loc);
    }

    /** The innermost step: yield the element, or add it to the collection being built. */
    private Location element(Type type, Expr elt, Expr val, int depth) {
        Location eltLoc = CodeGenerator.loc(elt.pos());
        switch (type) {
            case GENEXP -> {
                g.visitExpr(elt);
                g.yieldValue(eltLoc);
                g.emit(Opcode.POP_TOP, eltLoc);
            }
            case LISTCOMP -> {
                g.visitExpr(elt);
                g.emit(Opcode.LIST_APPEND, depth + 1, eltLoc);
            }
            case SETCOMP -> {
                g.visitExpr(elt);
                g.emit(Opcode.SET_ADD, depth + 1, eltLoc);
            }
            case DICTCOMP -> {
                g.visitExpr(elt);
                g.visitExpr(val);
                eltLoc = new Location(elt.pos().line(), val.pos().endLine(), elt.pos().col(), val.pos().endCol());
                g.emit(Opcode.MAP_ADD, depth + 1, eltLoc);
            }
        }
        return eltLoc;
    }

    /**
     * push_inlined_comprehension_state: names the comprehension binds are saved (LOAD_FAST_AND_CLEAR)
     * and isolated from the host scope while the inlined loop runs.
     */
    private InlineState pushInlinedState(Location loc, Scope entry) {
        InlineState state = new InlineState();
        CompilerUnit u = g.u;
        boolean inClassBlock = u.ste.kind == Scope.Kind.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (Map.Entry<String, Integer> en : entry.symbols().entrySet()) {
            String k = en.getKey();
            int symbol = entry.flags(k);
            int scope = entry.scopeOf(k);
            Integer outv = u.ste.symbols().get(k);
            int outsc = u.ste.scopeOf(k);
            if (scope != outsc && scope != Scope.FREE && !(scope == Scope.CELL && outsc == Scope.FREE)) {
                // The name means something else inside: use the comprehension's meaning while compiling it.
                // A name free in the comprehension means what it means outside, so it needs nothing.
                if (state.tempSymbols == null) state.tempSymbols = new HashMap<>();
                u.ste.symbols().put(k, en.getValue());
                state.tempSymbols.put(k, outv == null ? 0 : outv);
            }
            boolean boundInside = (symbol & Scope.DEF_LOCAL) != 0 && (symbol & Scope.DEF_NONLOCAL) == 0;
            if (boundInside || inClassBlock) {
                if (!u.isFunctionLike()) {
                    // In a module or class body the name temporarily becomes a fast local.
                    if (!Boolean.TRUE.equals(u.fastHidden.get(k))) {
                        u.fastHidden.put(k, Boolean.TRUE);
                        if (state.fastHidden == null) state.fastHidden = new HashSet<>();
                        state.fastHidden.add(k);
                    }
                }
                if (state.pushedLocals == null) state.pushedLocals = new ArrayList<>();
                // For a cell this saves the cell itself; the comprehension gets a fresh one.
                g.emitIndexed(Opcode.LOAD_FAST_AND_CLEAR, u.varnames, k, loc);
                if (scope == Scope.CELL) {
                    g.emitIndexed(Opcode.MAKE_CELL, outsc == Scope.FREE ? u.freevars : u.cellvars, k, loc);
                }
                state.pushedLocals.add(k);
            }
        }
        if (state.pushedLocals != null) {
            // The outermost iterable was evaluated first; bring it back to the top of the stack.
            g.emit(Opcode.SWAP, state.pushedLocals.size() + 1, loc);
            state.cleanup = new Label();
            state.end = new Label();
            g.jump(Opcode.SETUP_FINALLY, state.cleanup, loc);
        }
        return state;
    }

    private void popInlinedState(Location loc, InlineState state) {
        CompilerUnit u = g.u;
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            for (Map.Entry<String, Integer> en : state.tempSymbols.entrySet()) {
                u.ste.symbols().put(en.getKey(), en.getValue());
            }
        }
        if (state.pushedLocals != null) {
            g.emit(Opcode.POP_BLOCK, NO_LOCATION);
            g.jump(Opcode.JUMP, state.end, NO_LOCATION);
            g.label(state.cleanup);
            // Drop the partial result under the exception, restore the saved names, re-raise.
            g.emit(Opcode.SWAP, 2, NO_LOCATION);
            g.emit(Opcode.POP_TOP, NO_LOCATION);
            restoreLocals(loc, state);
            g.emit(Opcode.RERAISE, 0, NO_LOCATION);
            g.label(state.end);
            restoreLocals(loc, state);
        }
        if (state.fastHidden != null) {
            // Kept as false rather than removed: the slot stays marked CO_FAST_HIDDEN.
            for (String k : state.fastHidden) u.fastHidden.put(k, Boolean.FALSE);
        }
    }

    private void restoreLocals(Location loc, InlineState state) {
        int n = state.pushedLocals.size();
        g.emit(Opcode.SWAP, n + 1, loc);
        for (int i = n - 1; i >= 0; i--) {
            g.emitIndexed(Opcode.STORE_FAST_MAYBE_NULL, g.u.varnames, state.pushedLocals.get(i), loc);
        }
    }
}
