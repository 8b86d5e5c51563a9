// itertools.permutations: r-length orderings of the items, in lexicographic order of positions.
package pyj.interp.itertools;

import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * The cycle-counting algorithm of the itertools documentation's pure-Python equivalent: each step
 * either swaps two positions or rotates a suffix, so no permutation is produced twice.
 */
final class Permutations extends ItertoolsObject {
    static final PyType TYPE = newType("permutations", true, null);
    private static final Signature ARGS = Signature.of("permutations", 1, 2, "iterable", "r");

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.bind(args, kw);
            PyObject[] pool = ItertoolsArgs.items(a[0]);
            long r = pool.length;
            if (a[1] != null && a[1] != PySingleton.NONE) {
                if (!(a[1] instanceof PyInt ri)) throw PyErr.typeError("Expected int as r");
                r = ri.asSsize();
                if (r < 0) throw PyErr.valueError("r must be non-negative");
            }
            return new Permutations(type, pool, r);
        };
        iteratorSlots(TYPE, self -> ((Permutations) self).next());
    }

    private final PyObject[] pool;
    private final int r;
    private final int[] indices;
    private final int[] cycles;
    private boolean started;
    private boolean stopped;

    private Permutations(PyType type, PyObject[] pool, long r) {
        super(type);
        this.pool = pool;
        int n = pool.length;
        if (r > ItertoolsArgs.MAX_ARRAY) throw PyErr.memoryError();
        if (r > n) {
            this.r = 0;
            this.stopped = true;
            this.indices = this.cycles = new int[0];
            return;
        }
        this.r = (int) r;
        indices = new int[n];
        for (int i = 0; i < n; i++) indices[i] = i;
        cycles = new int[this.r];
        for (int i = 0; i < this.r; i++) cycles[i] = n - i;
    }

    private PyObject next() {
        if (stopped) return null;
        if (!started) {
            started = true;
            return result();
        }
        int n = pool.length;
        if (n == 0) return stop();
        for (int i = r - 1; i >= 0; i--) {
            if (--cycles[i] == 0) {
                // Move position i to the end; the positions after it move left.
                int moved = indices[i];
                System.arraycopy(indices, i + 1, indices, i, n - 1 - i);
                indices[n - 1] = moved;
                cycles[i] = n - i;
            } else {
                int j = n - cycles[i];
                int t = indices[i];
                indices[i] = indices[j];
                indices[j] = t;
                return result();
            }
        }
        return stop();
    }

    private PyTuple result() {
        PyObject[] out = new PyObject[r];
        for (int i = 0; i < r; i++) out[i] = pool[indices[i]];
        return new PyTuple(out);
    }

    private PyObject stop() {
        stopped = true;
        return null;
    }
}
