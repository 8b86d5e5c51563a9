// Works out which exception handler covers each instruction, from the SETUP_*/POP_BLOCK pseudo-ops.
package pyj.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import pyj.compiler.opcode.Opcode;

/** CPython's mark_except_handlers and label_exception_targets. */
final class ExceptionTargets {
    private ExceptionTargets() {}

    static void markHandlers(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.isBlockPush()) Cfg.target(i).exceptHandler = true;
            }
        }
    }

    /** A stack of active handlers; index 0 is "no handler". */
    private static final class ExceptStack {
        final List<BasicBlock> handlers = new ArrayList<>();

        ExceptStack() { handlers.add(null); }

        ExceptStack copy() {
            ExceptStack s = new ExceptStack();
            s.handlers.clear();
            s.handlers.addAll(handlers);
            return s;
        }

        int depth() { return handlers.size() - 1; }

        BasicBlock top() { return handlers.get(handlers.size() - 1); }
    }

    static void label(Cfg g) {
        java.util.IdentityHashMap<BasicBlock, ExceptStack> stacks = new java.util.IdentityHashMap<>();
        Deque<BasicBlock> todo = new ArrayDeque<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
        g.entry.visited = true;
        stacks.put(g.entry, new ExceptStack());
        todo.push(g.entry);
        while (!todo.isEmpty()) {
            BasicBlock b = todo.pop();
            ExceptStack stack = stacks.remove(b);
            BasicBlock handler = stack.top();
            int lastYieldExceptDepth = -1;
            for (Instr instr : b.instrs) {
                if (instr.isBlockPush()) {
                    BasicBlock t = Cfg.target(instr);
                    if (!t.visited) {
                        stacks.put(t, stack.copy());
                        t.visited = true;
                        todo.push(t);
                    }
                    if (instr.opcode == Opcode.SETUP_WITH || instr.opcode == Opcode.SETUP_CLEANUP) t.preserveLasti = true;
                    stack.handlers.add(t);
                    handler = t;
                } else if (instr.opcode == Opcode.POP_BLOCK) {
                    stack.handlers.remove(stack.handlers.size() - 1);
                    handler = stack.top();
                    instr.setNop();
                } else if (instr.isJump()) {
                    instr.except = handler;
                    BasicBlock t = Cfg.target(instr);
                    if (!t.visited) {
                        stacks.put(t, b.fallsThrough() ? stack.copy() : stack);
                        t.visited = true;
                        todo.push(t);
                    }
                } else if (instr.opcode == Opcode.YIELD_VALUE) {
                    instr.except = handler;
                    lastYieldExceptDepth = stack.depth();
                } else if (instr.opcode == Opcode.RESUME) {
                    instr.except = handler;
                    if (instr.oparg != 0) {
                        if (lastYieldExceptDepth == 1) instr.oparg |= 4;
                        lastYieldExceptDepth = -1;
                    }
                } else {
                    instr.except = handler;
                }
            }
            if (b.fallsThrough() && b.next != null && !b.next.visited) {
                stacks.put(b.next, stack);
                b.next.visited = true;
                todo.push(b.next);
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
    }
}
