// itertools.count: start, start+step, start+2*step, ... without end and without overflow.
package pyj.interp.itertools;

import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyComplex;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

/**
 * Like CPython, an int start that fits in a machine word with a step of exactly 1 counts in a
 * {@code long} ("fast mode"); anything else, and the fast count once it reaches Long.MAX_VALUE,
 * counts with the number protocol, so ints grow without bound and floats, complex numbers and
 * user numbers count as {@code +} makes them.
 */
final class Count extends ItertoolsObject {
    static final PyType TYPE = newType("count", true, null);
    private static final Signature ARGS = Signature.of("count", 0, 2, "start", "step");
    /** The fast counter's value when the slow counter has taken over. */
    private static final long SLOW = Long.MAX_VALUE;

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            PyObject start = a[0] == null ? PyInt.ZERO : a[0];
            PyObject step = a[1] == null ? PyInt.ONE : a[1];
            if (!isNumber(start) || !isNumber(step)) throw PyErr.typeError("a number is required");
            return new Count(type, start, step);
        };
        iteratorSlots(TYPE, self -> ((Count) self).next());
        TYPE.repr = self -> ((Count) self).repr();
    }

    private long fast;
    private PyObject slow;
    private final PyObject step;

    private Count(PyType type, PyObject start, PyObject step) {
        super(type);
        this.step = step;
        if (start instanceof PyInt i && i.isSmall() && isOne(step)) {
            fast = i.value;
        } else {
            fast = SLOW;
            slow = start;
        }
    }

    /** PyNumber_Check: what can be converted to a number. */
    private static boolean isNumber(PyObject o) {
        PyType t = o.type();
        return t.index != null || t.intFn != null || t.floatFn != null || o instanceof PyComplex;
    }

    private static boolean isOne(PyObject step) {
        return step instanceof PyInt i && i.isSmall() && i.value == 1;
    }

    private PyObject next() {
        if (fast != SLOW) return PyInt.of(fast++);
        if (slow == null) slow = PyInt.of(SLOW);
        PyObject current = slow;
        slow = NumberProtocol.add(current, step);
        return current;
    }

    private PyStr repr() {
        String name = type().simpleName();
        if (fast != SLOW) return PyStr.of(name + "(" + fast + ")");
        // A count that has just reached sys.maxsize has no arbitrary-precision counter yet; its value
        // is sys.maxsize (CPython 3.13.0 prints "<NULL>" there, a bug fixed in later releases).
        String current = slow == null ? Long.toString(SLOW) : ObjectProtocol.reprString(slow);
        if (isOne(step)) return PyStr.of(name + "(" + current + ")");
        return PyStr.of(name + "(" + current + ", " + ObjectProtocol.reprString(step) + ")");
    }
}
