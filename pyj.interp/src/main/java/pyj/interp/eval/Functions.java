// Creating functions (MAKE_FUNCTION, SET_FUNCTION_ATTRIBUTE) and calling them in a new frame.
package pyj.interp.eval;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;

final class Functions {
    private Functions() {}

    static PyObject make(PyFrame f, PyObject codeobj) {
        return new PyFunction((PyCode) codeobj, f.globals, f.builtins);
    }

    /** SET_FUNCTION_ATTRIBUTE: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure. */
    static void setAttribute(PyObject func, int flag, PyObject attr) {
        PyFunction fn = (PyFunction) func;
        switch (flag) {
            case 1 -> fn.defaults = (PyTuple) attr;
            case 2 -> fn.kwdefaults = (PyDict) attr;
            case 4 -> fn.annotations = attr;
            case 8 -> fn.closure = (PyTuple) attr;
            default -> throw PyErr.format(ExceptionTypes.SYSTEM_ERROR, "bad SET_FUNCTION_ATTRIBUTE flag %d", flag);
        }
    }

    /** COPY_FREE_VARS: the closure's cells go into the last n localsplus slots. */
    static void copyFreeVars(PyFrame f, int n) {
        PyTuple closure = f.function.closure;
        int offset = f.code.nlocalsplus - n;
        for (int i = 0; i < n; i++) f.localsplus[offset + i] = closure.get(i);
    }

    /** Calls a Python function: a new frame, arguments bound, then the tier-1 loop. */
    static PyObject invoke(ThreadState ts, PyFunction fn, PyObject[] args, String[] kwnames) {
        PyFrame frame = new PyFrame(ts, fn.code, fn.globals, fn.builtins, null);
        frame.function = fn;
        ArgumentBinder.bind(fn, frame.localsplus, args, kwnames);
        return Tier1Loop.run(frame);
    }

    /** Runs a module or class body (or exec/eval code) with a locals mapping. */
    static PyObject runWithLocals(ThreadState ts, PyCode code, PyDict globals, PyDict builtins, PyObject locals,
                                  PyTuple closure) {
        PyFrame frame = new PyFrame(ts, code, globals, builtins, locals);
        if (closure != null) {
            PyFunction holder = new PyFunction(code, globals, builtins);
            holder.closure = closure;
            frame.function = holder;
        }
        return Tier1Loop.run(frame);
    }
}
