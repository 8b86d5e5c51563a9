// math.floor, math.ceil and math.trunc: the __floor__/__ceil__/__trunc__ protocols, and floats to exact ints.
package pyj.interp.math;

import java.math.BigDecimal;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;

/**
 * An exact float is rounded directly; anything else is asked through the special method on its
 * type (so a float subclass uses float.__floor__, an int returns itself), and floor and ceil fall
 * back to converting the argument to a float. trunc has no fallback.
 */
final class Rounding {
    private Rounding() {}

    private static final PyStr FLOOR = PyStr.intern("__floor__");
    private static final PyStr CEIL = PyStr.intern("__ceil__");
    private static final PyStr TRUNC = PyStr.intern("__trunc__");

    static void define(FunctionTable t) {
        t.single("ceil", "Return the ceiling of x as an Integral.\n\nThis is the smallest integer >= x.",
                x -> round(x, CEIL, true));
        t.single("floor", "Return the floor of x as an Integral.\n\nThis is the largest integer <= x.",
                x -> round(x, FLOOR, false));
        t.single("trunc", "Truncates the Real x to the nearest Integral toward 0.\n\nUses the __trunc__ magic method.",
                Rounding::trunc);
    }

    private static PyObject round(PyObject x, PyStr special, boolean up) {
        double v;
        if (x.getClass() == PyFloat.class) {
            v = ((PyFloat) x).value;
        } else {
            PyObject method = ObjectProtocol.lookupSpecial(x, special);
            if (method != null) return ObjectProtocol.call(method);
            v = FloatArgument.of(x);
        }
        return toInt(up ? Math.ceil(v) : Math.floor(v));
    }

    private static PyObject trunc(PyObject x) {
        if (x.getClass() == PyFloat.class) {
            double v = ((PyFloat) x).value;
            return toInt(v < 0 ? Math.ceil(v) : Math.floor(v));
        }
        PyObject method = ObjectProtocol.lookupSpecial(x, TRUNC);
        if (method == null) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "type %s doesn't define __trunc__ method", x.type().name());
        }
        return ObjectProtocol.call(method);
    }

    /** PyLong_FromDouble of an integral double. */
    static PyInt toInt(double v) {
        if (Double.isNaN(v)) throw PyErr.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(v)) {
            throw PyErr.format(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 0x1p63) return PyInt.of((long) v);
        return PyInt.of(new BigDecimal(v).toBigIntegerExact());
    }
}
