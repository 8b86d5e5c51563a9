// From a finished compiler unit to a code object: flow-graph passes, locals layout, assembly.
package pyj.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import pyj.compiler.assemble.Assembler;
import pyj.compiler.code.CodeObject;
import pyj.compiler.code.Constant;
import pyj.compiler.flowgraph.Cfg;
import pyj.compiler.flowgraph.Linearizer;

/** CPython's optimize_and_assemble_code_unit and _PyAssemble_MakeCodeObject. */
final class UnitAssembly {
    private UnitAssembly() {}

    static CodeObject assemble(CompilerUnit u, int flags, String filename) {
        List<Constant> consts = new ArrayList<>(u.consts.keySet());
        Cfg g = Cfg.build(u.seq, consts, u.firstLineno);
        int nlocals = u.varnames.size();
        int nparams = u.ste.varnames.size();
        g.optimize(nlocals, nparams);
        int stackDepth = g.stackDepth();

        // Cells that are also locals (parameters) share the local's slot; the rest follow the locals.
        int ncells = u.cellvars.size();
        int nfrees = u.freevars.size();
        int[] slots = new int[ncells + nfrees];
        for (int i = 0; i < slots.length; i++) slots[i] = nlocals + i;
        for (Map.Entry<String, Integer> en : u.cellvars.entrySet()) {
            Integer local = u.varnames.get(en.getKey());
            if (local != null) slots[en.getValue()] = local;
        }
        int dropped = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == i + nlocals) slots[i] -= dropped;
            else dropped++;
        }
        boolean generatorLike = (flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE
                | CodeObject.CO_ASYNC_GENERATOR)) != 0;
        g.prepareLocalsPlus(slots, ncells, nfrees, generatorLike, u.firstLineno);
        g.finish();
        Assembler.Assembled a = Assembler.assemble(Linearizer.linearize(g));

        int nlocalsplus = nlocals + ncells + nfrees - dropped;
        String[] names = new String[nlocalsplus];
        byte[] kinds = new byte[nlocalsplus];
        for (Map.Entry<String, Integer> en : u.varnames.entrySet()) {
            String k = en.getKey();
            byte kind = CodeObject.CO_FAST_LOCAL;
            if (u.fastHidden.containsKey(k)) kind |= CodeObject.CO_FAST_HIDDEN;
            if (u.cellvars.containsKey(k)) kind |= CodeObject.CO_FAST_CELL;
            names[en.getValue()] = k;
            kinds[en.getValue()] = kind;
        }
        for (Map.Entry<String, Integer> en : u.cellvars.entrySet()) {
            if (u.varnames.containsKey(en.getKey())) continue;
            int slot = slots[en.getValue()];
            names[slot] = en.getKey();
            kinds[slot] = CodeObject.CO_FAST_CELL;
        }
        for (Map.Entry<String, Integer> en : u.freevars.entrySet()) {
            int slot = slots[en.getValue()];
            names[slot] = en.getKey();
            kinds[slot] = CodeObject.CO_FAST_FREE;
        }
        return new CodeObject(u.name, u.qualname, filename, u.firstLineno,
                u.posonlyargcount + u.argcount, u.posonlyargcount, u.kwonlyargcount, flags, stackDepth,
                a.code(), List.copyOf(consts), List.copyOf(u.names.keySet()), List.of(names), kinds,
                a.positions(), a.exceptionTable());
    }
}
