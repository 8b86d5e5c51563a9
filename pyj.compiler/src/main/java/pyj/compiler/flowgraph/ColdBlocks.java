// Moves exception handlers and code only they reach to the end of the code.
package pyj.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.Deque;

import pyj.compiler.opcode.Opcode;

/** CPython's push_cold_blocks_to_end (mark_warm, mark_cold). */
final class ColdBlocks {
    private ColdBlocks() {}

    static void pushToEnd(Cfg g) {
        BasicBlock entry = g.entry;
        if (entry.next == null) return;
        markCold(g);
        for (BasicBlock b = entry; b != null; b = b.next) {
            if (b.cold && b.fallsThrough() && b.next != null && b.next.warm) {
                BasicBlock jump = new BasicBlock();
                Label target = Cfg.labelOf(b.next);
                jump.instrs.add(new Instr(Opcode.JUMP_NO_INTERRUPT, 0, target, Location.NONE));
                jump.cold = true;
                jump.next = b.next;
                jump.predecessors = 1;
                b.next = jump;
            }
        }
        BasicBlock coldHead = null;
        BasicBlock coldTail = null;
        BasicBlock b = entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) b = b.next;
            if (b.next == null) break;
            BasicBlock end = b.next;
            while (end.next != null && end.next.cold) end = end.next;
            if (coldHead == null) coldHead = b.next;
            else coldTail.next = b.next;
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldHead;
        if (coldHead != null) NopRemoval.removeRedundantNopsAndJumps(g);
    }

    private static void markCold(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.visited = false;
            b.warm = false;
            b.cold = false;
        }
        Deque<BasicBlock> stack = new ArrayDeque<>();
        stack.push(g.entry);
        g.entry.visited = true;
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.warm = true;
            if (b.next != null && b.fallsThrough() && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instr i : b.instrs) {
                if (i.isJump() && !Cfg.target(i).visited) {
                    stack.push(Cfg.target(i));
                    Cfg.target(i).visited = true;
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.exceptHandler) {
                stack.push(b);
                b.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.cold = true;
            if (b.next != null && b.fallsThrough() && !b.next.warm && !b.next.visited) {
                stack.push(b.next);
                b.next.visited = true;
            }
            for (Instr i : b.instrs) {
                if (i.isJump()) {
                    BasicBlock t = Cfg.target(i);
                    if (!t.warm && !t.visited) {
                        stack.push(t);
                        t.visited = true;
                    }
                }
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
    }
}
