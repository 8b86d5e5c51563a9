// reversed: __reversed__ if the object has one, else a backwards walk over a sequence.
package pyj.interp.builtins;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyDict;
import pyj.interp.object.PyType;

public final class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.builtin("reversed", PyType.OBJECT, PyType.BASETYPE, null);
    private static final PyStr REVERSED = PyStr.intern("__reversed__");

    static {
        TYPE.newFn = (type, args, kw) -> {
            if (type == TYPE) ArgParser.noKeywords("reversed", kw);
            ArgParser.checkPositional("reversed", args, kw, 1, 1);
            PyObject seq = args[0];
            PyObject method = ObjectProtocol.lookupSpecial(seq, REVERSED);
            if (method == PySingleton.NONE) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not reversible", seq.type().name());
            }
            if (method != null) return ObjectProtocol.call(method);
            if (seq.type().getitem == null || seq instanceof PyDict || seq.type().length == null) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "'%s' object is not reversible", seq.type().name());
            }
            return new PyReversed(type, seq, ObjectProtocol.length(seq) - 1);
        };
        BuiltinIterators.iteratorSlots(TYPE, self -> ((PyReversed) self).next());
    }

    private final PyType type;
    private PyObject seq;
    private long index;

    private PyReversed(PyType type, PyObject seq, long index) {
        this.type = type;
        this.seq = seq;
        this.index = index;
    }

    @Override
    public PyType type() { return type; }

    private PyObject next() {
        if (seq == null || index < 0) {
            seq = null;
            return null;
        }
        try {
            return ObjectProtocol.getItem(seq, PyInt.of(index--));
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.INDEX_ERROR) && !e.matches(ExceptionTypes.STOP_ITERATION)) throw e;
            seq = null;
            return null;
        }
    }
}
