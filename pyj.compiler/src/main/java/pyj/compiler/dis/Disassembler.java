// Human-readable bytecode listings in exactly the layout of Python 3.13's dis module.
package pyj.compiler.dis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import pyj.compiler.code.CodeObject;
import pyj.compiler.code.Constant;
import pyj.compiler.code.Reprs;
import pyj.compiler.opcode.Opcode;

/**
 * Walks co_code the way dis.py does: EXTENDED_ARG prefixes are listed, caches skipped (or shown
 * with show_caches), jump targets and exception-table boundaries get labels L1, L2, ... in offset
 * order, and each source line starts a paragraph. Constant reprs come from a caller-supplied
 * function so that the runtime can print its own objects (code objects show their address).
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";

    static final String[] NB_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
    static final String[] CMP_OPS = {"<", "<=", "==", "!=", ">", ">="};
    static final String[] INTRINSIC_1 = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
        "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE",
        "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR", "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
        "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS"};
    static final String[] INTRINSIC_2 = {"INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
        "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
        "INTRINSIC_SET_TYPEPARAM_DEFAULT"};
    static final String[] FUNCTION_ATTR_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    /** How to show constants: by default Python reprs, with code objects as {@code <code object ...>}. */
    public interface ConstantPrinter {
        String repr(CodeObject owner, int index);
    }

    /** One decoded instruction, as dis.Instruction describes it. */
    public record Instruction(String opname, int opcode, Integer arg, ArgValue argval, String argrepr, int offset,
                              int startOffset, boolean startsLine, Integer lineNumber, Integer label,
                              Integer jumpTarget) {}

    /**
     * dis.Instruction.argval before it becomes a Python object: the runtime maps a constant index to
     * its object, a conversion to the builtin function, and the rest to ints, strings and tuples.
     */
    public sealed interface ArgValue {
        /** The oparg itself (or None when the instruction has none). */
        record Arg(Integer value) implements ArgValue {}

        /** co_consts[index]. */
        record Const(int index) implements ArgValue {}

        /** A name (global, attribute, local, free variable) or a comparison operator. */
        record Text(String value) implements ArgValue {}

        /** Two local names (LOAD_FAST_LOAD_FAST and friends). */
        record Pair(String first, String second) implements ArgValue {}

        /** A jump's target byte offset. */
        record Offset(int offset) implements ArgValue {}

        /** CONVERT_VALUE's function: 0 none, 1 str, 2 repr, 3 ascii. */
        record Conversion(int which) implements ArgValue {}
    }

    /** An exception-table entry in byte offsets, with its labels. */
    public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}

    private final StringBuilder out;
    private final ConstantPrinter constants;
    private final boolean showCaches;
    private final boolean showOffsets;

    public Disassembler(StringBuilder out, ConstantPrinter constants, boolean showCaches, boolean showOffsets) {
        this.out = out;
        this.constants = constants;
        this.showCaches = showCaches;
        this.showOffsets = showOffsets;
    }

    /** The compiler-side printer: Python reprs, and code objects with an identity-hash "address". */
    public static ConstantPrinter defaultPrinter() {
        return (co, i) -> {
            Constant c = co.consts().get(i);
            if (c instanceof Constant.Code code) return codeRepr(code.code(), System.identityHashCode(code.code()));
            return Reprs.of(c);
        };
    }

    public static String codeRepr(CodeObject co, long address) {
        return "<code object " + co.name() + " at 0x" + Long.toHexString(address) + ", file \""
                + co.filename() + "\", line " + co.firstLineno() + ">";
    }

    /** The instructions shown for a code object: its code, or the interpreter's specialized copy. */
    private Function<CodeObject, char[]> units = CodeObject::code;

    /** Shows the units {@code source} gives for each code object (dis's adaptive=True view). */
    public Disassembler showing(Function<CodeObject, char[]> source) {
        this.units = source;
        return this;
    }

    /** dis.dis on a code object: it and then, recursively, the code objects among its constants. */
    public void disassembleRecursive(CodeObject co, int depth, Function<CodeObject, String> nestedRepr) {
        disassemble(co, -1);
        if (depth != 0) {
            for (int i = 0; i < co.consts().size(); i++) {
                if (co.consts().get(i) instanceof Constant.Code c) {
                    out.append('\n');
                    out.append("Disassembly of ").append(nestedRepr.apply(c.code())).append(":\n");
                    disassembleRecursive(c.code(), depth < 0 ? -1 : depth - 1, nestedRepr);
                }
            }
        }
    }

    /** dis.disassemble: one code object, marking the instruction at byte offset lasti with "-->". */
    public void disassemble(CodeObject co, int lasti) {
        Map<Integer, Integer> linestarts = lineStarts(co);
        List<ExceptionEntry> exc = exceptionEntries(co);
        char[] code = units.apply(co);
        Map<Integer, Integer> labels = labelsMap(code, exc);
        int labelWidth = 4 + String.valueOf(labels.size()).length();
        int linenoWidth = linenoWidth(linestarts);
        int offsetWidth = showOffsets ? String.valueOf(Math.max(code.length * 2 - 2, 9999)).length() : 0;
        for (Instruction ins : instructions(co, code, linestarts, labels)) {
            int caches = Opcode.cacheEntries(ins.opcode());
            boolean current = ins.offset() <= lasti && lasti <= ins.offset() + 2 * caches;
            printLine(ins, current, linenoWidth, labelWidth, offsetWidth);
            if (showCaches && caches > 0) printCaches(ins, code, linenoWidth, labelWidth, offsetWidth);
        }
        if (!exc.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionEntry e : exc) {
                out.append("  L").append(labels.get(e.start())).append(" to L").append(labels.get(e.end()))
                        .append(" -> L").append(labels.get(e.target())).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    /**
     * One CACHE line per cache unit; the first unit of each entry shows the entry's name and value
     * (its units read as a little-endian number), as dis does in 3.13.
     */
    private void printCaches(Instruction ins, char[] code, int linenoWidth, int labelWidth, int offsetWidth) {
        int off = ins.offset();
        int unit = off / 2 + 1;
        for (Opcode.CacheEntry e : Opcode.cacheLayout(ins.opcode())) {
            java.math.BigInteger value = java.math.BigInteger.ZERO;
            for (int k = e.units() - 1; k >= 0; k--) {
                int u = unit + k < code.length ? code[unit + k] : 0;
                value = value.shiftLeft(16).or(java.math.BigInteger.valueOf(u));
            }
            for (int k = 0; k < e.units(); k++) {
                off += 2;
                String argrepr = k == 0 ? e.name() + ": " + value : "";
                printLine(new Instruction("CACHE", 0, 0, new ArgValue.Arg(0), argrepr, off, off, false, null, null,
                        null), false, linenoWidth, labelWidth, offsetWidth);
            }
            unit += e.units();
        }
    }

    private void printLine(Instruction ins, boolean current, int linenoWidth, int labelWidth, int offsetWidth) {
        if (linenoWidth > 0 && ins.startsLine() && ins.offset() > 0) out.append('\n');
        List<String> fields = new ArrayList<>();
        if (linenoWidth > 0) {
            if (ins.startsLine()) {
                String ln = ins.lineNumber() == null ? NO_LINENO : String.valueOf(ins.lineNumber());
                fields.add(" ".repeat(Math.max(0, linenoWidth - ln.length())) + ln);
            } else {
                fields.add(" ".repeat(linenoWidth));
            }
        }
        if (ins.label() != null) {
            String lbl = "L" + ins.label() + ":";
            fields.add(" ".repeat(Math.max(0, labelWidth - lbl.length())) + lbl);
        } else {
            fields.add(" ".repeat(labelWidth));
        }
        if (offsetWidth > 0) {
            String off = String.valueOf(ins.offset());
            fields.add(" ".repeat(Math.max(0, offsetWidth - off.length())) + off + "  ");
        }
        fields.add(current ? "-->" : "   ");
        String name = ins.opname();
        fields.add(name + " ".repeat(Math.max(0, OPNAME_WIDTH - name.length())));
        if (ins.arg() != null) {
            String arg = String.valueOf(ins.arg());
            int width = OPARG_WIDTH - Math.max(0, name.length() - OPNAME_WIDTH);
            fields.add(" ".repeat(Math.max(0, width - arg.length())) + arg);
            if (!ins.argrepr().isEmpty()) fields.add("(" + ins.argrepr() + ")");
        }
        String line = String.join(" ", fields);
        out.append(line.stripTrailing()).append('\n');
    }

    // ---- decoding -----------------------------------------------------------------------------

    /** dict(findlinestarts(co)): offset where the line changes, mapped to the line (null for none). */
    public static Map<Integer, Integer> lineStarts(CodeObject co) {
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        int[] lines = co.positions().lines();
        boolean first = true;
        int last = 0;
        for (int i = 0; i < lines.length; i++) {
            if (first || lines[i] != last) {
                starts.put(i * 2, lines[i] < 0 ? null : lines[i]);
                last = lines[i];
                first = false;
            }
        }
        return starts;
    }

    private static int linenoWidth(Map<Integer, Integer> linestarts) {
        int max = -1;
        boolean hasNone = false;
        for (Integer l : linestarts.values()) {
            if (l == null) hasNone = true;
            else if (l != 0) max = Math.max(max, l);
        }
        if (max == -1) return 0;
        int width = Math.max(3, String.valueOf(max).length());
        if (width < NO_LINENO.length() && hasNone) width = NO_LINENO.length();
        return width;
    }

    public static List<ExceptionEntry> exceptionEntries(CodeObject co) {
        List<ExceptionEntry> out = new ArrayList<>();
        for (CodeObject.ExceptionTableEntry e : co.exceptionTable()) {
            out.add(new ExceptionEntry(e.start() * 2, e.end() * 2, e.target() * 2, e.depth(), e.lasti()));
        }
        return out;
    }

    /** One (offset, start offset, opcode, oparg or null) per instruction, EXTENDED_ARG included. */
    private record Unpacked(int offset, int startOffset, int opcode, Integer arg) {}

    private static List<Unpacked> unpack(char[] code) {
        List<Unpacked> out = new ArrayList<>();
        int extendedArg = 0;
        int extendedArgs = 0;
        int caches = 0;
        for (int i = 0; i < code.length; i++) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xFF;
            int deop = Opcode.deopt(op);
            caches = Opcode.cacheEntries(deop);
            Integer arg;
            if (Opcode.hasArg(deop)) {
                int a = (code[i] >> 8) | extendedArg;
                extendedArg = deop == Opcode.EXTENDED_ARG ? a << 8 : 0;
                arg = a;
            } else {
                arg = null;
                extendedArg = 0;
            }
            if (deop == Opcode.EXTENDED_ARG) {
                extendedArgs++;
                out.add(new Unpacked(i * 2, i * 2, op, arg));
            } else {
                out.add(new Unpacked(i * 2, i * 2 - extendedArgs * 2, op, arg));
                extendedArgs = 0;
            }
        }
        return out;
    }

    private static Integer jumpTarget(int op, int arg, int offset) {
        int deop = Opcode.deopt(op);
        if ((Opcode.flags(deop) & Opcode.HAS_JUMP) == 0) return null;
        if ((Opcode.flags(deop) & Opcode.HAS_BACKWARD_JUMP) != 0) arg = -arg;
        return offset + 2 + arg * 2 + 2 * Opcode.cacheEntries(deop);
    }

    public static Map<Integer, Integer> labelsMap(char[] code, List<ExceptionEntry> exc) {
        TreeSet<Integer> labels = new TreeSet<>();
        for (Unpacked u : unpack(code)) {
            if (u.arg() == null) continue;
            Integer t = jumpTarget(u.opcode(), u.arg(), u.offset());
            if (t != null) labels.add(t);
        }
        for (ExceptionEntry e : exc) {
            labels.add(e.start());
            labels.add(e.end());
            labels.add(e.target());
        }
        Map<Integer, Integer> map = new LinkedHashMap<>();
        int n = 1;
        for (int off : labels) map.put(off, n++);
        return map;
    }

    public List<Instruction> instructions(CodeObject co, Map<Integer, Integer> linestarts,
                                          Map<Integer, Integer> labels) {
        return instructions(co, co.code(), linestarts, labels);
    }

    /**
     * The instructions of {@code units}, which is the code object's code or, for the adaptive view,
     * the specialized copy the interpreter runs (names then show the specializations).
     */
    public List<Instruction> instructions(CodeObject co, char[] units, Map<Integer, Integer> linestarts,
                                          Map<Integer, Integer> labels) {
        List<Instruction> out = new ArrayList<>();
        Integer localLine = null;
        for (Unpacked u : unpack(units)) {
            boolean startsLine = linestarts.containsKey(u.offset());
            if (startsLine) localLine = linestarts.get(u.offset());
            int deop = Opcode.deopt(u.opcode());
            Integer target = u.arg() == null ? null : jumpTarget(u.opcode(), u.arg(), u.offset());
            String argrepr = u.arg() == null ? "" : argrepr(co, deop, u.arg(), target, labels);
            ArgValue argval = u.arg() == null ? new ArgValue.Arg(null) : argval(co, deop, u.arg(), target);
            out.add(new Instruction(Opcode.name(u.opcode()), u.opcode(), u.arg(), argval, argrepr, u.offset(),
                    u.startOffset(), startsLine, localLine, labels.get(u.offset()), target));
        }
        return out;
    }

    /** dis._get_instructions_bytes' choice of argval for each kind of instruction. */
    private static ArgValue argval(CodeObject co, int deop, int arg, Integer target) {
        int flags = Opcode.flags(deop);
        if ((flags & Opcode.HAS_CONST) != 0) return new ArgValue.Const(arg);
        if ((flags & Opcode.HAS_NAME) != 0) {
            int index = deop == Opcode.LOAD_GLOBAL || deop == Opcode.LOAD_ATTR ? arg >> 1
                    : deop == Opcode.LOAD_SUPER_ATTR ? arg >> 2 : arg;
            return new ArgValue.Text(co.names().get(index));
        }
        if ((flags & Opcode.HAS_JUMP) != 0 && target != null) return new ArgValue.Offset(target);
        if (deop == Opcode.LOAD_FAST_LOAD_FAST || deop == Opcode.STORE_FAST_LOAD_FAST
                || deop == Opcode.STORE_FAST_STORE_FAST) {
            return new ArgValue.Pair(varname(co, arg >> 4), varname(co, arg & 15));
        }
        if ((flags & (Opcode.HAS_LOCAL | Opcode.HAS_FREE)) != 0) return new ArgValue.Text(varname(co, arg));
        if ((flags & Opcode.HAS_COMPARE) != 0) return new ArgValue.Text(CMP_OPS[arg >> 5]);
        if (deop == Opcode.CONVERT_VALUE) return new ArgValue.Conversion(arg);
        return new ArgValue.Arg(arg);
    }

    private String argrepr(CodeObject co, int deop, int arg, Integer target, Map<Integer, Integer> labels) {
        int flags = Opcode.flags(deop);
        if ((flags & Opcode.HAS_CONST) != 0) return constants.repr(co, arg);
        if ((flags & Opcode.HAS_NAME) != 0) {
            if (deop == Opcode.LOAD_GLOBAL) {
                return co.names().get(arg >> 1) + ((arg & 1) != 0 ? " + NULL" : "");
            }
            if (deop == Opcode.LOAD_ATTR) {
                return co.names().get(arg >> 1) + ((arg & 1) != 0 ? " + NULL|self" : "");
            }
            if (deop == Opcode.LOAD_SUPER_ATTR) {
                return co.names().get(arg >> 2) + ((arg & 1) != 0 ? " + NULL|self" : "");
            }
            return co.names().get(arg);
        }
        if ((flags & Opcode.HAS_JUMP) != 0 && target != null) return "to L" + labels.get(target);
        if (deop == Opcode.LOAD_FAST_LOAD_FAST || deop == Opcode.STORE_FAST_LOAD_FAST
                || deop == Opcode.STORE_FAST_STORE_FAST) {
            return varname(co, arg >> 4) + ", " + varname(co, arg & 15);
        }
        if ((flags & (Opcode.HAS_LOCAL | Opcode.HAS_FREE)) != 0) return varname(co, arg);
        if ((flags & Opcode.HAS_COMPARE) != 0) {
            String op = CMP_OPS[arg >> 5];
            return (arg & 16) != 0 ? "bool(" + op + ")" : op;
        }
        return switch (deop) {
            case Opcode.CONVERT_VALUE -> new String[] {"", "str", "repr", "ascii"}[arg];
            case Opcode.SET_FUNCTION_ATTRIBUTE -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < FUNCTION_ATTR_FLAGS.length; i++) {
                    if ((arg & (1 << i)) != 0) parts.add(FUNCTION_ATTR_FLAGS[i]);
                }
                yield String.join(", ", parts);
            }
            case Opcode.BINARY_OP -> arg < NB_OPS.length ? NB_OPS[arg] : "";
            case Opcode.CALL_INTRINSIC_1 -> arg < INTRINSIC_1.length ? INTRINSIC_1[arg] : "";
            case Opcode.CALL_INTRINSIC_2 -> arg < INTRINSIC_2.length ? INTRINSIC_2[arg] : "";
            default -> "";
        };
    }

    private static String varname(CodeObject co, int i) {
        return i < co.localsplusNames().size() ? co.localsplusNames().get(i) : "<" + i + ">";
    }
}
