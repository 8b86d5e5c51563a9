// The dis module: disassembly of code objects in CPython 3.13's format, and `-m dis FILE`.
package pyj.interp.modules;

import java.util.IdentityHashMap;
import java.util.Map;

import pyj.compiler.Compiler;
import pyj.compiler.code.CodeObject;
import pyj.compiler.dis.Disassembler;
import pyj.compiler.opcode.Opcode;
import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.Interpreter;
import pyj.interp.eval.PyCode;
import pyj.interp.eval.PyTraceback;
import pyj.interp.io.PyTextIO;
import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.Identity;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyList;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyStructSeq;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.object.PyBool;
import pyj.interp.source.SourceCompiler;

/**
 * dis.dis, dis.disassemble, dis.distb, dis.code_info, dis.show_code and the opcode tables, built on
 * the compiler's {@link Disassembler} so that {@code ./pyj -m dis} and {@code dis.dis(f)} print
 * exactly what the tests compare against CPython.
 */
public final class DisModule {
    private DisModule() {}

    private static final ArgParser DIS = new ArgParser("dis", 0, 1, 1, "x", "file", "depth", "show_caches",
            "adaptive", "show_offsets");
    private static final ArgParser DISASSEMBLE = new ArgParser("disassemble", 1, 1, 2, "co", "lasti", "file",
            "show_caches", "adaptive", "show_offsets");
    private static final ArgParser DISTB = new ArgParser("distb", 0, 1, 1, "tb", "file", "show_caches", "adaptive",
            "show_offsets");
    private static final ArgParser SHOW_CODE = new ArgParser("show_code", 1, 1, 1, "co", "file");
    private static final ArgParser GET_INSTRUCTIONS = new ArgParser("get_instructions", 1, 1, 1, "x", "first_line",
            "show_caches", "adaptive");
    static final PyType POSITIONS = PyStructSeq.newNamedTuple("dis", "Positions", "lineno", "end_lineno",
            "col_offset", "end_col_offset");
    static final PyType INSTRUCTION = PyStructSeq.newNamedTuple("dis", "Instruction", "opname", "opcode", "arg",
            "argval", "argrepr", "offset", "start_offset", "starts_line", "line_number", "label", "positions",
            "cache_info");

    static {
        MethodDef.getter(INSTRUCTION, "oparg", self -> field(self, 2));
        MethodDef.getter(INSTRUCTION, "baseopcode", self -> PyInt.of(Opcode.deopt(opcode(self))));
        MethodDef.getter(INSTRUCTION, "baseopname", self -> PyStr.of(Opcode.name(Opcode.deopt(opcode(self)))));
        MethodDef.getter(INSTRUCTION, "cache_offset", self -> PyInt.of(offset(self) + 2));
        MethodDef.getter(INSTRUCTION, "end_offset",
                self -> PyInt.of(offset(self) + 2 + 2 * Opcode.cacheEntries(opcode(self))));
        MethodDef.getter(INSTRUCTION, "jump_target", self -> {
            int flags = Opcode.flags(Opcode.deopt(opcode(self)));
            return (flags & Opcode.HAS_JUMP) != 0 ? field(self, 3) : PySingleton.NONE;
        });
        MethodDef.getter(INSTRUCTION, "is_jump_target", self -> PyBool.of(field(self, 9) != PySingleton.NONE));
        INSTRUCTION.str = DisModule::instructionLine;
    }

    /** str(instruction): its line as dis prints it with no line-number, label or offset columns. */
    private static PyObject instructionLine(PyObject self) {
        StringBuilder b = new StringBuilder();
        PyObject label = field(self, 9);
        if (label != PySingleton.NONE) b.append('L').append(ObjectProtocol.strString(label)).append(':');
        String opname = ObjectProtocol.strString(field(self, 0));
        b.append("     ").append(opname).append(" ".repeat(Math.max(0, 20 - opname.length())));
        PyObject arg = field(self, 2);
        if (arg != PySingleton.NONE) {
            String a = ObjectProtocol.reprString(arg);
            int width = 5 - Math.max(0, opname.length() - 20);
            b.append(' ').append(" ".repeat(Math.max(0, width - a.length()))).append(a);
            String argrepr = ObjectProtocol.strString(field(self, 4));
            if (!argrepr.isEmpty()) b.append(" (").append(argrepr).append(')');
        }
        return PyStr.of(b.toString().stripTrailing() + "\n");
    }

    private static PyObject field(PyObject instruction, int i) { return ((PyTuple) instruction).get(i); }

    private static int opcode(PyObject instruction) { return (int) ((PyInt) field(instruction, 1)).value; }

    private static int offset(PyObject instruction) { return (int) ((PyInt) field(instruction, 5)).value; }

    private static final String[] FLAG_NAMES = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
        "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};

    public static PyModule create() {
        PyModule m = new PyModule("dis");
        m.put("__doc__", PyStr.of("Disassembler of Python byte code into mnemonics."));
        m.put("dis", MethodDef.function(m, "dis", (self, args, kw) -> {
            PyObject[] a = DIS.parse(args, kw);
            Options o = new Options(a[1], depth(a[2]), flag(a[3]), flag(a[5]), flag(a[4]));
            dis(a[0] == null ? PySingleton.NONE : a[0], o);
            return PySingleton.NONE;
        }));
        m.put("disassemble", MethodDef.function(m, "disassemble", (self, args, kw) -> {
            PyObject[] a = DISASSEMBLE.parse(args, kw);
            int lasti = a[1] == null ? -1 : (int) ObjectProtocol.index(a[1]);
            Options o = new Options(a[2], -1, flag(a[3]), flag(a[5]), flag(a[4]));
            PyCode co = codeObject(a[0]);
            StringBuilder out = new StringBuilder();
            o.disassembler(out, co).disassemble(co.source, lasti);
            o.write(out);
            return PySingleton.NONE;
        }));
        m.put("disco", m.get("disassemble"));
        m.put("distb", MethodDef.function(m, "distb", (self, args, kw) -> {
            PyObject[] a = DISTB.parse(args, kw);
            distb(a[0], new Options(a[1], -1, flag(a[2]), flag(a[4]), flag(a[3])));
            return PySingleton.NONE;
        }));
        m.put("get_instructions", MethodDef.function(m, "get_instructions", (self, args, kw) -> {
            PyObject[] a = GET_INSTRUCTIONS.parse(args, kw);
            PyCode co = codeObject(a[0]);
            Integer firstLine = a[1] == null || a[1] == PySingleton.NONE ? null : (int) ObjectProtocol.index(a[1]);
            return ObjectProtocol.getIter(instructions(co, firstLine, flag(a[3])));
        }));
        m.put("Instruction", INSTRUCTION);
        m.put("Positions", POSITIONS);
        m.put("code_info", MethodDef.function1(m, "code_info", x -> PyStr.of(codeInfo(codeObject(x)))));
        m.put("show_code", MethodDef.function(m, "show_code", (self, args, kw) -> {
            PyObject[] a = SHOW_CODE.parse(args, kw);
            Options o = new Options(a[1], -1, false, false, false);
            o.write(new StringBuilder(codeInfo(codeObject(a[0]))).append('\n'));
            return PySingleton.NONE;
        }));
        PyList opname = new PyList();
        PyDict opmap = new PyDict();
        // As in CPython, specialized instructions are left out of opmap (and shown as "<n>" in opname).
        for (int op = 0; op <= Opcode.MAX_OPCODE; op++) {
            String name = Opcode.name(op);
            boolean listed = name != null && (op < Opcode.MIN_SPECIALIZED_OPCODE || op >= Opcode.MIN_INSTRUMENTED_OPCODE);
            opname.append(PyStr.of(listed ? name : "<" + op + ">"));
            if (listed) opmap.put(PyStr.of(name), PyInt.of(op));
        }
        m.put("opname", opname);
        m.put("opmap", opmap);
        m.put("HAVE_ARGUMENT", PyInt.of(Opcode.HAVE_ARGUMENT));
        m.put("cmp_op", PyTuple.of(java.util.Arrays.stream(new String[] {"<", "<=", "==", "!=", ">", ">="})
                .map(PyStr::of).toArray(PyObject[]::new)));
        m.put("hasarg", opcodesWith(Opcode.HAS_ARG));
        m.put("hasconst", opcodesWith(Opcode.HAS_CONST));
        m.put("hasname", opcodesWith(Opcode.HAS_NAME));
        m.put("hasjump", opcodesWith(Opcode.HAS_JUMP));
        m.put("hasjrel", opcodesWith(Opcode.HAS_JUMP));
        m.put("hasjabs", new PyList());
        m.put("haslocal", opcodesWith(Opcode.HAS_LOCAL));
        m.put("hasfree", opcodesWith(Opcode.HAS_FREE));
        m.put("hascompare", opcodesWith(Opcode.HAS_COMPARE));
        m.put("hasexc", opcodesWith(Opcode.HAS_EXC));
        m.put("stack_effect", MethodDef.function(m, "stack_effect", (self, args, kw) -> stackEffect(args, kw)));
        m.put("findlinestarts", MethodDef.function1(m, "findlinestarts", co -> {
            PyList out = new PyList();
            for (Map.Entry<Integer, Integer> e : Disassembler.lineStarts(codeObject(co).source).entrySet()) {
                out.append(PyTuple.of(PyInt.of(e.getKey()), e.getValue() == null ? PySingleton.NONE
                        : PyInt.of(e.getValue())));
            }
            return ObjectProtocol.getIter(out);
        }));
        m.put("findlabels", MethodDef.function1(m, "findlabels", code -> {
            byte[] b = pyj.interp.object.PyBytesLike.bytesOf(code);
            char[] units = new char[b.length / 2];
            for (int i = 0; i < units.length; i++) units[i] = (char) ((b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8);
            PyList out = new PyList();
            for (Integer offset : new java.util.TreeSet<>(Disassembler.labelsMap(units, java.util.List.of()).keySet())) {
                out.append(PyInt.of(offset));
            }
            return out;
        }));
        return m;
    }

    /** The opcodes (real and pseudo) whose flags include {@code bit}, in numeric order. */
    private static PyList opcodesWith(int bit) {
        PyList out = new PyList();
        for (int op = 0; op <= Opcode.MAX_OPCODE; op++) {
            String name = Opcode.name(op);
            if (name != null && (Opcode.flags(op) & bit) != 0) out.append(PyInt.of(op));
        }
        return out;
    }

    private static final ArgParser STACK_EFFECT = new ArgParser("stack_effect", 1, 2, 2, "opcode", "oparg", "jump");

    /** dis.stack_effect(opcode, oparg=None, *, jump=None): the larger of the two effects when jump is None. */
    private static PyObject stackEffect(PyObject[] args, String[] kw) {
        PyObject[] a = STACK_EFFECT.parse(args, kw);
        int op = (int) ObjectProtocol.index(a[0]);
        if (Opcode.name(op) == null || op != Opcode.deopt(op) && !Opcode.isPseudo(op)) {
            throw PyErr.valueError("invalid opcode or oparg");
        }
        boolean hasArg = a[1] != null && a[1] != PySingleton.NONE;
        if (Opcode.hasArg(op) && !hasArg) {
            throw PyErr.valueError("stack_effect: opcode requires oparg but oparg was not specified");
        }
        int oparg = hasArg ? (int) ObjectProtocol.index(a[1]) : 0;
        PyObject jump = a[2] == null ? PySingleton.NONE : a[2];
        if (jump == PySingleton.NONE) {
            return PyInt.of(Math.max(Opcode.stackEffect(op, oparg, true), Opcode.stackEffect(op, oparg, false)));
        }
        return PyInt.of(Opcode.stackEffect(op, oparg, ObjectProtocol.isTrue(jump)));
    }

    private static boolean flag(PyObject o) { return o != null && ObjectProtocol.isTrue(o); }

    private static int depth(PyObject o) {
        return o == null || o == PySingleton.NONE ? -1 : (int) ObjectProtocol.index(o);
    }

    /** Where output goes and how it looks. */
    private record Options(PyObject file, int depth, boolean showCaches, boolean showOffsets, boolean adaptive) {
        Disassembler disassembler(StringBuilder out, PyCode root) {
            Map<CodeObject, PyCode> runtime = new IdentityHashMap<>();
            collect(root, runtime);
            Disassembler d = new Disassembler(out, (owner, i) -> {
                PyCode code = runtime.get(owner);
                PyObject c = code != null ? code.consts[i] : PyCode.constant(owner.consts().get(i));
                return ObjectProtocol.reprString(c);
            }, showCaches, showOffsets);
            if (adaptive) d.showing(co -> runtime.containsKey(co) ? runtime.get(co).units : co.code());
            return d;
        }

        void write(StringBuilder text) {
            PyObject f = file == null || file == PySingleton.NONE ? Interpreter.main().sysAttr("stdout") : file;
            if (f instanceof PyTextIO t) t.write(text.toString());
            else ObjectProtocol.callMethod(f, "write", PyStr.of(text.toString()));
        }
    }

    private static void collect(PyCode code, Map<CodeObject, PyCode> into) {
        if (into.put(code.source, code) != null) return;
        for (PyObject c : code.consts) if (c instanceof PyCode nested) collect(nested, into);
    }

    /** dis.dis(x). */
    static void dis(PyObject x, Options o) {
        if (x == PySingleton.NONE) {
            distb(PySingleton.NONE, o);
            return;
        }
        PyObject inner = unwrap(x);
        PyCode code = inner instanceof PyStr s ? tryCompile(s.value(), "<dis>") : codeOf(inner);
        if (code == null && inner.dict() != null) {
            disassembleNamespace(inner, o);
            return;
        }
        if (code == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "don't know how to disassemble %s objects",
                    inner.type().name());
        }
        StringBuilder out = new StringBuilder();
        o.disassembler(out, code).disassembleRecursive(code.source, o.depth,
                co -> Disassembler.codeRepr(co, Identity.id(runtimeCode(code, co))));
        o.write(out);
    }

    private static PyObject runtimeCode(PyCode root, CodeObject co) {
        Map<CodeObject, PyCode> all = new IdentityHashMap<>();
        collect(root, all);
        PyCode c = all.get(co);
        return c != null ? c : root;
    }

    /** Modules and classes: each function, method, class or code object in the namespace, by name. */
    private static void disassembleNamespace(PyObject x, Options o) {
        PyObject dict = ObjectProtocol.getAttr(x, "__dict__");
        PyList items = new PyList();
        PyObject it = ObjectProtocol.getIter(ObjectProtocol.callMethod(dict, "items"));
        for (PyObject item; (item = ObjectProtocol.next(it)) != null; ) items.append(item);
        ObjectProtocol.callMethod(items, "sort");
        for (int i = 0; i < items.size(); i++) {
            pyj.interp.object.PyTuple pair = (pyj.interp.object.PyTuple) items.get(i);
            PyObject value = pair.get(1);
            if (!hasCode(value)) continue;
            o.write(new StringBuilder("Disassembly of ").append(ObjectProtocol.strString(pair.get(0))).append(":\n"));
            try {
                dis(value, o);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TYPE_ERROR)) throw e;
                o.write(new StringBuilder("Sorry: ").append(ObjectProtocol.strString(e.value)).append('\n'));
            }
            o.write(new StringBuilder("\n"));
        }
    }

    /** dis._have_code: methods, functions, code, classmethod, staticmethod and classes. */
    private static boolean hasCode(PyObject v) {
        String t = v.type().name();
        return v instanceof PyCode || v instanceof PyType || t.equals("function") || t.equals("method")
                || v.type().isSubtypeOf(pyj.interp.object.PyClassMethod.TYPE)
                || v.type().isSubtypeOf(pyj.interp.object.PyStaticMethod.TYPE);
    }

    /** Methods, classmethods and staticmethods stand for their function. */
    private static PyObject unwrap(PyObject x) {
        PyObject f = x instanceof PyType ? null : ObjectProtocol.lookupAttr(x, PyStr.intern("__func__"));
        return f != null ? f : x;
    }

    /** The code object of a function, generator or coroutine, or null. */
    private static PyCode codeOf(PyObject x) {
        if (x instanceof PyCode c) return c;
        for (String attr : new String[] {"__code__", "gi_code", "ag_code", "cr_code"}) {
            PyObject v = x instanceof PyType ? null : ObjectProtocol.lookupAttr(x, PyStr.intern(attr));
            if (v instanceof PyCode c) return c;
        }
        return null;
    }

    /** dis._get_code_object. */
    private static PyCode codeObject(PyObject x) {
        PyObject inner = unwrap(x);
        if (inner instanceof PyStr s) return tryCompile(s.value(), "<disassembly>");
        PyCode c = codeOf(inner);
        if (c == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "don't know how to disassemble %s objects",
                    inner.type().name());
        }
        return c;
    }

    /** Source given to dis: an expression if it parses as one, else statements. */
    private static PyCode tryCompile(String source, String name) {
        try {
            return CodeExecution.load(SourceCompiler.compile(source, name, Compiler.Mode.EVAL, 0, -1));
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.SYNTAX_ERROR)) throw e;
            return CodeExecution.load(SourceCompiler.compile(source, name, Compiler.Mode.EXEC, 0, -1));
        }
    }

    /** dis.distb: the frame where a traceback ends, with the failing instruction marked. */
    private static void distb(PyObject tb, Options o) {
        if (tb == null || tb == PySingleton.NONE) {
            PyObject last = Interpreter.main().sysAttr("last_exc");
            if (!(last instanceof PyBaseException e) || !(e.traceback() instanceof PyTraceback)) {
                throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "no last traceback to disassemble");
            }
            tb = e.traceback();
        }
        if (!(tb instanceof PyTraceback t)) throw PyErr.typeError("distb() argument must be a traceback");
        while (t.next != null) t = t.next;
        PyCode code = t.frame.code;
        StringBuilder out = new StringBuilder();
        o.disassembler(out, code).disassemble(code.source, t.lasti * 2);
        o.write(out);
    }

    /** dis.get_instructions: the code object's instructions as dis.Instruction tuples. */
    static PyList instructions(PyCode co, Integer firstLine, boolean adaptive) {
        CodeObject s = co.source;
        char[] units = adaptive ? co.units : s.code();
        Map<Integer, Integer> starts = Disassembler.lineStarts(s);
        // As in CPython, get_instructions labels jump targets only, not exception handlers.
        Map<Integer, Integer> labels = Disassembler.labelsMap(units, java.util.List.of());
        int lineOffset = firstLine == null ? 0 : firstLine - s.firstLineno();
        Disassembler d = new Disassembler(new StringBuilder(), (owner, i) -> ObjectProtocol.reprString(co.consts[i]),
                false, false);
        PyList out = new PyList();
        for (Disassembler.Instruction ins : d.instructions(s, units, starts, labels)) {
            PyObject line = ins.lineNumber() == null ? PySingleton.NONE : PyInt.of(ins.lineNumber() + lineOffset);
            out.append(PyStructSeq.of(INSTRUCTION, PyStr.of(ins.opname()), PyInt.of(ins.opcode()),
                    ins.arg() == null ? PySingleton.NONE : PyInt.of(ins.arg()), argval(co, ins.argval()),
                    PyStr.of(ins.argrepr()), PyInt.of(ins.offset()), PyInt.of(ins.startOffset()),
                    PyBool.of(ins.startsLine()), line, ins.label() == null ? PySingleton.NONE : PyInt.of(ins.label()),
                    positions(s, ins.offset() / 2), cacheInfo(units, ins.offset(), ins.opcode())));
        }
        return out;
    }

    private static PyObject argval(PyCode co, Disassembler.ArgValue v) {
        return switch (v) {
            case Disassembler.ArgValue.Arg a -> a.value() == null ? PySingleton.NONE : PyInt.of(a.value());
            case Disassembler.ArgValue.Const c -> co.consts[c.index()];
            case Disassembler.ArgValue.Text t -> PyStr.of(t.value());
            case Disassembler.ArgValue.Pair p -> PyTuple.of(PyStr.of(p.first()), PyStr.of(p.second()));
            case Disassembler.ArgValue.Offset o -> PyInt.of(o.offset());
            case Disassembler.ArgValue.Conversion c -> c.which() == 0 ? PySingleton.NONE
                    : Interpreter.main().builtins.getStr(PyStr.intern(new String[] {"", "str", "repr", "ascii"}[c.which()]));
        };
    }

    private static PyObject positions(CodeObject s, int unit) {
        CodeObject.Positions p = s.positions();
        return PyStructSeq.of(POSITIONS, orNone(p.lines(), unit), orNone(p.endLines(), unit), orNone(p.cols(), unit),
                orNone(p.endCols(), unit));
    }

    private static PyObject orNone(int[] values, int i) {
        return i < values.length && values[i] >= 0 ? PyInt.of(values[i]) : PySingleton.NONE;
    }

    /** [(name, size, data)] for each inline cache entry, or None when the instruction has none. */
    private static PyObject cacheInfo(char[] units, int offset, int opcode) {
        Opcode.CacheEntry[] layout = Opcode.cacheLayout(opcode);
        if (layout.length == 0) return PySingleton.NONE;
        PyList out = new PyList();
        int unit = offset / 2 + 1;
        for (Opcode.CacheEntry e : layout) {
            byte[] data = new byte[2 * e.units()];
            for (int k = 0; k < e.units(); k++) {
                char c = unit + k < units.length ? units[unit + k] : 0;
                data[2 * k] = (byte) c;
                data[2 * k + 1] = (byte) (c >> 8);
            }
            out.append(PyTuple.of(PyStr.of(e.name()), PyInt.of(e.units()), new pyj.interp.object.PyBytes(data)));
            unit += e.units();
        }
        return out;
    }

    /** dis.code_info's text. */
    static String codeInfo(PyCode co) {
        CodeObject s = co.source;
        StringBuilder b = new StringBuilder();
        b.append("Name:              ").append(s.name()).append('\n');
        b.append("Filename:          ").append(s.filename()).append('\n');
        b.append("Argument count:    ").append(s.argcount()).append('\n');
        b.append("Positional-only arguments: ").append(s.posonlyargcount()).append('\n');
        b.append("Kw-only arguments: ").append(s.kwonlyargcount()).append('\n');
        b.append("Number of locals:  ").append(s.nlocals()).append('\n');
        b.append("Stack size:        ").append(s.stacksize()).append('\n');
        b.append("Flags:             ").append(prettyFlags(s.flags()));
        if (co.consts.length > 0) {
            b.append("\nConstants:");
            for (int i = 0; i < co.consts.length; i++) {
                b.append('\n').append(String.format("%4d: ", i)).append(ObjectProtocol.reprString(co.consts[i]));
            }
        }
        list(b, "Names:", s.names());
        list(b, "Variable names:", s.namesOfKind(CodeObject.CO_FAST_LOCAL));
        list(b, "Free variables:", s.namesOfKind(CodeObject.CO_FAST_FREE));
        list(b, "Cell variables:", s.namesOfKind(CodeObject.CO_FAST_CELL));
        return b.toString();
    }

    private static void list(StringBuilder b, String title, java.util.List<String> names) {
        if (names.isEmpty()) return;
        b.append('\n').append(title);
        for (int i = 0; i < names.size(); i++) b.append('\n').append(String.format("%4d: ", i)).append(names.get(i));
    }

    /** dis.pretty_flags. */
    static String prettyFlags(int flags) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int flag = 1 << i;
            if ((flags & flag) != 0) {
                names.add(i < FLAG_NAMES.length ? FLAG_NAMES[i] : "0x" + Integer.toHexString(flag));
                flags ^= flag;
                if (flags == 0) return String.join(", ", names);
            }
        }
        names.add("0x" + Integer.toHexString(flags));
        return String.join(", ", names);
    }
}
