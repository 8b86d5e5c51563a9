// The iterator CPython makes for objects that have __getitem__ but no __iter__.
package pyj.interp.object;

final class SeqIter extends PyObject {
    static final PyType TYPE = PyType.builtin("iterator", PyType.OBJECT, 0, null);

    static {
        TYPE.iter = self -> self;
        TYPE.next = self -> ((SeqIter) self).next();
        TYPE.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    private PyObject seq;
    private long index;

    SeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType type() { return TYPE; }

    private PyObject next() {
        if (seq == null) return null;
        try {
            return ObjectProtocol.getItem(seq, PyInt.of(index++));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
