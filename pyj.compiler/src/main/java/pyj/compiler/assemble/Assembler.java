// Writes laid-out instructions as code units, per-unit positions and exception-table entries.
package pyj.compiler.assemble;

import java.util.ArrayList;
import java.util.List;

import pyj.compiler.code.CodeObject;
import pyj.compiler.flowgraph.Linearizer.Emitted;
import pyj.compiler.flowgraph.Linearizer.Handler;
import pyj.compiler.flowgraph.Location;
import pyj.compiler.opcode.Opcode;

/**
 * CPython's assemble.c for what pyj keeps: co_code (opcode in the low byte, oparg in the high byte,
 * EXTENDED_ARG prefixes for large operands, zeroed CACHE units), a position for every code unit,
 * and the exception table as entries (one per maximal run of instructions sharing a handler).
 */
public final class Assembler {
    private Assembler() {}

    /** The assembled body of one code object. */
    public record Assembled(char[] code, CodeObject.Positions positions,
                            List<CodeObject.ExceptionTableEntry> exceptionTable) {}

    public static Assembled assemble(List<Emitted> instrs) {
        int total = 0;
        for (Emitted e : instrs) total += e.size();
        char[] code = new char[total];
        int[] lines = new int[total];
        int[] endLines = new int[total];
        int[] cols = new int[total];
        int[] endCols = new int[total];
        int pos = 0;
        for (Emitted e : instrs) {
            writeInstr(code, pos, e);
            Location loc = e.loc();
            for (int k = 0; k < e.size(); k++) {
                lines[pos + k] = loc.line();
                endLines[pos + k] = loc.endLine();
                cols[pos + k] = loc.col();
                endCols[pos + k] = loc.endCol();
            }
            pos += e.size();
        }
        return new Assembled(code, new CodeObject.Positions(lines, endLines, cols, endCols), exceptionTable(instrs));
    }

    private static void writeInstr(char[] code, int pos, Emitted e) {
        int oparg = e.oparg();
        int caches = Opcode.cacheEntries(e.opcode());
        int prefixes = e.size() - caches - 1;
        for (int k = prefixes; k >= 1; k--) {
            code[pos++] = unit(Opcode.EXTENDED_ARG, (oparg >>> (8 * k)) & 0xFF);
        }
        code[pos++] = unit(e.opcode(), oparg & 0xFF);
        for (int k = 0; k < caches; k++) code[pos++] = 0;
    }

    private static char unit(int opcode, int arg) {
        return (char) (opcode | (arg << 8));
    }

    private static List<CodeObject.ExceptionTableEntry> exceptionTable(List<Emitted> instrs) {
        List<CodeObject.ExceptionTableEntry> out = new ArrayList<>();
        Handler current = null;
        int start = -1;
        int offset = 0;
        for (Emitted e : instrs) {
            Handler h = e.handler();
            if (!sameHandler(h, current)) {
                if (current != null) out.add(entry(start, offset, current));
                start = offset;
                current = h;
            }
            offset += e.size();
        }
        if (current != null) out.add(entry(start, offset, current));
        return out;
    }

    private static boolean sameHandler(Handler a, Handler b) {
        if (a == null || b == null) return a == b;
        return a.target() == b.target();
    }

    private static CodeObject.ExceptionTableEntry entry(int start, int end, Handler h) {
        return new CodeObject.ExceptionTableEntry(start, end, h.target(), h.depth(), h.lasti());
    }
}
