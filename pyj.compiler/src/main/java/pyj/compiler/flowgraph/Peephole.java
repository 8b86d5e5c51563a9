// Local rewrites within a basic block: constant branches, tuple folding, jump threading, fusions, SWAPs.
package pyj.compiler.flowgraph;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.code.Constant;
import pyj.compiler.opcode.Opcode;

/** CPython 3.13's optimize_basic_block, with swaptimize and apply_static_swaps. */
final class Peephole {
    private Peephole() {}

    static void run(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) optimizeBlock(g, b);
    }

    /** Python truth value of a constant (all compile-time constants have a fixed one). */
    static boolean truth(Constant c) {
        return switch (c) {
            case Constant.Singleton s -> s == Constant.TRUE || s == Constant.ELLIPSIS;
            case Constant.Int i -> i.value().signum() != 0;
            case Constant.Float f -> f.value() != 0;
            case Constant.Complex x -> x.real() != 0 || x.imag() != 0;
            case Constant.Str s -> !s.value().isEmpty();
            case Constant.Bytes b -> b.value().length > 0;
            case Constant.Tuple t -> !t.items().isEmpty();
            case Constant.FrozenSet fs -> !fs.items().isEmpty();
            case Constant.Code code -> true;
        };
    }

    static int addConst(Cfg g, Constant c) {
        int idx = g.consts.indexOf(c);
        if (idx >= 0) return idx;
        g.consts.add(c);
        return g.consts.size() - 1;
    }

    private static void optimizeBlock(Cfg g, BasicBlock bb) {
        List<Instr> in = bb.instrs;
        Instr nop = new Instr(Opcode.NOP, 0, null, Location.NONE);
        Instr target = nop;
        int opcode = 0;
        int oparg = 0;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            boolean isCopyOfLoadConst = opcode == Opcode.LOAD_CONST && inst.opcode == Opcode.COPY && inst.oparg == 1;
            if (!isCopyOfLoadConst) {
                opcode = inst.opcode;
                oparg = inst.oparg;
                if (inst.hasTarget()) {
                    BasicBlock tb = Cfg.target(inst);
                    target = tb.instrs.isEmpty() ? nop : tb.instrs.get(0);
                } else {
                    target = nop;
                }
            }
            int nextop = i + 1 < in.size() ? in.get(i + 1).opcode : 0;
            switch (opcode) {
                case Opcode.LOAD_CONST -> {
                    switch (nextop) {
                        case Opcode.POP_JUMP_IF_FALSE, Opcode.POP_JUMP_IF_TRUE -> {
                            boolean isTrue = truth(g.consts.get(oparg));
                            inst.setNop();
                            boolean jumpIfTrue = nextop == Opcode.POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue) in.get(i + 1).opcode = Opcode.JUMP;
                            else in.get(i + 1).setNop();
                        }
                        case Opcode.IS_OP -> {
                            if (g.consts.get(oparg) != Constant.NONE) break;
                            if (in.size() <= i + 2) break;
                            Instr isInstr = in.get(i + 1);
                            Instr jumpInstr = in.get(i + 2);
                            if (jumpInstr.opcode == Opcode.TO_BOOL) {
                                jumpInstr.setNop();
                                if (in.size() <= i + 3) break;
                                jumpInstr = in.get(i + 3);
                            }
                            boolean invert = isInstr.oparg != 0;
                            if (jumpInstr.opcode == Opcode.POP_JUMP_IF_FALSE) invert = !invert;
                            else if (jumpInstr.opcode != Opcode.POP_JUMP_IF_TRUE) break;
                            inst.setNop();
                            isInstr.setNop();
                            jumpInstr.opcode = invert ? Opcode.POP_JUMP_IF_NOT_NONE : Opcode.POP_JUMP_IF_NONE;
                        }
                        case Opcode.RETURN_VALUE -> {
                            inst.setNop();
                            Instr ret = in.get(++i);
                            ret.opcode = Opcode.RETURN_CONST;
                            ret.oparg = oparg;
                        }
                        case Opcode.TO_BOOL -> {
                            boolean isTrue = truth(g.consts.get(oparg));
                            int index = addConst(g, Constant.bool(isTrue));
                            inst.setNop();
                            Instr tb = in.get(i + 1);
                            tb.opcode = Opcode.LOAD_CONST;
                            tb.oparg = index;
                        }
                        default -> { }
                    }
                }
                case Opcode.BUILD_TUPLE -> {
                    if (nextop == Opcode.UNPACK_SEQUENCE && oparg == in.get(i + 1).oparg) {
                        if (oparg == 1) {
                            inst.setNop();
                            in.get(i + 1).setNop();
                            continue;
                        }
                        if (oparg == 2 || oparg == 3) {
                            inst.setNop();
                            in.get(i + 1).opcode = Opcode.SWAP;
                            continue;
                        }
                    }
                    if (i >= oparg) foldTupleOfConstants(g, in, i - oparg, oparg);
                }
                case Opcode.POP_JUMP_IF_NOT_NONE, Opcode.POP_JUMP_IF_NONE, Opcode.POP_JUMP_IF_FALSE,
                     Opcode.POP_JUMP_IF_TRUE -> {
                    if (target.opcode == Opcode.JUMP) i -= jumpThread(bb, inst, target, inst.opcode);
                }
                case Opcode.JUMP, Opcode.JUMP_NO_INTERRUPT -> {
                    if (target.opcode == Opcode.JUMP) {
                        i -= jumpThread(bb, inst, target, Opcode.JUMP);
                        continue;
                    }
                    if (target.opcode == Opcode.JUMP_NO_INTERRUPT) {
                        i -= jumpThread(bb, inst, target, opcode);
                        continue;
                    }
                }
                case Opcode.STORE_FAST -> {
                    if (opcode == nextop && oparg == in.get(i + 1).oparg && inst.loc.line() == in.get(i + 1).loc.line()) {
                        inst.opcode = Opcode.POP_TOP;
                        inst.oparg = 0;
                    }
                }
                case Opcode.SWAP -> {
                    if (oparg == 1) inst.setNop();
                }
                case Opcode.LOAD_GLOBAL -> {
                    if (nextop == Opcode.PUSH_NULL && (oparg & 1) == 0) {
                        inst.oparg = oparg | 1;
                        in.get(i + 1).setNop();
                    }
                }
                case Opcode.COMPARE_OP -> {
                    if (nextop == Opcode.TO_BOOL) {
                        inst.setNop();
                        Instr n = in.get(i + 1);
                        n.opcode = Opcode.COMPARE_OP;
                        n.oparg = oparg | 16;
                        continue;
                    }
                }
                case Opcode.CONTAINS_OP, Opcode.IS_OP -> {
                    if (nextop == Opcode.TO_BOOL) {
                        inst.setNop();
                        Instr n = in.get(i + 1);
                        n.opcode = opcode;
                        n.oparg = oparg;
                        continue;
                    }
                    if (nextop == Opcode.UNARY_NOT) {
                        inst.setNop();
                        Instr n = in.get(i + 1);
                        n.opcode = opcode;
                        n.oparg = oparg ^ 1;
                        continue;
                    }
                }
                case Opcode.TO_BOOL -> {
                    if (nextop == Opcode.TO_BOOL) {
                        inst.setNop();
                        continue;
                    }
                }
                case Opcode.UNARY_NOT -> {
                    if (nextop == Opcode.TO_BOOL) {
                        inst.setNop();
                        Instr n = in.get(i + 1);
                        n.opcode = Opcode.UNARY_NOT;
                        n.oparg = 0;
                        continue;
                    }
                    if (nextop == Opcode.UNARY_NOT) {
                        inst.setNop();
                        in.get(i + 1).setNop();
                        continue;
                    }
                }
                default -> { }
            }
        }
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).opcode == Opcode.SWAP) {
                i = swaptimize(in, i);
                applyStaticSwaps(in, i);
            }
        }
    }

    /**
     * jump_thread: a jump to an unconditional jump goes straight to the final target. The old
     * jump becomes a NOP (kept if it carries a line) and a new jump with the target's location is
     * appended; like CPython's, the new instruction has no exception handler.
     */
    private static int jumpThread(BasicBlock bb, Instr inst, Instr target, int opcode) {
        if (Cfg.target(inst) == Cfg.target(target)) return 0;
        inst.setNop();
        bb.instrs.add(new Instr(opcode, 0, target.target, target.loc));
        return 1;
    }

    private static void foldTupleOfConstants(Cfg g, List<Instr> in, int start, int n) {
        for (int k = 0; k < n; k++) if (in.get(start + k).opcode != Opcode.LOAD_CONST) return;
        List<Constant> items = new ArrayList<>();
        for (int k = 0; k < n; k++) items.add(g.consts.get(in.get(start + k).oparg));
        int index = addConst(g, new Constant.Tuple(items));
        for (int k = 0; k < n; k++) in.get(start + k).setNop();
        Instr build = in.get(start + n);
        build.opcode = Opcode.LOAD_CONST;
        build.oparg = index;
    }

    /** Replaces a run of SWAPs (and NOPs) by the fewest SWAPs with the same effect; returns the run's last index. */
    private static int swaptimize(List<Instr> in, int ix) {
        int depth = in.get(ix).oparg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            int op = in.get(ix + len).opcode;
            if (op == Opcode.SWAP) {
                depth = Math.max(depth, in.get(ix + len).oparg);
                more = true;
            } else if (op != Opcode.NOP) {
                break;
            }
        }
        if (!more) return ix;
        final int visited = -1;
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        for (int i = 0; i < len; i++) {
            Instr x = in.get(ix + i);
            if (x.opcode == Opcode.SWAP) {
                int top = stack[0];
                stack[0] = stack[x.oparg - 1];
                stack[x.oparg - 1] = top;
            }
        }
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == visited || stack[i] == i) continue;
            int j = i;
            for (;;) {
                if (j != 0) {
                    Instr x = in.get(ix + current--);
                    x.opcode = Opcode.SWAP;
                    x.oparg = j + 1;
                    x.target = null;
                }
                if (stack[j] == visited) break;
                int nextJ = stack[j];
                stack[j] = visited;
                j = nextJ;
            }
        }
        while (current >= 0) in.get(ix + current--).setNop();
        return ix + len - 1;
    }

    private static boolean swappable(int op) {
        return op == Opcode.STORE_FAST || op == Opcode.STORE_FAST_MAYBE_NULL || op == Opcode.POP_TOP;
    }

    private static int storesTo(Instr i) {
        return i.opcode == Opcode.STORE_FAST || i.opcode == Opcode.STORE_FAST_MAYBE_NULL ? i.oparg : -1;
    }

    private static int nextSwappable(List<Instr> in, int i, int lineno) {
        while (++i < in.size()) {
            Instr x = in.get(i);
            if (lineno >= 0 && x.loc.line() != lineno) return -1;
            if (x.opcode == Opcode.NOP) continue;
            if (swappable(x.opcode)) return i;
            return -1;
        }
        return -1;
    }

    private static void applyStaticSwaps(List<Instr> in, int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (swap.opcode != Opcode.SWAP) {
                if (swap.opcode == Opcode.NOP || swappable(swap.opcode)) continue;
                return;
            }
            int j = nextSwappable(in, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = in.get(j).loc.line();
            for (int count = swap.oparg - 1; count > 0; count--) {
                k = nextSwappable(in, k, lineno);
                if (k < 0) return;
            }
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(in.get(idx));
                    if (s >= 0 && (s == storeJ || s == storeK)) return;
                }
            }
            swap.setNop();
            Instr tmp = in.get(j);
            in.set(j, in.get(k));
            in.set(k, tmp);
        }
    }
}
