// What the builtin iterator types (enumerate, zip, map, filter, reversed, callable_iterator) share.
package pyj.interp.builtins;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;
import pyj.interp.object.Slots;

final class BuiltinIterators {
    private BuiltinIterators() {}

    /** An iterator type: iter(it) is it, next advances, attributes the generic way. */
    static void iteratorSlots(PyType t, Slots.IterNext next) {
        t.iter = self -> self;
        t.next = next;
        t.getattro = ObjectProtocol.GENERIC_GETATTR;
    }

    /** Iterators over each argument, for zip() and map(). */
    static PyObject[] iterators(PyObject[] iterables, int from, int to) {
        PyObject[] its = new PyObject[to - from];
        for (int i = from; i < to; i++) its[i - from] = ObjectProtocol.getIter(iterables[i]);
        return its;
    }
}
