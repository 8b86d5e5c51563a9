// Interpreter-wide state: builtins, sys, the module table, limits and the hooks other packages fill in.
package pyj.interp.eval;

import pyj.interp.object.PyDict;
import pyj.interp.object.PyModule;
import pyj.interp.object.PyObject;

/**
 * CPython's PyInterpreterState. One exists per runtime; the runtime package creates it and
 * installs the builtins and sys modules and the import system.
 */
public final class Interpreter {
    private static Interpreter main;

    public PyModule builtinsModule;
    public PyDict builtins;
    public PyModule sys;
    /** sys.modules */
    public final PyDict modules = new PyDict();
    public int recursionLimit = 1000;
    /** The -O level: 1 drops asserts and __debug__ blocks, 2 also docstrings. */
    public int optimizeLevel;
    /** Finds, loads and executes modules (installed by the runtime package). */
    public ImportSystem importer;

    /** The newest interpreter becomes the main one (tests create one per program they run). */
    public Interpreter() {
        main = this;
    }

    public static Interpreter main() {
        if (main == null) throw new IllegalStateException("no interpreter created");
        return main;
    }

    /** Reads an attribute of the sys module (sys.stdout and friends), or null. */
    public PyObject sysAttr(String name) { return sys == null ? null : sys.get(name); }

    /** The import system's entry points, implemented by the runtime package. */
    public interface ImportSystem {
        /** __import__(name, globals, locals, fromlist, level). */
        PyObject importModule(String name, PyDict globals, PyObject fromlist, int level);
    }
}
