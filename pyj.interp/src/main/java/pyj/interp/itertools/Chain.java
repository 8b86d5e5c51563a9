// itertools.chain: the items of each iterable in turn; chain.from_iterable takes the iterables lazily.
package pyj.interp.itertools;

import pyj.interp.object.ExceptionTypes;
import pyj.interp.object.MethodDef;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyErr;
import pyj.interp.object.PyException;
import pyj.interp.object.PyGenericAlias;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class Chain extends ItertoolsObject {
    static final PyType TYPE = newType("chain", true, t -> {
        PyGenericAlias.defineClassGetItem(t);
        MethodDef.classMethod(t, "from_iterable", (cls, args, kw) -> {
            if (kw != null && kw.length > 0) throw PyErr.typeError("chain.from_iterable() takes no keyword arguments");
            if (args.length != 1) {
                throw PyErr.format(ExceptionTypes.TYPE_ERROR,
                        "chain.from_iterable() takes exactly one argument (%d given)", args.length);
            }
            return new Chain((PyType) cls, ObjectProtocol.getIter(args[0]));
        });
    });

    static {
        TYPE.newFn = (type, args, kw) -> {
            ItertoolsArgs.noKeywords(type, TYPE, "chain", kw);
            PyObject[] iterables = ItertoolsArgs.positional(args, kw);
            return new Chain(type, ObjectProtocol.getIter(new PyTuple(iterables == args ? args.clone() : iterables)));
        };
        iteratorSlots(TYPE, self -> ((Chain) self).next());
    }

    /** Yields the iterables; null once it, or an iterable taken from it, has failed or run out. */
    private PyObject source;
    /** An iterator over the current iterable, or null between iterables. */
    private PyObject active;

    private Chain(PyType type, PyObject source) {
        super(type);
        this.source = source;
    }

    private PyObject next() {
        while (source != null) {
            if (active == null) {
                try {
                    PyObject iterable = ObjectProtocol.next(source);
                    if (iterable == null) {
                        source = null;
                        return null;
                    }
                    active = ObjectProtocol.getIter(iterable);
                } catch (PyException e) {
                    source = null;
                    throw e;
                }
            }
            PyObject item;
            try {
                item = ObjectProtocol.next(active);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.STOP_ITERATION)) throw e;
                item = null;
            }
            if (item != null) return item;
            active = null;
        }
        return null;
    }
}
