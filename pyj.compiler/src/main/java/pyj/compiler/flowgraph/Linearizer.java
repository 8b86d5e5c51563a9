// Lays the finished graph out as a flat instruction list with resolved jump operands and handlers.
package pyj.compiler.flowgraph;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.opcode.Opcode;

/**
 * CPython's resolve_jump_offsets plus what the assembler needs per instruction. Jump operands are
 * distances in code units from the end of the jump (its caches included); since EXTENDED_ARG
 * prefixes change sizes, offsets are recomputed until they are stable.
 */
public final class Linearizer {
    private Linearizer() {}

    /** The handler covering an instruction: target offset, stack depth to unwind to, push lasti. */
    public record Handler(int target, int depth, boolean lasti) {}

    /** One instruction as it will be written: size counts EXTENDED_ARGs and cache units. */
    public record Emitted(int opcode, int oparg, Location loc, int offset, int size, Handler handler) {}

    public static int instrSize(int opcode, int oparg) {
        int extended = (oparg > 0xFFFFFF ? 1 : 0) + (oparg > 0xFFFF ? 1 : 0) + (oparg > 0xFF ? 1 : 0);
        return 1 + extended + Opcode.cacheEntries(opcode);
    }

    public static List<Emitted> linearize(Cfg g) {
        resolveJumps(g);
        List<Emitted> out = new ArrayList<>();
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            int offset = b.offset;
            for (Instr i : b.instrs) {
                int size = instrSize(i.opcode, i.oparg);
                Handler h = null;
                if (i.except != null) {
                    BasicBlock hb = i.except;
                    int depth = hb.startDepth - 1 - (hb.preserveLasti ? 1 : 0);
                    h = new Handler(firstOffset(hb), depth, hb.preserveLasti);
                }
                out.add(new Emitted(i.opcode, i.oparg, i.loc, offset, size, h));
                offset += size;
            }
        }
        return out;
    }

    /** A handler block may have been emptied; its code starts at the next block with instructions. */
    private static int firstOffset(BasicBlock b) {
        BasicBlock x = Cfg.nextNonEmpty(b);
        return x == null ? b.offset : x.offset;
    }

    private static void resolveJumps(Cfg g) {
        // CPython starts from each jump's target instruction index as a provisional operand, which
        // decides where EXTENDED_ARG prefixes first appear; starting the same way gives the same layout.
        java.util.IdentityHashMap<BasicBlock, Integer> firstIndex = new java.util.IdentityHashMap<>();
        int index = 0;
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            firstIndex.put(b, index);
            index += b.instrs.size();
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.isJump()) i.oparg = firstIndex.get(Cfg.target(i));
            }
        }
        boolean again;
        do {
            int total = 0;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                b.offset = total;
                for (Instr i : b.instrs) total += instrSize(i.opcode, i.oparg);
            }
            again = false;
            for (BasicBlock b = g.entry; b != null; b = b.next) {
                int pos = b.offset;
                for (Instr i : b.instrs) {
                    int isize = instrSize(i.opcode, i.oparg);
                    pos += isize;
                    if (i.isJump()) {
                        int target = Cfg.target(i).offset;
                        i.oparg = target < pos ? pos - target : target - pos;
                        if (instrSize(i.opcode, i.oparg) != isize) again = true;
                    }
                }
            }
        } while (again);
    }
}
