// Issuing warnings from Java code with CPython's default filters: where they are shown, and only once per place.
package pyj.interp.warnings;

import pyj.interp.eval.CodeExecution;
import pyj.interp.eval.Interpreter;
import pyj.interp.eval.PyFrame;
import pyj.interp.io.PyTextIO;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;
import pyj.interp.source.SourceLines;

/**
 * CPython's {@code warnings.warn} as its C side sees it with no {@code -W} options: DeprecationWarning
 * is shown only when triggered by code in {@code __main__}; PendingDeprecationWarning, ImportWarning
 * and ResourceWarning are ignored; everything else is shown once per (message, category, location).
 * The report goes to sys.stderr as {@code file:line: Category: message} and the source line.
 */
public final class Warnings {
    private Warnings() {}

    /** Warns about the code {@code stacklevel} frames up (1: the Python code that called into Java). */
    public static void warn(PyType category, String message, int stacklevel) {
        PyFrame f = CodeExecution.currentFrame();
        for (int i = 1; i < stacklevel && f != null; i++) f = f.back;
        String filename = f == null ? "sys" : f.code.source.filename();
        int lineno = f == null ? 1 : f.lineno();
        PyObject module = f == null ? null : f.globals.getStr(PyStr.intern("__name__"));
        String moduleName = module instanceof PyStr s ? s.value() : "<string>";
        if (!shownByDefault(category, moduleName)) return;
        if (f != null && alreadyShown(f.globals, category, message, lineno)) return;
        StringBuilder text = new StringBuilder().append(filename).append(':').append(lineno).append(": ")
                .append(category.name()).append(": ").append(message).append('\n');
        String line = SourceLines.line(filename, lineno);
        if (line != null && !line.isBlank()) text.append("  ").append(line.strip()).append('\n');
        PyObject err = Interpreter.main().sysAttr("stderr");
        if (err == null || err == PySingleton.NONE) return;
        if (err instanceof PyTextIO t) t.write(text.toString());
        else ObjectProtocol.callMethod(err, "write", PyStr.of(text.toString()));
    }

    /**
     * The "default" action's memory, kept where CPython keeps it: the warning module's globals'
     * {@code __warningregistry__}, keyed by (message, category, line), so it lives as long as the
     * module (and a new runtime starts with none).
     */
    private static boolean alreadyShown(PyDict globals, PyType category, String message, int lineno) {
        PyStr name = PyStr.intern("__warningregistry__");
        PyDict r;
        if (globals.getStr(name) instanceof PyDict existing) {
            r = existing;
        } else {
            r = new PyDict();
            globals.putStr(name, r);
        }
        PyObject key = PyTuple.of(PyStr.of(message), category, PyInt.of(lineno));
        if (r.get(key) != null) return true;
        r.put(key, PyBool.TRUE);
        return false;
    }

    /** The default filter list of a release build of CPython 3.13. */
    private static boolean shownByDefault(PyType category, String module) {
        if (category.isSubtypeOf(ExceptionTypes.DEPRECATION_WARNING)) return module.equals("__main__");
        return !category.isSubtypeOf(ExceptionTypes.PENDING_DEPRECATION_WARNING)
                && !category.isSubtypeOf(ExceptionTypes.IMPORT_WARNING)
                && !category.isSubtypeOf(ExceptionTypes.RESOURCE_WARNING);
    }
}
