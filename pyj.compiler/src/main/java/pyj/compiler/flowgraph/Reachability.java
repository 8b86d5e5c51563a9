// Removes blocks that nothing can reach (CPython's remove_unreachable).
package pyj.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.Deque;

final class Reachability {
    private Reachability() {}

    /** Counts predecessors from reachable code, then empties unreachable blocks. */
    static void removeUnreachable(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.predecessors = 0;
            b.visited = false;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        g.entry.predecessors = 1;
        g.entry.visited = true;
        stack.push(g.entry);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            BasicBlock next = b.next;
            if (next != null && b.fallsThrough()) {
                if (!next.visited) {
                    next.visited = true;
                    stack.push(next);
                }
                next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (i.hasTarget()) {
                    BasicBlock t = Cfg.target(i);
                    if (!t.visited) {
                        t.visited = true;
                        stack.push(t);
                    }
                    t.predecessors++;
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
                b.exceptHandler = false;
            }
            b.visited = false;
        }
    }
}
