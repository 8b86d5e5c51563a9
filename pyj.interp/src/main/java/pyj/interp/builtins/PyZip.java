// zip: tuples of the i-th items of several iterables, optionally strict about equal lengths.
package pyj.interp.builtins;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

public final class PyZip extends PyObject {
    public static final PyType TYPE = PyType.builtin("zip", PyType.OBJECT, PyType.BASETYPE, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            boolean strict = false;
            for (int k = 0; k < nkw; k++) {
                if (!kw[k].equals("strict")) {
                    throw PyErr.typeError("zip() got an unexpected keyword argument '" + kw[k] + "'");
                }
                strict = ObjectProtocol.isTrue(args[args.length - nkw + k]);
            }
            return new PyZip(type, BuiltinIterators.iterators(args, 0, args.length - nkw), strict);
        };
        BuiltinIterators.iteratorSlots(TYPE, self -> ((PyZip) self).next());
    }

    private final PyType type;
    private final PyObject[] iterators;
    private final boolean strict;

    private PyZip(PyType type, PyObject[] iterators, boolean strict) {
        this.type = type;
        this.iterators = iterators;
        this.strict = strict;
    }

    @Override
    public PyType type() { return type; }

    private PyObject next() {
        int n = iterators.length;
        if (n == 0) return null;
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = ObjectProtocol.next(iterators[i]);
            if (x == null) {
                if (strict) checkStrict(i);
                return null;
            }
            items[i] = x;
        }
        return new PyTuple(items);
    }

    /** Iterator {@code i} ran out: with strict=True every other one must run out at the same time. */
    private void checkStrict(int i) {
        if (i > 0) {
            String plural = i == 1 ? " " : "s 1-";
            throw PyErr.valueError("zip() argument " + (i + 1) + " is shorter than argument" + plural + i);
        }
        for (int j = 1; j < iterators.length; j++) {
            if (ObjectProtocol.next(iterators[j]) != null) {
                String plural = j == 1 ? " " : "s 1-";
                throw PyErr.valueError("zip() argument " + (j + 1) + " is longer than argument" + plural + j);
            }
        }
    }
}
