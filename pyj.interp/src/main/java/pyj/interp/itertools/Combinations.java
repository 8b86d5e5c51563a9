// itertools.combinations: r-length subsequences of the items, without repeated positions.
package pyj.interp.itertools;

import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class Combinations extends ItertoolsObject {
    static final PyType TYPE = newType("combinations", true, null);
    private static final Signature ARGS = Signature.of("combinations", 2, 2, "iterable", "r");

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            long r = ItertoolsArgs.ssize(a[1]);
            PyObject[] pool = ItertoolsArgs.items(a[0]);
            if (r < 0) throw PyErr.valueError("r must be non-negative");
            return new Combinations(type, pool, r);
        };
        iteratorSlots(TYPE, self -> ((Combinations) self).next());
    }

    private final PyObject[] pool;
    /** Increasing positions into the pool; null when r exceeds the pool (nothing to produce). */
    private final int[] indices;
    private boolean started;
    private boolean stopped;

    private Combinations(PyType type, PyObject[] pool, long r) {
        super(type);
        this.pool = pool;
        if (r > ItertoolsArgs.MAX_ARRAY) throw PyErr.memoryError();
        if (r > pool.length) {
            indices = null;
            stopped = true;
            return;
        }
        indices = new int[(int) r];
        for (int i = 0; i < indices.length; i++) indices[i] = i;
    }

    private PyObject next() {
        if (stopped) return null;
        if (!started) {
            started = true;
            return result();
        }
        int n = pool.length;
        int r = indices.length;
        // The rightmost position that is not yet at its maximum, n - r + i.
        int i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) i--;
        if (i < 0) {
            stopped = true;
            return null;
        }
        indices[i]++;
        for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
        return result();
    }

    private PyTuple result() {
        PyObject[] out = new PyObject[indices.length];
        for (int i = 0; i < out.length; i++) out[i] = pool[indices[i]];
        return new PyTuple(out);
    }
}
