// Removes NOPs that carry no line, useless load/pop pairs, and jumps to the next block.
package pyj.compiler.flowgraph;

import java.util.Iterator;

import pyj.compiler.opcode.Opcode;

/** CPython's remove_redundant_nops, remove_redundant_nops_and_pairs and remove_redundant_jumps. */
final class NopRemoval {
    private NopRemoval() {}

    /** Returns how many instructions were removed. */
    static int removeRedundantNops(BasicBlock bb) {
        int dest = 0;
        int prevLineno = -1;
        int removed = 0;
        for (int src = 0; src < bb.instrs.size(); src++) {
            Instr instr = bb.instrs.get(src);
            int lineno = instr.loc.line();
            if (instr.opcode == Opcode.NOP) {
                // Eliminate no-op if it doesn't have a line number.
                if (lineno < 0) {
                    removed++;
                    continue;
                }
                // or, if the previous instruction had the same line number.
                if (prevLineno == lineno) {
                    removed++;
                    continue;
                }
                // or, if the next instruction has same line number or no line number
                if (src < bb.instrs.size() - 1) {
                    Instr nextInstr = bb.instrs.get(src + 1);
                    int nextLineno = nextInstr.loc.line();
                    if (nextLineno == lineno) {
                        removed++;
                        continue;
                    }
                    if (nextLineno < 0) {
                        nextInstr.loc = instr.loc;
                        removed++;
                        continue;
                    }
                } else {
                    BasicBlock next = Cfg.nextNonEmpty(bb.next);
                    // or if last instruction in BB and next BB has same line number
                    if (next != null && lineno == next.instrs.get(0).loc.line()) {
                        removed++;
                        continue;
                    }
                }
            }
            if (dest != src) bb.instrs.set(dest, instr);
            dest++;
            prevLineno = lineno;
        }
        while (bb.instrs.size() > dest) bb.instrs.remove(bb.instrs.size() - 1);
        return removed;
    }

    /** LOAD_CONST/COPY 1 immediately popped are dropped across a fallthrough chain. */
    static void removeRedundantNopsAndPairs(Cfg g) {
        boolean done = false;
        while (!done) {
            done = true;
            Instr instr = null;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                removeRedundantNops(b);
                if (b.label != null) instr = null;
                for (Instr cur : b.instrs) {
                    Instr prev = instr;
                    instr = cur;
                    int prevOp = prev == null ? 0 : prev.opcode;
                    if (cur.opcode == Opcode.POP_TOP
                            && (prevOp == Opcode.LOAD_CONST || (prevOp == Opcode.COPY && prev.oparg == 1))) {
                        prev.setNop();
                        cur.setNop();
                        done = false;
                    }
                }
                if ((instr != null && instr.isJump()) || !b.fallsThrough()) instr = null;
            }
        }
    }

    /** An unconditional jump to the next non-empty block becomes a NOP; repeats with NOP removal. */
    static void removeRedundantNopsAndJumps(Cfg g) {
        int changes;
        do {
            changes = 0;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                changes += removeRedundantNops(b);
            }
            changes += removeRedundantJumps(g);
        } while (changes > 0);
    }

    private static int removeRedundantJumps(Cfg g) {
        int changes = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            if (last.isUnconditionalJump()) {
                BasicBlock jumpTarget = Cfg.nextNonEmpty(Cfg.target(last));
                if (jumpTarget == null) continue;
                BasicBlock next = Cfg.nextNonEmpty(b.next);
                if (jumpTarget == next) {
                    changes++;
                    last.setNop();
                }
            }
        }
        return changes;
    }

    static void dropNops(BasicBlock b) {
        Iterator<Instr> it = b.instrs.iterator();
        while (it.hasNext()) if (it.next().opcode == Opcode.NOP) it.remove();
    }
}
