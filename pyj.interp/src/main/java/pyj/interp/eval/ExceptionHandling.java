// Raising, re-raising, matching and unwinding to exception handlers (the exception table).
package pyj.interp.eval;

import java.util.IdentityHashMap;

import pyj.compiler.code.CodeObject;
import pyj.interp.diagnostics.RuntimeLog;
import pyj.interp.object.ExceptionGroups;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

public final class ExceptionHandling {
    private ExceptionHandling() {}

    /**
     * Finds the handler for an exception raised at {@code f.pc}: records the traceback entry,
     * chains the exception being handled as __context__, cuts the stack to the handler's depth and
     * pushes what the handler expects. Returns the handler's code-unit index, or rethrows.
     */
    static int unwind(PyFrame f, PyException e) {
        PyBaseException exc = e.value;
        if (!e.chained) {
            e.chained = true;
            chainContext(f.thread, exc);
        }
        if (e.reraised) {
            e.reraised = false;
        } else {
            PyObject old = exc.traceback();
            exc.setTraceback(new PyTraceback(old instanceof PyTraceback t ? t : null, f, f.pc, f.lineno()));
        }
        CodeObject.ExceptionTableEntry h = f.code.handlerFor(f.pc);
        int reportedPc = e.reraiseLasti;
        e.reraiseLasti = -1;
        PyObject[] s = f.localsplus;
        if (h == null) {
            if (reportedPc >= 0) f.pc = reportedPc;
            for (int i = f.code.nlocalsplus; i < f.sp; i++) s[i] = null;
            f.sp = f.code.nlocalsplus;
            f.state = PyFrame.COMPLETED;
            throw e;
        }
        int depth = f.code.nlocalsplus + h.depth();
        for (int i = depth; i < f.sp; i++) s[i] = null;
        f.sp = depth;
        if (h.lasti()) s[f.sp++] = PyInt.of(f.pc);
        s[f.sp++] = exc;
        return h.target();
    }

    /** Sets the handled exception as the new exception's context, as _PyErr_SetObject does. */
    static void chainContext(ThreadState ts, PyBaseException value) {
        PyObject handled = ts.handledException();
        if (!(handled instanceof PyBaseException h) || h == value) return;
        // Break a cycle the new link would close, without looping on pre-existing ones.
        IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        PyBaseException o = h;
        PyBaseException ctx;
        while ((ctx = o.context()) != null) {
            if (ctx == value) {
                o.setContext(null);
                break;
            }
            if (seen.put(o, Boolean.TRUE) != null) break;
            o = ctx;
        }
        value.setContext(h);
    }

    static PyException recursionError() {
        return PyErr.format(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    /**
     * A defect inside pyj surfacing as a Java exception becomes CPython's SystemError where it
     * happened, so the program sees a Python error it can catch and a traceback to its own line,
     * never a JVM stack trace. The Java trace goes to the debug log for whoever fixes the defect.
     */
    static PyException internalError(RuntimeException e) {
        RuntimeLog.debug(ExceptionHandling.class, () -> {
            java.io.StringWriter w = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(w));
            return "internal error: " + w;
        });
        return PyErr.format(ExceptionTypes.SYSTEM_ERROR, "internal error in pyj: %s", e);
    }

    static PyException badOpcode(PyFrame f, int op) {
        return PyErr.format(ExceptionTypes.SYSTEM_ERROR, "unknown opcode %d at offset %d in %s", op, f.pc * 2,
                f.code.source.name());
    }

    /** RAISE_VARARGS: raise (exc null), raise exc, raise exc from cause. */
    static PyException raise(PyFrame f, PyObject exc, PyObject cause) {
        if (exc == null) {
            PyObject handled = f.thread.handledException();
            if (!(handled instanceof PyBaseException h)) {
                return PyErr.format(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
            }
            PyException e = new PyException(h);
            e.reraised = true;
            e.chained = true;
            return e;
        }
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PySingleton.NONE) {
                value.setCause(null);
            } else {
                PyBaseException c = instantiate(cause, "exception causes must derive from BaseException");
                value.setCause(c);
            }
            value.setSuppressContext(true);
        }
        return new PyException(value);
    }

    /** A class is called to make the instance; an instance is used as is. */
    public static PyBaseException instantiate(PyObject exc, String msg) {
        if (exc instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject inst = ObjectProtocol.call(t);
            if (!(inst instanceof PyBaseException be)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "calling %s should have returned an instance of BaseException, not %s", t.name(),
                        inst.type().name());
            }
            return be;
        }
        if (exc instanceof PyBaseException be) return be;
        throw PyErr.typeError(msg);
    }

    /** RERAISE: raise exc again, reporting it at lasti when given. */
    static PyException reraise(PyFrame f, PyObject exc, PyObject lasti) {
        PyException e = new PyException((PyBaseException) exc);
        if (lasti instanceof PyInt i) e.reraiseLasti = (int) i.value;
        e.reraised = true;
        e.chained = true;
        return e;
    }

    /** CHECK_EXC_MATCH: validates the except clause's type, then tests the exception. */
    static boolean checkExcMatch(PyObject exc, PyObject type) {
        checkCatchable(type);
        return matches(exc, type);
    }

    private static void checkCatchable(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject x : t.items()) {
                if (!(x instanceof PyType xt && xt.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION))) {
                    throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
            }
        } else if (!(type instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION))) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    static boolean matches(PyObject exc, PyObject type) {
        PyType et = exc.type();
        if (type instanceof PyTuple t) {
            for (PyObject x : t.items()) if (et.isSubtypeOf((PyType) x)) return true;
            return false;
        }
        return et.isSubtypeOf((PyType) type);
    }

    /** CHECK_EG_MATCH: {rest, match} for except*. */
    static PyObject[] checkEgMatch(PyFrame f, PyObject excValue, PyObject matchType) {
        checkCatchable(matchType);
        if (matchType instanceof PyType mt && mt.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)
                || matchType instanceof PyTuple tup && containsGroupType(tup)) {
            throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if (!excValue.type().isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            if (matches(excValue, matchType)) {
                // CPython wraps a naked exception with a tuple, which shows in the group's repr.
                PyObject group = ObjectProtocol.call(ExceptionTypes.BASE_EXCEPTION_GROUP,
                        pyj.interp.object.PyStr.EMPTY, PyTuple.of(excValue));
                PyBaseException g = (PyBaseException) group;
                g.setTraceback(((PyBaseException) excValue).traceback());
                f.thread.excState.value = g;
                return new PyObject[] {PySingleton.NONE, g};
            }
            return new PyObject[] {excValue, PySingleton.NONE};
        }
        PyObject[] parts = ExceptionGroups.split(excValue, matchType);
        PyObject match = parts[0] == null ? PySingleton.NONE : parts[0];
        PyObject rest = parts[1] == null ? PySingleton.NONE : parts[1];
        if (match != PySingleton.NONE) f.thread.excState.value = match;
        return new PyObject[] {rest, match};
    }

    private static boolean containsGroupType(PyTuple t) {
        for (PyObject x : t.items()) {
            if (x instanceof PyType xt && xt.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) return true;
        }
        return false;
    }

    /** END_ASYNC_FOR: StopAsyncIteration ends the loop quietly; anything else propagates. */
    static void endAsyncFor(PyObject exc) {
        if (exc.type().isSubtypeOf(ExceptionTypes.STOP_ASYNC_ITERATION)) return;
        PyException e = new PyException((PyBaseException) exc);
        e.reraised = true;
        e.chained = true;
        throw e;
    }
}
