// Turns LOAD_FAST into LOAD_FAST_CHECK where the local might not be bound yet.
package pyj.compiler.flowgraph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import pyj.compiler.opcode.Opcode;

/** CPython's add_checks_for_loads_of_uninitialized_variables: a 64-bit "maybe unbound" mask per block. */
final class UninitializedLoads {
    private UninitializedLoads() {}

    static void run(Cfg g, int nlocals, int nparams) {
        if (nlocals == 0) return;
        if (nlocals > 64) {
            fastScanManyLocals(g, nlocals);
            nlocals = 64;
        }
        Map<BasicBlock, Long> masks = new IdentityHashMap<>();
        Deque<BasicBlock> stack = new ArrayDeque<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
        long startMask = 0;
        for (int i = nparams; i < nlocals; i++) startMask |= 1L << i;
        maybePush(g.entry, startMask, masks, stack);
        for (BasicBlock b = g.entry; b != null; b = b.next) scan(b, masks, stack);
        while (!stack.isEmpty()) {
            BasicBlock b = stack.pop();
            b.visited = false;
            scan(b, masks, stack);
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) b.visited = false;
    }

    private static void maybePush(BasicBlock b, long unsafe, Map<BasicBlock, Long> masks, Deque<BasicBlock> stack) {
        long old = masks.getOrDefault(b, 0L);
        long both = old | unsafe;
        if (old != both) {
            masks.put(b, both);
            if (!b.visited) {
                stack.push(b);
                b.visited = true;
            }
        }
    }

    private static void scan(BasicBlock b, Map<BasicBlock, Long> masks, Deque<BasicBlock> stack) {
        long unsafe = masks.getOrDefault(b, 0L);
        for (Instr instr : b.instrs) {
            if (instr.except != null) maybePush(instr.except, unsafe, masks, stack);
            if (instr.oparg >= 64) continue;
            long bit = 1L << instr.oparg;
            switch (instr.opcode) {
                case Opcode.DELETE_FAST, Opcode.LOAD_FAST_AND_CLEAR, Opcode.STORE_FAST_MAYBE_NULL -> unsafe |= bit;
                case Opcode.STORE_FAST, Opcode.LOAD_FAST_CHECK -> unsafe &= ~bit;
                case Opcode.LOAD_FAST -> {
                    if ((unsafe & bit) != 0) instr.opcode = Opcode.LOAD_FAST_CHECK;
                    unsafe &= ~bit;
                }
                default -> { }
            }
        }
        if (b.next != null && b.fallsThrough()) maybePush(b.next, unsafe, masks, stack);
        Instr last = b.last();
        if (last != null && last.isJump()) maybePush(Cfg.target(last), unsafe, masks, stack);
    }

    private static void fastScanManyLocals(Cfg g, int nlocals) {
        int[] states = new int[nlocals - 64];
        int blocknum = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            blocknum++;
            for (Instr instr : b.instrs) {
                int arg = instr.oparg;
                if (arg < 64 || arg >= nlocals) continue;
                switch (instr.opcode) {
                    case Opcode.DELETE_FAST, Opcode.LOAD_FAST_AND_CLEAR, Opcode.STORE_FAST_MAYBE_NULL ->
                            states[arg - 64] = blocknum - 1;
                    case Opcode.STORE_FAST -> states[arg - 64] = blocknum;
                    case Opcode.LOAD_FAST -> {
                        if (states[arg - 64] != blocknum) instr.opcode = Opcode.LOAD_FAST_CHECK;
                        states[arg - 64] = blocknum;
                    }
                    default -> { }
                }
            }
        }
    }
}
