// filter: the items of an iterable for which a predicate (or the item itself) is true.
package pyj.interp.builtins;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyBool;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;

public final class PyFilter extends PyObject {
    public static final PyType TYPE = PyType.builtin("filter", PyType.OBJECT, PyType.BASETYPE, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            if (type == TYPE) ArgParser.noKeywords("filter", kw);
            ArgParser.checkPositional("filter", args, kw, 2, 2);
            return new PyFilter(type, args[0], ObjectProtocol.getIter(args[1]));
        };
        BuiltinIterators.iteratorSlots(TYPE, self -> ((PyFilter) self).next());
    }

    private final PyType type;
    private final PyObject predicate;
    private final PyObject iterator;

    private PyFilter(PyType type, PyObject predicate, PyObject iterator) {
        this.type = type;
        this.predicate = predicate;
        this.iterator = iterator;
    }

    @Override
    public PyType type() { return type; }

    private PyObject next() {
        boolean identity = predicate == PySingleton.NONE || predicate == PyBool.TYPE;
        for (PyObject x; (x = ObjectProtocol.next(iterator)) != null; ) {
            PyObject keep = identity ? x : ObjectProtocol.call(predicate, x);
            if (ObjectProtocol.isTrue(keep)) return x;
        }
        return null;
    }
}
