// Replaces a jump to a small exit block (or a block without line numbers) with a copy of that block.
package pyj.compiler.flowgraph;

import pyj.compiler.opcode.Opcode;

/** CPython's inline_small_or_no_lineno_blocks. */
final class BlockInlining {
    private BlockInlining() {}

    private static final int MAX_COPY_SIZE = 4;

    static void run(Cfg g) {
        boolean changes;
        do {
            changes = false;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                if (inlineInto(b)) changes = true;
            }
        } while (changes);
    }

    private static boolean inlineInto(BasicBlock bb) {
        Instr last = bb.last();
        if (last == null || !last.isUnconditionalJump()) return false;
        BasicBlock target = Cfg.target(last);
        boolean smallExitBlock = target.isExit() && target.instrs.size() <= MAX_COPY_SIZE;
        boolean noLinenoNoFallthrough = target.hasNoLineno() && !target.fallsThrough();
        if (!(smallExitBlock || noLinenoNoFallthrough)) return false;
        int removedJumpOpcode = last.opcode;
        last.setNop();
        for (Instr i : target.instrs) bb.instrs.add(i.copy());
        if (noLinenoNoFallthrough) {
            Instr newLast = bb.last();
            if (newLast.isUnconditionalJump() && removedJumpOpcode == Opcode.JUMP) {
                // Keep the eval-breaker check of the removed jump.
                newLast.opcode = Opcode.JUMP;
            }
        }
        target.predecessors--;
        return true;
    }
}
