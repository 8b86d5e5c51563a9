// Python tuple: an immutable array of objects.
package pyj.interp.object;

import java.util.Arrays;
import java.util.List;

public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT,
            PyType.BASETYPE | PyType.TUPLE_SUBCLASS, SequenceMethods::defineTuple);

    static {
        SequenceMethods.fillTupleSlots(TYPE);
    }

    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    final PyObject[] items;

    /** Takes ownership of the array. */
    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public static PyTuple copyOf(PyObject[] src, int from, int to) {
        if (to == from) return EMPTY;
        return new PyTuple(Arrays.copyOfRange(src, from, to));
    }

    public static PyTuple fromList(List<? extends PyObject> list) {
        return list.isEmpty() ? EMPTY : new PyTuple(list.toArray(new PyObject[0]));
    }

    @Override
    public PyType type() { return TYPE; }

    public int size() { return items.length; }

    public PyObject get(int i) { return items[i]; }

    /** The backing array; callers must not modify it. */
    public PyObject[] items() { return items; }

    @Override
    public String toString() { return Arrays.toString(items); }
}
