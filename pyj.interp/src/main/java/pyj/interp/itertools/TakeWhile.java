// itertools.takewhile: items while the predicate holds; the first failing item is consumed and dropped.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

final class TakeWhile extends ItertoolsObject {
    static final PyType TYPE = newType("takewhile", true, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            ItertoolsArgs.noKeywords(type, TYPE, "takewhile", kw);
            args = ItertoolsArgs.positional(args, kw);
            ArgParser.checkPositional("takewhile", args, null, 2, 2);
            return new TakeWhile(type, args[0], ObjectProtocol.getIter(args[1]));
        };
        iteratorSlots(TYPE, self -> ((TakeWhile) self).next());
    }

    private final PyObject predicate;
    private final PyObject iterator;
    private boolean stopped;

    private TakeWhile(PyType type, PyObject predicate, PyObject iterator) {
        super(type);
        this.predicate = predicate;
        this.iterator = iterator;
    }

    private PyObject next() {
        if (stopped) return null;
        PyObject item = ObjectProtocol.next(iterator);
        if (item == null) return null;
        if (ObjectProtocol.isTrue(ObjectProtocol.call(predicate, item))) return item;
        stopped = true;
        return null;
    }
}
