// The forward and reverse iterators over a deque, which fail once the deque has been mutated.
package pyj.interp.collections;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

/**
 * collections._deque_iterator and _deque_reverse_iterator. Each remembers the deque's mutation
 * counter and how many items are left; like CPython, the forward iterator checks the counter
 * before noticing it is exhausted, the reverse one after.
 */
final class DequeIterator extends PyObject {
    static final PyType FORWARD = iterType("collections._deque_iterator", false);
    static final PyType REVERSE = iterType("collections._deque_reverse_iterator", true);

    private static PyType iterType(String name, boolean reverse) {
        PyType t = PyType.builtin(name, PyType.OBJECT, 0, ty -> {
            MethodDef.noArgs(ty, "__length_hint__", self -> PyInt.of(((DequeIterator) self).counter));
            MethodDef.noArgs(ty, "__reduce__", self -> {
                DequeIterator it = (DequeIterator) self;
                return PyTuple.of(ty, PyTuple.of(it.deque, PyInt.of(it.deque.size() - it.counter)));
            });
        });
        t.iter = self -> self;
        t.next = self -> ((DequeIterator) self).next();
        t.getattro = ObjectProtocol.GENERIC_GETATTR;
        t.newFn = (type, args, kw) -> create(args, kw, reverse);
        return t;
    }

    /** The iterator types' constructor (used by pickling): the deque and how many items to skip. */
    private static PyObject create(PyObject[] args, String[] kw, boolean reverse) {
        // PyArg_ParseTuple("O!|n") sees only the positional arguments.
        int n = args.length - (kw == null ? 0 : kw.length);
        if (n < 1) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "function takes at least 1 argument (%d given)", n);
        if (n > 2) throw PyErr.format(ExceptionTypes.TYPE_ERROR, "function takes at most 2 arguments (%d given)", n);
        if (!(args[0] instanceof PyDeque d)) {
            throw PyErr.format(ExceptionTypes.TYPE_ERROR, "argument 1 must be collections.deque, not %s",
                    args[0].type().name());
        }
        DequeIterator it = new DequeIterator(d, reverse);
        long skip = n > 1 ? ObjectProtocol.index(args[1]) : 0;
        for (long i = 0; i < skip && it.next() != null; i++) {
            // consumed
        }
        return it;
    }

    private final PyDeque deque;
    private final boolean reverse;
    private final long state;
    private int counter;

    DequeIterator(PyDeque deque, boolean reverse) {
        this.deque = deque;
        this.reverse = reverse;
        this.state = deque.state;
        this.counter = deque.size();
    }

    @Override
    public PyType type() { return reverse ? REVERSE : FORWARD; }

    PyObject next() {
        if (reverse && counter == 0) return null;
        if (deque.state != state) {
            counter = 0;
            throw PyErr.newException(ExceptionTypes.RUNTIME_ERROR, "deque mutated during iteration");
        }
        if (counter == 0) return null;
        int size = deque.size();
        PyObject v = reverse ? deque.get(counter - 1) : deque.get(size - counter);
        counter--;
        return v;
    }
}
