// Drops constants no instruction loads any more and renumbers the rest (index 0 is always kept).
package pyj.compiler.flowgraph;

import pyj.compiler.opcode.Opcode;

/** CPython's remove_unused_consts. */
final class UnusedConsts {
    private UnusedConsts() {}

    static void remove(Cfg g) {
        int n = g.consts.size();
        if (n == 0) return;
        boolean[] used = new boolean[n];
        used[0] = true;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) if ((Opcode.flags(i.opcode) & Opcode.HAS_CONST) != 0) used[i.oparg] = true;
        }
        int[] map = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) map[i] = used[i] ? k++ : -1;
        if (k == n) return;
        for (int i = n - 1; i >= 0; i--) if (!used[i]) g.consts.remove(i);
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) if ((Opcode.flags(i.opcode) & Opcode.HAS_CONST) != 0) i.oparg = map[i.oparg];
        }
    }
}
