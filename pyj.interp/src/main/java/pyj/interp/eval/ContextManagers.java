// The with statement's entry (BEFORE_WITH, BEFORE_ASYNC_WITH) and exceptional exit (WITH_EXCEPT_START).
package pyj.interp.eval;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBaseException;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

final class ContextManagers {
    private ContextManagers() {}

    private static final PyStr ENTER = PyStr.intern("__enter__");
    private static final PyStr EXIT = PyStr.intern("__exit__");
    private static final PyStr AENTER = PyStr.intern("__aenter__");
    private static final PyStr AEXIT = PyStr.intern("__aexit__");

    /** {bound __exit__, result of __enter__()} */
    static PyObject[] beforeWith(PyObject mgr) {
        PyObject enter = ObjectProtocol.lookupSpecial(mgr, ENTER);
        if (enter == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object does not support the context manager protocol",
                    mgr.type().name());
        }
        PyObject exit = ObjectProtocol.lookupSpecial(mgr, EXIT);
        if (exit == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "'%s' object does not support the context manager protocol (missed __exit__ method)",
                    mgr.type().name());
        }
        return new PyObject[] {exit, ObjectProtocol.call(enter)};
    }

    static PyObject[] beforeAsyncWith(PyObject mgr) {
        PyObject enter = ObjectProtocol.lookupSpecial(mgr, AENTER);
        if (enter == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "'%s' object does not support the asynchronous context manager protocol", mgr.type().name());
        }
        PyObject exit = ObjectProtocol.lookupSpecial(mgr, AEXIT);
        if (exit == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                    "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                    mgr.type().name());
        }
        return new PyObject[] {exit, ObjectProtocol.call(enter)};
    }

    /** exit_func(type(val), val, val.__traceback__) */
    static PyObject exitWithException(PyObject exitFunc, PyObject val) {
        PyObject tb = val instanceof PyBaseException be && be.traceback() != null ? be.traceback() : PySingleton.NONE;
        return ObjectProtocol.call(exitFunc, val.type(), val, tb);
    }
}
