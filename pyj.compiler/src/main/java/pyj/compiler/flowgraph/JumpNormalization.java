// Chooses JUMP_FORWARD/JUMP_BACKWARD and turns backward conditional jumps into forward ones plus a back jump.
package pyj.compiler.flowgraph;

import pyj.compiler.opcode.Opcode;

/** CPython's normalize_jumps. */
final class JumpNormalization {
    private JumpNormalization() {}

    static void run(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            b.visited = true;
            normalize(b);
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
    }

    private static void normalize(BasicBlock b) {
        Instr last = b.last();
        if (last == null || !last.isJump()) return;
        boolean forward = !Cfg.target(last).visited;
        if (last.opcode == Opcode.JUMP) {
            last.opcode = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
            return;
        }
        if (last.opcode == Opcode.JUMP_NO_INTERRUPT) {
            last.opcode = forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT;
            return;
        }
        if (forward || last.isUnconditionalJump() || last.opcode == Opcode.FOR_ITER || last.opcode == Opcode.SEND) return;
        int reversed = switch (last.opcode) {
            case Opcode.POP_JUMP_IF_NOT_NONE -> Opcode.POP_JUMP_IF_NONE;
            case Opcode.POP_JUMP_IF_NONE -> Opcode.POP_JUMP_IF_NOT_NONE;
            case Opcode.POP_JUMP_IF_FALSE -> Opcode.POP_JUMP_IF_TRUE;
            case Opcode.POP_JUMP_IF_TRUE -> Opcode.POP_JUMP_IF_FALSE;
            default -> throw new IllegalStateException("backward " + Opcode.name(last.opcode));
        };
        BasicBlock back = new BasicBlock();
        // Like CPython's, the added jump has no exception handler.
        back.instrs.add(new Instr(Opcode.JUMP_BACKWARD, 0, last.target, last.loc));
        back.cold = b.cold;
        back.next = b.next;
        last.opcode = reversed;
        last.target = Cfg.labelOf(b.next);
        b.next = back;
    }
}
