// itertools.product: the Cartesian product of the iterables (each repeated `repeat` times), in odometer order.
package pyj.interp.itertools;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/** Every iterable is read into a tuple when the product is made, as the last one must be replayed. */
final class Product extends ItertoolsObject {
    static final PyType TYPE = newType("product", true, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            long repeat = 1;
            if (nkw > 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR, "product() takes at most 1 keyword argument (%d given)", nkw);
            }
            if (nkw == 1) {
                if (!kw[0].equals("repeat")) {
                    throw PyErr.format(ExceptionTypes.TYPE_ERROR, "product() got an unexpected keyword argument '%s'",
                            kw[0]);
                }
                repeat = ItertoolsArgs.ssize(args[args.length - 1]);
                if (repeat < 0) throw PyErr.valueError("repeat argument cannot be negative");
            }
            // With repeat=0 the iterables are not even read.
            int nargs = repeat == 0 ? 0 : args.length - nkw;
            if (nargs > 0 && nargs > Long.MAX_VALUE / 8 / repeat) {
                throw PyErr.newException(ExceptionTypes.OVERFLOW_ERROR, "repeat argument too large");
            }
            if (nargs * repeat > ItertoolsArgs.MAX_ARRAY) throw PyErr.memoryError();
            PyObject[][] pools = new PyObject[(int) (nargs * repeat)][];
            for (int i = 0; i < nargs; i++) {
                PyObject[] pool = ItertoolsArgs.items(args[i]);
                for (int j = 0; j < repeat; j++) pools[i + nargs * j] = pool;
            }
            return new Product(type, pools);
        };
        iteratorSlots(TYPE, self -> ((Product) self).next());
    }

    private final PyObject[][] pools;
    /** The position in each pool of the last result, or null before the first. */
    private int[] indices;
    private boolean stopped;

    private Product(PyType type, PyObject[][] pools) {
        super(type);
        this.pools = pools;
    }

    private PyObject next() {
        if (stopped) return null;
        int n = pools.length;
        if (indices == null) {
            indices = new int[n];
            for (PyObject[] pool : pools) {
                if (pool.length == 0) return stop();
            }
        } else {
            // Advance the rightmost pool; a pool that rolls over carries into the one to its left.
            int i = n - 1;
            for (; i >= 0; i--) {
                if (++indices[i] < pools[i].length) break;
                indices[i] = 0;
            }
            if (i < 0) return stop();
        }
        PyObject[] result = new PyObject[n];
        for (int i = 0; i < n; i++) result[i] = pools[i][indices[i]];
        return new PyTuple(result);
    }

    private PyObject stop() {
        stopped = true;
        return null;
    }
}
