// itertools.dropwhile: skips items while the predicate holds, then passes everything through.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

final class DropWhile extends ItertoolsObject {
    static final PyType TYPE = newType("dropwhile", true, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            ItertoolsArgs.noKeywords(type, TYPE, "dropwhile", kw);
            args = ItertoolsArgs.positional(args, kw);
            ArgParser.checkPositional("dropwhile", args, null, 2, 2);
            return new DropWhile(type, args[0], ObjectProtocol.getIter(args[1]));
        };
        iteratorSlots(TYPE, self -> ((DropWhile) self).next());
    }

    private final PyObject predicate;
    private final PyObject iterator;
    private boolean dropping = true;

    private DropWhile(PyType type, PyObject predicate, PyObject iterator) {
        super(type);
        this.predicate = predicate;
        this.iterator = iterator;
    }

    private PyObject next() {
        while (true) {
            PyObject item = ObjectProtocol.next(iterator);
            if (item == null || !dropping) return item;
            if (!ObjectProtocol.isTrue(ObjectProtocol.call(predicate, item))) {
                dropping = false;
                return item;
            }
        }
    }
}
