// One instruction of the compiler's intermediate form, before assembly.
package pyj.compiler.flowgraph;

import pyj.compiler.opcode.Opcode;

/**
 * An instruction: opcode (possibly a pseudo-op), oparg, jump target, source location, and the
 * exception handler covering it (filled in by {@link ExceptionTargets}).
 */
public final class Instr {
    public int opcode;
    public int oparg;
    public Label target;
    public Location loc;
    /** Handler block for exceptions raised by this instruction, or null. */
    BasicBlock except;

    public Instr(int opcode, int oparg, Label target, Location loc) {
        this.opcode = opcode;
        this.oparg = oparg;
        this.target = target;
        this.loc = loc;
    }

    Instr copy() {
        Instr i = new Instr(opcode, oparg, target, loc);
        i.except = except;
        return i;
    }

    public boolean hasTarget() {
        return target != null && (isJump() || isBlockPush());
    }

    public boolean isJump() {
        return (Opcode.flags(opcode) & Opcode.HAS_JUMP) != 0;
    }

    public boolean isBlockPush() {
        return opcode == Opcode.SETUP_FINALLY || opcode == Opcode.SETUP_CLEANUP || opcode == Opcode.SETUP_WITH;
    }

    public boolean isUnconditionalJump() {
        return opcode == Opcode.JUMP || opcode == Opcode.JUMP_NO_INTERRUPT || opcode == Opcode.JUMP_FORWARD
                || opcode == Opcode.JUMP_BACKWARD || opcode == Opcode.JUMP_BACKWARD_NO_INTERRUPT;
    }

    /** Instructions after which control never falls through. */
    public boolean isScopeExit() {
        return opcode == Opcode.RETURN_VALUE || opcode == Opcode.RETURN_CONST || opcode == Opcode.RAISE_VARARGS
                || opcode == Opcode.RERAISE;
    }

    public boolean endsBlock() { return isUnconditionalJump() || isScopeExit(); }

    public void setNop() {
        opcode = Opcode.NOP;
        oparg = 0;
        target = null;
    }

    @Override
    public String toString() {
        return Opcode.name(opcode) + " " + oparg + (target != null ? " -> " + target : "") + " @" + loc.line();
    }
}
