// itertools.accumulate: running totals (or running results of a two-argument function).
package pyj.interp.itertools;

import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;

final class Accumulate extends ItertoolsObject {
    static final PyType TYPE = newType("accumulate", true, null);
    private static final Signature ARGS = Signature.of("accumulate", 1, 2, "iterable", "func", "initial");

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            PyObject func = a[1] == null || a[1] == PySingleton.NONE ? null : a[1];
            PyObject initial = a[2] == PySingleton.NONE ? null : a[2];
            return new Accumulate(type, ObjectProtocol.getIter(a[0]), func, initial);
        };
        iteratorSlots(TYPE, self -> ((Accumulate) self).next());
    }

    private final PyObject iterator;
    /** The binary function, or null for {@code +}. */
    private final PyObject func;
    /** The initial value still to be produced, or null. */
    private PyObject initial;
    /** The running total, null before the first item. */
    private PyObject total;

    private Accumulate(PyType type, PyObject iterator, PyObject func, PyObject initial) {
        super(type);
        this.iterator = iterator;
        this.func = func;
        this.initial = initial;
    }

    private PyObject next() {
        if (initial != null) {
            total = initial;
            initial = null;
            return total;
        }
        PyObject item = ObjectProtocol.next(iterator);
        if (item == null) return null;
        if (total == null) {
            total = item;
        } else {
            total = func == null ? NumberProtocol.add(total, item) : ObjectProtocol.call(func, total, item);
        }
        return total;
    }
}
