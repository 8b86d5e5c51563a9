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
import pyj.interp.object.PyType;
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
    private static final String[] FLAG_NAMES = {"OPTIMIZED", "NEWLOCALS", "VARARGS", "VARKEYWORDS", "NESTED",
        "GENERATOR", "NOFREE", "COROUTINE", "ITERABLE_COROUTINE", "ASYNC_GENERATOR"};

    public static PyModule create() {
        PyModule m = new PyModule("dis");
        m.put("__doc__", PyStr.of("Disassembler of Python byte code into mnemonics."));
        m.put("dis", MethodDef.function(m, "dis", (self, args, kw) -> {
            PyObject[] a = DIS.parse(args, kw);
            Options o = new Options(a[1], depth(a[2]), flag(a[3]), flag(a[5]));
            dis(a[0] == null ? PySingleton.NONE : a[0], o);
            return PySingleton.NONE;
        }));
        m.put("disassemble", MethodDef.function(m, "disassemble", (self, args, kw) -> {
            PyObject[] a = DISASSEMBLE.parse(args, kw);
            int lasti = a[1] == null ? -1 : (int) ObjectProtocol.index(a[1]);
            Options o = new Options(a[2], -1, flag(a[3]), flag(a[5]));
            PyCode co = codeObject(a[0]);
            StringBuilder out = new StringBuilder();
            o.disassembler(out, co).disassemble(co.source, lasti);
            o.write(out);
            return PySingleton.NONE;
        }));
        m.put("disco", m.get("disassemble"));
        m.put("distb", MethodDef.function(m, "distb", (self, args, kw) -> {
            PyObject[] a = DISTB.parse(args, kw);
            distb(a[0], new Options(a[1], -1, flag(a[2]), flag(a[4])));
            return PySingleton.NONE;
        }));
        m.put("code_info", MethodDef.function1(m, "code_info", x -> PyStr.of(codeInfo(codeObject(x)))));
        m.put("show_code", MethodDef.function(m, "show_code", (self, args, kw) -> {
            PyObject[] a = SHOW_CODE.parse(args, kw);
            Options o = new Options(a[1], -1, false, false);
            o.write(new StringBuilder(codeInfo(codeObject(a[0]))).append('\n'));
            return PySingleton.NONE;
        }));
        PyList opname = new PyList();
        PyDict opmap = new PyDict();
        for (int op = 0; op < 256; op++) {
            String name = Opcode.name(op);
            boolean known = name != null && !name.startsWith("<");
            opname.append(PyStr.of(known ? name : "<" + op + ">"));
            if (known) opmap.put(PyStr.of(name), PyInt.of(op));
        }
        m.put("opname", opname);
        m.put("opmap", opmap);
        m.put("HAVE_ARGUMENT", PyInt.of(Opcode.HAVE_ARGUMENT));
        return m;
    }

    private static boolean flag(PyObject o) { return o != null && ObjectProtocol.isTrue(o); }

    private static int depth(PyObject o) {
        return o == null || o == PySingleton.NONE ? -1 : (int) ObjectProtocol.index(o);
    }

    /** Where output goes and how it looks. */
    private record Options(PyObject file, int depth, boolean showCaches, boolean showOffsets) {
        Disassembler disassembler(StringBuilder out, PyCode root) {
            Map<CodeObject, PyCode> runtime = new IdentityHashMap<>();
            collect(root, runtime);
            return new Disassembler(out, (owner, i) -> {
                PyCode code = runtime.get(owner);
                PyObject c = code != null ? code.consts[i] : PyCode.constant(owner.consts().get(i));
                return ObjectProtocol.reprString(c);
            }, showCaches, showOffsets);
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
        if (!(inner instanceof PyCode) && !(inner instanceof PyStr) && inner.dict() != null) {
            disassembleNamespace(inner, o);
            return;
        }
        PyCode code = inner instanceof PyStr s ? tryCompile(s.value(), "<dis>") : codeOf(inner);
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
