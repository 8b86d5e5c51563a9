// itertools.pairwise: overlapping pairs of consecutive items.
package pyj.interp.itertools;

import pyj.interp.object.ArgParser;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyException;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class Pairwise extends ItertoolsObject {
    static final PyType TYPE = newType("pairwise", true, null);

    static {
        TYPE.newFn = (type, args, kw) -> {
            ItertoolsArgs.noKeywords(type, TYPE, "pairwise", kw);
            args = ItertoolsArgs.positional(args, kw);
            ArgParser.checkPositional("pairwise", args, null, 1, 1);
            return new Pairwise(type, ObjectProtocol.getIter(args[0]));
        };
        iteratorSlots(TYPE, self -> ((Pairwise) self).next());
    }

    /** The source, dropped once it runs out so it is not asked again. */
    private PyObject iterator;
    /** The second item of the last pair, or null before the first. */
    private PyObject previous;

    private Pairwise(PyType type, PyObject iterator) {
        super(type);
        this.iterator = iterator;
    }

    private PyObject next() {
        if (iterator == null) return null;
        try {
            return advance();
        } catch (PyException e) {
            // A failing source ends the pairs, as running out does.
            iterator = null;
            previous = null;
            throw e;
        }
    }

    private PyObject advance() {
        PyObject old = previous;
        if (old == null) {
            old = ObjectProtocol.next(iterator);
            previous = old;
            if (old == null) {
                iterator = null;
                return null;
            }
        }
        PyObject item = ObjectProtocol.next(iterator);
        if (item == null) {
            iterator = null;
            previous = null;
            return null;
        }
        previous = item;
        return PyTuple.of(old, item);
    }
}
