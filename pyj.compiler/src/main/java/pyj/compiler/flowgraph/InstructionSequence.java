// The code generator's output: instructions interleaved with the labels that jumps refer to.
package pyj.compiler.flowgraph;

import java.util.ArrayList;
import java.util.List;

public final class InstructionSequence {
    /** Instr or Label, in order. */
    final List<Object> items = new ArrayList<>();

    public Instr emit(int opcode, int oparg, Location loc) {
        Instr i = new Instr(opcode, oparg, null, loc);
        items.add(i);
        return i;
    }

    public Instr emitJump(int opcode, Label target, Location loc) {
        Instr i = new Instr(opcode, 0, target, loc);
        items.add(i);
        return i;
    }

    public void useLabel(Label l) {
        items.add(l);
    }

    /** Inserts an instruction at the start (used for prologue instructions). */
    public void prepend(Instr i) {
        items.add(0, i);
    }

    public List<Object> items() { return items; }
}
