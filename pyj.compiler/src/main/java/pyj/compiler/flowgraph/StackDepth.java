// Computes co_stacksize and each block's entry depth (which the exception table needs).
package pyj.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.Deque;

import pyj.compiler.opcode.Opcode;

/** CPython's calculate_stackdepth. */
final class StackDepth {
    private StackDepth() {}

    static int compute(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) b.startDepth = Integer.MIN_VALUE;
        Deque<BasicBlock> stack = new ArrayDeque<>();
        int maxdepth = 0;
        push(stack, g.entry, 0);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            int depth = b.startDepth;
            BasicBlock next = b.next;
            for (Instr instr : b.instrs) {
                int effect = Opcode.stackEffect(instr.opcode, instr.oparg, false);
                int newDepth = depth + effect;
                if (newDepth < 0) throw new IllegalStateException("negative stack depth at " + instr);
                maxdepth = Math.max(maxdepth, newDepth);
                if (instr.hasTarget()) {
                    int targetDepth = depth + Opcode.stackEffect(instr.opcode, instr.oparg, true);
                    maxdepth = Math.max(maxdepth, targetDepth);
                    push(stack, Cfg.target(instr), targetDepth);
                }
                depth = newDepth;
                if (instr.endsBlock()) {
                    next = null;
                    break;
                }
            }
            if (next != null) push(stack, next, depth);
        }
        return maxdepth;
    }

    private static void push(Deque<BasicBlock> stack, BasicBlock b, int depth) {
        if (!(b.startDepth < 0 || b.startDepth == depth)) {
            throw new IllegalStateException("Invalid CFG, inconsistent stackdepth");
        }
        if (b.startDepth < depth && b.startDepth < 100) {
            b.startDepth = depth;
            stack.push(b);
        }
    }
}
