// The evaluator's public entry points: running a code object, and what builtins ask about the caller's frame.
package pyj.interp.eval;

import pyj.compiler.code.CodeObject;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyTuple;

/**
 * CPython's PyEval_EvalCode and PyEval_GetGlobals/GetLocals for the rest of the runtime (builtins,
 * the import system, the launcher): everything else in this package stays package-private.
 */
public final class CodeExecution {
    private CodeExecution() {}

    private static final PyStr BUILTINS = PyStr.intern("__builtins__");

    /** Wraps a compiled code object for execution. */
    public static PyCode load(CodeObject co) { return new PyCode(co); }

    /**
     * Runs module-level (or exec/eval) code with the given globals and locals mapping. The
     * builtins are {@code globals['__builtins__']} when it is a module or dict, as in CPython;
     * otherwise the interpreter's, which are then stored there.
     */
    public static PyObject evalCode(PyCode code, PyDict globals, PyObject locals) {
        return evalCode(code, globals, locals, null);
    }

    /** As {@link #evalCode(PyCode, PyDict, PyObject)}, with the closure for code that has free variables. */
    public static PyObject evalCode(PyCode code, PyDict globals, PyObject locals, PyTuple closure) {
        ThreadState ts = ThreadState.current();
        return Functions.runWithLocals(ts, code, globals, builtinsFor(ts, globals), locals, closure);
    }

    private static PyDict builtinsFor(ThreadState ts, PyDict globals) {
        PyObject b = globals.getStr(BUILTINS);
        if (b instanceof PyDict d) return d;
        if (b instanceof pyj.interp.object.PyModule m) return m.dict();
        globals.putStr(BUILTINS, ts.interp.builtinsModule);
        return ts.interp.builtins;
    }

    /** The innermost executing Python frame, or null when no Python code is running. */
    public static PyFrame currentFrame() { return ThreadState.current().current; }

    /** globals() of the calling Python code, or null outside any frame. */
    public static PyDict callerGlobals() {
        PyFrame f = currentFrame();
        return f == null ? null : f.globals;
    }

    /** locals() of the calling Python code: its mapping, or a snapshot of a function's variables. */
    public static PyObject callerLocals() {
        PyFrame f = currentFrame();
        if (f == null) return null;
        return f.locals != null ? f.locals : FrameAttributes.localsSnapshot(f);
    }

    /** The builtins the calling code sees. */
    public static PyDict callerBuiltins() {
        PyFrame f = currentFrame();
        return f == null ? Interpreter.main().builtins : f.builtins;
    }
}
