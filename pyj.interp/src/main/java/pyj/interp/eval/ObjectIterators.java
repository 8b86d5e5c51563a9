// Small helper to hand out an iterator over a freshly built list.
package pyj.interp.eval;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;

final class ObjectIterators {
    private ObjectIterators() {}

    static PyObject of(PyList list) { return ObjectProtocol.getIter(list); }
}
