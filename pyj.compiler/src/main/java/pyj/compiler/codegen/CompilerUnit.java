// The state of one scope while its code is generated: instructions, constants, names, frame blocks.
package pyj.compiler.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import pyj.compiler.code.Constant;
import pyj.compiler.flowgraph.InstructionSequence;
import pyj.compiler.symtable.Scope;

/**
 * CPython's {@code compiler_unit}. Index maps keep first-insertion order, which fixes the numbering
 * of co_consts, co_names and co_varnames exactly as CPython assigns it.
 */
final class CompilerUnit {
    enum Kind { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPE_PARAMS }

    final Scope ste;
    final Kind kind;
    final String name;
    String qualname;
    final int firstLineno;
    /** The class name private names are mangled with, inherited from the enclosing unit. */
    String privateName;

    final InstructionSequence seq = new InstructionSequence();
    final Map<Constant, Integer> consts = new LinkedHashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    /** Names a comprehension inlined into a module or class body turns into fast locals (true while active). */
    final Map<String, Boolean> fastHidden = new LinkedHashMap<>();

    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int inInlinedComp;
    /** Names assigned as self.NAME in the methods of a class (only for class units). */
    final Set<String> staticAttributes;

    final Deque<FrameBlock> fblocks = new ArrayDeque<>();

    CompilerUnit(Scope ste, Kind kind, String name, int firstLineno) {
        this.ste = ste;
        this.kind = kind;
        this.name = name;
        this.firstLineno = firstLineno;
        this.staticAttributes = kind == Kind.CLASS ? new TreeSet<>() : null;
        for (String v : ste.varnames) varnames.putIfAbsent(v, varnames.size());
        for (String cell : sortedNames(Scope.CELL, Scope.DEF_COMP_CELL)) cellvars.put(cell, cellvars.size());
        if (ste.needsClassClosure) cellvars.putIfAbsent("__class__", cellvars.size());
        if (ste.needsClassdict) cellvars.putIfAbsent("__classdict__", cellvars.size());
        int offset = cellvars.size();
        for (String free : sortedNames(Scope.FREE, Scope.DEF_FREE_CLASS)) freevars.put(free, offset++);
    }

    /** CPython's dictbytype: names with the given scope or flag, sorted, as cell/free numbering requires. */
    private List<String> sortedNames(int scope, int flag) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> en : ste.symbols().entrySet()) {
            String k = en.getKey();
            if (ste.scopeOf(k) == scope || (ste.flags(k) & flag) != 0) out.add(k);
        }
        out.sort(null);
        return out;
    }

    static int indexOf(Map<String, Integer> map, String name) {
        Integer i = map.get(name);
        if (i != null) return i;
        int n = map.size();
        map.put(name, n);
        return n;
    }

    int addConst(Constant c) {
        Integer i = consts.get(c);
        if (i != null) return i;
        int n = consts.size();
        consts.put(c, n);
        return n;
    }

    boolean isFunctionLike() { return ste.isFunctionLike(); }
}
