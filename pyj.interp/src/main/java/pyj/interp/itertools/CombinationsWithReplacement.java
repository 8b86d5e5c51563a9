// itertools.combinations_with_replacement: r-length non-decreasing selections of positions, repeats allowed.
package pyj.interp.itertools;

import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class CombinationsWithReplacement extends ItertoolsObject {
    static final PyType TYPE = newType("combinations_with_replacement", true, null);
    private static final Signature ARGS = Signature.of("combinations_with_replacement", 2, 2, "iterable", "r");

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            long r = ItertoolsArgs.ssize(a[1]);
            PyObject[] pool = ItertoolsArgs.items(a[0]);
            if (r < 0) throw PyErr.valueError("r must be non-negative");
            return new CombinationsWithReplacement(type, pool, r);
        };
        iteratorSlots(TYPE, self -> ((CombinationsWithReplacement) self).next());
    }

    private final PyObject[] pool;
    /** Non-decreasing positions into the pool. */
    private final int[] indices;
    private boolean started;
    private boolean stopped;

    private CombinationsWithReplacement(PyType type, PyObject[] pool, long r) {
        super(type);
        this.pool = pool;
        if (r > ItertoolsArgs.MAX_ARRAY) throw PyErr.memoryError();
        // An empty pool has only the empty selection; any r > 0 has nothing to choose from.
        if (pool.length == 0 && r > 0) {
            indices = null;
            stopped = true;
            return;
        }
        indices = new int[(int) r];
    }

    private PyObject next() {
        if (stopped) return null;
        if (!started) {
            started = true;
            return result();
        }
        int n = pool.length;
        int r = indices.length;
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) i--;
        if (i < 0) {
            stopped = true;
            return null;
        }
        int value = indices[i] + 1;
        for (int j = i; j < r; j++) indices[j] = value;
        return result();
    }

    private PyTuple result() {
        PyObject[] out = new PyObject[indices.length];
        for (int i = 0; i < out.length; i++) out[i] = pool[indices[i]];
        return new PyTuple(out);
    }
}
