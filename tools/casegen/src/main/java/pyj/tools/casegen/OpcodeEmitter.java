// Emits the compiler's opcode table: numbers, names, flags, cache sizes and stack effects.
package pyj.tools.casegen;

import java.util.List;

import pyj.tools.casegen.InstructionSet.Instruction;
import pyj.tools.casegen.InstructionSet.Kind;

/** Writes {@code pyj/compiler/opcode/Opcode.java}. */
final class OpcodeEmitter {
    static final int HAVE_ARGUMENT = 44;
    /**
     * The first opcode that takes an argument. CPython 3.13 keeps HAVE_ARGUMENT at 44 although
     * opcode 44 (WITH_EXCEPT_START) takes none; dis and the specializer go by the argument flag.
     */
    static final int FIRST_ARG_OPCODE = 45;
    static final int MIN_SPECIALIZED = 150;
    static final int MIN_INSTRUMENTED = 236;
    static final int MIN_PSEUDO = 256;

    private final InstructionSet set;

    OpcodeEmitter(InstructionSet set) { this.set = set; }

    String emit(String header) {
        List<Instruction> all = set.byNumber();
        int max = 0;
        for (Instruction i : all) max = Math.max(max, i.number());
        JavaWriter w = new JavaWriter();
        w.raw(header);
        w.line("package pyj.compiler.opcode;");
        w.line("");
        w.line("/**");
        w.line(" * Every instruction of the pyj bytecode, which follows CPython 3.13's instruction set and numbering.");
        w.line(" * The table is generated from the instruction definitions; see {@code docs/instructions.md}.");
        w.line(" */");
        w.open("public final class Opcode {");
        w.line("private Opcode() {}");
        w.line("");
        w.line("public static final int HAVE_ARGUMENT = " + HAVE_ARGUMENT + ";");
        w.line("public static final int MIN_SPECIALIZED_OPCODE = " + MIN_SPECIALIZED + ";");
        w.line("public static final int MIN_INSTRUMENTED_OPCODE = " + MIN_INSTRUMENTED + ";");
        w.line("public static final int MIN_PSEUDO_OPCODE = " + MIN_PSEUDO + ";");
        w.line("public static final int MAX_OPCODE = " + max + ";");
        w.line("");
        w.line("/** Flag bits of {@link #flags(int)}. */");
        w.line("public static final int HAS_ARG = 1, HAS_CONST = 2, HAS_NAME = 4, HAS_JUMP = 8, HAS_FREE = 16,");
        w.line("        HAS_LOCAL = 32, HAS_COMPARE = 64, HAS_EXC = 128, HAS_BACKWARD_JUMP = 256, EXITS_FRAME = 512,");
        w.line("        HAS_EXECUTABLE_BODY = 1024;");
        w.line("");
        for (Instruction i : all) {
            if (i.doc() != null) w.line("/** " + i.doc() + " */");
            w.line("public static final int " + i.name() + " = " + i.number() + ";");
        }
        w.line("");
        w.open("private static final String[] NAMES = {");
        StringBuilder row = new StringBuilder();
        for (int op = 0; op <= max; op++) {
            Instruction i = byNumber(all, op);
            row.append(i == null ? "null" : "\"" + i.name() + "\"").append(", ");
            if (row.length() > 90) {
                w.line(row.toString().stripTrailing());
                row.setLength(0);
            }
        }
        if (row.length() > 0) w.line(row.toString().stripTrailing());
        w.close("};");
        w.line("");
        intTable(w, "CACHE_ENTRIES", all, max, Instruction::cacheUnits);
        intTable(w, "FLAGS", all, max, this::flags);
        intTable(w, "DEOPT", all, max, i -> {
            if (i.kind() == Kind.PSEUDO) return i.number();
            String base = i.family() != null ? i.family() : i.name();
            return set.instructions.get(base).number();
        });
        w.line("/** The instruction's name, or null for an unused number. */");
        w.open("public static String name(int op) {");
        w.line("return op >= 0 && op < NAMES.length ? NAMES[op] : null;");
        w.close("}");
        w.line("");
        emitCacheLayouts(w, all);
        w.line("/** Looks an instruction up by name; -1 if there is none. */");
        w.open("public static int byName(String name) {");
        w.line("for (int op = 0; op < NAMES.length; op++) if (name.equals(NAMES[op])) return op;");
        w.line("return -1;");
        w.close("}");
        w.line("");
        w.line("/** Inline cache units (16-bit) that follow the instruction. */");
        w.open("public static int cacheEntries(int op) {");
        w.line("return op >= 0 && op < CACHE_ENTRIES.length ? CACHE_ENTRIES[op] : 0;");
        w.close("}");
        w.line("");
        w.open("public static int flags(int op) {");
        w.line("return op >= 0 && op < FLAGS.length ? FLAGS[op] : 0;");
        w.close("}");
        w.line("");
        w.open("public static boolean hasArg(int op) {");
        w.line("return (flags(op) & HAS_ARG) != 0;");
        w.close("}");
        w.line("");
        w.line("/** The unspecialized instruction a specialized one stands for (itself when it is not specialized). */");
        w.open("public static int deopt(int op) {");
        w.line("return op >= 0 && op < DEOPT.length ? DEOPT[op] : op;");
        w.close("}");
        w.line("");
        w.open("public static boolean isPseudo(int op) {");
        w.line("return op >= MIN_PSEUDO_OPCODE && op <= MAX_OPCODE;");
        w.close("}");
        w.line("");
        emitStackCounts(w, all, "popped", true);
        emitStackCounts(w, all, "pushed", false);
        w.line("/** Net stack effect; {@code jump} selects the branch-taken effect where the two differ. */");
        w.open("public static int stackEffect(int op, int oparg, boolean jump) {");
        w.open("if (jump) {");
        w.open("switch (op) {");
        for (Instruction i : all) {
            if (i.jumpDelta() != null) w.line("case " + i.name() + ": return " + i.jumpDelta() + ";");
        }
        w.line("default: break;");
        w.close("}");
        w.close("}");
        w.line("return pushed(op, oparg) - popped(op, oparg);");
        w.close("}");
        w.line("");
        w.line("/** For a pseudo instruction, the real instructions it may become. */");
        w.open("public static int[] pseudoTargets(int op) {");
        w.open("switch (op) {");
        for (Instruction i : all) {
            if (i.kind() != Kind.PSEUDO) continue;
            StringBuilder t = new StringBuilder();
            for (String name : i.pseudoTargets()) {
                if (t.length() > 0) t.append(", ");
                t.append(name);
            }
            w.line("case " + i.name() + ": return new int[] {" + t + "};");
        }
        w.line("default: return new int[0];");
        w.close("}");
        w.close("}");
        w.line("");
        w.line("/** The specialized members of a family, by base instruction. */");
        w.open("public static int[] specializations(int op) {");
        w.open("switch (op) {");
        for (var fam : set.families.values()) {
            StringBuilder t = new StringBuilder();
            for (String m : fam.members()) {
                if (t.length() > 0) t.append(", ");
                t.append(m);
            }
            w.line("case " + fam.name() + ": return new int[] {" + t + "};");
        }
        w.line("default: return new int[0];");
        w.close("}");
        w.close("}");
        w.close("}");
        return w.toString();
    }

    private interface IntOf { int of(Instruction i); }

    private static void intTable(JavaWriter w, String name, List<Instruction> all, int max, IntOf f) {
        w.open("private static final int[] " + name + " = {");
        StringBuilder row = new StringBuilder();
        for (int op = 0; op <= max; op++) {
            Instruction i = byNumber(all, op);
            row.append(i == null ? 0 : f.of(i)).append(", ");
            if (row.length() > 90) {
                w.line(row.toString().stripTrailing());
                row.setLength(0);
            }
        }
        if (row.length() > 0) w.line(row.toString().stripTrailing());
        w.close("};");
        w.line("");
    }

    private int flags(Instruction i) {
        int f = 0;
        Instruction base = i.family() != null ? set.instructions.get(i.family()) : i;
        boolean hasArg = i.kind() == Kind.PSEUDO ? i.hasFlag("arg")
                : base.number() >= FIRST_ARG_OPCODE && base.number() != 255;
        if (hasArg) f |= 1;
        if (i.hasFlag("const")) f |= 2;
        if (i.hasFlag("name")) f |= 4;
        if (i.hasFlag("jump")) f |= 8;
        if (i.hasFlag("free")) f |= 16;
        if (i.hasFlag("local")) f |= 32;
        if (i.hasFlag("compare")) f |= 64;
        if (i.hasFlag("exc")) f |= 128;
        if (i.hasFlag("backward")) f |= 256;
        if (i.hasFlag("exits_frame")) f |= 512;
        if (i.executable()) f |= 1024;
        return f;
    }

    /**
     * The names and sizes of each instruction's inline cache entries (dis.Instruction.cache_info,
     * opcode._cache_format); a specialized instruction has its family's layout.
     */
    private static void emitCacheLayouts(JavaWriter w, List<Instruction> all) {
        w.line("/** One inline cache entry: its name and size in 16-bit units. */");
        w.line("public record CacheEntry(String name, int units) {}");
        w.line("");
        w.line("private static final CacheEntry[] NO_CACHES = {};");
        w.line("");
        w.line("/** The inline cache entries after {@code op}, in order (empty when it has none). */");
        w.open("public static CacheEntry[] cacheLayout(int op) {");
        w.open("return switch (deopt(op)) {");
        for (Instruction i : all) {
            if (i.caches().isEmpty() || i.family() != null) continue;
            StringBuilder entries = new StringBuilder();
            for (InstructionSet.CacheEntry c : i.caches()) {
                if (entries.length() > 0) entries.append(", ");
                entries.append("new CacheEntry(\"").append(c.name()).append("\", ").append(c.units()).append(')');
            }
            w.line("case " + i.name() + " -> new CacheEntry[] {" + entries + "};");
        }
        w.line("default -> NO_CACHES;");
        w.close("};");
        w.close("}");
        w.line("");
    }

    private static void emitStackCounts(JavaWriter w, List<Instruction> all, String method, boolean pops) {
        w.line("/** Stack entries the instruction " + (pops ? "consumes" : "produces") + ". */");
        w.open("public static int " + method + "(int op, int oparg) {");
        w.open("switch (op) {");
        for (Instruction i : all) {
            String e = pops ? i.popExpr() : i.pushExpr();
            w.line("case " + i.name() + ": return " + e + ";");
        }
        w.line("default: return -1;");
        w.close("}");
        w.close("}");
        w.line("");
    }

    private static Instruction byNumber(List<Instruction> all, int op) {
        for (Instruction i : all) if (i.number() == op) return i;
        return null;
    }
}
