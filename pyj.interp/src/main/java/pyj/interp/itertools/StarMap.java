// itertools.starmap: a function called with each item unpacked as its arguments.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

final class StarMap extends ItertoolsObject {
    static final PyType TYPE = newType("starmap", true, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            ItertoolsArgs.noKeywords(type, TYPE, "starmap", kw);
            args = ItertoolsArgs.positional(args, kw);
            ArgParser.checkPositional("starmap", args, null, 2, 2);
            return new StarMap(type, args[0], ObjectProtocol.getIter(args[1]));
        };
        iteratorSlots(TYPE, self -> ((StarMap) self).next());
    }

    private final PyObject function;
    private final PyObject iterator;

    private StarMap(PyType type, PyObject function, PyObject iterator) {
        super(type);
        this.function = function;
        this.iterator = iterator;
    }

    private PyObject next() {
        PyObject item = ObjectProtocol.next(iterator);
        if (item == null) return null;
        return ObjectProtocol.call(function, ItertoolsArgs.items(item), null);
    }
}
