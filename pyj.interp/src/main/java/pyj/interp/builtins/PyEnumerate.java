// enumerate: pairs each item of an iterable with a running count.
package pyj.interp.builtins;

import pyj.interp.object.ArgParser;
import pyj.interp.object.IntOps;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyInt;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

public final class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.builtin("enumerate", PyType.OBJECT, PyType.BASETYPE,
            pyj.interp.object.PyGenericAlias::defineClassGetItem);
    private static final ArgParser ARGS = new ArgParser("enumerate", 1, "iterable", "start");

    static {
        TYPE.newFn = (type, args, kw) -> {
            PyObject[] a = ARGS.parse(args, kw);
            PyInt start = a[1] == null ? PyInt.ZERO : (PyInt) IntOps.exact(NumberProtocol.index(a[1]));
            return new PyEnumerate(type, ObjectProtocol.getIter(a[0]), start);
        };
        BuiltinIterators.iteratorSlots(TYPE, self -> ((PyEnumerate) self).next());
    }

    private final PyType type;
    private final PyObject iterator;
    private long count;
    private PyInt bigCount;

    private PyEnumerate(PyType type, PyObject iterator, PyInt start) {
        this.type = type;
        this.iterator = iterator;
        if (start.big == null && start.value < Long.MAX_VALUE) count = start.value;
        else bigCount = start;
    }

    @Override
    public PyType type() { return type; }

    private PyObject next() {
        PyObject item = ObjectProtocol.next(iterator);
        if (item == null) return null;
        PyInt index;
        if (bigCount == null) {
            index = PyInt.of(count);
            if (++count == Long.MAX_VALUE) bigCount = PyInt.of(count);
        } else {
            index = bigCount;
            bigCount = IntOps.add(bigCount, PyInt.ONE);
        }
        return PyTuple.of(index, item);
    }
}
