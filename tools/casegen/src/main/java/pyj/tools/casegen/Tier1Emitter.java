// Emits the tier-1 interpreter: one handler method per instruction and the dispatch switch.
package pyj.tools.casegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pyj.tools.casegen.Definitions.Body;
import pyj.tools.casegen.Definitions.StackItem;
import pyj.tools.casegen.InstructionSet.CacheEntry;
import pyj.tools.casegen.InstructionSet.Instruction;
import pyj.tools.casegen.InstructionSet.Step;

/**
 * Writes {@code pyj/interp/eval/Tier1Cases.java} and the case list of the dispatch switch in
 * {@code Tier1Loop.java}.
 *
 * <p>A handler has the shape {@code static int NAME(PyFrame f, int oparg, int next)}: {@code next}
 * is the index of the code unit after the instruction word (its first cache unit), and the handler
 * returns the index of the next instruction to run, or {@code PyFrame.EXIT} when the frame returns
 * or yields. The value stack lives in {@code f.localsplus} above the locals, with the depth in
 * {@code f.sp}. Inputs are read into locals first; outputs are written back at the end, so a
 * guard ({@code DEOPT_IF}) can hand the untouched stack to the family's generic instruction.
 *
 * <p>Body macros: {@code DEOPT_IF(c);} {@code EXIT_IF(c);} (tier 1: run the generic instruction),
 * {@code JUMPBY(n);} (relative to the end of the instruction), {@code JUMP_AND_POP(n, k);} (leave
 * now, popping k inputs), {@code EXIT_FRAME(v);} (return v from the frame), {@code GO_TO(i);}
 * (continue at code unit i).
 */
final class Tier1Emitter {
    private final InstructionSet set;

    Tier1Emitter(InstructionSet set) { this.set = set; }

    String emitCases(String header) {
        JavaWriter w = new JavaWriter();
        w.raw(header);
        w.line("package pyj.interp.eval;");
        w.line("");
        w.block(set.imports);
        w.line("");
        w.line("/** The tier-1 handler of every executable instruction; dispatched from {@link Tier1Loop}. */");
        w.line("@SuppressWarnings({\"unused\", \"UnnecessaryLocalVariable\"})");
        w.open("final class Tier1Cases {");
        w.line("private Tier1Cases() {}");
        for (Instruction i : set.byNumber()) {
            if (!i.executable()) continue;
            w.line("");
            handler(w, i);
        }
        w.close("}");
        return w.toString();
    }

    /** The lines that go between the BEGIN/END markers of the switch in Tier1Loop. */
    String emitSwitchCases(int indent) {
        JavaWriter w = new JavaWriter(indent);
        for (Instruction i : set.byNumber()) {
            if (!i.executable()) continue;
            String call = "pc = Tier1Cases." + i.name() + "(f, oparg, pc + 1);";
            if (i.hasFlag("exits_frame")) {
                w.line("case Opcode." + i.name() + ": " + call + " if (pc < 0) return f.result; break;");
            } else {
                w.line("case Opcode." + i.name() + ": " + call + " break;");
            }
        }
        return w.toString();
    }

    private void handler(JavaWriter w, Instruction inst) {
        if (inst.doc() != null) w.line("/** " + inst.doc() + " */");
        w.open("static int " + inst.name() + "(PyFrame f, int oparg, int next) {");
        w.line("final PyObject[] s = f.localsplus;");
        w.line("final int sp = f.sp;");
        String pop = inst.popExpr();
        String push = inst.pushExpr();
        boolean popsAny = !pop.equals("0");
        w.line(popsAny ? "final int base = sp - (" + pop + ");" : "final int base = sp;");

        // Inputs, read from the real stack.
        Map<String, String> declared = new LinkedHashMap<>();
        String offset = "0";
        for (StackItem in : inst.inputs()) {
            if (!in.isUnused()) {
                String idx = index("base", offset);
                if (in.isArray()) {
                    w.line("final int " + in.name() + " = " + idx + ";");
                    declared.put(in.name(), "array");
                } else if (in.condition() != null) {
                    w.line("PyObject " + in.name() + " = (" + in.condition() + ") ? s[" + idx + "] : null;");
                    declared.put(in.name(), "scalar");
                } else {
                    w.line("PyObject " + in.name() + " = s[" + idx + "];");
                    declared.put(in.name(), "scalar");
                }
            }
            offset = add(offset, in.depthExpr());
        }
        // Outputs: scalars are declared (assigned by the bodies); arrays get their stack index.
        offset = "0";
        for (StackItem out : inst.outputs()) {
            if (!out.isUnused() && !declared.containsKey(out.name())) {
                if (out.isArray()) {
                    w.line("final int " + out.name() + " = " + index("base", offset) + ";");
                    declared.put(out.name(), "array");
                } else {
                    w.line("PyObject " + out.name() + (out.condition() != null ? " = null;" : ";"));
                    declared.put(out.name(), "scalar");
                }
            }
            offset = add(offset, out.depthExpr());
        }
        // Intermediate values passed between the uops of a macro.
        for (Step step : inst.steps()) {
            if (!step.isUop()) continue;
            for (StackItem it : step.uop().effect().outputs()) {
                if (!it.isUnused() && !it.isArray() && !declared.containsKey(it.name())) {
                    w.line("PyObject " + it.name() + " = null;");
                    declared.put(it.name(), "scalar");
                }
            }
        }
        for (CacheEntry c : inst.caches()) {
            if (!c.name().equals("unused")) w.line("final int " + c.name() + " = next + " + c.offset() + ";");
        }
        String afterCaches = inst.cacheUnits() == 0 ? "next" : "next + " + inst.cacheUnits();
        boolean needsNextPc = false;
        for (Step step : inst.steps()) {
            if (step.isUop() && usesNextPc(step.uop().body())) needsNextPc = true;
        }
        if (needsNextPc) w.line("int nextPc = " + afterCaches + ";");

        // The uop bodies, in order, with the values on the simulated stack bound to their inputs.
        List<String> sim = new ArrayList<>();
        for (StackItem in : inst.inputs()) sim.add(in.name());
        int depthBefore = sim.size();
        for (Step step : inst.steps()) {
            if (!step.isUop()) continue;
            Body uop = step.uop();
            List<StackItem> ins = uop.effect().inputs();
            List<String> bindings = new ArrayList<>();
            int take = ins.size();
            List<String> taken = new ArrayList<>(sim.subList(sim.size() - take, sim.size()));
            for (int k = 0; k < take; k++) {
                StackItem in = ins.get(k);
                String have = taken.get(k);
                if (!in.isUnused() && !in.name().equals(have) && !have.equals("unused")) {
                    bindings.add(in.name() + " = " + have + ";");
                    if (!declared.containsKey(in.name())) {
                        w.line("PyObject " + in.name() + " = null;");
                        declared.put(in.name(), "scalar");
                    }
                }
            }
            sim.subList(sim.size() - take, sim.size()).clear();
            for (StackItem out : uop.effect().outputs()) sim.add(out.name());
            if (inst.kind() == InstructionSet.Kind.MACRO) w.line("// " + uop.name());
            w.open("if (true) {");
            for (String b : bindings) w.line(b);
            w.block(expandBody(uop.body(), inst, pop));
            w.close("}");
        }
        // Outputs back to the stack, dead slots cleared, depth recorded.
        offset = "0";
        String inOffset = "0";
        List<StackItem> ins = inst.inputs();
        for (int k = 0; k < inst.outputs().size(); k++) {
            StackItem out = inst.outputs().get(k);
            String idx = index("base", offset);
            boolean passthrough = k < ins.size() && ins.get(k).name().equals(out.name())
                    && offset.equals(inOffset) && out.condition() == null && !out.isArray();
            if (!out.isArray() && !passthrough) {
                String value = out.isUnused() ? "null" : out.name();
                if (out.condition() != null) w.line("if (" + out.condition() + ") s[" + idx + "] = " + value + ";");
                else w.line("s[" + idx + "] = " + value + ";");
            }
            if (k < ins.size()) inOffset = add(inOffset, ins.get(k).depthExpr());
            offset = add(offset, out.depthExpr());
        }
        String newSp = push.equals("0") ? "base" : index("base", push);
        if (!pop.equals(push)) {
            if (isInt(pop) && isInt(push)) {
                int p = Integer.parseInt(pop);
                int q = Integer.parseInt(push);
                for (int k = q; k < p; k++) w.line("s[base + " + k + "] = null;");
            } else if (popsAny) {
                w.line("for (int i = " + newSp + "; i < sp; i++) s[i] = null;");
            }
            w.line("f.sp = " + newSp + ";");
        }
        w.line("return " + (needsNextPc ? "nextPc" : afterCaches) + ";");
        w.close("}");
    }

    private static boolean usesNextPc(String body) {
        return body.contains("JUMPBY(") || body.contains("EXIT_FRAME(") || body.contains("GO_TO(");
    }

    private String expandBody(String body, Instruction inst, String pop) {
        String out = body;
        String afterCaches = inst.cacheUnits() == 0 ? "next" : "next + " + inst.cacheUnits();
        String deopt = inst.isSpecialized() ? "return " + inst.family() + "(f, oparg, next);" : null;
        out = replaceMacro(out, "DEOPT_IF", args -> {
            if (deopt == null) throw new IllegalArgumentException(inst.name() + ": DEOPT_IF outside a family member");
            return "if (" + args.get(0) + ") " + deopt;
        });
        out = replaceMacro(out, "EXIT_IF", args -> {
            if (deopt == null) throw new IllegalArgumentException(inst.name() + ": EXIT_IF outside a family member");
            return "if (" + args.get(0) + ") " + deopt;
        });
        out = replaceMacro(out, "JUMPBY", args -> "nextPc += " + args.get(0) + ";");
        out = replaceMacro(out, "GO_TO", args -> "nextPc = " + args.get(0) + ";");
        out = replaceMacro(out, "EXIT_FRAME", args -> "f.result = " + args.get(0) + "; nextPc = PyFrame.EXIT;");
        out = replaceMacro(out, "JUMP_AND_POP", args -> {
            String k = args.get(1);
            return "{ for (int i = sp - (" + k + "); i < sp; i++) s[i] = null; f.sp = sp - (" + k + "); return "
                    + afterCaches + " + (" + args.get(0) + "); }";
        });
        return out;
    }

    private interface MacroExpansion { String expand(List<String> args); }

    /** Replaces {@code NAME(args);} statements, with balanced parentheses in the arguments. */
    static String replaceMacro(String body, String name, MacroExpansion fn) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (;;) {
            int at = body.indexOf(name + "(", i);
            if (at < 0 || (at > 0 && Character.isJavaIdentifierPart(body.charAt(at - 1)))) {
                if (at < 0) {
                    sb.append(body, i, body.length());
                    return sb.toString();
                }
                sb.append(body, i, at + name.length());
                i = at + name.length();
                continue;
            }
            sb.append(body, i, at);
            int p = at + name.length() + 1;
            int depth = 0;
            int argStart = p;
            List<String> args = new ArrayList<>();
            while (p < body.length()) {
                char c = body.charAt(p);
                if (c == '(') depth++;
                else if (c == ')') {
                    if (depth == 0) break;
                    depth--;
                } else if (c == ',' && depth == 0) {
                    args.add(body.substring(argStart, p).strip());
                    argStart = p + 1;
                }
                p++;
            }
            args.add(body.substring(argStart, p).strip());
            p++; // ')'
            while (p < body.length() && body.charAt(p) == ' ') p++;
            if (p < body.length() && body.charAt(p) == ';') p++;
            sb.append(fn.expand(args));
            i = p;
        }
    }

    private static boolean isInt(String s) {
        try {
            Integer.parseInt(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String add(String a, String b) {
        if (a.equals("0")) return b;
        if (isInt(a) && isInt(b)) return Integer.toString(Integer.parseInt(a) + Integer.parseInt(b));
        return a + " + " + b;
    }

    private static String index(String base, String offset) {
        return offset.equals("0") ? base : base + " + " + offset;
    }

    static Set<String> names(List<StackItem> items) {
        Set<String> out = new LinkedHashSet<>();
        for (StackItem i : items) out.add(i.name());
        return out;
    }
}
