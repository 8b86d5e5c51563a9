// Resolves the definitions into instructions with their uop sequence, cache layout and stack effect.
package pyj.tools.casegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import pyj.tools.casegen.Definitions.Body;
import pyj.tools.casegen.Definitions.Family;
import pyj.tools.casegen.Definitions.Macro;
import pyj.tools.casegen.Definitions.MacroPart;
import pyj.tools.casegen.Definitions.Pseudo;
import pyj.tools.casegen.Definitions.StackItem;

/**
 * The analysed instruction set. Each real instruction is a sequence of {@link Step}s (micro-ops
 * and cache entries); an {@code inst} is a one-uop sequence. Stack effects of macros are found by
 * simulating the uops' effects, as CPython's cases generator does.
 */
final class InstructionSet {

    /** Known flag names; anything else in a [flags] list is a definition error. */
    static final Set<String> KNOWN_FLAGS = Set.of(
            "arg", "const", "name", "local", "free", "jump", "compare", "exc", "backward", "exits_frame",
            "no_handler", "specializing", "tier1", "tier2", "pure", "guard", "escapes");

    /** A cache entry of an instruction: name, offset from the first cache unit, size in units. */
    record CacheEntry(String name, int offset, int units) {}

    /** One step of an instruction: a uop (with the cache entries named for it) or a cache gap. */
    record Step(Body uop, CacheEntry cache) {
        boolean isUop() { return uop != null; }
    }

    enum Kind { INST, MACRO, DECLARED, PSEUDO }

    record Instruction(String name, int number, Kind kind, List<Step> steps, List<CacheEntry> caches,
                       int cacheUnits, List<StackItem> inputs, List<StackItem> outputs, Set<String> flags,
                       String family, String doc, int line, List<String> pseudoTargets, Integer jumpDelta) {
        boolean executable() { return kind == Kind.INST || kind == Kind.MACRO; }

        boolean hasFlag(String f) { return flags.contains(f); }

        String popExpr() { return sumExpr(inputs); }

        String pushExpr() { return sumExpr(outputs); }

        boolean isSpecialized() { return family != null && !family.equals(name); }
    }

    final Map<String, Body> uops = new LinkedHashMap<>();
    final Map<String, Instruction> instructions = new LinkedHashMap<>();
    final Map<String, Family> families = new LinkedHashMap<>();
    final String imports;

    InstructionSet(Definitions.File file) {
        this.imports = file.tier1Imports();
        Map<String, String> familyOf = new HashMap<>();
        for (Family fam : file.families()) {
            families.put(fam.name(), fam);
            familyOf.put(fam.name(), fam.name());
            for (String m : fam.members()) familyOf.put(m, fam.name());
        }
        for (Body b : file.bodies()) {
            checkFlags(b.flags(), b.name(), b.line());
            if (b.isInst()) {
                if (uops.containsKey(b.name())) throw error(b.line(), "duplicate " + b.name());
                Kind kind = b.hasBody() ? Kind.INST : Kind.DECLARED;
                List<CacheEntry> caches = cacheLayout(b.effect().caches());
                List<Step> steps = new ArrayList<>();
                for (CacheEntry c : caches) steps.add(new Step(null, c));
                steps.add(new Step(b, null));
                add(new Instruction(b.name(), b.number(), kind, steps, caches, unitsOf(caches),
                        b.effect().inputs(), b.effect().outputs(), flagsWithoutValues(b.flags()),
                        familyOf.get(b.name()), b.doc(), b.line(), List.of(), jumpDelta(b.flags())));
                uops.put(b.name(), b);
            } else {
                if (!b.name().startsWith("_")) throw error(b.line(), "micro-op names start with '_': " + b.name());
                if (!b.effect().caches().isEmpty()) throw error(b.line(), "micro-ops take caches from their macro");
                uops.put(b.name(), b);
            }
        }
        for (Macro m : file.macros()) {
            checkFlags(m.flags(), m.name(), m.line());
            add(macro(m, familyOf.get(m.name())));
        }
        for (Pseudo p : file.pseudos()) {
            checkFlags(p.flags(), p.name(), p.line());
            for (String t : p.targets()) {
                if (!instructions.containsKey(t)) throw error(p.line(), "pseudo target " + t + " is not an instruction");
            }
            add(new Instruction(p.name(), p.number(), Kind.PSEUDO, List.of(), List.of(), 0,
                    p.effect().inputs(), p.effect().outputs(), flagsWithoutValues(p.flags()), null, p.doc(),
                    p.line(), p.targets(), jumpDelta(p.flags())));
        }
        for (Family fam : file.families()) {
            Instruction base = instructions.get(fam.name());
            if (base == null) throw error(fam.line(), "family of unknown instruction " + fam.name());
            if (base.cacheUnits() != fam.cacheUnits()) {
                throw error(fam.line(), fam.name() + " has " + base.cacheUnits() + " cache units, family says "
                        + fam.cacheUnits());
            }
            for (String member : fam.members()) {
                Instruction mi = instructions.get(member);
                if (mi == null) throw error(fam.line(), "unknown family member " + member);
                if (mi.cacheUnits() != fam.cacheUnits()) {
                    throw error(mi.line(), member + " has " + mi.cacheUnits() + " cache units; its family "
                            + fam.name() + " has " + fam.cacheUnits());
                }
                if (!mi.popExpr().equals(base.popExpr()) || !mi.pushExpr().equals(base.pushExpr())) {
                    throw error(mi.line(), member + " has stack effect (" + mi.popExpr() + " -- " + mi.pushExpr()
                            + ") but its family " + fam.name() + " has (" + base.popExpr() + " -- "
                            + base.pushExpr() + ")");
                }
            }
        }
    }

    private static Set<String> flagsWithoutValues(Set<String> flags) {
        Set<String> out = new LinkedHashSet<>();
        for (String f : flags) out.add(f.contains("=") ? f.substring(0, f.indexOf('=')) : f);
        return Collections.unmodifiableSet(out);
    }

    private static Integer jumpDelta(Set<String> flags) {
        for (String f : flags) if (f.startsWith("jump_effect=")) return Integer.parseInt(f.substring(12));
        return null;
    }

    private void checkFlags(Set<String> flags, String name, int line) {
        for (String f : flags) {
            String key = f.contains("=") ? f.substring(0, f.indexOf('=')) : f;
            if (!KNOWN_FLAGS.contains(key) && !key.equals("jump_effect")) {
                throw error(line, name + ": unknown flag '" + key + "'");
            }
        }
    }

    private void add(Instruction inst) {
        if (instructions.containsKey(inst.name())) throw error(inst.line(), "duplicate instruction " + inst.name());
        for (Instruction other : instructions.values()) {
            if (other.number() == inst.number()) {
                throw error(inst.line(), inst.name() + " reuses number " + inst.number() + " of " + other.name());
            }
        }
        instructions.put(inst.name(), inst);
    }

    private static List<CacheEntry> cacheLayout(List<StackItem> items) {
        List<CacheEntry> out = new ArrayList<>();
        int off = 0;
        for (StackItem it : items) {
            out.add(new CacheEntry(it.name(), off, it.cacheUnits()));
            off += it.cacheUnits();
        }
        return out;
    }

    private static int unitsOf(List<CacheEntry> caches) {
        int n = 0;
        for (CacheEntry c : caches) n += c.units();
        return n;
    }

    private Instruction macro(Macro m, String family) {
        List<Step> steps = new ArrayList<>();
        List<CacheEntry> caches = new ArrayList<>();
        Set<String> flags = new LinkedHashSet<>(flagsWithoutValues(m.flags()));
        int offset = 0;
        // Simulated stack: the uop outputs not yet consumed; inputs found below it are macro inputs.
        List<StackItem> sim = new ArrayList<>();
        List<StackItem> macroInputs = new ArrayList<>();
        for (MacroPart part : m.parts()) {
            if (part.isCache()) {
                CacheEntry c = new CacheEntry(part.name(), offset, part.cacheUnits());
                caches.add(c);
                steps.add(new Step(null, c));
                offset += part.cacheUnits();
                continue;
            }
            Body uop = uops.get(part.name());
            if (uop == null) throw error(m.line(), m.name() + ": unknown micro-op " + part.name());
            for (String f : uop.flags()) if (!f.equals("pure") && !f.equals("guard")) flags.add(f);
            steps.add(new Step(uop, null));
            List<StackItem> ins = uop.effect().inputs();
            for (int i = ins.size() - 1; i >= 0; i--) {
                StackItem in = ins.get(i);
                if (!sim.isEmpty()) {
                    StackItem top = sim.remove(sim.size() - 1);
                    if (top.isArray() != in.isArray()) {
                        throw error(uop.line(), m.name() + ": " + part.name() + " input " + in.name()
                                + " does not match " + top.name());
                    }
                } else {
                    macroInputs.add(0, in);
                }
            }
            sim.addAll(uop.effect().outputs());
        }
        return new Instruction(m.name(), m.number(), Kind.MACRO, steps, caches, offset, macroInputs,
                List.copyOf(sim), Collections.unmodifiableSet(flags), family, m.doc(), m.line(), List.of(),
                jumpDelta(m.flags()));
    }

    /** Instructions ordered by opcode number. */
    List<Instruction> byNumber() {
        TreeMap<Integer, Instruction> sorted = new TreeMap<>();
        for (Instruction i : instructions.values()) sorted.put(i.number(), i);
        return new ArrayList<>(sorted.values());
    }

    static String sumExpr(List<StackItem> items) {
        int constant = 0;
        StringBuilder sb = new StringBuilder();
        for (StackItem it : items) {
            if (!it.isArray() && it.condition() == null) {
                constant++;
            } else {
                if (sb.length() > 0) sb.append(" + ");
                sb.append(it.depthExpr());
            }
        }
        if (sb.length() == 0) return Integer.toString(constant);
        if (constant == 0) return sb.toString();
        return constant + " + " + sb;
    }

    private static IllegalArgumentException error(int line, String msg) {
        return new IllegalArgumentException("bytecodes.def:" + line + ": " + msg);
    }
}
