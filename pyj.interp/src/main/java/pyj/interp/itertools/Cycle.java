// itertools.cycle: the items of an iterable, saved on the first pass and then repeated forever.
package pyj.interp.itertools;

import java.util.ArrayList;
import java.util.List;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyType;

final class Cycle extends ItertoolsObject {
    static final PyType TYPE = newType("cycle", true, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            ItertoolsArgs.noKeywords(type, TYPE, "cycle", kw);
            args = ItertoolsArgs.positional(args, kw);
            ArgParser.checkPositional("cycle", args, null, 1, 1);
            return new Cycle(type, ObjectProtocol.getIter(args[0]));
        };
        iteratorSlots(TYPE, self -> ((Cycle) self).next());
    }

    /** The source, until it runs out; then the saved items are replayed. */
    private PyObject iterator;
    private final List<PyObject> saved = new ArrayList<>();
    private int index;

    private Cycle(PyType type, PyObject iterator) {
        super(type);
        this.iterator = iterator;
    }

    private PyObject next() {
        if (iterator != null) {
            PyObject item = ObjectProtocol.next(iterator);
            if (item != null) {
                saved.add(item);
                return item;
            }
            iterator = null;
        }
        if (saved.isEmpty()) return null;
        PyObject item = saved.get(index);
        if (++index == saved.size()) index = 0;
        return item;
    }
}
