// itertools.filterfalse: the items for which the predicate (or, with None, the item itself) is false.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PySingleton;
import pyj.interp.object.PyType;

final class FilterFalse extends ItertoolsObject {
    static final PyType TYPE = newType("filterfalse", true, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            ItertoolsArgs.noKeywords(type, TYPE, "filterfalse", kw);
            args = ItertoolsArgs.positional(args, kw);
            ArgParser.checkPositional("filterfalse", args, null, 2, 2);
            return new FilterFalse(type, args[0], ObjectProtocol.getIter(args[1]));
        };
        iteratorSlots(TYPE, self -> ((FilterFalse) self).next());
    }

    private final PyObject predicate;
    private final PyObject iterator;

    private FilterFalse(PyType type, PyObject predicate, PyObject iterator) {
        super(type);
        this.predicate = predicate;
        this.iterator = iterator;
    }

    private PyObject next() {
        while (true) {
            PyObject item = ObjectProtocol.next(iterator);
            if (item == null) return null;
            PyObject verdict = predicate == PySingleton.NONE ? item : ObjectProtocol.call(predicate, item);
            if (!ObjectProtocol.isTrue(verdict)) return item;
        }
    }
}
