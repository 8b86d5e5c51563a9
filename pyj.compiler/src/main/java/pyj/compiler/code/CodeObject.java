// A compiled code object, laid out like CPython 3.13's PyCodeObject.
package pyj.compiler.code;

import java.util.List;

/**
 * The output of the compiler for one scope (module, class body, function, lambda, comprehension).
 * Instructions are 16-bit code units, opcode in the low byte and oparg in the high byte, with
 * zeroed inline-cache units after the instructions that have caches, exactly as CPython lays out
 * {@code co_code}. Source positions are kept per code unit.
 */
public record CodeObject(
        String name,
        String qualname,
        String filename,
        int firstLineno,
        int argcount,
        int posonlyargcount,
        int kwonlyargcount,
        int flags,
        int stacksize,
        char[] code,
        List<Constant> consts,
        List<String> names,
        List<String> localsplusNames,
        byte[] localsplusKinds,
        Positions positions,
        List<ExceptionTableEntry> exceptionTable) {

    // co_flags, as CPython 3.13 defines them.
    public static final int CO_OPTIMIZED = 0x1;
    public static final int CO_NEWLOCALS = 0x2;
    public static final int CO_VARARGS = 0x4;
    public static final int CO_VARKEYWORDS = 0x8;
    public static final int CO_NESTED = 0x10;
    public static final int CO_GENERATOR = 0x20;
    public static final int CO_COROUTINE = 0x80;
    public static final int CO_ITERABLE_COROUTINE = 0x100;
    public static final int CO_ASYNC_GENERATOR = 0x200;
    public static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    // Kinds of localsplus slots.
    public static final byte CO_FAST_HIDDEN = 0x10;
    public static final byte CO_FAST_LOCAL = 0x20;
    public static final byte CO_FAST_CELL = 0x40;
    public static final byte CO_FAST_FREE = (byte) 0x80;

    public int nlocalsplus() { return localsplusNames.size(); }

    /**
     * CPython's code equality (code_richcompare): name, argument counts, flags, first line,
     * instructions, constants, names, localsplus names, positions and exception table. Equal
     * nested code objects are merged into one constant, as CPython's constant cache does.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof CodeObject c && name.equals(c.name) && argcount == c.argcount
                && posonlyargcount == c.posonlyargcount && kwonlyargcount == c.kwonlyargcount && flags == c.flags
                && firstLineno == c.firstLineno && java.util.Arrays.equals(code, c.code) && consts.equals(c.consts)
                && names.equals(c.names) && localsplusNames.equals(c.localsplusNames)
                && positions.sameAs(c.positions) && exceptionTable.equals(c.exceptionTable);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + java.util.Arrays.hashCode(code)) * 31 + firstLineno;
    }

    /** Number of plain locals (co_nlocals): slots that are locals, including cell locals. */
    public int nlocals() {
        int n = 0;
        for (byte k : localsplusKinds) if ((k & CO_FAST_LOCAL) != 0) n++;
        return n;
    }

    public int ncellvars() {
        int n = 0;
        for (byte k : localsplusKinds) if ((k & CO_FAST_CELL) != 0) n++;
        return n;
    }

    public int nfreevars() {
        int n = 0;
        for (byte k : localsplusKinds) if ((k & CO_FAST_FREE) != 0) n++;
        return n;
    }

    /** co_varnames, co_cellvars or co_freevars: the localsplus names whose kind has {@code kind}'s bit. */
    public List<String> namesOfKind(byte kind) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < localsplusKinds.length; i++) {
            if ((localsplusKinds[i] & kind) != 0) out.add(localsplusNames.get(i));
        }
        return out;
    }

    /** One entry of the exception table, in code units; lasti pushes the raising instruction's index. */
    public record ExceptionTableEntry(int start, int end, int target, int depth, boolean lasti) {}

    /**
     * Source positions per code unit: 1-based lines, 0-based UTF-8 byte columns; -1 where a unit has
     * no position (CPython's None).
     */
    public record Positions(int[] lines, int[] endLines, int[] cols, int[] endCols) {
        public int line(int unit) { return unit >= 0 && unit < lines.length ? lines[unit] : -1; }

        boolean sameAs(Positions p) {
            return java.util.Arrays.equals(lines, p.lines) && java.util.Arrays.equals(endLines, p.endLines)
                    && java.util.Arrays.equals(cols, p.cols) && java.util.Arrays.equals(endCols, p.endCols);
        }
    }
}
