// itertools.repeat: one object, a given number of times or forever.
package pyj.interp.itertools;

import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyStr;
import pyj.interp.object.PyType;

final class Repeat extends ItertoolsObject {
    static final PyType TYPE = newType("repeat", true, t ->
            MethodDef.noArgs(t, "__length_hint__", self -> ((Repeat) self).lengthHint()));
    private static final Signature ARGS = Signature.of("repeat", 1, 2, "object", "times");
    private static final long FOREVER = -1;

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            long times = FOREVER;
            if (a[1] != null) times = Math.max(0, ItertoolsArgs.ssize(a[1]));
            return new Repeat(type, a[0], times);
        };
        iteratorSlots(TYPE, self -> ((Repeat) self).next());
        TYPE.repr = self -> ((Repeat) self).repr();
    }

    private final PyObject element;
    /** How many more times, or {@link #FOREVER}. */
    private long remaining;

    private Repeat(PyType type, PyObject element, long times) {
        super(type);
        this.element = element;
        this.remaining = times;
    }

    private PyObject next() {
        if (remaining == 0) return null;
        if (remaining > 0) remaining--;
        return element;
    }

    private PyObject lengthHint() {
        if (remaining == FOREVER) throw PyErr.typeError("len() of unsized object");
        return PyInt.of(remaining);
    }

    private PyStr repr() {
        String head = type().simpleName() + "(" + ObjectProtocol.reprString(element);
        return PyStr.of(remaining == FOREVER ? head + ")" : head + ", " + remaining + ")");
    }
}
