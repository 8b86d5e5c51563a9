// FOR_ITER's step: the next item of any iterator, with fast paths for the builtin ones.
package pyj.interp.eval;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyRange;

final class Iteration {
    private Iteration() {}

    /** The next item, or null when the iterator is exhausted (StopIteration is absorbed). */
    static PyObject next(PyObject iter) {
        if (iter instanceof PyRange.RangeIterator r) return r.next();
        return ObjectProtocol.next(iter);
    }
}
