// A basic block of the control-flow graph.
package pyj.compiler.flowgraph;

import java.util.ArrayList;
import java.util.List;

public final class BasicBlock {
    final List<Instr> instrs = new ArrayList<>();
    /** The next block in emission order (the fallthrough successor when the last instruction falls through). */
    BasicBlock next;
    /** The label naming this block, if any. */
    Label label;
    int predecessors;
    int startDepth = Integer.MIN_VALUE;
    boolean visited;
    boolean exceptHandler;
    boolean preserveLasti;
    boolean cold;
    boolean warm;
    /** Assembly: offset of the block in code units. */
    int offset;

    Instr last() { return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1); }

    boolean fallsThrough() {
        Instr l = last();
        return l == null || !l.endsBlock();
    }

    boolean hasNoLineno() {
        for (Instr i : instrs) if (!i.loc.isNone()) return false;
        return true;
    }

    boolean isExit() {
        Instr l = last();
        return l != null && l.isScopeExit();
    }

    public List<Instr> instrs() { return instrs; }

    @Override
    public String toString() { return "B" + (label == null ? "?" : label.id) + instrs; }
}
