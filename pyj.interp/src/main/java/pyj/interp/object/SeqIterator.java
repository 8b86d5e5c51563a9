// Iterators over tuples and lists (forward and reversed).
package pyj.interp.object;

public final class SeqIterator extends PyObject {
    public static final PyType TUPLE_ITER = iterType("tuple_iterator");
    public static final PyType LIST_ITER = iterType("list_iterator");
    public static final PyType LIST_REVERSE_ITER = iterType("list_reverseiterator");

    private static PyType iterType(String name) {
        PyType t = PyType.builtin(name, PyType.OBJECT, 0, ty -> MethodDef.noArgs(ty, "__length_hint__",
                self -> PyInt.of(((SeqIterator) self).remaining())));
        t.iter = self -> self;
        t.next = self -> ((SeqIterator) self).next();
        t.getattro = ObjectProtocol.GENERIC_GETATTR;
        return t;
    }

    private PyObject seq;
    private final PyObject[] tupleItems;
    private final PyType type;
    /** Next position; for reverse iteration, counts down. */
    public int index;

    SeqIterator(PyObject seq, PyObject[] tupleItems, PyType type) {
        this.seq = seq;
        this.tupleItems = tupleItems;
        this.type = type;
        this.index = type == LIST_REVERSE_ITER ? ((PyList) seq).size() - 1 : 0;
    }

    @Override
    public PyType type() { return type; }

    /** The list or tuple iterated over, or null once exhausted. */
    public PyObject sequence() { return seq; }

    public PyObject next() {
        if (seq == null) return null;
        if (tupleItems != null) {
            if (index < tupleItems.length) return tupleItems[index++];
        } else if (type == LIST_ITER) {
            PyList l = (PyList) seq;
            if (index < l.size()) return l.get(index++);
        } else {
            PyList l = (PyList) seq;
            if (index >= 0 && index < l.size()) return l.get(index--);
        }
        seq = null;
        return null;
    }

    private int remaining() {
        if (seq == null) return 0;
        if (tupleItems != null) return tupleItems.length - index;
        if (type == LIST_ITER) return Math.max(0, ((PyList) seq).size() - index);
        return Math.max(0, index + 1);
    }
}
