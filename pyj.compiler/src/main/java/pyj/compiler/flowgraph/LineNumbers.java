// Gives every instruction a line: duplicates shared exit blocks, then propagates locations forward.
package pyj.compiler.flowgraph;

import pyj.compiler.opcode.Opcode;

/** CPython's resolve_line_numbers (duplicate_exits_without_lineno + propagate_line_numbers). */
final class LineNumbers {
    private LineNumbers() {}

    static void resolve(Cfg g) {
        duplicateExitsWithoutLineno(g);
        propagate(g);
    }

    private static boolean hasEvalBreak(BasicBlock b) {
        for (Instr i : b.instrs) {
            int op = i.opcode;
            if (op == Opcode.JUMP || op == Opcode.JUMP_BACKWARD || op == Opcode.RESUME || op == Opcode.CALL
                    || op == Opcode.CALL_KW || op == Opcode.CALL_FUNCTION_EX) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExitOrEvalCheckWithoutLineno(BasicBlock b) {
        if (b.isExit() || hasEvalBreak(b)) return b.hasNoLineno();
        return false;
    }

    private static void duplicateExitsWithoutLineno(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null || !last.isJump()) continue;
            BasicBlock target = Cfg.nextNonEmpty(Cfg.target(last));
            if (target == null) continue;
            if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
                BasicBlock copy = Cfg.insertAfter(target);
                for (Instr i : target.instrs) copy.instrs.add(i.copy());
                copy.instrs.get(0).loc = last.loc;
                last.target = copy.label;
                target.predecessors--;
                copy.predecessors = 1;
            }
        }
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            if (b.fallsThrough() && b.next != null && !b.instrs.isEmpty()) {
                if (!b.next.instrs.isEmpty() && isExitOrEvalCheckWithoutLineno(b.next)) {
                    b.next.instrs.get(0).loc = b.last().loc;
                }
            }
        }
    }

    private static void propagate(Cfg g) {
        for (BasicBlock b = g.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) continue;
            Location prev = Location.NONE;
            for (Instr i : b.instrs) {
                if (i.loc.line() < 0) i.loc = prev;
                else prev = i.loc;
            }
            if (b.fallsThrough() && b.next != null && b.next.predecessors == 1) {
                if (!b.next.instrs.isEmpty() && b.next.instrs.get(0).loc.line() < 0) {
                    b.next.instrs.get(0).loc = prev;
                }
            }
            if (last.isJump()) {
                BasicBlock target = Cfg.target(last);
                if (target.predecessors == 1 && !target.instrs.isEmpty() && target.instrs.get(0).loc.line() < 0) {
                    target.instrs.get(0).loc = prev;
                }
            }
        }
    }
}
