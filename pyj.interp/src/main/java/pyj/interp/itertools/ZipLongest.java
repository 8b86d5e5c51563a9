// itertools.zip_longest: tuples of the i-th items, padding iterables that ran out with the fill value.
package pyj.interp.itertools;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class ZipLongest extends ItertoolsObject {
    static final PyType TYPE = newType("zip_longest", true, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            PyObject fill = PySingleton.NONE;
            if (nkw > 0) {
                // CPython names no keyword here, whichever was wrong.
                if (nkw != 1 || !kw[0].equals("fillvalue")) {
                    throw PyErr.typeError("zip_longest() got an unexpected keyword argument");
                }
                fill = args[args.length - 1];
            }
            PyObject[] iterators = new PyObject[args.length - nkw];
            for (int i = 0; i < iterators.length; i++) iterators[i] = ObjectProtocol.getIter(args[i]);
            return new ZipLongest(type, iterators, fill);
        };
        iteratorSlots(TYPE, self -> ((ZipLongest) self).next());
    }

    /** The iterators; an exhausted one is replaced by null. */
    private final PyObject[] iterators;
    private final PyObject fill;
    private int active;

    private ZipLongest(PyType type, PyObject[] iterators, PyObject fill) {
        super(type);
        this.iterators = iterators;
        this.fill = fill;
        this.active = iterators.length;
    }

    private PyObject next() {
        int n = iterators.length;
        if (n == 0 || active == 0) return null;
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject it = iterators[i];
            if (it == null) {
                items[i] = fill;
                continue;
            }
            PyObject item;
            try {
                item = ObjectProtocol.next(it);
            } catch (PyException e) {
                active = 0;
                throw e;
            }
            if (item == null) {
                if (--active == 0) return null;
                iterators[i] = null;
                item = fill;
            }
            items[i] = item;
        }
        return new PyTuple(items);
    }
}
