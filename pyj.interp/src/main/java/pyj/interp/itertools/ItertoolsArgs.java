// The argument conventions itertools' constructors share, with CPython's messages.
package pyj.interp.itertools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import pyj.interp.object.ArgParser;
import pyj.interp.object.NumberProtocol;
import pyj.interp.object.ObjectProtocol;
import pyj.interp.object.PyList;
import pyj.interp.object.PyObject;
import pyj.interp.object.PyTuple;
import pyj.interp.object.PyType;

final class ItertoolsArgs {
    private ItertoolsArgs() {}

    /** The largest Java array; CPython's allocation of anything longer would fail with MemoryError. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /**
     * CPython rejects keywords for the exact type, and for a subclass that kept the type's
     * {@code __init__} (a subclass with its own {@code __init__} may give them meaning).
     */
    static void noKeywords(PyType type, PyType base, String name, String[] kw) {
        if (type == base || type.init == base.init) ArgParser.noKeywords(name, kw);
    }

    /** PyNumber_AsSsize_t with OverflowError: an index that fits in a Py_ssize_t. */
    static long ssize(PyObject o) {
        return NumberProtocol.index(o).asSsize();
    }

    /** The positional arguments of a vectorcall (the keyword values follow them). */
    static PyObject[] positional(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        return nkw == 0 ? args : Arrays.copyOf(args, args.length - nkw);
    }

    /** PySequence_Tuple: a snapshot of an iterable's items. */
    static PyObject[] items(PyObject iterable) {
        if (iterable.type() == PyTuple.TYPE) return ((PyTuple) iterable).items();
        if (iterable.type() == PyList.TYPE) return ((PyList) iterable).toArray();
        PyObject it = ObjectProtocol.getIter(iterable);
        List<PyObject> out = new ArrayList<>();
        for (PyObject x; (x = ObjectProtocol.next(it)) != null; ) out.add(x);
        return out.toArray(new PyObject[0]);
    }
}
