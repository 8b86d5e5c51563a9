// A math function's argument as a C double, converted the way PyFloat_AsDouble converts it.
package pyj.interp.math;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyFloat;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.Slots;
import pyj.interp.warnings.Warnings;

/**
 * Floats (subclasses included) give their value without a call; anything else goes through the
 * type's __float__, or failing that __index__, so an int subclass's own __float__ wins over its
 * value, and an int too large for a double raises OverflowError on the way.
 */
final class FloatArgument {
    private FloatArgument() {}

    static double of(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        if (o.getClass() == PyInt.class) return ((PyInt) o).doubleValue();
        Slots.Unary toFloat = o.type().floatFn;
        if (toFloat == null) {
            if (o.type().index != null) return NumberProtocol.index(o).doubleValue();
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "must be real number, not %s", o.type().name());
        }
        PyObject r = toFloat.apply(o);
        if (r.getClass() != PyFloat.class) {
            if (!(r instanceof PyFloat)) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "%s.__float__ returned non-float (type %s)",
                        o.type().name(), r.type().name());
            }
            Warnings.warn(ExceptionTypes.DEPRECATION_WARNING, String.format(
                    "%s.__float__ returned non-float (type %s).  The ability to return an instance of a strict "
                            + "subclass of float is deprecated, and may be removed in a future version of Python.",
                    o.type().name(), r.type().name()), 1);
        }
        return ((PyFloat) r).value;
    }
}
