// Statements that shape control flow: if, loops, try/except/finally, with, return, break, continue, assert.
package pyj.compiler.codegen;

import java.util.List;

import pyj.compiler.ast.ExceptHandler;
import pyj.compiler.ast.Expr;
import pyj.compiler.ast.Operators.ExprContext;
import pyj.compiler.ast.Stmt;
import pyj.compiler.ast.WithItem;
import pyj.compiler.code.Constant;
import pyj.compiler.codegen.FrameBlock.Type;
import pyj.compiler.flowgraph.Label;
import pyj.compiler.flowgraph.Location;
import pyj.compiler.opcode.Opcode;

/**
 * Emits the same shapes CPython 3.13 does: exception handling through the SETUP_* and POP_BLOCK
 * pseudo-instructions (turned into an exception table later), finally bodies duplicated on every
 * exit path, and frame blocks that return/break/continue unwind on their way out.
 */
final class ControlFlow {
    private static final Location NO_LOCATION = CodeGenerator.NO_LOCATION;
    private final CodeGenerator g;

    ControlFlow(CodeGenerator g) {
        this.g = g;
    }

    // ---- frame blocks -------------------------------------------------------------------------

    void pushBlock(Location loc, Type type, Label block, Label exit, Object datum) {
        if (g.u.fblocks.size() >= FrameBlock.MAX_BLOCKS) throw g.error(loc, "too many statically nested blocks");
        g.u.fblocks.push(new FrameBlock(type, block, loc, exit, datum));
    }

    void popBlock(Type type, Label block) {
        FrameBlock top = g.u.fblocks.pop();
        if (top.type() != type || top.block() != block) throw new IllegalStateException("unbalanced frame blocks");
    }

    /** compiler_unwind_fblock: the code that leaving one block early must run. Returns the location to continue with. */
    private Location unwindBlock(Location loc, FrameBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR,
                 STOP_ITERATION -> {
                return loc;
            }
            case FOR_LOOP -> {
                if (preserveTos) g.emit(Opcode.SWAP, 2, loc);
                g.emit(Opcode.POP_TOP, loc);
                return loc;
            }
            case TRY_EXCEPT -> {
                g.emit(Opcode.POP_BLOCK, loc);
                return loc;
            }
            case FINALLY_TRY -> {
                g.emit(Opcode.POP_BLOCK, loc);
                if (preserveTos) pushBlock(loc, Type.POP_VALUE, null, null, null);
                @SuppressWarnings("unchecked")
                List<Stmt> finalBody = (List<Stmt>) info.datum();
                g.visitStmts(finalBody);
                if (preserveTos) popBlock(Type.POP_VALUE, null);
                // The finally body appears to run after the statement that left, so what follows is artificial.
                return NO_LOCATION;
            }
            case FINALLY_END -> {
                if (preserveTos) g.emit(Opcode.SWAP, 2, loc);
                g.emit(Opcode.POP_TOP, loc);
                if (preserveTos) g.emit(Opcode.SWAP, 2, loc);
                g.emit(Opcode.POP_BLOCK, loc);
                g.emit(Opcode.POP_EXCEPT, loc);
                return loc;
            }
            case WITH, ASYNC_WITH -> {
                loc = info.loc();
                g.emit(Opcode.POP_BLOCK, loc);
                if (preserveTos) g.emit(Opcode.SWAP, 2, loc);
                callExitWithNones(loc);
                if (info.type() == Type.ASYNC_WITH) {
                    g.emit(Opcode.GET_AWAITABLE, 2, loc);
                    g.loadConst(Constant.NONE, loc);
                    g.yieldFrom(loc, true);
                }
                g.emit(Opcode.POP_TOP, loc);
                return NO_LOCATION;
            }
            case HANDLER_CLEANUP -> {
                String name = (String) info.datum();
                if (name != null) g.emit(Opcode.POP_BLOCK, loc);
                if (preserveTos) g.emit(Opcode.SWAP, 2, loc);
                g.emit(Opcode.POP_BLOCK, loc);
                g.emit(Opcode.POP_EXCEPT, loc);
                if (name != null) {
                    g.loadConst(Constant.NONE, loc);
                    g.nameop(name, ExprContext.Store, loc);
                    g.nameop(name, ExprContext.Del, loc);
                }
                return loc;
            }
            case POP_VALUE -> {
                if (preserveTos) g.emit(Opcode.SWAP, 2, loc);
                g.emit(Opcode.POP_TOP, loc);
                return loc;
            }
        }
        throw new IllegalStateException();
    }

    /** Result of unwinding: the location to use next, and the loop reached (when asked to stop at one). */
    private record Unwound(Location loc, FrameBlock loop) {}

    /** compiler_unwind_fblock_stack: unwinds every block, or up to the innermost loop when stopAtLoop. */
    private Unwound unwindStack(Location loc, boolean preserveTos, boolean stopAtLoop) {
        if (g.u.fblocks.isEmpty()) return new Unwound(loc, null);
        FrameBlock top = g.u.fblocks.peek();
        if (top.type() == Type.EXCEPTION_GROUP_HANDLER) {
            throw g.error(loc, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (stopAtLoop && top.isLoop()) return new Unwound(loc, top);
        g.u.fblocks.pop();
        loc = unwindBlock(loc, top, preserveTos);
        Unwound rest = unwindStack(loc, preserveTos, stopAtLoop);
        g.u.fblocks.push(top);
        return rest;
    }

    void returnStmt(Stmt.Return s) {
        Location loc = CodeGenerator.loc(s.pos());
        Expr value = s.value();
        boolean preserveTos = value != null && !(value instanceof Expr.ConstantExpr);
        if (!g.u.isFunctionLike()) throw g.error(loc, "'return' outside function");
        if (value != null && g.u.ste.coroutine && g.u.ste.generator) {
            throw g.error(loc, "'return' with value in async generator");
        }
        if (preserveTos) {
            g.visitExpr(value);
        } else if (value != null) {
            // The constant's own location then stays for the load and the return.
            loc = CodeGenerator.loc(value.pos());
            g.emit(Opcode.NOP, loc);
        }
        if (value == null || value.pos().line() != s.pos().line()) {
            g.emit(Opcode.NOP, loc);
        }
        loc = unwindStack(loc, preserveTos, false).loc();
        if (value == null) g.loadConst(Constant.NONE, loc);
        else if (!preserveTos) g.loadConst(((Expr.ConstantExpr) value).value(), loc);
        g.emit(Opcode.RETURN_VALUE, loc);
    }

    void breakStmt(Location loc) {
        Location origin = loc;
        g.emit(Opcode.NOP, loc);
        Unwound uw = unwindStack(loc, false, true);
        if (uw.loop() == null) throw g.error(origin, "'break' outside loop");
        loc = unwindBlock(uw.loc(), uw.loop(), false);
        g.jump(Opcode.JUMP, uw.loop().exit(), loc);
    }

    void continueStmt(Location loc) {
        Location origin = loc;
        g.emit(Opcode.NOP, loc);
        Unwound uw = unwindStack(loc, false, true);
        if (uw.loop() == null) throw g.error(origin, "'continue' not properly in loop");
        g.jump(Opcode.JUMP, uw.loop().block(), uw.loc());
    }

    // ---- if and loops -------------------------------------------------------------------------

    void ifStmt(Stmt.If s) {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        g.jumpIf(CodeGenerator.loc(s.pos()), s.test(), next, false);
        g.visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            g.jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
            g.label(next);
            g.visitStmts(s.orelse());
        }
        g.label(end);
    }

    void whileLoop(Stmt.While s) {
        Label loop = new Label();
        Label body = new Label();
        Label end = new Label();
        Label anchor = new Label();
        Location loc = CodeGenerator.loc(s.pos());
        g.label(loop);
        pushBlock(loc, Type.WHILE_LOOP, loop, end, null);
        g.jumpIf(loc, s.test(), anchor, false);
        g.label(body);
        g.visitStmts(s.body());
        g.jumpIf(loc, s.test(), body, true);
        popBlock(Type.WHILE_LOOP, loop);
        g.label(anchor);
        g.visitStmts(s.orelse());
        g.label(end);
    }

    void forLoop(Stmt.For s) {
        Location loc = CodeGenerator.loc(s.pos());
        Label start = new Label();
        Label body = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        pushBlock(loc, Type.FOR_LOOP, start, end, null);
        g.visitExpr(s.iter());
        loc = CodeGenerator.loc(s.iter().pos());
        g.emit(Opcode.GET_ITER, loc);
        g.label(start);
        g.jump(Opcode.FOR_ITER, cleanup, loc);
        // Keeps line tracing right for a multi-line for statement; removed when redundant.
        g.emit(Opcode.NOP, CodeGenerator.loc(s.target().pos()));
        g.label(body);
        g.visitExpr(s.target());
        g.visitStmts(s.body());
        g.jump(Opcode.JUMP, start, NO_LOCATION);
        g.label(cleanup);
        // END_FOR comes first: a generator's FOR_ITER exits to it, other iterators skip past it.
        g.emit(Opcode.END_FOR, NO_LOCATION);
        g.emit(Opcode.POP_TOP, NO_LOCATION);
        popBlock(Type.FOR_LOOP, start);
        g.visitStmts(s.orelse());
        g.label(end);
    }

    void asyncFor(Stmt.AsyncFor s) {
        Location loc = CodeGenerator.loc(s.pos());
        if (g.isTopLevelAwait()) {
            g.u.ste.coroutine = true;
        } else if (g.u.kind != CompilerUnit.Kind.ASYNC_FUNCTION) {
            throw g.error(loc, "'async for' outside async function");
        }
        Label start = new Label();
        Label except = new Label();
        Label end = new Label();
        g.visitExpr(s.iter());
        g.emit(Opcode.GET_AITER, CodeGenerator.loc(s.iter().pos()));
        g.label(start);
        pushBlock(loc, Type.FOR_LOOP, start, end, null);
        // SETUP_FINALLY guards the __anext__ call: StopAsyncIteration ends the loop.
        g.jump(Opcode.SETUP_FINALLY, except, loc);
        g.emit(Opcode.GET_ANEXT, loc);
        g.loadConst(Constant.NONE, loc);
        g.yieldFrom(loc, true);
        g.emit(Opcode.POP_BLOCK, loc);
        g.visitExpr(s.target());
        g.visitStmts(s.body());
        g.jump(Opcode.JUMP, start, NO_LOCATION);
        popBlock(Type.FOR_LOOP, start);
        g.label(except);
        // END_ASYNC_FOR carries the iterable's line: it follows the for, not the body.
        g.emit(Opcode.END_ASYNC_FOR, CodeGenerator.loc(s.iter().pos()));
        g.visitStmts(s.orelse());
        g.label(end);
    }

    // ---- try ----------------------------------------------------------------------------------

    void tryStmt(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(CodeGenerator.loc(s.pos()), s.body(), s.finalbody(),
                    s.handlers().isEmpty() ? null : () -> tryExcept(s));
        } else {
            tryExcept(s);
        }
    }

    void tryStar(Stmt.TryStar s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(CodeGenerator.loc(s.pos()), s.body(), s.finalbody(),
                    s.handlers().isEmpty() ? null : () -> tryStarExcept(s));
        } else {
            tryStarExcept(s);
        }
    }

    private void tryFinally(Location loc, List<Stmt> body, List<Stmt> finalBody, Runnable withHandlers) {
        Label bodyLabel = new Label();
        Label end = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        g.jump(Opcode.SETUP_FINALLY, end, loc);
        g.label(bodyLabel);
        pushBlock(loc, Type.FINALLY_TRY, bodyLabel, end, finalBody);
        if (withHandlers != null) withHandlers.run();
        else g.visitStmts(body);
        g.emit(Opcode.POP_BLOCK, NO_LOCATION);
        popBlock(Type.FINALLY_TRY, bodyLabel);
        g.visitStmts(finalBody);
        g.jump(Opcode.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        g.label(end);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, NO_LOCATION);
        g.emit(Opcode.PUSH_EXC_INFO, NO_LOCATION);
        pushBlock(NO_LOCATION, Type.FINALLY_END, end, null, null);
        g.visitStmts(finalBody);
        popBlock(Type.FINALLY_END, end);
        g.emit(Opcode.RERAISE, 0, NO_LOCATION);
        g.label(cleanup);
        popExceptAndReraise(NO_LOCATION);
        g.label(exit);
    }

    /** Stack [exc_info, lasti, exc]: restore the previous exception and re-raise. */
    void popExceptAndReraise(Location loc) {
        g.emit(Opcode.COPY, 3, loc);
        g.emit(Opcode.POP_EXCEPT, loc);
        g.emit(Opcode.RERAISE, 1, loc);
    }

    private void tryExcept(Stmt.Try s) {
        Location loc = CodeGenerator.loc(s.pos());
        Label body = new Label();
        Label except = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        g.jump(Opcode.SETUP_FINALLY, except, loc);
        g.label(body);
        pushBlock(loc, Type.TRY_EXCEPT, body, null, null);
        g.visitStmts(s.body());
        popBlock(Type.TRY_EXCEPT, body);
        g.emit(Opcode.POP_BLOCK, NO_LOCATION);
        g.visitStmts(s.orelse());
        g.jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
        int n = s.handlers().size();
        g.label(except);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, NO_LOCATION);
        g.emit(Opcode.PUSH_EXC_INFO, NO_LOCATION);
        // The runtime pushes the exception state here, so unwinding must account for it.
        pushBlock(loc, Type.EXCEPTION_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            Location hl = CodeGenerator.loc(h.pos());
            if (h.type() == null && i < n - 1) throw g.error(hl, "default 'except:' must be last");
            except = new Label();
            if (h.type() != null) {
                g.visitExpr(h.type());
                g.emit(Opcode.CHECK_EXC_MATCH, hl);
                g.jump(Opcode.POP_JUMP_IF_FALSE, except, hl);
            }
            if (h.name() != null) {
                Label cleanupEnd = new Label();
                Label cleanupBody = new Label();
                g.nameop(h.name(), ExprContext.Store, hl);
                // The handler body runs in a try/finally that unbinds the name: name = None; del name.
                g.jump(Opcode.SETUP_CLEANUP, cleanupEnd, hl);
                g.label(cleanupBody);
                pushBlock(hl, Type.HANDLER_CLEANUP, cleanupBody, null, h.name());
                g.visitStmts(h.body());
                popBlock(Type.HANDLER_CLEANUP, cleanupBody);
                g.emit(Opcode.POP_BLOCK, NO_LOCATION);
                g.emit(Opcode.POP_BLOCK, NO_LOCATION);
                g.emit(Opcode.POP_EXCEPT, NO_LOCATION);
                unbind(h.name());
                g.jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
                g.label(cleanupEnd);
                unbind(h.name());
                g.emit(Opcode.RERAISE, 1, NO_LOCATION);
            } else {
                Label cleanupBody = new Label();
                g.emit(Opcode.POP_TOP, hl);
                g.label(cleanupBody);
                pushBlock(hl, Type.HANDLER_CLEANUP, cleanupBody, null, null);
                g.visitStmts(h.body());
                popBlock(Type.HANDLER_CLEANUP, cleanupBody);
                g.emit(Opcode.POP_BLOCK, NO_LOCATION);
                g.emit(Opcode.POP_EXCEPT, NO_LOCATION);
                g.jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
            }
            g.label(except);
        }
        popBlock(Type.EXCEPTION_HANDLER, null);
        g.emit(Opcode.RERAISE, 0, NO_LOCATION);
        g.label(cleanup);
        popExceptAndReraise(NO_LOCATION);
        g.label(end);
    }

    private void unbind(String name) {
        g.loadConst(Constant.NONE, NO_LOCATION);
        g.nameop(name, ExprContext.Store, NO_LOCATION);
        g.nameop(name, ExprContext.Del, NO_LOCATION);
    }

    /** except*: each clause splits the group with CHECK_EG_MATCH; what is raised or left over is re-raised at the end. */
    private void tryStarExcept(Stmt.TryStar s) {
        Location loc = CodeGenerator.loc(s.pos());
        Label body = new Label();
        Label except = new Label();
        Label orelse = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Label reraiseStar = new Label();
        g.jump(Opcode.SETUP_FINALLY, except, loc);
        g.label(body);
        pushBlock(loc, Type.TRY_EXCEPT, body, null, null);
        g.visitStmts(s.body());
        popBlock(Type.TRY_EXCEPT, body);
        g.emit(Opcode.POP_BLOCK, NO_LOCATION);
        g.jump(Opcode.JUMP_NO_INTERRUPT, orelse, NO_LOCATION);
        int n = s.handlers().size();
        g.label(except);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, NO_LOCATION);
        g.emit(Opcode.PUSH_EXC_INFO, NO_LOCATION);
        pushBlock(loc, Type.EXCEPTION_GROUP_HANDLER, null, null, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler h = s.handlers().get(i);
            Location hl = CodeGenerator.loc(h.pos());
            except = new Label();
            Label exceptWithError = new Label();
            Label noMatch = new Label();
            if (i == 0) {
                // [orig] -> [orig, [], exc]: a list for what the clauses raise, and a copy of the group to split.
                g.emit(Opcode.BUILD_LIST, 0, hl);
                g.emit(Opcode.COPY, 2, hl);
            }
            if (h.type() != null) {
                g.visitExpr(h.type());
                g.emit(Opcode.CHECK_EG_MATCH, hl);
                g.emit(Opcode.COPY, 1, hl);
                g.jump(Opcode.POP_JUMP_IF_NONE, noMatch, hl);
            }
            Label cleanupEnd = new Label();
            Label cleanupBody = new Label();
            if (h.name() != null) g.nameop(h.name(), ExprContext.Store, hl);
            else g.emit(Opcode.POP_TOP, hl);
            g.jump(Opcode.SETUP_CLEANUP, cleanupEnd, hl);
            g.label(cleanupBody);
            pushBlock(hl, Type.HANDLER_CLEANUP, cleanupBody, null, h.name());
            g.visitStmts(h.body());
            popBlock(Type.HANDLER_CLEANUP, cleanupBody);
            g.emit(Opcode.POP_BLOCK, NO_LOCATION);
            if (h.name() != null) unbind(h.name());
            g.jump(Opcode.JUMP_NO_INTERRUPT, except, NO_LOCATION);
            g.label(cleanupEnd);
            if (h.name() != null) unbind(h.name());
            // Add the exception the clause raised to the result list.
            g.emit(Opcode.LIST_APPEND, 3, NO_LOCATION);
            g.emit(Opcode.POP_TOP, NO_LOCATION);
            g.jump(Opcode.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
            g.label(except);
            g.emit(Opcode.NOP, NO_LOCATION);
            g.jump(Opcode.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
            g.label(noMatch);
            g.emit(Opcode.POP_TOP, hl);
            g.label(exceptWithError);
            if (i == n - 1) {
                // What no clause matched is also re-raised.
                g.emit(Opcode.LIST_APPEND, 1, NO_LOCATION);
                g.jump(Opcode.JUMP_NO_INTERRUPT, reraiseStar, NO_LOCATION);
            }
        }
        popBlock(Type.EXCEPTION_GROUP_HANDLER, null);
        Label reraise = new Label();
        g.label(reraiseStar);
        g.emit(Opcode.CALL_INTRINSIC_2, CodeGenerator.INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
        g.emit(Opcode.COPY, 1, NO_LOCATION);
        g.jump(Opcode.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
        g.emit(Opcode.POP_TOP, NO_LOCATION);
        g.emit(Opcode.POP_BLOCK, NO_LOCATION);
        g.emit(Opcode.POP_EXCEPT, NO_LOCATION);
        g.jump(Opcode.JUMP_NO_INTERRUPT, end, NO_LOCATION);
        g.label(reraise);
        g.emit(Opcode.POP_BLOCK, NO_LOCATION);
        g.emit(Opcode.SWAP, 2, NO_LOCATION);
        g.emit(Opcode.POP_EXCEPT, NO_LOCATION);
        g.emit(Opcode.RERAISE, 0, NO_LOCATION);
        g.label(cleanup);
        popExceptAndReraise(NO_LOCATION);
        g.label(orelse);
        g.visitStmts(s.orelse());
        g.label(end);
    }

    // ---- with ---------------------------------------------------------------------------------

    private void callExitWithNones(Location loc) {
        // __exit__ sits where CALL expects the callable; the first None takes the self slot.
        g.loadConst(Constant.NONE, loc);
        g.loadConst(Constant.NONE, loc);
        g.loadConst(Constant.NONE, loc);
        g.emit(Opcode.CALL, 2, loc);
    }

    void with(Stmt.With s, int pos) {
        WithItem item = s.items().get(pos);
        Label block = new Label();
        Label fin = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        g.visitExpr(item.contextExpr());
        Location loc = CodeGenerator.loc(item.contextExpr().pos());
        g.emit(Opcode.BEFORE_WITH, loc);
        g.jump(Opcode.SETUP_WITH, fin, loc);
        g.label(block);
        pushBlock(loc, Type.WITH, block, fin, s);
        if (item.optionalVars() != null) g.visitExpr(item.optionalVars());
        else g.emit(Opcode.POP_TOP, loc);
        if (pos + 1 == s.items().size()) g.visitStmts(s.body());
        else with(s, pos + 1);
        g.emit(Opcode.POP_BLOCK, NO_LOCATION);
        popBlock(Type.WITH, block);
        callExitWithNones(loc);
        g.emit(Opcode.POP_TOP, loc);
        g.jump(Opcode.JUMP, exit, loc);
        g.label(fin);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, loc);
        g.emit(Opcode.PUSH_EXC_INFO, loc);
        g.emit(Opcode.WITH_EXCEPT_START, loc);
        withExceptFinish(cleanup);
        g.label(exit);
    }

    void asyncWith(Stmt.AsyncWith s, int pos) {
        Location loc = CodeGenerator.loc(s.pos());
        WithItem item = s.items().get(pos);
        if (g.isTopLevelAwait()) {
            g.u.ste.coroutine = true;
        } else if (g.u.kind != CompilerUnit.Kind.ASYNC_FUNCTION) {
            throw g.error(loc, "'async with' outside async function");
        }
        loc = CodeGenerator.loc(item.contextExpr().pos());
        Label block = new Label();
        Label fin = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        g.visitExpr(item.contextExpr());
        g.emit(Opcode.BEFORE_ASYNC_WITH, loc);
        g.emit(Opcode.GET_AWAITABLE, 1, loc);
        g.loadConst(Constant.NONE, loc);
        g.yieldFrom(loc, true);
        g.jump(Opcode.SETUP_WITH, fin, loc);
        g.label(block);
        pushBlock(loc, Type.ASYNC_WITH, block, fin, s);
        if (item.optionalVars() != null) g.visitExpr(item.optionalVars());
        else g.emit(Opcode.POP_TOP, loc);
        if (pos + 1 == s.items().size()) g.visitStmts(s.body());
        else asyncWith(s, pos + 1);
        popBlock(Type.ASYNC_WITH, block);
        g.emit(Opcode.POP_BLOCK, loc);
        callExitWithNones(loc);
        g.emit(Opcode.GET_AWAITABLE, 2, loc);
        g.loadConst(Constant.NONE, loc);
        g.yieldFrom(loc, true);
        g.emit(Opcode.POP_TOP, loc);
        g.jump(Opcode.JUMP, exit, loc);
        g.label(fin);
        g.jump(Opcode.SETUP_CLEANUP, cleanup, loc);
        g.emit(Opcode.PUSH_EXC_INFO, loc);
        g.emit(Opcode.WITH_EXCEPT_START, loc);
        g.emit(Opcode.GET_AWAITABLE, 2, loc);
        g.loadConst(Constant.NONE, loc);
        g.yieldFrom(loc, true);
        withExceptFinish(cleanup);
        g.label(exit);
    }

    /** After __exit__ ran on an exception: suppress it when the result is true, else re-raise. */
    private void withExceptFinish(Label cleanup) {
        Label suppress = new Label();
        g.emit(Opcode.TO_BOOL, NO_LOCATION);
        g.jump(Opcode.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
        g.emit(Opcode.RERAISE, 2, NO_LOCATION);
        g.label(suppress);
        g.emit(Opcode.POP_TOP, NO_LOCATION);
        g.emit(Opcode.POP_BLOCK, NO_LOCATION);
        g.emit(Opcode.POP_EXCEPT, NO_LOCATION);
        g.emit(Opcode.POP_TOP, NO_LOCATION);
        g.emit(Opcode.POP_TOP, NO_LOCATION);
        Label exit = new Label();
        g.jump(Opcode.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        g.label(cleanup);
        popExceptAndReraise(NO_LOCATION);
        g.label(exit);
    }

    // ---- assert -------------------------------------------------------------------------------

    void assertStmt(Stmt.Assert s) {
        Location loc = CodeGenerator.loc(s.pos());
        boolean nonEmptyTuple = (s.test() instanceof Expr.TupleExpr t && !t.elts().isEmpty())
                || (s.test() instanceof Expr.ConstantExpr c && c.value() instanceof Constant.Tuple ct
                    && !ct.items().isEmpty());
        if (nonEmptyTuple) g.warn(loc, "assertion is always true, perhaps remove parentheses?");
        if (g.options.optimize() > 0) return;
        Label end = new Label();
        g.jumpIf(loc, s.test(), end, true);
        g.emit(Opcode.LOAD_ASSERTION_ERROR, loc);
        if (s.msg() != null) {
            g.visitExpr(s.msg());
            g.emit(Opcode.CALL, 0, loc);
        }
        // The raise points at the failed test rather than at the whole statement.
        g.emit(Opcode.RAISE_VARARGS, 1, CodeGenerator.loc(s.test().pos()));
        g.label(end);
    }
}
