// itertools.batched: tuples of n consecutive items, the last one shorter unless strict.
package pyj.interp.itertools;

import java.util.Arrays;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class Batched extends ItertoolsObject {
    static final PyType TYPE = newType("batched", true, null);
    private static final Signature ARGS = Signature.of("batched", 2, 2, "iterable", "n", "strict");

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            long n = ItertoolsArgs.ssize(a[1]);
            boolean strict = a[2] != null && ObjectProtocol.isTrue(a[2]);
            if (n < 1) throw PyErr.valueError("n must be at least one");
            return new Batched(type, ObjectProtocol.getIter(a[0]), n, strict);
        };
        iteratorSlots(TYPE, self -> ((Batched) self).next());
    }

    /** The source; dropped after an error, an empty batch or a strict short one. */
    private PyObject iterator;
    private final long n;
    private final boolean strict;

    private Batched(PyType type, PyObject iterator, long n, boolean strict) {
        super(type);
        this.iterator = iterator;
        this.n = n;
        this.strict = strict;
    }

    private PyObject next() {
        if (iterator == null) return null;
        // CPython allocates the whole batch first; pyj grows it as it fills, failing as early for what no array holds.
        if (n > ItertoolsArgs.MAX_ARRAY) throw PyErr.memoryError();
        PyObject[] items = new PyObject[(int) Math.min(n, 64)];
        int i = 0;
        while (i < n) {
            PyObject item;
            try {
                item = ObjectProtocol.next(iterator);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.STOP_ITERATION)) {
                    iterator = null;
                    throw e;
                }
                item = null;
            }
            if (item == null) break;
            if (i == items.length) items = Arrays.copyOf(items, (int) Math.min(n, 2L * items.length));
            items[i++] = item;
        }
        if (i == n) return new PyTuple(items);
        if (i == 0) {
            iterator = null;
            return null;
        }
        if (strict) {
            iterator = null;
            throw PyErr.valueError("batched(): incomplete batch");
        }
        // A short batch leaves the source in place: asking again asks the source again, as CPython does.
        return new PyTuple(Arrays.copyOf(items, i));
    }
}
