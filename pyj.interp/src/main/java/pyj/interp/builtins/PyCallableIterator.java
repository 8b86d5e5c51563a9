// iter(callable, sentinel): calls the callable until it returns the sentinel.
package pyj.interp.builtins;

import pyj.interp.object.CompareOp;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

public final class PyCallableIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyType.OBJECT, 0, null);

    static {
        BuiltinIterators.iteratorSlots(TYPE, self -> ((PyCallableIterator) self).next());
    }

    private PyObject callable;
    private final PyObject sentinel;

    PyCallableIterator(PyObject callable, PyObject sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyType type() { return TYPE; }

    private PyObject next() {
        if (callable == null) return null;
        PyObject v;
        try {
            v = ObjectProtocol.call(callable);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) callable = null;
            throw e;
        }
        if (ObjectProtocol.richCompareBool(v, sentinel, CompareOp.EQ)) {
            callable = null;
            return null;
        }
        return v;
    }
}
