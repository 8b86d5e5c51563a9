// map: a function applied to the items of one or more iterables.
package pyj.interp.builtins;

import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

public final class PyMap extends PyObject {
    public static final PyType TYPE = PyType.builtin("map", PyType.OBJECT, PyType.BASETYPE, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            if (kw != null && kw.length > 0 && type == TYPE) throw PyErr.typeError("map() takes no keyword arguments");
            if (args.length < 2) throw PyErr.typeError("map() must have at least two arguments.");
            return new PyMap(type, args[0], BuiltinIterators.iterators(args, 1, args.length));
        };
        BuiltinIterators.iteratorSlots(TYPE, self -> ((PyMap) self).next());
    }

    private final PyType type;
    private final PyObject function;
    private final PyObject[] iterators;

    private PyMap(PyType type, PyObject function, PyObject[] iterators) {
        this.type = type;
        this.function = function;
        this.iterators = iterators;
    }

    @Override
    public PyType type() { return type; }

    private PyObject next() {
        PyObject[] items = new PyObject[iterators.length];
        for (int i = 0; i < items.length; i++) {
            PyObject x = ObjectProtocol.next(iterators[i]);
            if (x == null) return null;
            items[i] = x;
        }
        return ObjectProtocol.call(function, items, null);
    }
}
