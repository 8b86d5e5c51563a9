// functools.KeyWrapper: what cmp_to_key's key function returns, ordering objects by an old-style cmp function.
package pyj.interp.functools;

import pyj.interp.object.CompareOp;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;

/**
 * cmp_to_key(mycmp) is itself a KeyWrapper with no object: calling it wraps an object, and two
 * wrapped objects compare by comparing {@code mycmp(a, b)} with 0. As in CPython, the type cannot be
 * instantiated directly, is not hashable, and compares only with wrappers of its own type.
 */
public final class KeyWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("functools.KeyWrapper", PyType.OBJECT, 0,
            t -> MethodDef.getset(t, "obj", self -> ((KeyWrapper) self).objectOrNone(),
                    (self, value) -> ((KeyWrapper) self).object = value));

    private static final SingleParameter CALL = new SingleParameter("K", "obj");

    static {
        TYPE.call = (self, args, kw) -> new KeyWrapper(((KeyWrapper) self).cmp, CALL.bind(args, kw));
        TYPE.richcompare = (self, other, op) -> ((KeyWrapper) self).compare(other, op);
        // Neither inherited from object: wrappers are unhashable and only cmp_to_key makes them.
        TYPE.hash = null;
        TYPE.newFn = null;
    }

    private final PyObject cmp;
    private PyObject object;

    KeyWrapper(PyObject cmp, PyObject object) {
        this.cmp = cmp;
        this.object = object;
    }

    @Override
    public PyType type() { return TYPE; }

    private PyObject objectOrNone() { return object == null ? PySingleton.NONE : object; }

    private PyObject compare(PyObject other, CompareOp op) {
        if (other.type() != TYPE) throw PyErr.typeError("other argument must be K instance");
        KeyWrapper that = (KeyWrapper) other;
        if (object == null || that.object == null) throw PyErr.newException(ExceptionTypes.ATTRIBUTE_ERROR, "object");
        PyObject result = ObjectProtocol.call(cmp, object, that.object);
        return ObjectProtocol.richCompare(result, PyInt.of(0), op);
    }
}
