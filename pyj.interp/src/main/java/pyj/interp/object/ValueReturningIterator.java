// An iterator whose exhaustion carries a value: a generator's return value rides on StopIteration.
package pyj.interp.object;

/**
 * The {@code next} slot signals exhaustion with null; next() and {@code __next__} then ask an
 * iterator like this for the value to put on the StopIteration they raise, as CPython's
 * {@code gen_iternext} sets {@code StopIteration(value)}.
 */
public interface ValueReturningIterator {
    /** The value the iterator finished with (None if none), consumed by this call. */
    PyObject takeReturnValue();

    /** The StopIteration to raise once {@code iterator}'s next slot has reported exhaustion. */
    static PyException exhausted(PyObject iterator) {
        PyObject value = iterator instanceof ValueReturningIterator v ? v.takeReturnValue() : PySingleton.NONE;
        return stopIteration(value);
    }

    /** StopIteration(value), or a bare StopIteration for None as CPython raises it. */
    static PyException stopIteration(PyObject value) {
        if (value == PySingleton.NONE) return PyErr.noArgs(ExceptionTypes.STOP_ITERATION);
        return new PyException(ExceptionTypes.create(ExceptionTypes.STOP_ITERATION, PyTuple.of(value)));
    }
}
