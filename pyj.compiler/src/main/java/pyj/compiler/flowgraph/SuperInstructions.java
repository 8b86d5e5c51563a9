// Fuses LOAD_FAST/STORE_FAST pairs into 3.13's superinstructions.
package pyj.compiler.flowgraph;

import java.util.List;

import pyj.compiler.opcode.Opcode;

/** CPython's insert_superinstructions. */
final class SuperInstructions {
    private SuperInstructions() {}

    static void run(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            List<Instr> in = b.instrs;
            for (int i = 0; i < in.size(); i++) {
                Instr inst = in.get(i);
                int nextop = i + 1 < in.size() ? in.get(i + 1).opcode : 0;
                if (inst.opcode == Opcode.LOAD_FAST && nextop == Opcode.LOAD_FAST) {
                    make(inst, in.get(i + 1), Opcode.LOAD_FAST_LOAD_FAST);
                } else if (inst.opcode == Opcode.STORE_FAST) {
                    if (nextop == Opcode.LOAD_FAST) make(inst, in.get(i + 1), Opcode.STORE_FAST_LOAD_FAST);
                    else if (nextop == Opcode.STORE_FAST) make(inst, in.get(i + 1), Opcode.STORE_FAST_STORE_FAST);
                }
            }
            NopRemoval.removeRedundantNops(b);
        }
    }

    private static void make(Instr a, Instr b, int superOp) {
        int l1 = a.loc.line();
        int l2 = b.loc.line();
        if (l1 >= 0 && l2 >= 0 && l1 != l2) return;
        if (a.oparg >= 16 || b.oparg >= 16) return;
        a.oparg = (a.oparg << 4) | b.oparg;
        a.opcode = superOp;
        b.setNop();
    }
}
