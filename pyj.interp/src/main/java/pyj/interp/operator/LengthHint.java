// operator.length_hint: PyObject_LengthHint, the size estimate that list() and friends presize with.
package pyj.interp.operator;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyStr;

/**
 * len() when the type has one (a TypeError from it falls through to the hint), else
 * {@code __length_hint__} looked up on the type; TypeError from the hint or NotImplemented mean
 * "no estimate" and give the default.
 */
final class LengthHint {
    private LengthHint() {}

    private static final PyStr LENGTH_HINT = PyStr.intern("__length_hint__");

    static final String DOC = "Return an estimate of the number of items in obj.\n\n"
            + "This is useful for presizing containers when building from an iterable.\n\n"
            + "If the object supports len(), the result will be exact.\n"
            + "Otherwise, it may over- or under-estimate by an arbitrary amount.\n"
            + "The result will be an integer >= 0.";

    static PyObject call(PyObject[] args, String[] kwnames) {
        Arity.positional("length_hint", args, kwnames, 1, 2);
        long fallback = args.length > 1 ? ObjectProtocol.index(args[1]) : 0;
        return PyInt.of(estimate(args[0], fallback));
    }

    private static long estimate(PyObject o, long fallback) {
        if (o.type().length != null) {
            try {
                return ObjectProtocol.length(o);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.TYPE_ERROR)) throw e;
            }
        }
        PyObject hint = ObjectProtocol.lookupSpecial(o, LENGTH_HINT);
        if (hint == null) return fallback;
        PyObject result;
        try {
            result = ObjectProtocol.call(hint);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) return fallback;
            throw e;
        }
        if (result == PySingleton.NOT_IMPLEMENTED) return fallback;
        if (!(result instanceof PyInt n)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "__length_hint__ must be an integer, not %s",
                    result.type().name());
        }
        long value = n.asSsize();
        if (value < 0) throw PyErr.valueError("__length_hint__() should return >= 0");
        return value;
    }
}
