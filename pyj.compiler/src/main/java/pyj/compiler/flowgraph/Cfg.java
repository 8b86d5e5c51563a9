// The control-flow graph of one code unit, and the order of the passes that optimize it.
package pyj.compiler.flowgraph;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.code.Constant;
import pyj.compiler.opcode.Opcode;

/**
 * Basic blocks in emission order (a linked list through {@link BasicBlock#next}). Built from an
 * {@link InstructionSequence}: a block ends after any jump or scope exit, and a label starts a new
 * block. {@link #optimize} runs CPython 3.13's {@code _PyCfg_OptimizeCodeUnit} passes in order;
 * {@link #finish} prepares the graph for assembly.
 */
public final class Cfg {
    BasicBlock entry;
    final List<Constant> consts;
    final int firstLineno;

    private Cfg(List<Constant> consts, int firstLineno) {
        this.consts = consts;
        this.firstLineno = firstLineno;
    }

    /**
     * Builds the graph the way CPython's _PyCfg_FromInstructionSequence does: labels are
     * positions between instructions, several labels at one position name one block, and only
     * positions some jump (or SETUP_*) targets start a block; otherwise a block ends after a jump
     * or a scope exit.
     */
    public static Cfg build(InstructionSequence seq, List<Constant> consts, int firstLineno) {
        Cfg g = new Cfg(consts, firstLineno);
        List<Instr> instrs = new ArrayList<>();
        java.util.IdentityHashMap<Label, Integer> position = new java.util.IdentityHashMap<>();
        for (Object item : seq.items) {
            if (item instanceof Label l) position.put(l, instrs.size());
            else instrs.add((Instr) item);
        }
        boolean[] isTarget = new boolean[instrs.size() + 1];
        for (Instr i : instrs) {
            if (i.target != null) {
                Integer at = position.get(i.target);
                if (at == null) throw new IllegalStateException("jump to a label that was never placed");
                isTarget[at] = true;
            }
        }
        BasicBlock[] blockAt = new BasicBlock[instrs.size() + 1];
        BasicBlock cur = new BasicBlock();
        g.entry = cur;
        for (int k = 0; k < instrs.size(); k++) {
            Instr i = instrs.get(k);
            Instr last = cur.last();
            boolean terminated = last != null && (last.isJump() || last.isScopeExit());
            if (terminated || (isTarget[k] && (last != null || cur.label != null))) {
                BasicBlock b = new BasicBlock();
                cur.next = b;
                cur = b;
            }
            if (isTarget[k] && cur.label == null) {
                cur.label = new Label();
                cur.label.block = cur;
            }
            if (isTarget[k]) blockAt[k] = cur;
            cur.instrs.add(i);
        }
        for (java.util.Map.Entry<Label, Integer> en : position.entrySet()) {
            BasicBlock b = blockAt[en.getValue()];
            if (b != null) en.getKey().block = b;
        }
        return g;
    }

    public BasicBlock entry() { return entry; }

    static BasicBlock target(Instr i) { return i.target.block; }

    /** A fresh block placed right after {@code after} in emission order. */
    static BasicBlock insertAfter(BasicBlock after) {
        BasicBlock b = new BasicBlock();
        b.label = new Label();
        b.label.block = b;
        b.next = after.next;
        after.next = b;
        return b;
    }

    /** Gives a block a label (so jumps can name it) if it has none. */
    static Label labelOf(BasicBlock b) {
        if (b.label == null) {
            b.label = new Label();
            b.label.block = b;
        }
        return b.label;
    }

    List<BasicBlock> blocks() {
        List<BasicBlock> out = new ArrayList<>();
        for (BasicBlock b = entry; b != null; b = b.next) out.add(b);
        return out;
    }

    /** The first block at or after b that has instructions. */
    static BasicBlock nextNonEmpty(BasicBlock b) {
        while (b != null && b.instrs.isEmpty()) b = b.next;
        return b;
    }

    /** _PyCfg_OptimizeCodeUnit: everything up to the point where the block order is final. */
    public void optimize(int nlocals, int nparams) {
        ExceptionTargets.markHandlers(this);
        ExceptionTargets.label(this);
        BlockInlining.run(this);
        Reachability.removeUnreachable(this);
        LineNumbers.resolve(this);
        Peephole.run(this);
        NopRemoval.removeRedundantNopsAndPairs(this);
        Reachability.removeUnreachable(this);
        NopRemoval.removeRedundantNopsAndJumps(this);
        UnusedConsts.remove(this);
        UninitializedLoads.run(this, nlocals, nparams);
        SuperInstructions.run(this);
        ColdBlocks.pushToEnd(this);
        LineNumbers.resolve(this);
    }

    /** co_stacksize: the deepest the value stack gets on any path (also records each block's entry depth). */
    public int stackDepth() {
        // CPython never reports a stack size of 0, even for code that only raises.
        return Math.max(1, StackDepth.compute(this));
    }

    /**
     * CPython's prepare_localsplus: inserts the prefix (COPY_FREE_VARS, MAKE_CELL per cell, and
     * RETURN_GENERATOR/POP_TOP for generators and coroutines) and renumbers cell and free variable
     * operands from "index among cells and frees" to their slot in localsplus.
     *
     * @param cellSlots for each cell then free variable (in numbering order), its localsplus slot
     */
    public void prepareLocalsPlus(int[] cellSlots, int ncells, int nfrees, boolean generatorLike, int firstLineno) {
        BasicBlock entryBlock = entry;
        if (generatorLike) {
            Location loc = new Location(firstLineno, firstLineno, -1, -1);
            entryBlock.instrs.add(0, new Instr(Opcode.RETURN_GENERATOR, 0, null, loc));
            entryBlock.instrs.add(1, new Instr(Opcode.POP_TOP, 0, null, loc));
        }
        if (ncells > 0) {
            // MAKE_CELLs go in slot order; a cell that is also a parameter uses the parameter's slot.
            Integer[] order = new Integer[ncells];
            for (int i = 0; i < ncells; i++) order[i] = i;
            java.util.Arrays.sort(order, (x, y) -> Integer.compare(cellSlots[x], cellSlots[y]));
            for (int k = 0; k < ncells; k++) {
                entryBlock.instrs.add(k, new Instr(Opcode.MAKE_CELL, order[k], null, Location.NONE));
            }
        }
        if (nfrees > 0) {
            entryBlock.instrs.add(0, new Instr(Opcode.COPY_FREE_VARS, nfrees, null, Location.NONE));
        }
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                switch (i.opcode) {
                    case Opcode.MAKE_CELL, Opcode.LOAD_CLOSURE, Opcode.LOAD_DEREF, Opcode.STORE_DEREF,
                         Opcode.DELETE_DEREF, Opcode.LOAD_FROM_DICT_OR_DEREF -> i.oparg = cellSlots[i.oparg];
                    default -> { }
                }
            }
        }
    }

    /** CPython's convert_pseudo_ops and normalize_jumps: pseudo instructions become real ones. */
    public void finish() {
        for (BasicBlock b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.isBlockPush() || i.opcode == Opcode.POP_BLOCK) {
                    i.setNop();
                } else if (i.opcode == Opcode.LOAD_CLOSURE) {
                    i.opcode = Opcode.LOAD_FAST;
                } else if (i.opcode == Opcode.STORE_FAST_MAYBE_NULL) {
                    i.opcode = Opcode.STORE_FAST;
                }
            }
        }
        NopRemoval.removeRedundantNopsAndJumps(this);
        JumpNormalization.run(this);
    }
}
