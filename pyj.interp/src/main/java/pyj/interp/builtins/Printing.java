// print() and input(): the builtins that talk to sys.stdout and sys.stdin.
package pyj.interp.builtins;

import pyj.interp.eval.Interpreter;
import pyj.interp.io.PyTextIO;
import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

final class Printing {
    private Printing() {}

    private static final PyStr WRITE = PyStr.intern("write");
    private static final PyStr FLUSH = PyStr.intern("flush");

    static void define(PyModule b) {
        b.put("print", MethodDef.function(b, "print", (self, args, kw) -> print(args, kw)));
        b.put("input", MethodDef.function(b, "input", (self, args, kw) -> {
            ArgParser.noKeywords("input", kw);
            ArgParser.checkPositional("input", args, kw, 0, 1);
            return input(args.length == 0 ? null : args[0]);
        }));
    }

    /** print(*objects, sep=' ', end='\n', file=None, flush=False). */
    static PyObject print(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject sep = PySingleton.NONE;
        PyObject end = PySingleton.NONE;
        PyObject file = PySingleton.NONE;
        PyObject flush = null;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[npos + k];
            switch (kw[k]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "print() got an unexpected keyword argument '%s'", kw[k]);
            }
        }
        if (file == PySingleton.NONE) {
            file = Interpreter.main().sysAttr("stdout");
            // print() with no sys.stdout silently prints nothing, as in CPython.
            if (file == null || file == PySingleton.NONE) return PySingleton.NONE;
        }
        String sepStr = text(sep, "sep", " ");
        String endStr = text(end, "end", "\n");
        if (file instanceof PyTextIO out && out.isExact()) {
            // The common case: one buffered append per piece, no method lookups.
            for (int i = 0; i < npos; i++) {
                if (i > 0) out.write(sepStr);
                out.write(ObjectProtocol.strString(args[i]));
            }
            out.write(endStr);
            if (flush != null && ObjectProtocol.isTrue(flush)) out.flush();
            return PySingleton.NONE;
        }
        PyObject write = ObjectProtocol.getAttr(file, WRITE);
        for (int i = 0; i < npos; i++) {
            if (i > 0) ObjectProtocol.call(write, PyStr.of(sepStr));
            ObjectProtocol.call(write, ObjectProtocol.str(args[i]));
        }
        ObjectProtocol.call(write, PyStr.of(endStr));
        if (flush != null && ObjectProtocol.isTrue(flush)) ObjectProtocol.call(ObjectProtocol.getAttr(file, FLUSH));
        return PySingleton.NONE;
    }

    private static String text(PyObject v, String what, String dflt) {
        if (v == PySingleton.NONE) return dflt;
        if (v instanceof PyStr s) return s.value();
        throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s must be None or a string, not %s", what, v.type().name());
    }

    /** input([prompt]): the prompt goes to sys.stdout (flushed), a line comes from sys.stdin. */
    static PyObject input(PyObject prompt) {
        Interpreter interp = Interpreter.main();
        PyObject stdin = interp.sysAttr("stdin");
        PyObject stdout = interp.sysAttr("stdout");
        PyObject stderr = interp.sysAttr("stderr");
        if (stdin == null || stdin == PySingleton.NONE) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "input(): lost sys.stdin");
        if (stdout == null || stdout == PySingleton.NONE) throw PyErr.format(ExceptionTypes.RUNTIME_ERROR, "input(): lost sys.stdout");
        if (stderr != null && stderr != PySingleton.NONE) ObjectProtocol.callMethod(stderr, "flush");
        if (prompt != null) ObjectProtocol.callMethod(stdout, "write", ObjectProtocol.str(prompt));
        ObjectProtocol.callMethod(stdout, "flush");
        PyObject line = ObjectProtocol.callMethod(stdin, "readline");
        if (!(line instanceof PyStr s)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "object.readline() returned non-string");
        }
        String v = s.value();
        if (v.isEmpty()) throw PyErr.newException(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        if (v.endsWith("\n")) v = v.substring(0, v.length() - 1);
        return PyStr.of(v);
    }
}
